package org.akuttsim.chain;

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

    @Test
    void edgesFallBackToMathExp() {
        assertEquals(1.0, FastExp.of(0.0));
        assertEquals(Math.exp(-750), FastExp.of(-750));
        assertEquals(Double.POSITIVE_INFINITY, FastExp.of(800));
        assertEquals(0.0, FastExp.of(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(FastExp.of(Double.NaN)));
    }
}
