package org.akuttsim.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.akuttsim.chain.ChainModel;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Demand;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.junit.jupiter.api.Test;

/** The regions the chain benchmark runs are the workloads its documentation names. */
class ChainBenchmarkScenariosTest {

    private static double missionsInOneYear(ChainScenario s, int replication) {
        Responses out = new Responses();
        new ChainModel().run(s, new Replication(replication, new StreamFactory(20_240_101L).forReplication(replication), 0,
                Demand.MINUTES_PER_YEAR), out);
        return out.get("missions.RED") + out.get("missions.YELLOW") + out.get("missions.GREEN");
    }

    @Test
    void issueSizedStOlavHasTheIssuesThirtyFiveThousandMissionsAndTheCalibratedOneItsOwn() {
        double full = missionsInOneYear(ChainBenchmark.scenario("stolav"), 0);
        double issue = missionsInOneYear(ChainBenchmark.scenario("stolav35k"), 0);
        // One replication-year: Poisson-like spread of about ±1 %, so 3 % bounds can fail only for a wrong scale.
        assertEquals(ChainBenchmark.STOLAV_MISSIONS, full, 0.03 * ChainBenchmark.STOLAV_MISSIONS, "calibrated St. Olavs missions");
        assertEquals(ChainBenchmark.ISSUE_MISSIONS, issue, 0.03 * ChainBenchmark.ISSUE_MISSIONS, "issue-sized St. Olavs missions");
    }

    @Test
    void issueSizedStOlavChangesOnlyTheCallRates() {
        ChainScenario full = ChainBenchmark.scenario("stolav");
        ChainScenario issue = ChainBenchmark.issueSized(full);
        assertSame(full.region(), issue.region());
        assertSame(full.travel(), issue.travel());
        assertSame(full.fleet(), issue.fleet());
        assertSame(full.triage(), issue.triage());
        assertSame(full.hospitals(), issue.hospitals());
        assertSame(full.envelope(), issue.envelope());
        double[] a = full.demand().ratePerPersonYear(), b = issue.demand().ratePerPersonYear();
        for (int g = 0; g < a.length; g++) {
            assertEquals(a[g] * ChainBenchmark.ISSUE_MISSIONS / ChainBenchmark.STOLAV_MISSIONS, b[g], 1e-12 * a[g]);
        }
        assertTrue(issue.name().contains("calls x"), issue.name());
    }

    @Test
    void unknownRegionIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChainBenchmark.scenario("oslo"));
        assertTrue(e.getMessage().contains("'oslo'") && e.getMessage().contains("stolav35k"), e.getMessage());
    }
}
