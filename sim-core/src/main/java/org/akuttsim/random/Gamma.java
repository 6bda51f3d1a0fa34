package org.akuttsim.random;

import org.apache.commons.math3.special.Erf;

/**
 * The gamma distribution with {@code shape} k and {@code scale} θ (mean kθ, variance kθ²), by
 * inversion.
 *
 * <p>Why not commons-math3's {@code GammaDistribution.inverseCumulativeProbability}: it finds the
 * quantile with a general-purpose bracketing solver, 3.7–4.9 µs per variate (informal timing on the
 * project's shared 2-core machines, shapes 0.5–20). Here the quantile is found by Halley's method on
 * the regularized incomplete gamma function (commons-math3's {@code Gamma.regularizedGammaP/Q},
 * which stay the trusted part), started from the Wilson–Hilferty approximation (or the small-x
 * series for small shapes) and safeguarded by a bracket with bisection so it always converges:
 * about 1.7 µs, two to three times faster, to relative precision 1e-14. The test compares quantiles
 * for shapes 0.05 to 10,000 against commons-math3's CDF. Upper-tail quantiles are solved on
 * Q = 1 - P so that {@code u} near 1 loses no digits. Still some 10× a lognormal variate, so prefer
 * the lognormal where the data allow; a table-based inverse would be the next step if a profile
 * ever shows gamma sampling to matter.
 */
public final class Gamma implements Distribution {

    private static final double SQRT2 = Math.sqrt(2.0);
    private static final int MAX_ITERATIONS = 100;

    private final double shape;
    private final double scale;
    private final double logGammaShape;

    private Gamma(double shape, double scale) {
        this.shape = shape;
        this.scale = scale;
        this.logGammaShape = org.apache.commons.math3.special.Gamma.logGamma(shape);
    }

    /**
     * Shape k &gt; 0 and scale θ &gt; 0, both finite.
     *
     * @param shape the shape k
     * @param scale the scale θ, in the unit of the variates
     * @return the gamma distribution with mean kθ and variance kθ²
     */
    public static Gamma ofShapeScale(double shape, double scale) {
        if (!(shape > 0.0) || shape == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("gamma shape must be > 0 and finite, was " + shape);
        }
        if (!(scale > 0.0) || scale == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("gamma scale must be > 0 and finite, was " + scale);
        }
        return new Gamma(shape, scale);
    }

    /**
     * From the mean and coefficient of variation: shape = 1/cv², scale = mean·cv².
     *
     * @param mean the mean (&gt; 0)
     * @param cv the coefficient of variation, sd / mean (&gt; 0)
     * @return the gamma distribution with that mean and coefficient of variation
     */
    public static Gamma ofMeanAndCv(double mean, double cv) {
        if (!(mean > 0.0) || mean == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("gamma mean must be > 0 and finite, was " + mean);
        }
        if (!(cv > 0.0) || cv == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("gamma coefficient of variation must be > 0 and finite, was " + cv);
        }
        return ofShapeScale(1.0 / (cv * cv), mean * cv * cv);
    }

    /** {@return the shape k} */
    public double shape() {
        return shape;
    }

    /** {@return the scale θ} */
    public double scale() {
        return scale;
    }

    @Override
    public double inverseCdf(double u) {
        Distribution.checkProbability(u);
        if (u == 0.0) {
            return 0.0;
        }
        if (u == 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        return scale * standardQuantile(u);
    }

    /** The quantile of Gamma(shape, 1). */
    private double standardQuantile(double u) {
        final double k = shape;
        final boolean upper = u > 0.5;
        final double q = 1.0 - u; // exact for u > 0.5
        double x = start(u);
        double lo = 0.0;
        double hi = Double.POSITIVE_INFINITY;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            // f(x) = P(k, x) - u, computed on the side where it keeps its digits.
            double f = upper ? q - org.apache.commons.math3.special.Gamma.regularizedGammaQ(k, x)
                    : org.apache.commons.math3.special.Gamma.regularizedGammaP(k, x) - u;
            if (f == 0.0) {
                return x;
            }
            if (f < 0.0) {
                lo = x;
            } else {
                hi = x;
            }
            double density = Math.exp((k - 1.0) * Math.log(x) - x - logGammaShape);
            double step = f / density;
            double next = x - step / (1.0 - 0.5 * step * ((k - 1.0) / x - 1.0));
            if (Math.abs(next - x) <= 1e-14 * x) {
                return next;
            }
            if (!(next > lo && next < hi)) {
                // Halley left the bracket (or overflowed): bisect, geometrically while unbounded.
                next = hi == Double.POSITIVE_INFINITY ? 2.0 * x + 1.0 : lo == 0.0 ? 0.5 * x : 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) <= 1e-14 * x) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** Wilson–Hilferty for shapes from 1, else the leading term of the series P(k, x) ≈ x^k / Γ(k+1). */
    private double start(double u) {
        final double k = shape;
        if (k >= 1.0) {
            double z = SQRT2 * Erf.erfInv(2.0 * u - 1.0);
            double c = 1.0 / (9.0 * k);
            double w = 1.0 - c + z * Math.sqrt(c);
            if (w > 0.0) {
                return k * w * w * w;
            }
        }
        double x = Math.exp((Math.log(u) + logGammaShape + Math.log(k)) / k);
        return x > 0.0 && Double.isFinite(x) ? x : Double.MIN_NORMAL;
    }

    @Override
    public double cdf(double x) {
        return x <= 0.0 ? 0.0 : org.apache.commons.math3.special.Gamma.regularizedGammaP(shape, x / scale);
    }

    @Override
    public double mean() {
        return shape * scale;
    }

    @Override
    public double variance() {
        return shape * scale * scale;
    }

    @Override
    public String toString() {
        return "Gamma(shape=" + shape + ", scale=" + scale + ")";
    }
}
