package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.akuttsim.chain.ChainModel;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Demand;
import org.akuttsim.chain.dispatch.FixedPreferenceDispatch;
import org.akuttsim.chain.hypercube.HypercubeModel;
import org.akuttsim.chain.hypercube.HypercubeSolution;
import org.akuttsim.experiment.Experiment;
import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.experiment.ReplicationModel;
import org.akuttsim.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

/**
 * A scenario directory, without Java, reproduces Larson's exact hypercube solution: the test resource
 * {@code hypercube-loss/} chooses fixed preference lists with loss ({@code dispatch.csv},
 * {@code preferences.csv}), exponential on-scene time and no AMK or activation delay
 * ({@code durations.csv}), zero travel ({@code travel.csv}) and every call RED and treated on scene
 * ({@code parameters.csv}) — the case of sim-core's {@code ChainHypercubeTest}, loss variant. The
 * simulated utilisations, dispatch fractions and loss probability must contain the exact values of
 * {@link HypercubeModel} in Bonferroni-adjusted 99 % intervals (each at 1 − 0.01/25), and the
 * intervals must be narrow enough to exclude the symmetric answer a dispatch ignoring the lists would give.
 */
class ScenarioDirectoryHypercubeTest {

    static final double[] RATE = {0.022, 0.015, 0.010, 0.006, 0.012};
    static final int[][] PREFERENCES = {{0, 1, 2, 3}, {1, 2, 0, 3}, {2, 3, 1, 0}, {3, 1, 0, 2}, {1, 0, 3, 2}};
    static final double MEAN_MISSION = 30;
    static final int UNITS = 4, REPLICATIONS = 30, CHECKS = UNITS + UNITS * RATE.length + 1;

    static ChainScenario load() throws Exception {
        Path dir = Path.of(ScenarioDirectoryHypercubeTest.class.getResource("hypercube-loss").toURI());
        ChainScenario s = ScenarioDirectory.load(dir).baseline();
        // Reporting only: the dispatch counts per zone and unit (the model is the directory's).
        return s.toBuilder().metrics(s.metrics().withDispatchShares(true)).build();
    }

    @Test
    void theDirectoryDescribesTheHypercubeCase() throws Exception {
        ChainScenario s = load();
        assertEquals(Arrays.stream(RATE).sum() * Demand.MINUTES_PER_YEAR, s.expectedCallsPerYear(), 1e-6);
        FixedPreferenceDispatch p = (FixedPreferenceDispatch) s.dispatch().policy();
        assertTrue(p.loss(), "dispatch.csv: when_none_free = lose");
        assertTrue(Arrays.deepEquals(PREFERENCES, p.preferences()), "preferences.csv gives the lists");
        assertEquals(MEAN_MISSION, s.scene().onScene()[0].mean(), 0);
        assertEquals(0, s.triage().callHandling().minutes(0.99), 0);
    }

    @Test
    void aScenarioDirectoryReproducesTheExactHypercubeLossSolution() throws Exception {
        ReplicationModel<ChainScenario> model = (sc, rep, out) -> {
            new ChainModel().run(sc, rep, out);
            out.put("calls.lostShare", out.get("calls.lost") / out.get("calls.received"));
        };
        ExperimentResult r = Experiment.builder(model).scenario("hypercube", load()).replications(REPLICATIONS).seed(20240611L)
                .warmUp(2 * 1440).length(120 * 1440).threads(2).confidenceLevel(1 - 0.01 / CHECKS).build().run();
        double[] mu = new double[UNITS];
        Arrays.fill(mu, 1 / MEAN_MISSION);
        HypercubeSolution x = new HypercubeModel(RATE, mu, PREFERENCES, HypercubeModel.Variant.LOSS).solve();
        List<String> failures = new ArrayList<>();
        double carried = 0;
        for (int i = 0; i < UNITS; i++) {
            carried += x.utilisation(i);
        }
        for (int i = 0; i < UNITS; i++) {
            ConfidenceInterval ci = r.summary("hypercube", "unit.U" + i + ".utilisation");
            check(failures, ci, x.utilisation(i), "utilisation of unit " + i);
            if (Math.abs(x.utilisation(i) - carried / UNITS) > 0.03) {
                assertTrue(!ci.contains(carried / UNITS), "unit " + i + ": " + ci + " cannot tell the exact " + x.utilisation(i)
                        + " from the symmetric " + carried / UNITS);
            }
        }
        for (int j = 0; j < RATE.length; j++) {
            for (int i = 0; i < UNITS; i++) {
                check(failures, r.summary("hypercube", "dispatchShare.Z" + j + ".U" + i), x.dispatchFraction(i, j),
                        "dispatch fraction unit " + i + " to zone " + j);
            }
        }
        check(failures, r.summary("hypercube", "calls.lostShare"), x.lossProbability(), "loss probability");
        System.out.printf("directory hypercube: loss exact %.5f sim %s%n", x.lossProbability(), r.summary("hypercube", "calls.lostShare"));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    static void check(List<String> failures, ConfidenceInterval ci, double exact, String what) {
        assertEquals(REPLICATIONS, ci.n(), what + ": one value per replication");
        if (!ci.contains(exact)) {
            failures.add(what + ": exact " + exact + " outside " + ci);
        }
        if (ci.halfWidth() > Math.max(0.1 * exact, 0.002)) {
            failures.add(what + ": interval too wide to mean anything: " + ci);
        }
    }
}
