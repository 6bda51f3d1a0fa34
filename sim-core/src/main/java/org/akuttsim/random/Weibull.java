package org.akuttsim.random;

/**
 * The Weibull distribution with {@code shape} k and {@code scale} λ:
 * {@code F(x) = 1 - exp(-(x/λ)^k)}, sampled as {@code λ·(-ln(1-u))^(1/k)}.
 */
public final class Weibull implements Distribution {

    private final double shape;
    private final double scale;
    private final double inverseShape;

    private Weibull(double shape, double scale) {
        this.shape = shape;
        this.scale = scale;
        this.inverseShape = 1.0 / shape;
    }

    /**
     * Shape k &gt; 0 and scale λ &gt; 0, both finite.
     *
     * @param shape the shape k
     * @param scale the scale λ, in the unit of the variates
     * @return the Weibull distribution
     */
    public static Weibull ofShapeScale(double shape, double scale) {
        if (!(shape > 0.0) || shape == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Weibull shape must be > 0 and finite, was " + shape);
        }
        if (!(scale > 0.0) || scale == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Weibull scale must be > 0 and finite, was " + scale);
        }
        return new Weibull(shape, scale);
    }

    /** {@return the shape k} */
    public double shape() {
        return shape;
    }

    /** {@return the scale λ} */
    public double scale() {
        return scale;
    }

    @Override
    public double inverseCdf(double u) {
        Distribution.checkProbability(u);
        return scale * Math.pow(-Math.log1p(-u), inverseShape);
    }

    @Override
    public double cdf(double x) {
        return x <= 0.0 ? 0.0 : -Math.expm1(-Math.pow(x / scale, shape));
    }

    @Override
    public double mean() {
        return scale * org.apache.commons.math3.special.Gamma.gamma(1.0 + inverseShape);
    }

    @Override
    public double variance() {
        double g1 = org.apache.commons.math3.special.Gamma.gamma(1.0 + inverseShape);
        double g2 = org.apache.commons.math3.special.Gamma.gamma(1.0 + 2.0 * inverseShape);
        return scale * scale * (g2 - g1 * g1);
    }

    @Override
    public String toString() {
        return "Weibull(shape=" + shape + ", scale=" + scale + ")";
    }
}
