package org.akuttsim.scenarios;

import org.akuttsim.chain.Craft;
import org.akuttsim.chain.UnitType;
import org.akuttsim.io.CsvRow;

/**
 * The air and boat columns of {@code units.csv} (format: {@code SCENARIO-FORMAT.md}): a unit of type
 * {@code air_ambulance} or {@code boat_ambulance} with a {@code speed_kmh} travels as a {@link Craft};
 * the other craft columns are optional then and must be empty otherwise.
 */
final class UnitsFile {

    static final String[] CRAFT_COLUMNS = {"route_factor", "ready_minutes", "availability", "min_road_minutes", "co2_kg_per_hour"};

    /** Returned after a problem was reported. */
    static final Craft BAD = new Craft(1, 1, 0, 1, 0, 0);

    private UnitsFile() {
    }

    /** The row's craft; null for a unit on the roads; {@link #BAD} after reporting a problem. */
    static Craft craft(CsvRow r, UnitType type) {
        boolean craftType = type == UnitType.AIR_AMBULANCE || type == UnitType.BOAT_AMBULANCE;
        if (r.isBlank("speed_kmh")) {
            for (String c : CRAFT_COLUMNS) {
                if (!r.isBlank(c)) {
                    r.expected(c, "empty: '" + c + "' needs speed_kmh (a unit with a speed travels by air or sea)");
                    return BAD;
                }
            }
            return null;
        }
        if (type != null && !craftType) {
            r.expected("speed_kmh", "empty for a " + type.name().toLowerCase(java.util.Locale.ROOT)
                    + " (only air_ambulance and boat_ambulance units travel by air or sea)");
            return BAD;
        }
        double speed = r.number("speed_kmh", 1, 1000);
        double route = r.numberOr("route_factor", 1, 5, 1);
        double ready = r.numberOr("ready_minutes", 0, 240, 0);
        double availability = r.numberOr("availability", 0.01, 1, 1);
        double minRoad = r.numberOr("min_road_minutes", 0, 1440, 0);
        double co2 = r.numberOr("co2_kg_per_hour", 0, 100_000, 0);
        for (double x : new double[] {speed, route, ready, availability, minRoad, co2}) {
            if (Double.isNaN(x)) {
                return BAD;
            }
        }
        return type == null ? BAD : new Craft(speed, route, ready, availability, minRoad, co2);
    }
}
