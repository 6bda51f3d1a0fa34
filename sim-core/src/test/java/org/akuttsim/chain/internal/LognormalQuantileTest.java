package org.akuttsim.chain.internal;

import org.akuttsim.chain.DurationModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The per-distribution lognormal table: within the documented distance of exp(μ + σ·Acklam(u)) — the
 * bound of the two-step draw it replaces — and non-decreasing in u, ulp by ulp at every seam.
 */
class LognormalQuantileTest {

    /** σ of the chain's defaults (CV 0.45–1.0) and beyond, up to the largest tabulated. */
    private static final double[] SIGMAS = {1e-4, 0.1, 0.43, 0.55, 0.83, 1.2, 2.0, 3.0, LognormalQuantile.MAX_TABULATED_SIGMA};

    private static double reference(double mu, double sigma, double u) {
        return Math.exp(mu + sigma * NormalQuantile.acklam(u));
    }

    @Test
    void withinSigmaTimesOnePointTwoEMinusEightOfExpOfAcklam() {
        SplittableRandom r = new SplittableRandom(17);
        for (double sigma : SIGMAS) {
            double mu = Math.log(20) - 0.5 * sigma * sigma;
            LognormalQuantile q = LognormalQuantile.of(mu, sigma);
            double worst = 0;
            int central = 0;
            for (int i = 0; i < 400_000; i++) {
                // half uniform over (0, 1), half over the widest binades, where the error peaks
                double u = i % 2 == 0 ? r.nextDouble() : 0.2 + 0.6 * r.nextDouble();
                if (u == 0) {
                    continue;
                }
                central += u > 0.02425 && u < 1 - 0.02425 ? 1 : 0;
                double ref = reference(mu, sigma, u);
                worst = Math.max(worst, Math.abs(q.at(u) - ref) / ref);
            }
            assertTrue(central > 380_000, "the table is in use: " + central);
            assertTrue(worst <= sigma * 1.2e-8 + 1e-15, "sigma " + sigma + ": worst relative error " + worst);
        }
        // the two-step draw's own accuracy at σ = 1, for scale: the table is well inside it
        LognormalQuantile q = LognormalQuantile.of(0, 1);
        double worst = 0;
        for (double u = 0.0243; u < 0.9757; u += 1e-5) {
            worst = Math.max(worst, Math.abs(q.at(u) - reference(0, 1, u)) / reference(0, 1, u));
        }
        assertTrue(worst < 3e-9, "sigma 1, fine walk: " + worst);
    }

    /**
     * The draw, computed from its definition for one u: the interval of r (u, or 1 − u above ½) is the
     * binade of r cut into 64, t the position in it; the cubic Hermite interpolant in t of
     * y = exp(μ + σz) at both ends (z = ±Acklam's central formula) with slopes ±σ·y/φ(z) × the
     * interval's width, as y0 + t(d0 + t(c2 + t·c3)).
     */
    private static double hermiteDraw(double mu, double sigma, double u) {
        double sign = u < 0.5 ? 1 : -1;
        double r = u < 0.5 ? u : 1 - u;
        long interval = Double.doubleToRawLongBits(r) >>> 46;
        double r0 = Double.longBitsToDouble(interval << 46), r1 = Double.longBitsToDouble((interval + 1) << 46);
        double t = (r - r0) / (r1 - r0); // exact: a power-of-two width, the low bits of r
        double z0 = sign * NormalQuantile.central(r0), z1 = sign * NormalQuantile.central(r1);
        double y0 = Math.exp(mu + sigma * z0), y1 = Math.exp(mu + sigma * z1);
        double width = r1 - r0, invDensity = Math.sqrt(2 * Math.PI);
        double d0 = sign * sigma * y0 * width * invDensity * Math.exp(0.5 * z0 * z0);
        double d1 = sign * sigma * y1 * width * invDensity * Math.exp(0.5 * z1 * z1);
        double dy = y1 - y0;
        double c2 = 3 * dy - 2 * d0 - d1, c3 = d0 + d1 - 2 * dy;
        return y0 + t * (d0 + t * (c2 + t * c3));
    }

    @Test
    void everyCentralDrawIsItsIntervalsHermiteCubicToTheBit() {
        // The specification of the table, to the bit: a change of its storage or layout (tried: nodes
        // with the cubic formed at each draw) must leave every draw, and so every chain result, as it is.
        SplittableRandom r = new SplittableRandom(5);
        for (double sigma : SIGMAS) {
            for (double mu : new double[] {-0.5 * sigma * sigma, Math.log(25) - 0.5 * sigma * sigma, 8.4}) {
                LognormalQuantile q = LognormalQuantile.of(mu, sigma);
                for (int i = 0; i < 20_000; i++) {
                    double u = 0.02425 + (1 - 2 * 0.02425) * r.nextDouble();
                    if (u > 0.02425 && u < 1 - 0.02425) {
                        assertEquals(hermiteDraw(mu, sigma, u), q.at(u), 0.0, "mu " + mu + ", sigma " + sigma + ", u " + u);
                    }
                }
                // both sides of every binade's end, where the next node's slope is over a twice wider interval
                for (double edge : new double[] {1.0 / 32, 1.0 / 16, 1.0 / 8, 1.0 / 4, 0.5}) {
                    for (double u : new double[] {Math.nextDown(edge), edge, Math.nextUp(edge), 1 - Math.nextDown(edge), 1 - edge}) {
                        if (u > 0.02425 && u < 1 - 0.02425) {
                            assertEquals(hermiteDraw(mu, sigma, u), q.at(u), 0.0, "sigma " + sigma + ", u " + u);
                        }
                    }
                }
            }
        }
    }

