package org.akuttsim.chain.hospital;

import org.apache.commons.math3.special.Erf;

/**
 * A lognormal duration by inversion (one uniform per variate, so streams stay in step), set from its
 * mean and coefficient of variation: σ² = ln(1 + CV²), μ = ln(mean) − σ²/2. A CV of 0 gives the
 * mean itself.
 */
final class LogNormalTime {
    private final double mu;
    private final double sigma;

    private LogNormalTime(double mu, double sigma) {
        this.mu = mu;
        this.sigma = sigma;
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
        if (sigma == 0) {
            return Math.exp(mu);
        }
        return Math.exp(mu + sigma * Math.sqrt(2) * Erf.erfInv(2 * u - 1));
    }
}
