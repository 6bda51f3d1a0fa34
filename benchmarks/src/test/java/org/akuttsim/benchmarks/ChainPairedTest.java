package org.akuttsim.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntToLongFunction;

import org.junit.jupiter.api.Test;

class ChainPairedTest {

    @Test
    void theMedianIntervalUsesTheBinomialOrderStatistics() {
        double[] x = new double[100];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1; // rank i + 1 holds the value i + 1
        }
        // n = 100: ranks 40 and 61, the textbook 95 % interval for the median
        assertArrayEquals(new double[] {40, 61}, ChainPaired.medianInterval(x, 1.96));
        // tiny samples: clamped to the ends
        assertArrayEquals(new double[] {1, 3}, ChainPaired.medianInterval(new double[] {1, 2, 3}, 1.96));
        assertEquals(50.5, ChainPaired.median(x));
    }

    @Test
    void eachBuildRunsInItsOwnClassLoaderAndBothRunTheSameReplications() throws Exception {
        String build = System.getProperty("java.class.path");
        IntToLongFunction a = ChainPaired.load(build, "stolav35k");
        IntToLongFunction b = ChainPaired.load(build, "stolav35k");
        assertNotSame(a.getClass(), b.getClass(), "each build has its own classes");
        assertNotSame(ChainPaired.Replicator.class, a.getClass());

        ChainPaired.Timings t = ChainPaired.measure(new IntToLongFunction[] {a, b}, 0, 2);
        for (int r = 0; r < 2; r++) {
            assertTrue(t.events()[0][r] > 50_000, "a year of the chain: " + t.events()[0][r] + " events");
            assertEquals(t.events()[0][r], t.events()[1][r], "same build, same replication, same events");
            assertTrue(t.ms()[0][r] > 0 && t.ms()[1][r] > 0);
        }
        assertTrue(t.events()[0][0] != t.events()[0][1], "different replication indices draw different numbers");
        String report = ChainPaired.report(List.of("A", "B"), t);
        assertTrue(report.contains("median ratio"), report);
    }

    @Test
    void aMissingBuildIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChainPaired.load("/no/such/benchmarks.jar", "stolav"));
        assertTrue(e.getMessage().contains("/no/such/benchmarks.jar"), e.getMessage());
    }
}
