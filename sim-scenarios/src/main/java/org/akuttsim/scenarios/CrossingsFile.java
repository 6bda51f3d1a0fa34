package org.akuttsim.scenarios;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.akuttsim.chain.FerryCrossing;
import org.akuttsim.io.CsvRow;
import org.akuttsim.io.CsvSchema;
import org.akuttsim.io.CsvTable;

/**
 * Reads {@code crossings.csv} (format: {@code SCENARIO-FORMAT.md}): one fjord crossing a row, the zones
 * on each side, the quays, the crossing time, the headways by day and night and a point on the road
 * around the fjord. Every problem is reported at its file, line and column.
 */
final class CrossingsFile {

    static final String FILE = "crossings.csv";

    static final CsvSchema SCHEMA = CsvSchema.required("crossing_id", "side_a", "side_b", "quay_a_lat", "quay_a_lon", "quay_b_lat",
            "quay_b_lon", "crossing_minutes", "headway_day", "headway_night", "day_start_hour", "day_end_hour", "around_lat",
            "around_lon").optional("name", "source");

    /** Headway value meaning no departure in those hours. */
    static final String NONE = "none";

    private CrossingsFile() {
    }

    static List<FerryCrossing> read(CsvTable t, Map<String, Integer> zoneIndex) {
        List<FerryCrossing> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvRow r : t.rows()) {
            String id = r.text("crossing_id");
            if (id != null && !ids.add(id)) {
                r.expected("crossing_id", "a crossing id not used before in " + FILE);
            }
            int[] a = zones(r, "side_a", zoneIndex);
            int[] b = zones(r, "side_b", zoneIndex);
            if (a != null && b != null) {
                for (int x : a) {
                    for (int y : b) {
                        if (x == y) {
                            r.expected("side_b", "zones not on side_a as well (found " + r.raw("side_b") + ")");
                            b = null;
                            break;
                        }
                    }
                    if (b == null) {
                        break;
                    }
                }
            }
            double qaLat = r.number("quay_a_lat", -90, 90), qaLon = r.number("quay_a_lon", -180, 180);
            double qbLat = r.number("quay_b_lat", -90, 90), qbLon = r.number("quay_b_lon", -180, 180);
            double crossing = r.number("crossing_minutes", 0, 600);
            double day = headway(r, "headway_day");
            double night = headway(r, "headway_night");
            int start = r.integer("day_start_hour", 0, 24);
            int end = r.integer("day_end_hour", 0, 24);
            if (start >= 0 && end >= 0 && end < start) {
                r.expected("day_end_hour", "an hour at or after day_start_hour (" + start + "), e.g. 22; found " + end);
            }
            double aLat = r.number("around_lat", -90, 90), aLon = r.number("around_lon", -180, 180);
            double[] all = {qaLat, qaLon, qbLat, qbLon, crossing, day, night, aLat, aLon};
            boolean ok = id != null && a != null && b != null && end >= start;
            for (double x : all) {
                ok &= !Double.isNaN(x);
            }
            if (ok) {
                list.add(new FerryCrossing(id, a, b, qaLat, qaLon, qbLat, qbLon, crossing,
                        FerryCrossing.headways(start, end, day, night), aLat, aLon));
            }
        }
        return list;
    }

    /** Minutes between departures (&gt; 0), or {@code none}: +Infinity. */
    private static double headway(CsvRow r, String column) {
        String v = r.raw(column) == null ? "" : r.raw(column).trim();
        if (v.equalsIgnoreCase(NONE)) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            double x = Double.parseDouble(v);
            if (x > 0 && x <= 1440) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        r.expected(column, "minutes between departures in (0, 1440], or '" + NONE + "' for no departure in those hours");
        return Double.NaN;
    }

    /** Zone ids separated by {@code ;}, each from zones.csv; null after reporting a problem. */
    private static int[] zones(CsvRow r, String column, Map<String, Integer> zoneIndex) {
        String v = r.raw(column) == null ? "" : r.raw(column).trim();
        if (v.isEmpty()) {
            r.expected(column, "zone ids from zones.csv separated by ';'");
            return null;
        }
        String[] parts = v.split(";");
        int[] z = new int[parts.length];
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < parts.length; i++) {
            Integer k = zoneIndex.get(parts[i].trim());
            if (k == null) {
                r.expected(column, "zone ids from zones.csv separated by ';' ('" + parts[i].trim() + "' is not one)");
                return null;
            }
            if (!seen.add(k)) {
                r.expected(column, "each zone once ('" + parts[i].trim() + "' is given twice)");
                return null;
            }
            z[i] = k;
        }
        return z;
    }
}
