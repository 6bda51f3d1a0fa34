package org.akuttsim.chain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * All response units. Unit indices in the model are positions in {@link #units()}.
 *
 * @param units at least one unit, unique ids
 */
public record Fleet(List<UnitSpec> units) {
    /**
     * Checks that there is at least one unit and that unit ids are unique; keeps an unmodifiable copy.
     *
     * @param units the units
     */
    public Fleet {
        units = List.copyOf(Check.notNull("units", units));
        if (units.isEmpty()) {
            throw new IllegalArgumentException("fleet needs at least one unit");
        }
        Set<String> ids = new HashSet<>();
        for (UnitSpec u : units) {
            if (!ids.add(u.id())) {
                throw new IllegalArgumentException("unit id '" + u.id() + "' appears twice");
            }
        }
    }

    /**
     * One 24/7 emergency ambulance per entry, {@code perStation[s]} at station s.
     *
     * @param perStation the number of ambulances at each station, by station index
     * @return the fleet
     */
    public static Fleet ambulances(int... perStation) {
        List<UnitSpec> list = new ArrayList<>();
        for (int s = 0; s < perStation.length; s++) {
            for (int k = 0; k < perStation[s]; k++) {
                list.add(UnitSpec.ambulance("A" + s + "." + k, s));
            }
        }
        return new Fleet(list);
    }

    /** {@return the number of units} */
    public int size() {
        return units.size();
    }

    /**
     * This fleet plus one unit.
     *
     * @param unit the unit to add
     * @return the new fleet
     */
    public Fleet plus(UnitSpec unit) {
        List<UnitSpec> list = new ArrayList<>(units);
        list.add(unit);
        return new Fleet(list);
    }

    void checkStations(int stations) {
        for (UnitSpec u : units) {
            Check.index("station of unit " + u.id(), u.station(), stations);
        }
    }
}
