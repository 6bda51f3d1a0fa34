package org.akuttsim.chain.hospital;

import org.akuttsim.chain.internal.LognormalQuantile;

/**
 * A lognormal duration by inversion (one uniform per variate, so streams stay in step), set from its
 * mean and coefficient of variation: σ² = ln(1 + CV²), μ = ln(mean) − σ²/2. A CV of 0 gives the
 * mean itself.
 *
 * <p>The quantile is a {@link LognormalQuantile} table (Acklam's normal quantile, relative error
 * below 1.2e-9, then exp, tabulated per distribution), not commons-math {@code Erf.erfInv}: three of
 * these run for every ED patient, and erfInv with its {@code FastMath.log} cost about 12 % of a chain
 * replication's time (JFR, ChainBenchmark); the table needs 40 % fewer instructions than the
 * two-step draw.
 */
final class LogNormalTime {
    private final LognormalQuantile quantile;
    /** exp(μ), the value when σ = 0. */
    private final double median;
    private final boolean constant;

    private LogNormalTime(double mu, double sigma) {
        this.quantile = LognormalQuantile.of(mu, sigma);
        this.median = Math.exp(mu);
        this.constant = quantile.sigma() == 0;
    }

    static LogNormalTime ofMeanCv(double mean, double cv) {
        double s2 = Math.log1p(cv * cv);
        return new LogNormalTime(Math.log(mean) - s2 / 2, Math.sqrt(s2));
    }

    static LogNormalTime ofMedianCv(double median, double cv) {
        return new LogNormalTime(Math.log(median), Math.sqrt(Math.log1p(cv * cv)));
    }

    /** The value whose lower-tail probability is {@code u} in (0, 1). */
    double inverse(double u) {
        if (constant) {
            return median;
        }
        return quantile.at(u);
    }
}
