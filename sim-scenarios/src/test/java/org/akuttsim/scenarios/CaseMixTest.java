package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.akuttsim.chain.AgeGroups;
import org.akuttsim.chain.ChainRun;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Condition;
import org.akuttsim.chain.Demand;
import org.akuttsim.chain.Level;
import org.akuttsim.chain.Zone;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.junit.jupiter.api.Test;

/**
 * Conditions carry information: their mix depends on age (strokes and sepsis are old people's
 * conditions), their true need on the condition (a stroke is far more often true RED than a call on
 * average), and stroke scenes are timed against the stroke pathway's 25-minute target — while the
 * region's overall condition shares and need distribution stay those of the parameters.
 */
class CaseMixTest {

    static final ChainScenario BASE = DefaultRegion.stOlav2021();

    @Test
    void conditionsDependOnAgeButKeepTheRegionsShares() {
        Demand d = BASE.demand();
        double[][] mix = d.conditionMix();
        int stroke = Condition.STROKE.ordinal(), sepsis = Condition.SEPSIS.ordinal(), trauma = Condition.TRAUMA.ordinal();
        assertTrue(mix[8][stroke] > 5 * mix[2][stroke], "strokes: 80-89 against 20-29");
        assertTrue(mix[8][sepsis] > 4 * mix[2][sepsis]);
        assertTrue(mix[8][trauma] < mix[2][trauma], "trauma falls with age");
        double[] w = new double[AgeGroups.COUNT];
        double total = 0;
        for (Zone z : BASE.region().zones()) {
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                w[g] += z.population(g) * d.ratePerPersonYear(g);
                total += z.population(g) * d.ratePerPersonYear(g);
            }
        }
        double[] expected = {0.15, 0.05, 0.05, 0.15, 0.6}; // condition.share.* in parameters.csv
        for (int c = 0; c < Condition.COUNT; c++) {
            double s = 0;
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                s += w[g] / total * mix[g][c];
            }
            assertEquals(expected[c], s, 1e-12, "the region's share of " + Condition.of(c));
        }
    }

    @Test
    void trueNeedDependsOnTheConditionAndTheRegionsNeedMixIsKept() {
        double[][] need = BASE.demand().needByCondition();
        assertEquals(0.45, need[Condition.STROKE.ordinal()][Level.RED.ordinal()], 1e-12);
        assertTrue(need[Condition.OTHER.ordinal()][Level.RED.ordinal()] < 0.1, "the rest of the calls are less often RED");
        for (double[] row : need) {
            assertEquals(1.0, java.util.Arrays.stream(row).sum(), 1e-12);
        }
    }

    /** In a simulated month the calls show the table: each age group's stroke share, strokes' true-RED share. */
    @Test
    void simulatedCallsFollowTheMixByAge() {
        long[][] byAge = new long[AgeGroups.COUNT][Condition.COUNT];
        long[] strokeNeed = new long[Level.COUNT];
        ChainRun run = new ChainRun(BASE, new Replication(0, new StreamFactory(11).forReplication(0), 0, 60 * 24 * 60));
        run.setCallListener((key, zone, ageGroup, condition, need, level, received, triaged, dispatched, onScene, atHospital,
                unit, travel, outcome) -> {
            byAge[ageGroup][condition]++;
            if (condition == Condition.STROKE.ordinal()) {
                strokeNeed[need]++;
            }
        });
        run.run();
        double[][] mix = BASE.demand().conditionMix();
        for (int g : new int[] {2, 5, 7, 8}) {
            long n = java.util.Arrays.stream(byAge[g]).sum();
            double p = mix[g][Condition.STROKE.ordinal()], se = Math.sqrt(p * (1 - p) / n);
            assertEquals(p, byAge[g][Condition.STROKE.ordinal()] / (double) n, 4 * se + 1e-9, "strokes in age group " + AgeGroups.label(g));
        }
        long strokes = java.util.Arrays.stream(strokeNeed).sum();
        assertEquals(0.45, strokeNeed[Level.RED.ordinal()] / (double) strokes, 4 * Math.sqrt(0.45 * 0.55 / strokes));
        Responses out = new Responses();
        run.record(out);
        double within = out.get("stroke.sceneWithin25");
        assertTrue(within > 0.6 && within < 0.76, "about 68 % of stroke transports leave within 25 minutes (national 2019): " + within);
    }
}
