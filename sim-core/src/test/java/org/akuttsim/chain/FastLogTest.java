package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** FastLog against Math.log: the documented relative error (also next to 1, where ln x is tiny), the edges. */
class FastLogTest {

    private static double worstRelativeError(double x, double worst) {
        double l = Math.log(x);
        return l == 0 ? Math.max(worst, Math.abs(FastLog.of(x))) : Math.max(worst, Math.abs(FastLog.of(x) - l) / Math.abs(l));
    }

    @Test
    void relativeErrorBelowOneInTenToTheFifteenOnTheUnitInterval() {
        // The arrival stream's use: uniforms in (0, 1), as KeyedRandom makes them.
        SplittableRandom r = new SplittableRandom(7);
        double worst = 0;
        for (int i = 0; i < 2_000_000; i++) {
            worst = worstRelativeError(((r.nextLong() >>> 11) + 0.5) * 0x1.0p-53, worst);
        }
        assertTrue(worst < 1e-15, "worst relative error " + worst);
    }

    @Test
    void relativeErrorBelowOneInTenToTheFifteenOverTheNormalRange() {
        SplittableRandom r = new SplittableRandom(8);
        double worst = 0;
        for (int i = 0; i < 1_000_000; i++) {
            worst = worstRelativeError(Math.pow(2, (r.nextDouble() - 0.5) * 2040), worst);
        }
        assertTrue(worst < 1e-15, "worst relative error " + worst);
    }

    /** Next to 1 the result is tiny; it must come without cancellation, also from just below 1. */
    @Test
    void accurateNextToOne() {
        double worst = 0;
        double below = 1.0, above = 1.0;
        for (int i = 0; i < 200_000; i++) {
            below = Math.nextDown(below);
            above = Math.nextUp(above);
            worst = worstRelativeError(below, worst);
            worst = worstRelativeError(above, worst);
        }
        for (double d = 1e-12; d < 0.02; d *= 1.001) {
            worst = worstRelativeError(1 - d, worst);
            worst = worstRelativeError(1 + d, worst);
        }
        assertTrue(worst < 1e-15, "worst relative error " + worst);
    }

    /** Around every seam of the table (m halfway between two 128ths, and m = 1.5 where e shifts). */
    @Test
    void accurateAcrossTableSeams() {
        double worst = 0;
        for (int k = 0; k < 256; k++) {
            double x = 1.0 + (k + 0.5) / 256;
            for (int i = 0; i < 20; i++) {
                x = Math.nextDown(x);
            }
            for (int i = 0; i < 40; i++) {
                x = Math.nextUp(x);
                worst = worstRelativeError(x, worst);
                worst = worstRelativeError(x / 1024, worst);
            }
        }
        assertTrue(worst < 1e-15, "worst relative error " + worst);
    }

    @Test
    void edgesFallBackToMathLog() {
        assertEquals(0.0, FastLog.of(1.0));
        assertEquals(Double.NEGATIVE_INFINITY, FastLog.of(0.0));
        assertEquals(Math.log(Double.MIN_VALUE), FastLog.of(Double.MIN_VALUE));
        assertEquals(Double.POSITIVE_INFINITY, FastLog.of(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(FastLog.of(-1.0)));
        assertTrue(Double.isNaN(FastLog.of(Double.NaN)));
    }
}
