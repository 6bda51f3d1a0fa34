package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Fjord crossings: a zone across the fjord is reached by ferry or by the road around, never across the water. */
class FerryCrossingTest {

    /** Trondheim (zone 0, station, hospital), a zone across the fjord (1) and one more on the Trondheim side (2). */
    static Region fjord(double populationAcross) {
        List<Zone> zones = List.of(
                new Zone("T", ChainScenarios.populationIn(5, 0), true, 63.43, 10.40, 0),
                new Zone("F", ChainScenarios.populationIn(5, populationAcross), false, 63.60, 10.00, 0),
                new Zone("M", ChainScenarios.populationIn(5, 0), false, 63.29, 10.27, 0));
        return new Region("fjord", zones, List.of(new Station("ST", 0)), List.of(new Hospital("H", 0, 20, 100, true, true)));
    }

    static final double CROSSING = 25;

    /** Flakk–Rørvik-like: 25 min on board, every 30 min 06–22, hourly at night; around by Steinkjer. */
    static FerryCrossing flakk(double nightHeadway) {
        return new FerryCrossing("flakk", new int[] {0, 2}, new int[] {1}, 63.45, 10.20, 63.51, 10.18, CROSSING,
                FerryCrossing.headways(6, 22, 30, nightHeadway), 64.01, 11.49);
    }

    static TravelModel derived() {
        return TravelModel.fromCoordinates(1.35, 40, 60, 5, 0.5);
    }

    @Test
    void aTripAcrossTakesTheFerryOrTheRoadAroundWhicheverIsFasterAndDrivesNoKilometresOnBoard() {
        Region r = fjord(1000);
        TravelModel plain = derived();
        TravelModel ferry = plain.withCrossings(List.of(flakk(60)));
        assertEquals(1, plain.bands());
        assertArrayEquals(new int[] {0, 6, 22}, bandStarts(ferry), "bands where the headway changes");
        int day = ferry.bandOfHour(12), night = ferry.bandOfHour(2);
        double[] m = ferry.minutes(r, day), km = ferry.km(r, day);
        double straight = plain.minutes(r, 0)[0 * 3 + 1];
        // By ferry: road to the quay, half the headway, the crossing, road from the other quay.
        double toQuay = TravelModel.haversineKm(63.43, 10.40, 63.45, 10.20) * 1.35;
        double fromQuay = TravelModel.haversineKm(63.51, 10.18, 63.60, 10.00) * 1.35;
        assertEquals((toQuay + fromQuay) / 60 * 60 + 15 + CROSSING, m[0 * 3 + 1], 1e-9, "day: ferry");
        assertEquals(toQuay + fromQuay, km[0 * 3 + 1], 1e-9, "no km on board");
        assertEquals((toQuay + fromQuay) + 30 + CROSSING, ferry.minutes(r, night)[1], 1e-9, "night: hourly ferry");
        assertTrue(m[1] > straight + CROSSING, "no longer straight across the water: " + straight + " -> " + m[1]);
        // Both directions, and the RED response keeps the ferry's minutes whole: only the drive is shortened.
        assertEquals(m[1], m[1 * 3 + 0], 1e-9);
        assertEquals((toQuay + fromQuay) * 0.5 + 15 + CROSSING, ferry.responseMinutes(r, day)[1], 1e-9);
        // Zones on the same side keep the straight road.
        assertEquals(plain.minutes(r, 0)[0 * 3 + 2], m[0 * 3 + 2], 0.0);
        // No night service: the road around the fjord (through the around point).
        TravelModel closed = plain.withCrossings(List.of(flakk(Double.POSITIVE_INFINITY)));
        double aroundKm = (TravelModel.haversineKm(63.43, 10.40, 64.01, 11.49) + TravelModel.haversineKm(64.01, 11.49, 63.60, 10.00)) * 1.35;
        assertEquals(aroundKm, closed.km(r, closed.bandOfHour(2))[1], 1e-9);
        assertEquals(aroundKm, closed.minutes(r, closed.bandOfHour(2))[1], 1e-9, "60 km/h: a minute a km");
        assertEquals(m[1], closed.minutes(r, closed.bandOfHour(12))[1], 1e-9, "by day the ferry");
    }

    @Test
    void aMatrixTakesPrecedenceAndBadCrossingsAreRefused() {
        TravelModel matrix = TravelModel.matrix(new double[][] {new double[9]}, new int[] {0}, null, 1.3, 0.8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> matrix.withCrossings(List.of(flakk(60))));
        assertTrue(e.getMessage().contains("matrix"), e.getMessage());
        assertEquals(matrix.bands(), matrix.withCrossings(List.of()).bands());
        assertThrows(IllegalArgumentException.class, () -> new FerryCrossing("x", new int[] {0}, new int[] {0}, 63, 10, 63, 10, 5,
                FerryCrossing.headways(0, 24, 30, 30), 64, 11));
        assertThrows(IllegalArgumentException.class, () -> new FerryCrossing("x", new int[] {0}, new int[] {1}, 63, 10, 63, 10, 5,
                FerryCrossing.headways(0, 24, 0, 30), 64, 11));
        TravelModel outside = derived().withCrossings(List.of(new FerryCrossing("x", new int[] {0}, new int[] {7}, 63, 10, 63, 10, 5,
                FerryCrossing.headways(0, 24, 30, 30), 64, 11)));
        assertThrows(IllegalArgumentException.class, () -> outside.minutes(fjord(1), 0), "zone 7 of a 3-zone region");
    }

