package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.akuttsim.chain.hypercube.HypercubeModel;
import org.akuttsim.chain.hypercube.HypercubeSolution;
import org.akuttsim.experiment.Experiment;
import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.experiment.ReplicationModel;
import org.akuttsim.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

/**
 * The chain in its hypercube configuration ({@link ChainScenarios#hypercube}) against Larson's exact
 * solution ({@link HypercubeModel}) on an asymmetric example: four units, five zones with different
 * call rates and preference lists, 30-minute exponential missions (1.95 Erlang offered).
 *
 * <p><b>Confidence.</b> Each variant checks 25 quantities (4 utilisations, 20 dispatch fractions,
 * loss or wait). Twenty-five separate 99 % intervals would miss one exact value about a fifth of the
 * time even with a correct model, so the intervals are Bonferroni-adjusted: each at
 * 1 − 0.01/25, which makes all 25 hold together with probability at least 99 %. The test also asserts
 * that the intervals are narrow enough to tell this solution from a wrong one: they exclude the
 * symmetric answer (every unit carrying a quarter of the load) that a dispatch ignoring the
 * preference lists would give.
 */
class ChainHypercubeTest {

    static final double[] RATE = {0.022, 0.015, 0.010, 0.006, 0.012}; // calls per minute, zones Z0..Z4
    static final int UNITS = 4;
    static final int[][] PREFERENCES = {{0, 1, 2, 3}, {1, 2, 0, 3}, {2, 3, 1, 0}, {3, 1, 0, 2}, {1, 0, 3, 2}};
    static final double MEAN_MISSION = 30;
    static final int REPLICATIONS = 30;
    static final double WARM_UP = 2 * 1440, LENGTH = 120 * 1440;
    static final int CHECKS = UNITS + UNITS * RATE.length + 1;
    static final double LEVEL = 1 - 0.01 / CHECKS;

    /** The chain model plus the per-replication loss share (lost calls per call received). */
    static final ReplicationModel<ChainScenario> MODEL = (s, rep, out) -> {
        new ChainModel().run(s, rep, out);
        out.put("calls.lostShare", out.get("calls.lost") / out.get("calls.received"));
    };

    static ExperimentResult simulate(boolean loss) {
        ChainScenario s = ChainScenarios.hypercube(RATE, UNITS, PREFERENCES, MEAN_MISSION, loss)
                .metrics(MetricParameters.defaults().withDispatchShares(true)).build();
        return Experiment.builder(MODEL).scenario("hypercube", s).replications(REPLICATIONS).seed(20240611L)
                .warmUp(WARM_UP).length(LENGTH).threads(2).confidenceLevel(LEVEL).keepValues().build().run();
    }

    static HypercubeSolution exact(HypercubeModel.Variant v) {
        double[] mu = new double[UNITS];
        Arrays.fill(mu, 1 / MEAN_MISSION);
        return new HypercubeModel(RATE, mu, PREFERENCES, v).solve();
    }

    static String unit(int i) {
        return "A" + i + ".0";
    }

    @Test
    void lossVariantMatchesTheExactHypercubeSolution() {
        ExperimentResult r = validate(HypercubeModel.Variant.LOSS, "calls.lostShare", HypercubeSolution::lossProbability,
                "loss probability");
        double[] received = r.values("hypercube", "calls.received");
        double[] lost = r.values("hypercube", "calls.lost");
        double[] missions = r.values("hypercube", "missions.RED");
        double[] responses = r.values("hypercube", "response.RED.n");
        for (int k = 0; k < REPLICATIONS; k++) {
            // Zero travel, no AMK: every call is dispatched or lost the moment it arrives and is on scene at once.
            assertEquals(received[k] - lost[k], missions[k], "replication " + k + ": missions = received − lost");
            assertEquals(missions[k], responses[k], "replication " + k + ": one response time per mission");
            assertEquals(missions[k], dispatchTotal(r, k) * received[k], 1e-6 * received[k],
                    "replication " + k + ": the dispatch shares add up to the missions");
        }
        assertPoissonCount(received);
    }

