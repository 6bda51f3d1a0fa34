package org.akuttsim.chain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** FastExp against Math.exp: the documented relative error, monotonicity, the edges. */
class FastExpTest {

    @Test
    void relativeErrorBelowOneInTenToTheFifteen() {
        SplittableRandom r = new SplittableRandom(11);
        double worst = 0;
        for (int i = 0; i < 2_000_000; i++) {
            // half over the whole reduced range, half where lognormal minutes live
            double x = i % 2 == 0 ? (r.nextDouble() - 0.5) * 1399.0 : (r.nextDouble() - 0.5) * 40.0;
            double e = Math.exp(x);
            worst = Math.max(worst, Math.abs(FastExp.of(x) - e) / e);
        }
        assertTrue(worst < 1e-15, "worst relative error " + worst);
    }

    @Test
    void nonDecreasingOnFineSteps() {
        double prev = 0;
        for (double x = -5; x <= 8; x += 1e-5) {
            double e = FastExp.of(x);
            assertTrue(e >= prev, "decreases at x = " + x);
            prev = e;
        }
    }

    /**
     * Where x·256/ln2 crosses a half-integer, the table entry and the sign of the reduced argument
     * change; the two sides must agree to the last bit: no decrease over 40 consecutive doubles
     * around each of 4,000 such seams (k from -8 to 7, all 256 table entries), nor at ±0.
     */
    @Test
    void nonDecreasingUlpByUlpAcrossTableSeams() {
        double ln2Over256 = Math.log(2) / 256;
        for (int n = -2000; n < 2000; n++) {
            double x = (n + 0.5) * ln2Over256;
            for (int i = 0; i < 20; i++) {
                x = Math.nextDown(x);
            }
            double prev = FastExp.of(x);
            for (int i = 0; i < 40; i++) {
                x = Math.nextUp(x);
                double e = FastExp.of(x);
                assertTrue(e >= prev, "decreases at x = " + x + " (seam " + n + ")");
                prev = e;
            }
        }
        assertTrue(FastExp.of(-Double.MIN_VALUE) <= FastExp.of(0.0) && FastExp.of(0.0) <= FastExp.of(Double.MIN_VALUE));
    }

    @Test
    void edgesFallBackToMathExp() {
        assertEquals(1.0, FastExp.of(0.0));
        assertEquals(Math.exp(-750), FastExp.of(-750));
        assertEquals(Double.POSITIVE_INFINITY, FastExp.of(800));
        assertEquals(0.0, FastExp.of(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(FastExp.of(Double.NaN)));
    }
}
