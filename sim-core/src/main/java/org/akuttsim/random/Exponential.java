package org.akuttsim.random;

/**
 * The exponential distribution, by inversion: {@code x = -mean·ln(1 - u)}, one uniform per variate.
 *
 * <p>Why {@code ln(1 - u)} and not the equally valid {@code ln(u)}: the variate then increases with
 * {@code u}, like every other {@link Distribution}, so a scenario that swaps an exponential for,
 * say, a lognormal on the same stream keeps positively (not negatively) correlated draws. Why not
 * {@code log1p(-u)}: {@code Math.log} is a JIT intrinsic and {@code Math.log1p} is not (about
 * twice the cost on the project's machines), and {@code 1 - u} is exact for u &ge; 1/2 and off by at
 * most 2^-53 below, which moves a variate by at most 1.1e-16·mean.
 */
public final class Exponential implements Distribution {

    private final double mean;

    private Exponential(double mean) {
        this.mean = mean;
    }

    /**
     * The exponential distribution with the given mean (&gt; 0, finite).
     *
     * @param mean the mean, in the model's time unit
     * @return the exponential distribution with that mean
     */
    public static Exponential withMean(double mean) {
        checkMean(mean);
        return new Exponential(mean);
    }

    /**
     * The exponential distribution with the given rate (&gt; 0, finite): mean = 1 / rate.
     *
     * @param rate events per model time unit
     * @return the exponential distribution with that rate
     */
    public static Exponential withRate(double rate) {
        if (!(rate > 0.0) || rate == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("exponential rate must be > 0 and finite, was " + rate);
        }
        return new Exponential(1.0 / rate);
    }

    /**
     * An exponential variate with the given mean, from one uniform of {@code stream}; the static
     * form for hot loops whose mean changes per event. Equal to {@code withMean(mean).sample(stream)}.
     *
     * @param stream the stream that supplies the uniform
     * @param mean the mean (&gt; 0)
     * @return an exponential variate with that mean
     */
    public static double sample(RandomStream stream, double mean) {
        return -mean * Math.log(1.0 - stream.nextDouble());
    }

    /**
     * The inverse CDF: the value whose lower-tail probability is {@code u}.
     *
     * @param u a probability in [0, 1]
     * @param mean the mean (&gt; 0)
     * @return {@code -mean * ln(1 - u)}
     */
    public static double inverse(double u, double mean) {
        return -mean * Math.log(1.0 - u);
    }

    @Override
    public double sample(RandomStream stream) {
        return -mean * Math.log(1.0 - stream.nextDouble());
    }

    @Override
    public double inverseCdf(double u) {
        Distribution.checkProbability(u);
        return -mean * Math.log(1.0 - u);
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
