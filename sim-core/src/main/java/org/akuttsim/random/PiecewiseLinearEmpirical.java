package org.akuttsim.random;

import java.util.Arrays;

/**
 * A continuous empirical distribution whose CDF is linear between given points
 * {@code (x[i], F[i])}: uniform within each interval, with the interval's probability. It is the
 * usual way to use a published table of time quantiles, or raw observations, without forcing a
 * parametric family on them. Sampled by inversion (a binary search and one interpolation).
 */
public final class PiecewiseLinearEmpirical implements Distribution {

    private final double[] x;
    private final double[] cumulative;

    private PiecewiseLinearEmpirical(double[] x, double[] cumulative) {
        this.x = x;
        this.cumulative = cumulative;
    }

    /**
     * From breakpoints {@code x} (finite, strictly increasing, at least two) and the CDF at each of
     * them ({@code F[0] = 0}, non-decreasing, last = 1 within 1e-9). An interval with equal F at
     * both ends has probability zero and is never sampled.
     *
     * @param x the breakpoints
     * @param cumulative F at each breakpoint
     * @return the distribution that is linear in its CDF between the breakpoints
     */
    public static PiecewiseLinearEmpirical ofCumulative(double[] x, double[] cumulative) {
        if (x == null || cumulative == null || x.length < 2 || x.length != cumulative.length) {
            throw new IllegalArgumentException("piecewise-linear empirical needs at least two breakpoints and one "
                    + "cumulative probability per breakpoint");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || (i > 0 && !(x[i] > x[i - 1]))) {
                throw new IllegalArgumentException("breakpoints must be finite and strictly increasing; breakpoint "
                        + i + " is " + x[i] + (i > 0 ? " after " + x[i - 1] : ""));
            }
            if (!(cumulative[i] >= 0.0 && cumulative[i] <= 1.0 + 1e-9) || (i > 0 && cumulative[i] < cumulative[i - 1])) {
                throw new IllegalArgumentException("cumulative probabilities must be non-decreasing in [0, 1]; "
                        + "value " + i + " is " + cumulative[i]);
            }
        }
        if (cumulative[0] != 0.0 || Math.abs(cumulative[cumulative.length - 1] - 1.0) > 1e-9) {
            throw new IllegalArgumentException("cumulative probabilities must start at 0 and end at 1, were "
                    + cumulative[0] + " and " + cumulative[cumulative.length - 1]);
        }
        double[] f = cumulative.clone();
        f[f.length - 1] = 1.0;
        return new PiecewiseLinearEmpirical(x.clone(), f);
    }

    /**
     * From raw observations (at least two distinct values): the sorted data are the breakpoints and
     * the CDF rises by 1/(n-1) from each to the next, so it runs from the smallest to the largest
     * observation (Law and Kelton's interpolated empirical distribution). Tied observations make
     * the CDF jump at their value.
     *
     * @param data the observations
     * @return the interpolated empirical distribution of {@code data}
     */
    public static PiecewiseLinearEmpirical ofObservations(double... data) {
        if (data == null || data.length < 2) {
            throw new IllegalArgumentException("piecewise-linear empirical needs at least two observations");
        }
        double[] sorted = data.clone();
        Arrays.sort(sorted);
        if (!Double.isFinite(sorted[0]) || !Double.isFinite(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("observations must be finite");
        }
        if (sorted[0] == sorted[sorted.length - 1]) {
            throw new IllegalArgumentException("observations must not all be equal (" + sorted[0] + ")");
        }
        int n = sorted.length;
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = (double) i / (n - 1);
        }
        // Tied observations give equal breakpoints: a vertical piece of the CDF, i.e. an atom.
        return new PiecewiseLinearEmpirical(sorted, f);
    }

    @Override
    public double inverseCdf(double u) {
        Distribution.checkProbability(u);
        final double[] f = cumulative;
        int last = f.length - 1;
        if (u >= 1.0) {
            int i = 0;
            while (f[i] < 1.0) {
                i++;
            }
            return x[i];
        }
        // Smallest i with f[i] > u; the interval (i-1, i) then has positive probability.
        int lo = 1;
        int hi = last;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (f[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int i = lo;
        double a = x[i - 1];
        return a + (u - f[i - 1]) / (f[i] - f[i - 1]) * (x[i] - a);
    }

    @Override
    public double cdf(double value) {
        if (value < x[0]) {
            return 0.0;
        }
        int last = x.length - 1;
        if (value >= x[last]) {
            return 1.0;
        }
        // Largest j with x[j] <= value (for tied breakpoints, the later one: after the jump).
        int lo = 0;
        int hi = last;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (x[mid] <= value) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int j = lo;
        return cumulative[j] + (value - x[j]) / (x[j + 1] - x[j]) * (cumulative[j + 1] - cumulative[j]);
    }

    @Override
    public double mean() {
        double m = 0.0;
        for (int i = 1; i < x.length; i++) {
            m += (cumulative[i] - cumulative[i - 1]) * 0.5 * (x[i - 1] + x[i]);
        }
        return m;
    }

    @Override
    public double variance() {
        double second = 0.0;
        for (int i = 1; i < x.length; i++) {
            double a = x[i - 1];
            double b = x[i];
            second += (cumulative[i] - cumulative[i - 1]) * (a * a + a * b + b * b) / 3.0;
        }
        double m = mean();
        return second - m * m;
    }

    @Override
    public String toString() {
        return "PiecewiseLinearEmpirical(x=" + Arrays.toString(x) + ", F=" + Arrays.toString(cumulative) + ")";
    }
}
