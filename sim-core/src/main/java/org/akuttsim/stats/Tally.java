package org.akuttsim.stats;

/**
 * Count, mean, variance, minimum and maximum of a stream of observations (response times, waits),
 * kept with Welford's update so that the variance stays accurate when the mean is large compared
 * with the spread (a plain sum of squares loses all digits there). Each {@link #add(double)} is a
 * few arithmetic operations and allocates nothing.
 *
 * <p>{@link #reset()} forgets everything: call it at the end of a warm-up period.
 */
public final class Tally {

    private long count;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /**
     * Records one observation.
     *
     * @param x the observation
     * @throws IllegalArgumentException if {@code x} is NaN (a NaN would silently poison the mean)
     */
    public void add(double x) {
        if (x != x) {
            throw new IllegalArgumentException("observation must not be NaN");
        }
        long n = ++count;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
    }

    /** Forgets all observations (end of warm-up). */
    /**
     * Adds every observation of {@code other} as if each had been added here (Chan, Golub and LeVeque's
     * pairwise update of count, mean and squared deviations): pools tallies kept apart, e.g. response
     * times by area into one by level, or replications into one. Equal to adding the observations one
     * by one up to the rounding of the sums.
     *
     * @param other the tally to pool into this one; unchanged
     */
    public void addAll(Tally other) {
        if (other.count == 0) {
            return;
        }
        if (count == 0) {
            count = other.count;
            mean = other.mean;
            m2 = other.m2;
            min = other.min;
            max = other.max;
            return;
        }
        long n = count + other.count;
        double delta = other.mean - mean;
        mean += delta * ((double) other.count / n);
        m2 += other.m2 + delta * delta * ((double) count * other.count / n);
        count = n;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    /** Forgets every observation (end of warm-up). */
    public void reset() {
        count = 0;
        mean = 0.0;
        m2 = 0.0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }

    /** {@return the number of observations} */
    public long count() {
        return count;
    }

    /**
     * The sample mean, NaN when there are no observations.
     *
     * @return the mean
     */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /**
     * The sample variance (divisor n − 1), NaN with fewer than two observations.
     *
     * @return the variance
     */
    public double variance() {
        return count < 2 ? Double.NaN : m2 / (count - 1);
    }

    /**
     * The sample standard deviation (divisor n − 1), NaN with fewer than two observations.
     *
     * @return the standard deviation
     */
    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /**
     * The sum of the observations (count × mean).
     *
     * @return the sum
     */
    public double sum() {
        return count == 0 ? 0.0 : mean * count;
    }

    /**
     * The smallest observation, NaN when there are none.
     *
     * @return the minimum
     */
    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    /**
     * The largest observation, NaN when there are none.
     *
     * @return the maximum
     */
    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    @Override
    public String toString() {
        return "Tally[n=" + count + ", mean=" + mean() + ", sd=" + standardDeviation() + ", min=" + min() + ", max=" + max() + "]";
    }
}
