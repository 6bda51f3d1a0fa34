package org.akuttsim.random;

/**
 * The lognormal distribution: {@code X = exp(mu + sigma·Z)} with Z standard normal, by inversion.
 *
 * <p>Published figures rarely give mu and sigma. Service and length-of-stay times come as a mean
 * with a coefficient of variation ({@link #ofMeanAndCv}), and response-type times as a median with
 * a 90th percentile ({@link #ofMedianAndP90}); both factories reproduce their inputs exactly (to
 * rounding), so a parameter file's numbers are the model's numbers.
 */
public final class LogNormal implements Distribution {

    /** Φ⁻¹(0.9), computed with the same quantile function the sampler uses. */
    private static final double Z90 = StandardNormal.inverseCdf(0.9);

    private final double mu;
    private final double sigma;

    private LogNormal(double mu, double sigma) {
        this.mu = mu;
        this.sigma = sigma;
    }

    /**
     * From the parameters of the underlying normal: {@code mu} finite, {@code sigma > 0}.
     *
     * @param mu the mean of ln X
     * @param sigma the standard deviation of ln X
     * @return the lognormal distribution exp(N(mu, sigma²))
     */
    public static LogNormal ofMuSigma(double mu, double sigma) {
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException("lognormal mu must be finite, was " + mu);
        }
        if (!(sigma > 0.0) || sigma == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("lognormal sigma must be > 0 and finite, was " + sigma);
        }
        return new LogNormal(mu, sigma);
    }

    /**
     * From the mean and the coefficient of variation (sd / mean):
     * {@code sigma² = ln(1 + cv²)}, {@code mu = ln(mean) - sigma²/2}.
     *
     * @param mean the mean (&gt; 0)
     * @param cv the coefficient of variation (&gt; 0)
     * @return the lognormal distribution with that mean and coefficient of variation
     */
    public static LogNormal ofMeanAndCv(double mean, double cv) {
        if (!(mean > 0.0) || mean == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("lognormal mean must be > 0 and finite, was " + mean);
        }
        if (!(cv > 0.0) || cv == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("lognormal coefficient of variation must be > 0 and finite, was " + cv);
        }
        double s2 = Math.log1p(cv * cv);
        return new LogNormal(Math.log(mean) - 0.5 * s2, Math.sqrt(s2));
    }

    /**
     * From the median and the 90th percentile: {@code mu = ln(median)},
     * {@code sigma = ln(p90 / median) / Φ⁻¹(0.9)}. Requires {@code 0 < median < p90}.
     *
     * @param median the median (&gt; 0)
     * @param p90 the 90th percentile (&gt; median)
     * @return the lognormal distribution with that median and 90th percentile
     */
    public static LogNormal ofMedianAndP90(double median, double p90) {
        if (!(median > 0.0) || median == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("lognormal median must be > 0 and finite, was " + median);
        }
        if (!(p90 > median) || p90 == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("lognormal 90th percentile must be finite and above the median ("
                    + median + "), was " + p90);
        }
        return new LogNormal(Math.log(median), Math.log(p90 / median) / Z90);
    }

    /** {@return mu, the mean of ln X} */
    public double mu() {
        return mu;
    }

    /** {@return sigma, the standard deviation of ln X} */
    public double sigma() {
        return sigma;
    }

    /** {@return the median, exp(mu)} */
    public double median() {
        return Math.exp(mu);
    }

    @Override
    public double inverseCdf(double u) {
        Distribution.checkProbability(u);
        return Math.exp(mu + sigma * StandardNormal.inverseCdf(u));
    }

    @Override
    public double cdf(double x) {
        return x <= 0.0 ? 0.0 : StandardNormal.cdf((Math.log(x) - mu) / sigma);
    }

    @Override
    public double mean() {
        return Math.exp(mu + 0.5 * sigma * sigma);
    }

    @Override
    public double variance() {
        double s2 = sigma * sigma;
        return Math.expm1(s2) * Math.exp(2.0 * mu + s2);
    }

    @Override
    public String toString() {
        return "LogNormal(mu=" + mu + ", sigma=" + sigma + ")";
    }
}
