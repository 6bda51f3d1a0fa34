package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Identical units at one station have equal drives to every call: the unit free the longest goes
 * first, so they take turns and share the work (the rule in {@link NearestUnit}).
 */
class FairTiesTest {

    @Test
    void identicalUnitsAtOneStationShareTheWork() {
        // Three 24/7 ambulances at one station; 0.3 calls per person-year keeps them busy ~1/3 of the time.
        ChainScenario s = ChainScenarios.twoZonesOneStation().fleet(Fleet.ambulances(3)).demand(ChainScenarios.simpleDemand(0.3)).build();
        ChainRun run = ChainModel.simulate(s, ChainModelTest.rep(3, 0, 120 * 1440));
        long[] missions = new long[3];
        long all = 0;
        for (int u = 0; u < 3; u++) {
            for (int z = 0; z < s.region().zoneCount(); z++) {
                missions[u] += run.dispatches(z, u);
            }
            all += missions[u];
        }
        assertTrue(all > 1000, "enough missions to compare: " + all);
        for (int u = 0; u < 3; u++) {
            double share = missions[u] / (double) all;
            // Lowest index first would give unit 0 well over half of them.
            assertTrue(Math.abs(share - 1.0 / 3) < 0.03, "unit " + u + " took " + share + " of the missions");
        }
    }
}
