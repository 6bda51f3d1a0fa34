package org.akuttsim.chain;

import org.akuttsim.chain.internal.LognormalQuantile;

/**
 * A non-negative duration in minutes, drawn by inversion from one uniform: {@code minutes(u)} is the
 * inverse CDF. Inversion keeps each call's draws aligned across scenarios (common random numbers):
 * the same uniform gives a longer time in a scenario with a longer mean, never a different
 * sample path.
 *
 * <p>Any distribution with an inverse CDF plugs in as a lambda plus its mean, e.g. a distribution
 * from {@code org.akuttsim.random}: {@code DurationModel.of(d.mean(), d::inverseCdf)}.
 */
public interface DurationModel {

    /**
     * The duration (minutes, &ge; 0) whose lower-tail probability is {@code u} in (0, 1).
     *
     * @param u a probability in (0, 1), the call's own uniform
     * @return the duration in minutes
     */
    double minutes(double u);

    /**
     * The mean duration in minutes (for reports and hand checks).
     *
     * @return the mean, in minutes
     */
    double mean();

    /**
     * A duration model from a mean and an inverse CDF.
     *
     * @param mean the mean, in minutes
     * @param inverseCdf the quantile function: probability to minutes
     * @return the model
     */
    static DurationModel of(double mean, java.util.function.DoubleUnaryOperator inverseCdf) {
        Check.nonNegative("mean duration", mean);
        Check.notNull("inverse CDF", inverseCdf);
        return new DurationModel() {
            @Override
            public double minutes(double u) {
                return inverseCdf.applyAsDouble(u);
            }

            @Override
            public double mean() {
                return mean;
            }

            @Override
            public String toString() {
                return "custom(mean " + mean + " min)";
            }
        };
    }

    /**
     * Always exactly {@code minutes} (e.g. zero for the hypercube reduction).
     *
     * @param minutes the duration
     * @return the model
     */
    static DurationModel fixed(double minutes) {
        Check.nonNegative("fixed duration (minutes)", minutes);
        return new Fixed(minutes);
    }

    /**
     * Exponential with the given mean in minutes.
     *
     * @param mean the mean, in minutes
     * @return the model
     */
    static DurationModel exponential(double mean) {
        Check.nonNegative("exponential mean (minutes)", mean);
        return new Exponential(mean);
    }

    /**
     * Lognormal with the given mean (minutes) and coefficient of variation (sd / mean, &gt; 0).
     *
     * @param mean the mean, in minutes
     * @param cv the coefficient of variation
     * @return the model
     */
    static DurationModel lognormal(double mean, double cv) {
        Check.positive("lognormal mean (minutes)", mean);
        Check.positive("lognormal coefficient of variation", cv);
        double s2 = Math.log1p(cv * cv);
        return new Lognormal(mean, Math.log(mean) - 0.5 * s2, Math.sqrt(s2));
    }

    /**
     * Gamma with the given mean (minutes) and coefficient of variation, by inversion (Halley on the
     * incomplete gamma: slower than the others).
     *
     * @param mean the mean, in minutes (&gt; 0)
     * @param cv the coefficient of variation (&gt; 0)
     * @return the model
     */
    static DurationModel gamma(double mean, double cv) {
        org.akuttsim.random.Gamma g = org.akuttsim.random.Gamma.ofMeanAndCv(mean, cv);
        return of(mean, g::inverseCdf);
    }

    /**
     * Empirical: the observed minutes (at least two distinct values), interpolated linearly between the
     * sorted observations (Law and Kelton's continuous empirical distribution, {@link
     * org.akuttsim.random.PiecewiseLinearEmpirical#ofObservations}).
     *
     * @param observations the observed durations, in minutes (&ge; 0)
     * @return the model, whose mean is the observations' mean
     */
    static DurationModel empirical(double... observations) {
        for (double x : observations) {
            Check.nonNegative("observed duration (minutes)", x);
        }
        org.akuttsim.random.PiecewiseLinearEmpirical d = org.akuttsim.random.PiecewiseLinearEmpirical.ofObservations(observations);
        return of(d.mean(), d::inverseCdf);
    }

    /** Constant duration. */
    record Fixed(double value) implements DurationModel {
        @Override
        public double minutes(double u) {
            return value;
        }

        @Override
        public double mean() {
            return value;
        }
    }

    /** Exponential by inversion. */
    record Exponential(double mean) implements DurationModel {
        @Override
        public double minutes(double u) {
            return -mean * Math.log1p(-u);
        }
    }

    /**
     * Lognormal by inversion of the normal CDF, read from its own {@link LognormalQuantile} table
     * (18 KB, built once here): a draw is one lookup and one cubic. Equal by (mean, mu, sigma).
     */
    final class Lognormal implements DurationModel {
        private final double mean;
        private final LognormalQuantile quantile;

        /**
         * A lognormal with the given mean; mu and sigma are those of the underlying normal.
         *
         * @param mean the mean, in minutes
         * @param mu the mean of ln(minutes)
         * @param sigma the standard deviation of ln(minutes)
         */
        public Lognormal(double mean, double mu, double sigma) {
            this.mean = mean;
            this.quantile = LognormalQuantile.of(mu, sigma);
        }

        @Override
        public double minutes(double u) {
            return quantile.at(u);
        }

        @Override
        public double mean() {
            return mean;
        }

        /** {@return mu, the mean of ln(minutes)} */
        public double mu() {
            return quantile.mu();
        }

        /** {@return sigma, the standard deviation of ln(minutes)} */
        public double sigma() {
            return quantile.sigma();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Lognormal l && Double.compare(mean, l.mean) == 0
                    && Double.compare(mu(), l.mu()) == 0 && Double.compare(sigma(), l.sigma()) == 0;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(mean, mu(), sigma());
        }

        @Override
        public String toString() {
            return "Lognormal[mean=" + mean + ", mu=" + mu() + ", sigma=" + sigma() + "]";
        }
    }
}
