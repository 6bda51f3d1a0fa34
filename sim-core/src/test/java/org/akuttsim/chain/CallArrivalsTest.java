package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Calls are thinned from one envelope: each scenario receives a Poisson process with its own rate in
 * every cell and hour, and a scenario with rates at least as high everywhere receives a superset of
 * the other's calls (same keys, times and cells).
 */
class CallArrivalsTest {

    private static final int WEEKS = 26;
    private static final double END = WEEKS * 7 * 1440.0;
    private static final long KEY = 0x5EED_CA11L;

    /** Two zones (A: 10,000 aged 40–49; B: 5,000 aged 80–89), 2 calls per person-year, a daily wave. */
    private static final Region REGION = ChainScenarios.twoZonesOneStation().build().region();
    private static final Demand BASE = demand(2.0, 0.0);

    private static Demand demand(double callsPerPersonYear, double nightBoost) {
        double[] profile = new double[Demand.HOURS_PER_WEEK];
        for (int h = 0; h < profile.length; h++) {
            int hod = h % 24;
            profile[h] = (1 + 0.8 * Math.sin(2 * Math.PI * hod / 24)) * (hod < 6 ? 1 + nightBoost : 1);
        }
        Demand d = ChainScenarios.simpleDemand(callsPerPersonYear);
        return new Demand(d.ratePerPersonYear(), profile, d.conditionMix(), d.needByCondition());
    }

    private static Region grown(double factorA, double factorB) {
        List<Zone> zones = new ArrayList<>();
        for (Zone z : REGION.zones()) {
            double[] p = z.population();
            for (int g = 0; g < p.length; g++) {
                p[g] *= z.id().equals("A") ? factorA : factorB;
            }
            zones.add(z.withPopulation(p));
        }
        return REGION.withZones(zones);
    }

    private record Call(double time, int cell) {
    }

    /** Every accepted call of a run, by key. */
    private static Map<Long, Call> calls(CallArrivals a) {
        Map<Long, Call> out = new HashMap<>();
        for (int b = 0; b < a.bands(); b++) {
            for (double t = a.next(b); t <= END; t = a.next(b)) {
                assertTrue(out.put(a.key(b), new Call(t, a.cell(b))) == null, "duplicate key");
            }
        }
        return out;
    }

    private static final ArrivalEnvelope ENVELOPE = ArrivalEnvelope.of(REGION, BASE);

    @Test
    void theBaseScenarioGeneratesOneBandAndRejectsNoCandidate() {
        CallArrivals a = new CallArrivals(ENVELOPE, REGION, BASE, KEY, END);
        assertEquals(1, a.bands());
        int n = calls(a).size();
        // Each band draws one last candidate after the end.
        assertEquals(n + 1, a.candidates());
    }

    @Test
    void aGrownScenarioGeneratesTheBandsUpToItsLargestRatio() {
        // Ratio 1.3 in zone B: edges 1, 1.125, 1.265625, 1.423828125 -> bands 0..3.
        assertEquals(4, new CallArrivals(ENVELOPE, grown(1.0, 1.3), BASE, KEY, END).bands());
        assertEquals(1, new CallArrivals(ENVELOPE, grown(0.5, 0.9), BASE, KEY, END).bands());
        // Exactly on an edge: 1.125 needs no band above [1, 1.125).
        assertEquals(2, new CallArrivals(ENVELOPE, grown(1.125, 1.0), BASE, KEY, END).bands());
    }

    @Test
    void eachCellAndHourOfDayReceivesItsOwnRate() {
        // Zone A shrinks to 0.7, zone B grows to 1.6, nights get 30 % more calls than the envelope's shape:
        // bands above 1 are needed, the profile differs from the shape, one cell is thinned in band 0.
        Region region = grown(0.7, 1.6);
        Demand demand = demand(2.0, 0.3);
        CallArrivals a = new CallArrivals(ENVELOPE, region, demand, KEY, END);
        assertTrue(a.bands() > 5, "bands " + a.bands());
        int[] cells = {4, AgeGroups.COUNT + 8};
        long[][] count = new long[2][24];
        for (Call c : calls(a).values()) {
            int i = c.cell() == cells[0] ? 0 : 1;
            assertEquals(cells[i], c.cell(), "a call in an empty cell");
            count[i][(int) (c.time() / 60) % 24]++;
        }
        double[] persons = {10_000 * 0.7, 5_000 * 1.6};
        for (int i = 0; i < 2; i++) {
            for (int hod = 0; hod < 24; hod++) {
                double expected = 0;
                for (int day = 0; day < 7; day++) {
                    expected += persons[i] * 2.0 / Demand.MINUTES_PER_YEAR * demand.profile(day * 24 + hod) * 60 * WEEKS;
                }
                double z = (count[i][hod] - expected) / Math.sqrt(expected);
                // 48 bins: |z| < 3.5 holds for all of them with probability > 0.98 under the model.
                assertTrue(Math.abs(z) < 3.5, "cell " + cells[i] + " hour " + hod + ": " + count[i][hod] + " calls, expected "
                        + expected + " (z = " + z + ")");
            }
        }
    }

    @Test
    void higherRatesEverywhereReceiveASupersetWithTheSameKeysTimesAndCells() {
        Map<Long, Call> small = calls(new CallArrivals(ENVELOPE, grown(0.6, 0.9), BASE, KEY, END));
        Map<Long, Call> base = calls(new CallArrivals(ENVELOPE, REGION, BASE, KEY, END));
        Map<Long, Call> big = calls(new CallArrivals(ENVELOPE, grown(1.2, 1.9), demand(2.0, 0.2), KEY, END));
        assertTrue(small.size() < base.size() && base.size() < big.size());
        for (Map.Entry<Long, Call> e : small.entrySet()) {
            assertEquals(e.getValue(), base.get(e.getKey()), "small-scenario call missing from the base");
        }
        for (Map.Entry<Long, Call> e : base.entrySet()) {
            assertEquals(e.getValue(), big.get(e.getKey()), "base call missing from the grown scenario");
        }
        // Expected ratios (a profile only shapes the week, its mean is 1): (0.6·10,000 + 0.9·5,000) / 15,000
        // = 0.7 and (1.2·10,000 + 1.9·5,000) / 15,000 = 1.433.
        assertEquals(0.7, (double) small.size() / base.size(), 0.015); // 4 standard deviations
        assertEquals(1.4333, (double) big.size() / base.size(), 0.02);
    }

    @Test
    void anotherKeyGivesOtherCalls() {
        Map<Long, Call> a = calls(new CallArrivals(ENVELOPE, REGION, BASE, KEY, END));
        Map<Long, Call> b = calls(new CallArrivals(ENVELOPE, REGION, BASE, KEY + 1, END));
        long shared = a.keySet().stream().filter(b::containsKey).count();
        assertEquals(0, shared);
    }
}
