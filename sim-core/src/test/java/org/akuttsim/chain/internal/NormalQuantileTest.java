package org.akuttsim.chain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.akuttsim.random.LogNormal;
import org.junit.jupiter.api.Test;

/** The tabulated central region of the normal quantile: its error bound and its monotonicity. */
class NormalQuantileTest {

    /** An accurate reference (commons-math's erfinv, ~1e-12 relative in u): ln of the standard lognormal's quantile. */
    private static final LogNormal STANDARD = LogNormal.ofMuSigma(0, 1);

    private static double reference(double p) {
        return Math.log(STANDARD.inverseCdf(p));
    }

    @Test
    void tableStaysWithinItsDocumentedDistanceOfAcklamAndOfTheTrueQuantile() {
        SplittableRandom r = new SplittableRandom(7);
        double worstToAcklam = 0, worstToTrue = 0;
        for (int i = 0; i < 1_000_000; i++) {
            double p = r.nextDouble();
            if (p == 0) {
                continue;
            }
            double z = NormalQuantile.of(p);
            worstToAcklam = Math.max(worstToAcklam, Math.abs(z - NormalQuantile.acklam(p)));
            double ref = reference(p);
            worstToTrue = Math.max(worstToTrue, Math.abs(z - ref) / Math.max(1, Math.abs(ref)));
        }
        assertTrue(worstToAcklam <= 1.2e-8, "table vs Acklam " + worstToAcklam);
        assertTrue(worstToAcklam > 1e-12, "the table is in use");
        assertTrue(worstToTrue <= 1.5e-8, "table vs true quantile " + worstToTrue);
    }

    /** The tail table (0.02425 down to 2^-20 in either tail), log-uniformly sampled: same bound. */
    @Test
    void tailTableStaysWithinItsDocumentedDistanceOfAcklam() {
        SplittableRandom r = new SplittableRandom(8);
        double worst = 0;
        for (int i = 0; i < 400_000; i++) {
            double tail = Math.exp(Math.log(0.02425) + r.nextDouble() * Math.log(0x1p-21 / 0.02425));
            double p = i % 2 == 0 ? tail : 1 - tail;
            worst = Math.max(worst, Math.abs(NormalQuantile.of(p) - NormalQuantile.acklam(p)));
        }
        assertTrue(worst <= 1.2e-8, "tail table vs Acklam " + worst);
        assertTrue(worst > 1e-13, "the tail table is in use");
        assertEquals(NormalQuantile.acklam(1e-9), NormalQuantile.of(1e-9), 0.0, "beyond the table: the formula");
        assertEquals(NormalQuantile.acklam(1 - 1e-9), NormalQuantile.of(1 - 1e-9), 0.0, "beyond the table: the formula");
    }

    @Test
    void increasingAcrossTheTableAndItsEnds() {
        double low = 0.02425;
        // dense walks over both ends of the table and the centre, where intervals join
        double[][] walks = {{low - 1e-4, low + 2e-3}, {1 - low - 2e-3, 1 - low + 1e-4}, {0.499, 0.501}};
        for (double[] w : walks) {
            double prev = Double.NEGATIVE_INFINITY;
            for (double p = w[0]; p <= w[1]; p += 1e-8) {
                double z = NormalQuantile.of(p);
                assertTrue(z >= prev, "decreases at p = " + p);
                prev = z;
            }
        }
        // and every interval's interior, at 64 points each
        double prev = NormalQuantile.of(low);
        for (int i = 1; i <= 1024 * 64; i++) {
            double z = NormalQuantile.of(low + i * (1 - 2 * low) / (1024 * 64));
            assertTrue(z >= prev, "decreases at step " + i);
            prev = z;
        }
    }

    /**
     * Each interval's cubic starts at its node exactly and reaches the next node only by rounding:
     * ulp by ulp across every node (and the region's ends, where Acklam's tail formula takes over)
     * the quantile never goes down.
     */
    @Test
    void nonDecreasingUlpByUlpAcrossEveryNode() {
        double low = 0.02425, step = (1 - 2 * low) / NormalQuantile.INTERVALS;
        for (int i = 0; i <= NormalQuantile.INTERVALS; i++) {
            double p = low + i * step;
            for (int k = 0; k < 30; k++) {
                p = Math.nextDown(p);
            }
            double prev = NormalQuantile.of(p);
            for (int k = 0; k < 60; k++) {
                p = Math.nextUp(p);
                double z = NormalQuantile.of(p);
                assertTrue(z >= prev, "decreases at p = " + p + " (node " + i + ")");
                prev = z;
            }
        }
    }

    /** Likewise at every seam of the tail table, in both tails (its intervals start at r = k·2^47 ulps). */
    @Test
    void nonDecreasingUlpByUlpAcrossEveryTailSeam() {
        long first = Double.doubleToRawLongBits(0x1p-20) >>> 47, last = Double.doubleToRawLongBits(0.02425) >>> 47;
        for (long k = first; k <= last + 1; k++) {
            double r = Double.longBitsToDouble(k << 47);
            for (double seam : new double[] {r, 1 - r}) {
                double p = seam;
                for (int i = 0; i < 30; i++) {
                    p = Math.nextDown(p);
                }
                double prev = NormalQuantile.of(p);
                for (int i = 0; i < 60; i++) {
                    p = Math.nextUp(p);
                    double z = NormalQuantile.of(p);
                    assertTrue(z >= prev, "decreases at p = " + p);
                    prev = z;
                }
            }
        }
    }

    @Test
    void symmetricAndExactAtTheEnds() {
        assertEquals(0.0, NormalQuantile.of(0.5), 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, NormalQuantile.of(0.0));
        assertEquals(Double.POSITIVE_INFINITY, NormalQuantile.of(1.0));
        for (double p : new double[] {0.03, 0.1, 0.3, 0.45}) {
            assertEquals(-NormalQuantile.of(1 - p), NormalQuantile.of(p), 2.5e-8);
        }
    }
}
