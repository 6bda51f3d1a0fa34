package org.akuttsim.random;

/**
 * The exponential distribution, by inversion: {@code x = -mean·ln(1 - u)}, one uniform per variate.
 *
 * <p>The formula uses {@code ln(1 - u)} rather than the equally valid {@code ln(u)} so that the
 * variate increases with {@code u}, like every other {@link Distribution}, and so that it matches
 * SSJ's {@code ExponentialDist.inverseF} draw for draw (benchmarks compare the two).
 */
public final class Exponential implements Distribution {

    private final double mean;

    private Exponential(double mean) {
        this.mean = mean;
    }

    /** The exponential distribution with the given mean (&gt; 0, finite). */
    public static Exponential withMean(double mean) {
        checkMean(mean);
        return new Exponential(mean);
    }

    /** The exponential distribution with the given rate (&gt; 0, finite): mean = 1 / rate. */
    public static Exponential withRate(double rate) {
        if (!(rate > 0.0) || rate == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("exponential rate must be > 0 and finite, was " + rate);
        }
        return new Exponential(1.0 / rate);
    }

    /**
     * An exponential variate with the given mean, from one uniform of {@code stream}; the static
     * form for hot loops whose mean changes per event. Equal to {@code withMean(mean).sample(stream)}.
     */
    public static double sample(RandomStream stream, double mean) {
        return -mean * Math.log1p(-stream.nextDouble());
    }

    /** The inverse CDF: the value whose lower-tail probability is {@code u}. */
    public static double inverse(double u, double mean) {
        return -mean * Math.log1p(-u);
    }

    @Override
    public double sample(RandomStream stream) {
        return -mean * Math.log1p(-stream.nextDouble());
    }

    @Override
    public double inverseCdf(double u) {
        Distribution.checkProbability(u);
        return -mean * Math.log1p(-u);
    }

    @Override
    public double cdf(double x) {
        return x <= 0.0 ? 0.0 : -Math.expm1(-x / mean);
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double variance() {
        return mean * mean;
    }

    @Override
    public String toString() {
        return "Exponential(mean=" + mean + ")";
    }

    private static void checkMean(double mean) {
        if (!(mean > 0.0) || mean == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("exponential mean must be > 0 and finite, was " + mean);
        }
    }
}