    @Test
    void queueVariantMatchesTheExactHypercubeSolution() {
        ExperimentResult r = validate(HypercubeModel.Variant.QUEUE, "dispatchWait.RED.mean", HypercubeSolution::meanWait,
                "mean wait (minutes)");
        double[] received = r.values("hypercube", "calls.received");
        double[] missions = r.values("hypercube", "missions.RED");
        for (int k = 0; k < REPLICATIONS; k++) {
            assertEquals(0, r.values("hypercube", "calls.lost")[k], "the queue variant loses nothing");
            // Missions differ from calls only by the calls queued at the start and at the end.
            assertEquals(received[k], missions[k], 20, "replication " + k + ": missions ≈ received");
            assertEquals(missions[k], dispatchTotal(r, k) * received[k], 1e-6 * received[k],
                    "replication " + k + ": the dispatch shares add up to the missions");
        }
        assertPoissonCount(received);
    }

    /**
     * Simulates the variant and checks every unit's utilisation, every (unit, zone) dispatch fraction
     * and the variant's own measure ({@code metric} against {@code exact}); fails listing all misses.
     */
    static ExperimentResult validate(HypercubeModel.Variant v, String metric, ToDoubleFunction<HypercubeSolution> exact,
                                     String what) {
        ExperimentResult r = simulate(v == HypercubeModel.Variant.LOSS);
        HypercubeSolution x = exact(v);
        List<String> failures = compare(r, x);
        failures.addAll(check(r.summary("hypercube", metric), exact.applyAsDouble(x), what));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        return r;
    }

    /** Utilisation of each unit and dispatch fraction of each (unit, zone) pair; returns the misses. */
    static List<String> compare(ExperimentResult r, HypercubeSolution x) {
        List<String> failures = new ArrayList<>();
        double carried = 0;
        for (int i = 0; i < UNITS; i++) {
            carried += x.utilisation(i);
        }
        for (int i = 0; i < UNITS; i++) {
            ConfidenceInterval ci = r.summary("hypercube", "unit." + unit(i) + ".utilisation");
            failures.addAll(check(ci, x.utilisation(i), "utilisation of unit " + i));
            System.out.printf("%s utilisation unit %d: exact %.4f sim %.4f ± %.4f%n", x.variant(), i, x.utilisation(i),
                    ci.mean(), ci.halfWidth());
            // Discrimination: the symmetric answer (carried / N) must lie outside where it differs visibly.
            double symmetric = carried / UNITS;
            if (Math.abs(x.utilisation(i) - symmetric) > 0.03) {
                assertTrue(!ci.contains(symmetric), "unit " + i + ": the interval " + ci + " cannot tell the exact "
                        + x.utilisation(i) + " from the symmetric " + symmetric);
            }
        }
        for (int j = 0; j < RATE.length; j++) {
            for (int i = 0; i < UNITS; i++) {
                ConfidenceInterval ci = r.summary("hypercube", "dispatchShare.Z" + j + "." + unit(i));
                failures.addAll(check(ci, x.dispatchFraction(i, j), "dispatch fraction unit " + i + " to zone " + j));
                System.out.printf("%s dispatch unit %d zone %d: exact %.5f sim %.5f ± %.5f%n", x.variant(), i, j,
                        x.dispatchFraction(i, j), ci.mean(), ci.halfWidth());
            }
        }
        return failures;
    }

    static List<String> check(ConfidenceInterval ci, double exact, String what) {
        List<String> out = new ArrayList<>();
        assertEquals(REPLICATIONS, ci.n(), what + ": one value per replication");
        if (!ci.contains(exact)) {
            out.add(what + ": exact " + exact + " outside " + ci);
        }
        // An interval wider than a tenth of the exact value (or 0.002 absolute for rare pairs) proves nothing.
        if (ci.halfWidth() > Math.max(0.1 * exact, 0.002)) {
            out.add(what + ": interval too wide to mean anything: " + ci);
        }
        if (what.startsWith("loss") || what.startsWith("mean wait")) {
            System.out.printf("%s: exact %.5f sim %.5f ± %.5f%n", what, exact, ci.mean(), ci.halfWidth());
        }
        return out;
    }

    static double dispatchTotal(ExperimentResult r, int replication) {
        double s = 0;
        for (int j = 0; j < RATE.length; j++) {
            for (int i = 0; i < UNITS; i++) {
                s += r.values("hypercube", "dispatchShare.Z" + j + "." + unit(i))[replication];
            }
        }
        return s;
    }

    /** Calls over all replications: Poisson with mean Λ·T per replication, within four standard deviations. */
    static void assertPoissonCount(double[] received) {
        double total = Arrays.stream(received).sum();
        double expected = REPLICATIONS * Arrays.stream(RATE).sum() * LENGTH;
        assertEquals(expected, total, 4 * Math.sqrt(expected), "calls received in all replications");
    }
}
