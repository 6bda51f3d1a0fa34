package org.akuttsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void smallSampleByHand() {
        Tally t = new Tally();
        for (double x : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            t.add(x);
        }
        assertEquals(8, t.count());
        assertEquals(5.0, t.mean(), 1e-15);
        // Squared deviations 9+1+1+1+0+0+4+16 = 32, divisor n-1 = 7.
        assertEquals(32.0 / 7.0, t.variance(), 1e-14);
        assertEquals(Math.sqrt(32.0 / 7.0), t.standardDeviation(), 1e-14);
        assertEquals(2.0, t.min());
        assertEquals(9.0, t.max());
        assertEquals(40.0, t.sum(), 1e-12);
    }

    @Test
    void poolingTwoTalliesEqualsAddingEveryObservationToOne() {
        Random random = new Random(5);
        for (int[] sizes : new int[][] {{0, 0}, {0, 7}, {7, 0}, {1, 1}, {3, 1000}, {5000, 4000}}) {
            Tally a = new Tally(), b = new Tally(), all = new Tally();
            java.math.BigDecimal exactSum = java.math.BigDecimal.ZERO;
            for (int i = 0; i < sizes[0]; i++) {
                double x = 1e6 + 20 * random.nextGaussian(); // a large mean: pooling must not lose the spread
                a.add(x);
                all.add(x);
                exactSum = exactSum.add(new java.math.BigDecimal(x));
            }
            for (int i = 0; i < sizes[1]; i++) {
                double x = 1e6 + 35 + 5 * random.nextGaussian();
                b.add(x);
                all.add(x);
                exactSum = exactSum.add(new java.math.BigDecimal(x));
            }
            a.addAll(b);
            assertEquals(all.count(), a.count());
            if (all.count() == 0) {
                assertTrue(Double.isNaN(a.mean()) && Double.isNaN(a.min()) && Double.isNaN(a.max()));
                continue;
            }
            // Both are within a few rounding steps of the exact mean (a one-by-one Welford mean is not exact either).
            double exactMean = exactSum.divide(java.math.BigDecimal.valueOf(all.count()), java.math.MathContext.DECIMAL128).doubleValue();
            assertEquals(exactMean, all.mean(), 1e-14 * exactMean, "one by one, sizes " + sizes[0] + ", " + sizes[1]);
            assertEquals(exactMean, a.mean(), 1e-14 * exactMean, "pooled, sizes " + sizes[0] + ", " + sizes[1]);
            if (all.count() > 1) {
                assertEquals(all.variance(), a.variance(), 1e-9 * all.variance(), "sizes " + sizes[0] + ", " + sizes[1]);
            }
            assertEquals(all.min(), a.min());
            assertEquals(all.max(), a.max());
        }
    }

    @Test
    void emptyAndSingleObservationAreUndefinedNotZero() {
        Tally t = new Tally();
        assertEquals(0, t.count());
        assertTrue(Double.isNaN(t.mean()));
        assertTrue(Double.isNaN(t.min()));
        t.add(3.5);
        assertEquals(3.5, t.mean());
        assertTrue(Double.isNaN(t.variance()), "one observation has no sample variance");
    }

    @Test
    void welfordAgreesWithTwoPassWhenTheMeanDwarfsTheSpread() {
        // 1e5 values around 1e9 with sd 1: a naive sum of squares would lose every digit of the variance.
        Random r = new Random(20240501L);
        double[] xs = new double[100_000];
        Tally t = new Tally();
        for (int i = 0; i < xs.length; i++) {
            xs[i] = 1e9 + r.nextGaussian();
            t.add(xs[i]);
        }
        // Reference: the exact mean (BigDecimal sum), then the two-pass sum of squares about it.
        java.math.BigDecimal exactSum = java.math.BigDecimal.ZERO;
        for (double x : xs) {
            exactSum = exactSum.add(new java.math.BigDecimal(x));
        }
        double mean = exactSum.divide(java.math.BigDecimal.valueOf(xs.length), java.math.MathContext.DECIMAL64).doubleValue();
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        double var = ss / (xs.length - 1);
        assertEquals(100_000, t.count());
        // Each running-mean update rounds at ulp(1e9) ~ 1.2e-7; 1e5 of them drift by ~1e-5 (1e-14 relative).
        assertEquals(mean, t.mean(), 1e-13 * mean);
        assertEquals(var, t.variance(), 1e-6 * var);
        assertEquals(1.0, t.variance(), 0.02, "the generator's own variance");
    }

    @Test
    void resetForgetsTheWarmUp() {
        Tally t = new Tally();
        t.add(100);
        t.add(200);
        t.reset();
        assertEquals(0, t.count());
        t.add(1);
        t.add(3);
        assertEquals(2, t.count());
        assertEquals(2.0, t.mean());
        assertEquals(2.0, t.variance());
        assertEquals(1.0, t.min());
        assertEquals(3.0, t.max());
    }

    @Test
    void nanIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Tally().add(Double.NaN));
    }

    @Test
    void counterCountsAndResets() {
        Counter c = new Counter();
        c.increment();
        c.add(4);
        assertEquals(5, c.value());
        c.reset();
        assertEquals(0, c.value());
        assertThrows(IllegalArgumentException.class, () -> c.add(-1));
    }
}