    @Test
    void speedBandsLengthenUrbanDrivesInTheRushHoursOnly() {
        Region r = ChainScenarios.ringOfFourStations().build().region();
        double[] urban = new double[24];
        Arrays.fill(urban, 1);
        Arrays.fill(urban, 7, 9, 1.5);
        double[] rural = new double[24];
        Arrays.fill(rural, 1);
        TravelModel plain = derived();
        TravelModel rush = plain.withSpeedBands(urban, rural);
        assertArrayEquals(new int[] {0, 7, 9}, bandStarts(rush));
        double[] base = plain.minutes(r, 0);
        double[] morning = rush.minutes(r, rush.bandOfHour(8));
        double[] noon = rush.minutes(r, rush.bandOfHour(12));
        for (int i = 0; i < base.length; i++) {
            assertEquals(base[i] * 1.5, morning[i], 1e-9, "the ring's zones are all urban");
            assertEquals(base[i], noon[i], 0.0);
        }
        // Factors of 1 leave the model as it was: one band, the same minutes.
        TravelModel flat = plain.withSpeedBands(rural, rural);
        assertEquals(1, flat.bands());
        assertArrayEquals(base, flat.minutes(r, 0));
        assertThrows(IllegalArgumentException.class, () -> TravelModel.matrix(new double[][] {new double[16]}, new int[] {0}, null, 1.3, 0.8)
                .withSpeedBands(urban, rural));
    }

    /**
     * The test: a zone across the fjord is reached no faster than its crossing allows. Calls
     * arise only across the fjord; the ambulances are on the other side. Even with lights and sirens
     * halving the drive and a drive variation of CV 1 (which makes some drives a tenth of the
     * expected), every response that sets out from the station's side takes at least the crossing plus
     * the expected wait, and so does its response time.
     */
    @Test
    void aZoneAcrossTheFjordIsReachedNoFasterThanItsCrossingAllows() {
        Region r = fjord(60_000);
        ChainScenario.Builder b = ChainScenario.builder().name("fjord").region(r)
                .demand(ChainScenarios.simpleDemand(0.1))
                .triage(Triage.perfect(DurationModel.fixed(2), 2))
                .fleet(Fleet.ambulances(2))
                .scene(ChainScenarios.simpleScene())
                .hospitals(HospitalModel.handoverOnly(DurationModel.fixed(15)));
        ChainScenario withFerry = b.travel(derived().withResponseVariability(1, 1).withCrossings(List.of(flakk(60)))).build();
        ChainScenario straight = b.travel(derived().withResponseVariability(1, 1)).build();
        List<double[]> ferry = crossingResponses(withFerry);
        List<double[]> across = crossingResponses(straight);
        assertTrue(ferry.size() > 300, "responses across: " + ferry.size());
        int night = 0;
        for (double[] x : ferry) {
            int hour = ChainClock.hourOfDay(x[0]);
            double wait = hour >= 6 && hour < 22 ? 15 : 30;
            assertTrue(x[1] >= CROSSING + wait - 1e-9, "drive " + x[1] + " at hour " + hour);
            assertTrue(Double.isNaN(x[2]) || x[2] >= CROSSING + wait - 1e-9, "response time " + x[2] + " at hour " + hour);
            night += hour < 6 || hour >= 22 ? 1 : 0;
        }
        assertTrue(night > 30, "night responses: " + night);
        // Without the crossing the same model drives straight across the water, often faster than the ferry sails.
        long faster = across.stream().filter(x -> x[1] < CROSSING).count();
        assertTrue(faster > across.size() / 4, faster + " of " + across.size() + " straight drives under " + CROSSING + " min");
    }

    /**
     * {dispatch time, drive minutes, response time or NaN when another unit was first} of every response
     * leg from the station's side (zone 0) to the zone across (zone 1) in 60 days.
     */
    private static List<double[]> crossingResponses(ChainScenario s) {
        List<double[]> d = new ArrayList<>();
        ChainRun run = new ChainRun(s, ChainModelTest.rep(4, 0, 60 * 1440));
        run.observe(new ChainObserver() {
            int from, to;
            double start, end;

            @Override
            public void unitLegStarted(int unit, int f, int t, double st, double en) {
                from = f;
                to = t;
                start = st;
                end = en;
            }

            @Override
            public void callDispatched(Call call, int unit, double t) {
                if (from == 0 && to == 1 && Double.isNaN(call.onScene())) {
                    d.add(new double[] {t, end - start, end - call.received()});
                }
            }
        });
        run.run();
        return d;
    }

    private static int[] bandStarts(TravelModel t) {
        List<Integer> starts = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            if (h == 0 || t.bandOfHour(h) != t.bandOfHour(h - 1)) {
                starts.add(h);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
