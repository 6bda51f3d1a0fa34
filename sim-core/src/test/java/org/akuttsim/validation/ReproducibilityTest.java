package org.akuttsim.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.akuttsim.experiment.Experiment;
import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.junit.jupiter.api.Test;

/**
 * Results depend on the seed and nothing else: not on the run, not on the number of threads, not
 * on another simulation running beside them.
 */
class ReproducibilityTest {

    private static final MmcQueue.Config MMC = new MmcQueue.Config(10, 9.0, 1.0);
    private static final MmcQueue.Config MMC_FASTER = new MmcQueue.Config(10, 9.0, 0.98);

    private static ExperimentResult run(long seed, int threads) {
        return Experiment.builder(MmcQueue.MODEL).scenario("base", MMC).scenario("faster", MMC_FASTER)
                .replications(8).seed(seed).warmUp(50).length(500).threads(threads).keepValues().build().run();
    }

    private static void assertIdentical(ExperimentResult a, ExperimentResult b) {
        assertEquals(a.metrics(), b.metrics());
        for (String s : a.scenarios()) {
            for (String m : a.metrics()) {
                assertArrayEquals(a.values(s, m), b.values(s, m), 0.0, s + "/" + m);
            }
        }
    }

    @Test
    void theSameSeedGivesIdenticalResults() {
        ExperimentResult a = run(77, 2);
        assertIdentical(a, run(77, 2));
        assertFalse(Arrays.equals(a.values("base", "meanWait"), run(78, 2).values("base", "meanWait")),
                "a different seed gives different results");
    }

    @Test
    void oneThreadAndFourThreadsGiveIdenticalResults() {
        assertIdentical(run(99, 1), run(99, 4));
    }

    private static Map<String, Double> replication(long seed, int index) {
        Responses out = new Responses();
        MmcQueue.MODEL.run(MMC, new Replication(index, new StreamFactory(seed).forReplication(index), 50, 2_000), out);
        return out.asMap();
    }

    @Test
    void twoSimulationsOnTwoThreadsEqualRunningThemOneAfterTheOther() throws Exception {
        Map<String, Double> first = replication(5, 0);
        Map<String, Double> second = replication(5, 1);
        assertFalse(first.equals(second), "the two replications differ from each other");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                Future<Map<String, Double>> a = pool.submit(() -> replication(5, 0));
                Future<Map<String, Double>> b = pool.submit(() -> replication(5, 1));
                assertEquals(first, a.get());
                assertEquals(second, b.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
