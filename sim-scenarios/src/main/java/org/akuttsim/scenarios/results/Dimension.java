package org.akuttsim.scenarios.results;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.akuttsim.chain.Condition;
import org.akuttsim.chain.Level;
import org.akuttsim.chain.UnitState;

/**
 * A dimension a metric key carries inside its name ({@code ed.st_olavs.occupancy.hour13.mean} carries
 * hospital {@code st_olavs} and hour 13): one column of the long result files, empty where a metric
 * does not have it — which means "over all of them" (pooled, or for counts and levels summed).
 * Identifier dimensions take the ids of the scenario's region and fleet; the others a closed set of
 * values.
 */
public enum Dimension {
    /** A hospital (its ED and wards), by hospital id. */
    HOSPITAL("hospital", null),
    /** A district, named by the id of the station whose district it is. */
    DISTRICT("district", null),
    /** A zone, by zone id. */
    ZONE("zone", null),
    /** A response unit (vehicle and crew), by unit id. */
    RESPONSE_UNIT("response_unit", null),
    /** Hour of the day, 0–23 (written with or without a leading zero in keys). */
    HOUR("hour", "[01]?[0-9]|2[0-3]"),
    /** Response level AMK assigned to the call. */
    LEVEL("level", names(Level.values())),
    /** The call's true need (a response level). */
    NEED("need", names(Level.values())),
    /** Whether the call's zone is urban or rural. */
    AREA("area", "urban|rural"),
    /** The patient's condition. */
    CONDITION("condition", names(Condition.values())),
    /** How a patient came to the ED. */
    SOURCE("source", "ambulance|walkIn|referral"),
    /** A unit state ({@link UnitState}). */
    STATE("state", String.join("|", stateNames())),
    /** A threshold in minutes (share within so many minutes). */
    MINUTES("minutes", "[0-9]+");

    /** The column name in the long files. */
    public final String column;
    /** The values a key may hold here, as a regular expression; null for ids of the scenario. */
    final Pattern values;

    Dimension(String column, String values) {
        this.column = column;
        this.values = values == null ? null : Pattern.compile(values);
    }

    /**
     * True for the dimensions whose values are ids of the region or fleet.
     *
     * @return true for hospital, district, zone and response unit; false for the closed sets
     */
    public boolean isId() {
        return values == null;
    }

    /** The canonical value written to the long files (hours without a leading zero). */
    String canonical(String raw) {
        return this == HOUR ? Integer.toString(Integer.parseInt(raw)) : raw;
    }

    /** The dimension named {@code name} in a dictionary pattern. */
    static Dimension of(String name) {
        for (Dimension d : values()) {
            if (d.column.equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dimension {" + name + "}; expected one of "
                + Arrays.stream(values()).map(d -> d.column).toList());
    }

    private static String names(Enum<?>[] values) {
        return String.join("|", Arrays.stream(values).map(Enum::name).toList());
    }

    private static String[] stateNames() {
        String[] s = new String[UnitState.COUNT];
        for (int i = 0; i < s.length; i++) {
            s[i] = UnitState.name(i);
        }
        return s;
    }
}
