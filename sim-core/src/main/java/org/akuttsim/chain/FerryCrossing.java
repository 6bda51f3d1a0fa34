package org.akuttsim.chain;

import java.util.Arrays;

/**
 * A fjord that roads between two groups of zones cannot cross, with the ferry that can and the road
 * around it. A trip from a zone on one side to a zone on the other takes the faster of
 * <ul>
 *   <li>the <b>ferry</b>: the road to this side's quay, the expected wait for a departure (half the
 *       headway in force at that hour: an ambulance on an emergency run boards first, so it waits
 *       only for the boat, never for the queue), the crossing, and the road from the other quay;</li>
 *   <li>the <b>road around</b> the fjord through the {@code around} point (e.g. the head of the fjord).</li>
 * </ul>
 * Road legs to a quay or the around point are great-circle km × the detour factor at the rural speed.
 * The wait and the crossing are fixed minutes: lights and sirens, a helicopter's factor or a drive's
 * random variation do not shorten them, and the ambulance drives no kilometres on board.
 *
 * @param id              name, e.g. {@code flakk_rorvik}
 * @param sideA           zone indices on one side
 * @param sideB           zone indices on the other side (disjoint from {@code sideA})
 * @param quayALat        the quay on side A, degrees WGS84 (as {@code quayALon}, {@code quayBLat}, {@code quayBLon})
 * @param crossingMinutes minutes on board, quay to quay (&ge; 0)
 * @param headwayByHour   minutes between departures in each hour of the day (24 entries, &gt; 0;
 *                        {@code +Infinity}: no departure in that hour, only the road around)
 * @param aroundLat       a point on the road around the fjord, degrees WGS84 (as {@code aroundLon})
 */
public record FerryCrossing(String id, int[] sideA, int[] sideB, double quayALat, double quayALon, double quayBLat,
                            double quayBLon, double crossingMinutes, double[] headwayByHour, double aroundLat, double aroundLon) {

    /**
     * Checks the id, that each side has a zone and none is on both, that coordinates are degrees, the
     * crossing minutes not negative and the 24 headways &gt; 0; keeps copies of the arrays. Whether the zone
     * indices exist in the region is checked when the travel tables are built.
     *
     * @param id name
     * @param sideA zone indices on one side
     * @param sideB zone indices on the other side
     * @param quayALat latitude of the quay on side A, degrees
     * @param quayALon longitude of the quay on side A, degrees
     * @param quayBLat latitude of the quay on side B, degrees
     * @param quayBLon longitude of the quay on side B, degrees
     * @param crossingMinutes minutes on board, quay to quay
     * @param headwayByHour minutes between departures in each hour of the day (24)
     * @param aroundLat latitude of the point on the road around, degrees
     * @param aroundLon longitude of the point on the road around, degrees
     * @throws IllegalArgumentException naming the crossing and the field that is invalid
     */
    public FerryCrossing {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("ferry crossing id must not be empty");
        }
        Check.notNull("side A of crossing " + id, sideA);
        Check.notNull("side B of crossing " + id, sideB);
        if (sideA.length == 0 || sideB.length == 0) {
            throw new IllegalArgumentException("crossing " + id + " needs at least one zone on each side");
        }
        sideA = sideA.clone();
        sideB = sideB.clone();
        for (int a : sideA) {
            for (int b : sideB) {
                if (a == b) {
                    throw new IllegalArgumentException("zone " + a + " is on both sides of crossing " + id);
                }
            }
        }
        for (int z : sideA) {
            Check.nonNegative("zone index on side A of crossing " + id, z);
        }
        for (int z : sideB) {
            Check.nonNegative("zone index on side B of crossing " + id, z);
        }
        degrees(id, "quay A", quayALat, quayALon);
        degrees(id, "quay B", quayBLat, quayBLon);
        degrees(id, "around point", aroundLat, aroundLon);
        Check.nonNegative("crossing minutes of " + id, crossingMinutes);
        headwayByHour = Check.length("headway by hour of crossing " + id, headwayByHour, 24);
        for (int h = 0; h < 24; h++) {
            if (!(headwayByHour[h] > 0)) {
                throw new IllegalArgumentException("headway of crossing " + id + " at hour " + h
                        + " must be > 0 minutes (Infinity: no departure), was " + headwayByHour[h]);
            }
        }
    }

    private static void degrees(String id, String what, double lat, double lon) {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException(what + " of crossing " + id + " must be degrees WGS84, was " + lat + ", " + lon);
        }
    }

    /**
     * Headways of a day: {@code day} minutes from {@code dayStart} (inclusive) to {@code dayEnd} (exclusive),
     * {@code night} otherwise.
     *
     * @param dayStart first hour of the day timetable, 0–24
     * @param dayEnd hour the day timetable ends, exclusive, {@code dayStart}–24
     * @param day minutes between departures by day
     * @param night minutes between departures at night ({@code Double.POSITIVE_INFINITY}: none)
     * @return 24 headways, one per hour of the day (checked by the constructor, not here)
     */
    public static double[] headways(int dayStart, int dayEnd, double day, double night) {
        if (dayStart < 0 || dayStart > 24 || dayEnd < dayStart || dayEnd > 24) {
            throw new IllegalArgumentException("day hours must satisfy 0 <= start <= end <= 24, were " + dayStart + "-" + dayEnd);
        }
        double[] h = new double[24];
        Arrays.fill(h, night);
        Arrays.fill(h, dayStart, dayEnd, day);
        return h;
    }

    /** +1 when zone {@code z} is on side A, -1 on side B, 0 on neither. */
    int side(int z) {
        for (int a : sideA) {
            if (a == z) {
                return 1;
            }
        }
        for (int b : sideB) {
            if (b == z) {
                return -1;
            }
        }
        return 0;
    }

    /** {@return the zone indices on side A (a copy)} */
    @Override
    public int[] sideA() {
        return sideA.clone();
    }

    /** {@return the zone indices on side B (a copy)} */
    @Override
    public int[] sideB() {
        return sideB.clone();
    }

    /** {@return the minutes between departures in each hour of the day, 24 entries (a copy)} */
    @Override
    public double[] headwayByHour() {
        return headwayByHour.clone();
    }
}
