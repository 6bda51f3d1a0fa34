package org.akuttsim.stats;

import java.util.Arrays;

/**
 * Counts of observations in fixed-width bins over {@code [low, high)}, plus an underflow count
 * ({@code x < low}) and an overflow count ({@code x >= high}). Adding is O(1) and allocates
 * nothing, so a year of response times costs a fixed {@code long[]} instead of a list of every call.
 *
 * <h2>Quantiles and their error</h2>
 * The exact p-quantile of the sample is taken as the inverse of the empirical distribution
 * function: the smallest observation x with at least a share p of the sample at or below it (for
 * n observations, the order statistic {@code x_(ceil(p n))}; the minimum for p = 0).
 * {@link #quantile(double)} finds the bin that holds that order statistic and interpolates linearly
 * inside it, as if the bin's observations were spread evenly over it. Therefore:
 * <ul>
 *   <li>when the quantile lies in {@code [low, high)}, the estimate lies in the same bin as the exact
 *       value and the error is <b>at most one bin width</b>;</li>
 *   <li>when it falls among the underflow (overflow) observations, the estimate is interpolated over
 *       {@code [min, low]} ({@code [high, max]}) using the exact minimum (maximum) seen, and the error
 *       is at most {@code low − min} ({@code max − high}). Choose the range so that the quantiles
 *       you report lie inside it; {@link #underflow()} and {@link #overflow()} tell whether they do.</li>
 * </ul>
 * Quantile definitions that interpolate between neighbouring order statistics (e.g. R type 7) differ
 * from the one above by at most the gap between two neighbouring observations.
 *
 * <p>{@link #fractionBelow(double)} gives the share of observations below x (the share of responses
 * within 12 or 25 minutes). It is <b>exact when x is a bin edge</b> (or outside [min, max]), so put the
 * targets on edges; elsewhere it interpolates inside x's bin and errs by at most that bin's share.
 *
 * <p>Histograms with the same bins merge with {@link #addAll(Histogram)}, to pool replications.
 */
public final class Histogram {

    private final double low;
    private final double high;
    private final double width;
    /** 1 / width: the first guess of an observation's bin, which the edge tests then correct. */
    private final double inverseWidth;
    private final long[] counts;
    private long underflow;
    private long overflow;
    private long total;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /**
     * @param low  lower edge of the first bin (finite)
     * @param high upper edge of the last bin (finite, greater than {@code low})
     * @param bins number of equal-width bins (at least 1)
     */
    public Histogram(double low, double high, int bins) {
        if (low - low != 0.0 || high - high != 0.0 || !(high > low)) {
            throw new IllegalArgumentException("histogram range must be finite with low < high, was [" + low + ", " + high + ")");
        }
        if (bins < 1) {
            throw new IllegalArgumentException("histogram needs at least 1 bin, was " + bins);
        }
        this.low = low;
        this.high = high;
        this.width = (high - low) / bins;
        this.inverseWidth = 1.0 / width;
        this.counts = new long[bins];
    }

    /**
     * A histogram with bins of {@code width} over {@code [low, high)}; {@code (high − low) / width}
     * must be a whole number, so that every multiple of the width from low is an exact bin edge.
     *
     * @param low the lower edge of the first bin
     * @param high the upper edge of the last bin (&gt; low)
     * @param width the bin width (&gt; 0)
     * @return an empty histogram
     */
    public static Histogram withBinWidth(double low, double high, double width) {
        if (!(width > 0)) {
            throw new IllegalArgumentException("bin width must be > 0, was " + width);
        }
        double bins = (high - low) / width;
        long rounded = Math.round(bins);
        if (Math.abs(bins - rounded) > 1e-9 * Math.max(1, bins) || rounded < 1 || rounded > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("range [" + low + ", " + high + ") is not a whole number of bins of width " + width);
        }
        return new Histogram(low, high, (int) rounded);
    }

    /**
     * Counts one observation.
     *
     * @param x the observation, in the histogram's unit
     * @throws IllegalArgumentException if {@code x} is NaN
     */
    public void add(double x) {
        if (x != x) {
            throw new IllegalArgumentException("observation must not be NaN");
        }
        total++;
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
        if (x < low) {
            underflow++;
        } else if (x >= high) {
            overflow++;
        } else {
            counts[binOf(x)]++;
        }
    }

