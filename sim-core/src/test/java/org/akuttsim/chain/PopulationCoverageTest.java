package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The covered population is, after every readiness change, the population of the zones some ready
 * station reaches, and its time integral by hour of day is that population × time, checked against
 * a brute-force recount over random station sets (several words of zones, overlapping and lone reach
 * sets, an observation start after time 0).
 */
class PopulationCoverageTest {

    @Test
    void coveredPopulationAndItsIntegralEqualABruteForceRecount() {
        SplittableRandom random = new SplittableRandom(11);
        for (int zones : new int[] {5, 64, 65, 150}) {
            int stations = 12;
            double[] pop = new double[zones];
            for (int z = 0; z < zones; z++) {
                pop[z] = 1 + random.nextInt(5000);
            }
            int[][] reach = new int[stations][];
            for (int st = 0; st < stations; st++) {
                // Station 0 reaches nothing, station 1 only a zone of its own; the others overlap at random.
                int n = st == 0 ? 0 : st == 1 ? 1 : 1 + random.nextInt(Math.min(zones, 20));
                reach[st] = random.ints(0, zones).distinct().limit(n).toArray();
            }
            PopulationCoverage coverage = new PopulationCoverage(reach, pop);
            boolean[] ready = new boolean[stations];
            double[] expectedByHour = new double[24];
            double t = 0, observeStart = 500;
            double expectedPop = 0;
            boolean restarted = false;
            for (int step = 0; step < 4000; step++) {
                double next = t + random.nextDouble() * 90;
                if (!restarted && next >= observeStart) {
                    addByHour(expectedByHour, Math.max(t, observeStart), observeStart, expectedPop);
                    coverage.restart(observeStart, (int) (observeStart / 60.0));
                    java.util.Arrays.fill(expectedByHour, 0);
                    t = observeStart;
                    restarted = true;
                }
                if (restarted) {
                    addByHour(expectedByHour, t, next, expectedPop);
                }
                t = next;
                int st = random.nextInt(stations);
                ready[st] = !ready[st];
                if (ready[st]) {
                    coverage.stationReady(st, t, (int) (t / 60.0));
                } else {
                    coverage.stationUnready(st, t, (int) (t / 60.0));
                }
                expectedPop = recount(reach, ready, pop);
                assertEquals(expectedPop, coverage.population(), 0.0, "zones " + zones + ", step " + step);
            }
            coverage.book(t, (int) (t / 60.0));
            for (int h = 0; h < 24; h++) {
                assertEquals(expectedByHour[h], coverage.populationMinutes(h), 1e-9 * Math.max(1, expectedByHour[h]),
                        "zones " + zones + ", hour " + h);
            }
        }
    }

    private static double recount(int[][] reach, boolean[] ready, double[] pop) {
        boolean[] covered = new boolean[pop.length];
        for (int st = 0; st < reach.length; st++) {
            if (ready[st]) {
                for (int z : reach[st]) {
                    covered[z] = true;
                }
            }
        }
        double s = 0;
        for (int z = 0; z < pop.length; z++) {
            s += covered[z] ? pop[z] : 0;
        }
        return s;
    }

    /** Minute by minute split of [t0, t1) by hour of day (a slow, obviously right reference). */
    private static void addByHour(double[] bins, double t0, double t1, double weight) {
        while (t0 < t1) {
            double e = Math.min(t1, (Math.floor(t0 / 60.0) + 1) * 60.0);
            bins[(int) (t0 / 60.0) % 24] += weight * (e - t0);
            t0 = e;
        }
    }
}
