package org.akuttsim.chain.hospital;

import java.util.Arrays;

/**
 * Streamed tally of durations in minutes with a fixed-width histogram for quantiles: bins of
 * {@code binWidth} minutes up to {@code limit}, plus an overflow count. A quantile read from it is
 * interpolated linearly within its bin, so its error is at most one bin width when the quantile lies
 * below the limit (it is reported as NaN above). No allocation after construction.
 */
final class MinuteHistogram {
    private final double binWidth;
    private final long[] counts;
    private long overflow;
    private long n;
    private double sum;
    private long above;
    private final double threshold;

    /**
     * @param threshold a value whose exceedance share is also counted (e.g. 240 min for "> 4 h")
     */
    MinuteHistogram(double binWidth, double limit, double threshold) {
        this.binWidth = binWidth;
        this.counts = new long[(int) Math.ceil(limit / binWidth)];
        this.threshold = threshold;
    }

    void add(double x) {
        n++;
        sum += x;
        if (x > threshold) {
            above++;
        }
        int bin = (int) (x / binWidth);
        if (bin < counts.length) {
            counts[bin]++;
        } else {
            overflow++;
        }
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
