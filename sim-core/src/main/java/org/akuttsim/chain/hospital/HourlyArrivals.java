package org.akuttsim.chain.hospital;

import java.util.Arrays;
import org.akuttsim.random.KeyedRandom;

/**
 * One hospital's walk-ins or referrals: a Poisson process whose rate is constant within each of the
 * 168 hours of the week, generated hour by hour of the run.
 *
 * <p><b>The points.</b> Hour H of the run (minutes [60H, 60H + 60)) has a {@link KeyedRandom} of its
 * own, re-seeded with {@code key + H}. Its first uniform U_H gives the hour's number of arrivals,
 * N_H = the Poisson(λ_H) quantile of U_H with λ_H the hour's rate per hour; its next uniforms
 * V_{H,1}, V_{H,2}, … place the points j = 1, 2, … at 60H + 60 V_{H,j}, and the hour's first N_H
 * points are its arrivals. Counts of disjoint hours are independent Poisson variables and, given the
 * count, the points are independent and uniform in the hour: exactly a Poisson process with the
 * hourly rates. Point j of hour H is the patient whose own numbers are keyed by
 * {@code (key + H, j)} ({@link #reseedPatient}).
 *
 * <p><b>Growth keeps the arrivals.</b> Nothing in the points depends on the rates except N_H, and
 * the Poisson quantile of a fixed uniform does not decrease when the mean grows. A scenario whose
 * hourly rates are everywhere at least as high therefore has every arrival of the smaller one, at the
 * same time and with the same patient numbers, plus others (common random numbers under growth; no
 * ceiling rate to agree on). The cumulative probabilities are sums of floating-point terms, so this
 * could fail only for a uniform within rounding (~1e-16) of one of them.
 *
 * <p><b>Cost.</b> One re-seed and a table look-up per hour, one uniform per arrival: no logarithms and
 * no rejected candidates (thinning a constant ceiling drew ~5.6 candidates per St. Olavs arrival,
 * each an MRG32k3a uniform, a logarithm and a keyed uniform). Memory: the points of one hour.
 */
final class HourlyArrivals {

    private static final int HOURS_PER_WEEK = EmergencyDepartmentSpec.HOURS_PER_WEEK;
    private static final double MINUTES_PER_HOUR = 60.0;
    /** Larger hourly means would need another Poisson algorithm (e^−λ underflows near 745). */
    static final double MAX_PER_HOUR = EmergencyDepartmentSpec.MAX_ARRIVALS_PER_HOUR;

    private final long key;
    /** [hour of week]: P(N ≤ k) for k = 0, 1, …; null when the hour's rate is 0. */
    private final double[][] cdf;
    private final boolean active;
    private final KeyedRandom random = new KeyedRandom();

    /** The buffered hour: its points in time order and their numbers j. */
    private long hour;
    private double[] times = new double[8];
    private int[] points = new int[8];
    private int count;
    private int pos;
    private double notBefore;
    private long currentHour;
    private int currentPoint;

    /**
"     * @param name    what the arrivals are, for messages (e.g. {@code ed.<id>.walkIn})
     * @param perHour arrivals per hour by hour of week (168 values, each finite, in [0, {@link #MAX_PER_HOUR}])
     * @param key     this source's key (e.g. {@code StreamFactory.key("ed.<id>.walkIn")})
     */
    HourlyArrivals(String name, double[] perHour, long key) {
        this(tables(name, perHour), key);
    }

    /**
     * A process on tables from {@link #tables} (shared read-only between runs of the same rates).
     *
     * @param key this source's key
     */
    HourlyArrivals(double[][] cdf, long key) {
        this.key = key;
        this.cdf = cdf;
        boolean any = false;
        for (double[] c : cdf) {
            any |= c != null;
        }
        active = any;
    }

    /** Per hour of week, the Poisson cumulative probabilities of the hour's count (null for rate 0); checks the rates. */
    static double[][] tables(String name, double[] perHour) {
        if (perHour == null || perHour.length != HOURS_PER_WEEK) {
            throw new IllegalArgumentException(name + ": hourly rates must have " + HOURS_PER_WEEK + " values, had "
                    + (perHour == null ? "none" : perHour.length));
        }
        double[][] cdf = new double[HOURS_PER_WEEK][];
        for (int h = 0; h < HOURS_PER_WEEK; h++) {
            double lambda = perHour[h];
            if (!(lambda >= 0) || lambda > MAX_PER_HOUR) {
                throw new IllegalArgumentException(name + ": hourly arrival rate [" + h + "] must be in [0, " + MAX_PER_HOUR
                        + "] per hour, was " + lambda);
            }
            if (lambda > 0) {
                cdf[h] = poissonCdf(lambda);
            }
        }
        return cdf;
    }

    /** Cumulative Poisson(λ) probabilities up to where the remaining tail is below 1e-17 of the total. */
    static double[] poissonCdf(double lambda) {
        double[] c = new double[16];
        double p = Math.exp(-lambda);
        double sum = p;
        c[0] = sum;
        int k = 0;
        while (k < lambda || p > 1e-17 * sum) {
            k++;
            p *= lambda / k;
            sum += p;
            if (k == c.length) {
                c = Arrays.copyOf(c, 2 * k);
            }
            c[k] = sum;
        }
        return Arrays.copyOf(c, k + 1);
    }

    /** Positions the process at {@code from}: the next arrival is the first at or after it. */
    void start(double from) {
        notBefore = from;
        hour = (long) Math.floor(from / MINUTES_PER_HOUR) - 1;
        count = 0;
        pos = 0;
    }

    /** Time of the next arrival, or +∞ if every hourly rate is 0; it becomes the current arrival. */
    double next() {
        if (!active) {
            return Double.POSITIVE_INFINITY;
        }
        while (true) {
            while (pos < count) {
                double t = times[pos];
                int j = points[pos];
                pos++;
                if (t >= notBefore) {
                    currentHour = hour;
                    currentPoint = j;
                    return t;
                }
            }
            fill(++hour);
        }
    }

    /** Re-seeds {@code k} with the current arrival's own key (its patient's numbers). */
    KeyedRandom reseedPatient(KeyedRandom k) {
        return k.reseed(key + currentHour, currentPoint);
    }

    /** Draws hour {@code h}'s arrivals into the buffer, in time order. */
    private void fill(long h) {
        pos = 0;
        count = 0;
        double[] c = cdf[(int) (h % HOURS_PER_WEEK)];
        if (c == null) {
            return;
        }
        KeyedRandom r = random.reseed(key + h);
        double u = r.nextDouble();
        int n = 0;
        while (n < c.length && u > c[n]) {
            n++;
        }
        if (n > times.length) {
            times = new double[Math.max(n, 2 * times.length)];
            points = new int[times.length];
        }
        double start = h * MINUTES_PER_HOUR;
        double[] ts = times;
        int[] js = points;
        for (int j = 1; j <= n; j++) {
            double t = start + MINUTES_PER_HOUR * r.nextDouble();
            int i = j - 1;
            while (i > 0 && ts[i - 1] > t) { // insertion: a handful of points an hour
                ts[i] = ts[i - 1];
                js[i] = js[i - 1];
                i--;
            }
            ts[i] = t;
            js[i] = j;
        }
        count = n;
    }
}
