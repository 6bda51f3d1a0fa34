package org.akuttsim.chain.hospital;

import java.util.Arrays;

/**
 * Streamed tally of durations in minutes with a fixed-width histogram for quantiles: bins of
 * {@code binWidth} minutes up to {@code limit}, plus an overflow count. A quantile read from it is
 * interpolated linearly within its bin, so its error is at most one bin width when the quantile lies
 * below the limit (it is reported as NaN above).
 *
 * <p>The bins are allocated as observations reach them (doubling, never past the limit), not all at
 * once: a week of 1-minute bins is 80 KB, six of them per replication were half a megabyte to zero
 * and to reset, while ED waits and stays rarely pass a day. Growing changes no count, mean or
 * quantile; it allocates only the few times an observation exceeds every earlier one by far.
 */
final class MinuteHistogram {
    private final double binWidth;
    private final boolean unitBins;
    /** Bins 0 to the largest reached so far (at least {@link #INITIAL_BINS}); the rest are still 0. */
    private long[] counts;
    /** Bins up to the limit; larger values count as overflow. */
    private final int bins;
    private long overflow;
    private long n;
    private double sum;
    private long above;
    private final double threshold;
    static final int INITIAL_BINS = 512;

    /**
     * @param threshold a value whose exceedance share is also counted (e.g. 240 min for "> 4 h")
     */
    MinuteHistogram(double binWidth, double limit, double threshold) {
        this.binWidth = binWidth;
        this.unitBins = binWidth == 1.0;
        this.bins = (int) Math.ceil(limit / binWidth);
        this.counts = new long[Math.min(bins, INITIAL_BINS)];
        this.threshold = threshold;
    }

    void add(double x) {
        n++;
        sum += x;
        if (x > threshold) {
            above++;
        }
        // x / 1.0 is x itself: the usual 1-minute bins skip the division (~15 cycles on the patient's path)
        int bin = (int) (unitBins ? x : x / binWidth);
        if (bin < counts.length) {
            counts[bin]++;
        } else if (bin < bins) {
            grow(bin);
            counts[bin]++;
        } else {
            overflow++;
        }
    }

    /** Allocates bins up to {@code bin} at least (rare: a method of its own keeps {@link #add} small). */
    private void grow(int bin) {
        counts = Arrays.copyOf(counts, Math.min(bins, Math.max(bin + 1, 2 * counts.length)));
    }

    /** Bins allocated so far (tests). */
    int allocatedBins() {
        return counts.length;
    }

    long count() {
        return n;
    }

    double mean() {
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Share of observations strictly above the threshold. */
    double shareAbove() {
        return n == 0 ? Double.NaN : (double) above / n;
    }

    double quantile(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double target = p * n;
        long cum = 0;
        for (int i = 0; i < counts.length; i++) {
            long c = counts[i];
            if (c > 0 && cum + c >= target) {
                return (i + (target - cum) / c) * binWidth;
            }
            cum += c;
        }
        return Double.NaN;
    }

    void reset() {
        Arrays.fill(counts, 0);
        overflow = 0;
        n = 0;
        sum = 0;
        above = 0;
    }
}