    /**
     * Adds every count of {@code other}, which must have the same range and bins.
     *
     * @param other a histogram with the same low, high and width
     */
    public void addAll(Histogram other) {
        if (other.low != low || other.high != high || other.counts.length != counts.length) {
            throw new IllegalArgumentException("cannot merge histograms with different bins: [" + low + ", " + high + ") in "
                    + counts.length + " bins vs [" + other.low + ", " + other.high + ") in " + other.counts.length);
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        underflow += other.underflow;
        overflow += other.overflow;
        total += other.total;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    /** Forgets all observations (end of warm-up). */
    public void reset() {
        Arrays.fill(counts, 0L);
        underflow = 0;
        overflow = 0;
        total = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }

    /**
     * The estimated p-quantile (see the class comment for the error bound); NaN when empty.
     *
     * @param p in [0, 1]
     * @return the estimated quantile, in the unit of the observations
     */
    public double quantile(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("quantile level must be in [0, 1], was " + p);
        }
        if (total == 0) {
            return Double.NaN;
        }
        if (p == 0.0) {
            return min;
        }
        if (p == 1.0) {
            return max;
        }
        double target = p * total;
        // Underflow region, spread over [min, low].
        if (target <= underflow) {
            return min + (low - min) * (target / underflow);
        }
        double before = underflow;
        for (int i = 0; i < counts.length; i++) {
            long c = counts[i];
            if (c > 0 && target <= before + c) {
                double edge = low + i * width;
                double upper = i == counts.length - 1 ? high : low + (i + 1) * width;
                return edge + (upper - edge) * ((target - before) / c);
            }
            before += c;
        }
        // Overflow region, spread over [high, max].
        return high + (max - high) * ((target - before) / overflow);
    }

    /**
     * The estimated share of observations strictly below {@code x}; exact at bin edges and outside
     * [min, max]; NaN when empty.
     *
     * @param x a value
     * @return the share below {@code x}, in [0, 1]
     */
    public double fractionBelow(double x) {
        if (x != x) {
            throw new IllegalArgumentException("x must not be NaN");
        }
        if (total == 0) {
            return Double.NaN;
        }
        if (x <= min) {
            return 0.0;
        }
        if (x > max) {
            return 1.0;
        }
        double below;
        if (x < low) {
            below = underflow * (x - min) / (low - min);
        } else if (x >= high) {
            below = total - overflow + (max > high ? overflow * (x - high) / (max - high) : 0.0);
        } else {
            int bin = binOf(x);
            below = underflow;
            for (int i = 0; i < bin; i++) {
                below += counts[i];
            }
            double edge = low + bin * width;
            below += counts[bin] * ((x - edge) / width);
        }
        return below / total;
    }

    private int binOf(double x) {
        int i = (int) ((x - low) * inverseWidth);
        // Rounding (of the product, a few ulps) may put x one bin off near an edge, or a value just
        // below high past the end; the edge tests decide, with the same expressions quantile() and
        // fractionBelow() use, so the bin is that of the exact edges whatever the first guess.
        if (i >= counts.length) {
            i = counts.length - 1;
        }
        if (i > 0 && x < low + i * width) {
            i--;
        } else if (i < counts.length - 1 && x >= low + (i + 1) * width) {
            i++;
        }
        return i;
    }

    /**
     * Observations counted, including underflow and overflow.
     *
     * @return the number of observations
     */
    public long count() {
        return total;
    }

    /**
     * Observations below {@code low}.
     *
     * @return the number of observations below the first bin
     */
    public long underflow() {
        return underflow;
    }

    /**
     * Observations at or above {@code high}.
     *
     * @return the number of observations past the last bin
     */
    public long overflow() {
        return overflow;
    }

    /**
     * Observations in bin {@code i}, which covers {@code [low + i·width, low + (i+1)·width)}.
     *
     * @param i the bin, 0 .. bins() - 1
     * @return the number of observations in bin {@code i}
     */
    public long binCount(int i) {
        return counts[i];
    }

    /** {@return the number of bins} */
    public int bins() {
        return counts.length;
    }

    /** {@return the bin width} */
    public double binWidth() {
        return width;
    }

    /** {@return the lower edge of the first bin} */
    public double low() {
        return low;
    }

    /** {@return the upper edge of the last bin} */
    public double high() {
        return high;
    }

    /**
     * The smallest observation, NaN when empty.
     *
     * @return the minimum
     */
    public double min() {
        return total == 0 ? Double.NaN : min;
    }

    /**
     * The largest observation, NaN when empty.
     *
     * @return the maximum
     */
    public double max() {
        return total == 0 ? Double.NaN : max;
    }
}
