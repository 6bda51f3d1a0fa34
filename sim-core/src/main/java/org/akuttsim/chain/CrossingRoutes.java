package org.akuttsim.chain;

import java.util.List;

/**
 * The routes of one hour between zones that a fjord separates ({@link FerryCrossing}): for each
 * ordered pair of zones on opposite sides of a crossing, the faster of its ferry and the road around
 * it; of several crossings separating a pair, the fastest route of all. Pairs no crossing separates
 * keep their straight-line road. Road legs to quays and around points are great-circle km × the
 * detour factor at the rural speed (× the hour's rural speed factor).
 */
final class CrossingRoutes {

    private final Region region;
    private final List<FerryCrossing> crossings;
    private final double detour;
    private final double minutesPerKm;
    private final int hour;

    CrossingRoutes(Region region, List<FerryCrossing> crossings, double detourFactor, double ruralSpeedKmh, double ruralFactor, int hour) {
        this.region = region;
        this.crossings = crossings;
        this.detour = detourFactor;
        this.minutesPerKm = 60.0 / ruralSpeedKmh * ruralFactor;
        this.hour = hour;
        int n = region.zoneCount();
        for (FerryCrossing c : crossings) {
            for (int z : c.sideA()) {
                Check.index("zone on side A of crossing " + c.id(), z, n);
            }
            for (int z : c.sideB()) {
                Check.index("zone on side B of crossing " + c.id(), z, n);
            }
        }
    }

    /**
     * Overwrites the drive minutes, ferry minutes and km of every separated pair with its fastest route.
     * All arrays are row-major {@code from * zones + to}.
     */
    void apply(double[] drive, double[] ferry, double[] km) {
        int n = region.zoneCount();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double best = Double.POSITIVE_INFINITY;
                for (FerryCrossing c : crossings) {
                    int si = c.side(i), sj = c.side(j);
                    if (si == 0 || sj == 0 || si == sj) {
                        continue;
                    }
                    boolean fromA = si > 0;
                    // the road around the fjord
                    double aroundKm = roadKm(i, c.aroundLat(), c.aroundLon()) + roadKm(j, c.aroundLat(), c.aroundLon());
                    double aroundDrive = aroundKm * minutesPerKm;
                    if (aroundDrive < best) {
                        best = aroundDrive;
                        set(drive, ferry, km, i * n + j, aroundDrive, 0, aroundKm);
                    }
                    // the ferry, when it sails in this hour
                    double headway = c.headwayByHour()[hour];
                    if (headway < Double.POSITIVE_INFINITY) {
                        double roadKm = fromA ? roadKm(i, c.quayALat(), c.quayALon()) + roadKm(j, c.quayBLat(), c.quayBLon())
                                : roadKm(i, c.quayBLat(), c.quayBLon()) + roadKm(j, c.quayALat(), c.quayALon());
                        double onBoard = headway / 2 + c.crossingMinutes();
                        double d = roadKm * minutesPerKm;
                        if (d + onBoard < best) {
                            best = d + onBoard;
                            set(drive, ferry, km, i * n + j, d, onBoard, roadKm);
                        }
                    }
                }
            }
        }
    }

    private static void set(double[] drive, double[] ferry, double[] km, int k, double d, double f, double kmValue) {
        drive[k] = d;
        ferry[k] = f;
        km[k] = kmValue;
    }

    private double roadKm(int zone, double lat, double lon) {
        Zone z = region.zones().get(zone);
        return TravelModel.haversineKm(z.lat(), z.lon(), lat, lon) * detour;
    }
}
