package org.akuttsim.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A Student-t confidence interval for a mean, usually over replications (each replication's value
 * is one independent observation).
 *
 * <p>NaN entries mean "this replication had no observation of the metric" (no stroke calls in a
 * short run, say). They are <b>skipped</b>, and their number is reported in {@link #skipped()}, so a
 * summary never silently averages over fewer replications than were run.
 *
 * @param n         observations used (NaN entries excluded)
 * @param mean      sample mean, NaN when n = 0
 * @param sd        sample standard deviation (divisor n − 1), NaN when n &lt; 2
 * @param halfWidth t(1 − (1 − level)/2, df) × sd / √n; NaN when n &lt; 2 (one value says nothing about spread)
 * @param low       mean − halfWidth
 * @param high      mean + halfWidth
 * @param level     confidence level, e.g. 0.95
 * @param skipped   NaN entries left out
 */
public record ConfidenceInterval(int n, double mean, double sd, double halfWidth, double low, double high,
                                 double level, int skipped) {

    /**
     * A {@code level} interval for the mean of {@code values}, skipping (and counting) NaN entries.
     *
     * @param values one value per replication; NaN entries are skipped and counted in {@code skipped}
     * @param level the confidence level, e.g. 0.95
     * @return the Student-t interval for the mean
     */
    public static ConfidenceInterval of(double[] values, double level) {
        checkLevel(level);
        int n = 0;
        double sum = 0.0;
        for (double v : values) {
            if (v == v) {
                if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException("confidence interval of an infinite value: " + v);
                }
                n++;
                sum += v;
            }
        }
        int skipped = values.length - n;
        if (n == 0) {
            return new ConfidenceInterval(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, level, skipped);
        }
        double mean = sum / n;
        // Second pass about the mean: exact enough even when the mean dwarfs the spread.
        double ss = 0.0;
        double correction = 0.0;
        for (double v : values) {
            if (v == v) {
                double d = v - mean;
                ss += d * d;
                correction += d;
            }
        }
        mean += correction / n;
        double sd = n < 2 ? Double.NaN : Math.sqrt((ss - correction * correction / n) / (n - 1));
        return fromMoments(n, mean, sd, n - 1, level, skipped);
    }

    /**
     * An interval from summary statistics: {@code mean ± t(df) · sd / √n}. With {@code sd = 0} the
     * half width is 0; with n &lt; 2, NaN sd or NaN df it is NaN.
     *
     * @param n the number of values
     * @param mean their mean
     * @param sd their standard deviation (divisor n - 1)
     * @param degreesOfFreedom the degrees of freedom of the t quantile (n - 1, or Welch's for two samples)
     * @param level the confidence level, e.g. 0.95
     * @param skipped how many NaN values were left out before these statistics
     * @return the interval
     */
    public static ConfidenceInterval fromMoments(int n, double mean, double sd, double degreesOfFreedom,
                                                 double level, int skipped) {
        checkLevel(level);
        double half;
        if (n < 2 || sd != sd) {
            half = Double.NaN;
        } else if (sd == 0.0) {
            half = 0.0;
        } else if (degreesOfFreedom != degreesOfFreedom) {
            half = Double.NaN;
        } else {
            half = tQuantile(level, degreesOfFreedom) * sd / Math.sqrt(n);
        }
        return new ConfidenceInterval(n, mean, sd, half, mean - half, mean + half, level, skipped);
    }

    /** The two-sided t quantile t(1 − (1 − level)/2, df). */
    static double tQuantile(double level, double degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.5 + level / 2.0);
    }

    /**
     * Whether {@code x} lies in [low, high]; false when the interval is undefined.
     *
     * @param x a value
     * @return true when {@code low <= x <= high}
     */
    public boolean contains(double x) {
        return x >= low && x <= high;
    }

    private static void checkLevel(double level) {
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
        }
    }
}