    @Test
    void tailsAndLargeSigmaDrawInTwoSteps() {
        LognormalQuantile q = LognormalQuantile.of(1.5, 0.7);
        for (double u : new double[] {1e-12, 0.001, 0.02425, 0.97575, 0.999, 1 - 1e-12}) {
            assertEquals(FastExp.of(1.5 + 0.7 * NormalQuantile.of(u)), q.at(u), 0.0, "u = " + u);
        }
        LognormalQuantile wide = LognormalQuantile.of(0, 5);
        for (double u : new double[] {0.1, 0.3, 0.5, 0.9}) {
            assertEquals(FastExp.of(5 * NormalQuantile.of(u)), wide.at(u), 0.0, "sigma 5, u = " + u);
        }
        assertEquals(Math.exp(2.0), LognormalQuantile.of(2.0, 0).at(0.3), 0.0, "sigma 0: the median");
        assertEquals(Math.exp(2.0), LognormalQuantile.of(2.0, 0.6).at(0.5), 0.0, "u = 1/2: the median exactly");
    }

    @Test
    void nonDecreasingUlpByUlpAtEverySeam() {
        for (double sigma : new double[] {1e-4, 0.47, 0.83, 2.5}) {
            LognormalQuantile q = LognormalQuantile.of(Math.log(30) - 0.5 * sigma * sigma, sigma);
            // seams: every interval start in both halves (r = k·2^-52 steps of 2^46), 1/2, the region's ends
            long first = Double.doubleToRawLongBits(0.02425) >>> 46, last = Double.doubleToRawLongBits(0.5) >>> 46;
            for (long k = first; k <= last; k++) {
                double r = Double.longBitsToDouble(k << 46);
                scan(q, Math.max(r, 0.02425), sigma);
                scan(q, Math.min(1 - r, 1 - 0.02425), sigma);
            }
        }
    }

    private static void scan(LognormalQuantile q, double seam, double sigma) {
        double u = seam;
        for (int i = 0; i < 24; i++) {
            u = Math.nextDown(u);
        }
        double prev = q.at(u);
        for (int i = 0; i < 48; i++) {
            u = Math.nextUp(u);
            double y = q.at(u);
            assertTrue(y >= prev, "sigma " + sigma + ": decreases at u = " + u);
            prev = y;
        }
    }

    @Test
    void increasingOnAFineGridAcrossTheWholeRange() {
        LognormalQuantile q = LognormalQuantile.of(2.3, 0.6);
        double prev = 0;
        for (double u = 1e-6; u < 1; u += 3e-7) {
            double y = q.at(u);
            assertTrue(y >= prev, "decreases at u = " + u);
            prev = y;
        }
    }

    @Test
    void durationModelDrawsFromItsTableAndStaysAValue() {
        DurationModel.Lognormal d = (DurationModel.Lognormal) DurationModel.lognormal(20, 0.5);
        LognormalQuantile q = LognormalQuantile.of(d.mu(), d.sigma());
        for (double u : new double[] {0.01, 0.3, 0.5, 0.77, 0.99}) {
            assertEquals(q.at(u), d.minutes(u), 0.0, "u = " + u);
        }
        assertEquals(20.0, d.mean(), 0.0);
        assertEquals(Math.exp(d.mu()), d.minutes(0.5), 0.0, "the median at u = 1/2");
        assertEquals(DurationModel.lognormal(20, 0.5), d, "equal by (mean, mu, sigma)");
        assertEquals(DurationModel.lognormal(20, 0.5).hashCode(), d.hashCode());
        assertTrue(!d.equals(DurationModel.lognormal(20, 0.6)));
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LognormalQuantile.of(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> LognormalQuantile.of(0, -0.1));
        assertThrows(IllegalArgumentException.class, () -> LognormalQuantile.of(0, Double.NaN));
    }

    @Test
    void valuesBeyondTheDoubleRangeAsTheTwoStepFormula() {
        assertEquals(0.0, LognormalQuantile.of(Double.NEGATIVE_INFINITY, 0.5).at(0.3), 0.0, "mean 0: always 0");
        LognormalQuantile tiny = LognormalQuantile.of(Math.log(Double.MIN_NORMAL), 0.5);
        assertEquals(FastExp.of(tiny.mu() + 0.5 * NormalQuantile.of(0.3)), tiny.at(0.3), 0.0, "subnormal values: two steps");
        LognormalQuantile huge = LognormalQuantile.of(709, 0.5);
        assertEquals(FastExp.of(709 + 0.5 * NormalQuantile.of(0.7)), huge.at(0.7), 0.0, "overflowing values: two steps");
    }
}
