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

    /** The duration (minutes, &ge; 0) whose lower-tail probability is {@code u} in (0, 1). */
    double minutes(double u);

    /** The mean duration in minutes (for reports and hand checks). */
    double mean();

    /** A duration model from a mean and an inverse CDF. */
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

    /** Always exactly {@code minutes} (e.g. zero for the hypercube reduction). */
    static DurationModel fixed(double minutes) {
        Check.nonNegative("fixed duration (minutes)", minutes);
        return new Fixed(minutes);
    }

    /** Exponential with the given mean in minutes. */
    static DurationModel exponential(double mean) {
        Check.nonNegative("exponential mean (minutes)", mean);
        return new Exponential(mean);
    }

    /** Lognormal with the given mean (minutes) and coefficient of variation (sd / mean, &gt; 0). */
    static DurationModel lognormal(double mean, double cv) {
        Check.positive("lognormal mean (minutes)", mean);
        Check.positive("lognormal coefficient of variation", cv);
        double s2 = Math.log1p(cv * cv);
        return new Lognormal(mean, Math.log(mean) - 0.5 * s2, Math.sqrt(s2));
    }

    /** Gamma with the given mean (minutes) and coefficient of variation, by inversion (Halley on the incomplete gamma: slower than the others). */
    static DurationModel gamma(double mean, double cv) {
        org.akuttsim.random.Gamma g = org.akuttsim.random.Gamma.ofMeanAndCv(mean, cv);
        return of(mean, g::inverseCdf);
    }

    /**
     * Empirical: the observed minutes (at least two distinct values), interpolated linearly between the
     * sorted observations (Law and Kelton's continuous empirical distribution, {@link
     * org.akuttsim.random.PiecewiseLinearEmpirical#ofObservations}).
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

        public double mu() {
            return quantile.mu();
        }

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
