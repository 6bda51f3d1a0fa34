package org.akuttsim.scenarios.report;

import java.util.Locale;

/**
 * How the report prints numbers: a true minus sign (U+2212), thousands separators, and never a
 * "−0.0". A value that rounds to zero prints as plain 0 — unless it belongs to an interval that
 * excludes zero, which then gets as many more decimals (up to {@link #MAX_EXTRA} more) as it takes
 * for the estimate and both bounds to show their sign.
 */
final class Numbers {

    /** Decimals added at most to make a significant estimate visible. */
    static final int MAX_EXTRA = 4;

    /** The minus sign printed (U+2212), as typeset, not the hyphen. */
    static final String MINUS = "\u2212";

    private Numbers() {
    }

    /** {@code v} with {@code decimals} decimals; "n/a" for NaN; a value rounding to zero prints unsigned. */
    static String fmt(double v, int decimals) {
        return fmt(v, decimals, false);
    }

    /** As {@link #fmt(double, int)}, with a leading "+" on positive values when {@code signed}. */
    static String fmt(double v, int decimals, boolean signed) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", Math.abs(v));
        boolean zero = s.chars().allMatch(c -> c == '0' || c == '.' || c == ',');
        if (zero) {
            return s;
        }
        return (v < 0 ? MINUS : signed ? "+" : "") + s;
    }

    /**
     * The decimals to print an estimate and its interval with: {@code decimals}, or more when the
     * interval excludes zero but the estimate or a bound would print as zero at that precision.
     */
    static int decimalsFor(double mean, double low, double high, int decimals) {
        if (!significant(low, high)) {
            return decimals;
        }
        int d = decimals;
        while (d < decimals + MAX_EXTRA && (roundsToZero(mean, d) || roundsToZero(low, d) || roundsToZero(high, d))) {
            d++;
        }
        return d;
    }

    /** "+1.3 [1.1, 1.5]" (signed) or "64.9 [63.9, 65.9]": the estimate and its interval, no −0. */
    static String interval(double mean, double low, double high, int decimals, boolean signed) {
        if (Double.isNaN(mean)) {
            return "n/a";
        }
        int d = decimalsFor(mean, low, high, decimals);
        String s = fmt(mean, d, signed);
        if (!Double.isNaN(low) && !Double.isNaN(high)) {
            s += " [" + fmt(low, d) + ", " + fmt(high, d) + "]";
        }
        return s;
    }

    /** True when both bounds are numbers and the interval [low, high] excludes zero. */
    static boolean significant(double low, double high) {
        return !Double.isNaN(low) && !Double.isNaN(high) && (low > 0 || high < 0);
    }

    private static boolean roundsToZero(double v, int decimals) {
        return Math.abs(v) < 0.5 * Math.pow(10, -decimals);
    }

    /** A share 0..1 as a whole percentage without sign, e.g. "8 %". */
    static String percent(double share) {
        return fmt(100 * share, 0) + " %";
    }
}
