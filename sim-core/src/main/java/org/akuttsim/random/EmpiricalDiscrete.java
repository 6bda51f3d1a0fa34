package org.akuttsim.random;

import java.util.Arrays;

/**
 * A discrete distribution on a finite set of real values (e.g. a number of patients, or times
 * recorded in whole minutes), by inversion: values are kept in increasing order, so a larger
 * uniform never gives a smaller value.
 */
public final class EmpiricalDiscrete implements Distribution {

    private final double[] values;
    private final Categorical index;

    private EmpiricalDiscrete(double[] values, Categorical index) {
        this.values = values;
        this.index = index;
    }

    /**
     * Values with non-negative weights (normalised by their sum). Values may come in any order but
     * must be finite and distinct.
     *
     * @param values the possible values, finite and distinct
     * @param weights one non-negative weight per value, at least one positive
     * @return the discrete distribution over {@code values}
     */
    public static EmpiricalDiscrete ofWeights(double[] values, double[] weights) {
        if (values == null || weights == null || values.length == 0 || values.length != weights.length) {
            throw new IllegalArgumentException("empirical discrete needs as many weights as values (at least one), got "
                    + (values == null ? "null" : values.length) + " values and "
                    + (weights == null ? "null" : weights.length) + " weights");
        }
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " must be finite, was " + values[i]);
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] v = new double[values.length];
        double[] w = new double[values.length];
        for (int i = 0; i < order.length; i++) {
            v[i] = values[order[i]];
            w[i] = weights[order[i]];
            if (i > 0 && v[i] == v[i - 1]) {
                throw new IllegalArgumentException("value " + v[i] + " is given twice; merge its weights");
            }
        }
        return new EmpiricalDiscrete(v, Categorical.ofWeights(w));
    }

    /**
     * The empirical distribution of observed data: each distinct value weighted by its count.
     *
     * @param data observed values, at least one
     * @return the distribution that draws each distinct observed value with its relative frequency
     */
    public static EmpiricalDiscrete ofObservations(double... data) {
        if (data == null || data.length == 0) {
            throw new IllegalArgumentException("empirical discrete needs at least one observation");
        }
        double[] sorted = data.clone();
        Arrays.sort(sorted);
        double[] v = new double[sorted.length];
        double[] w = new double[sorted.length];
        int n = 0;
        for (double x : sorted) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("observations must be finite, found " + x);
            }
            if (n > 0 && v[n - 1] == x) {
                w[n - 1]++;
            } else {
                v[n] = x;
                w[n++] = 1;
            }
        }
        return ofWeights(Arrays.copyOf(v, n), Arrays.copyOf(w, n));
    }

    @Override
    public double sample(RandomStream stream) {
        return values[index.sample(stream)];
    }

    @Override
    public double inverseCdf(double u) {
        return values[index.inverse(u)];
    }

    @Override
    public double cdf(double x) {
        int i = Arrays.binarySearch(values, x);
        int last = i >= 0 ? i : -i - 2; // largest index with values[last] <= x
        return last < 0 ? 0.0 : index.cumulative(last);
    }

    @Override
    public double mean() {
        double m = 0.0;
        for (int i = 0; i < values.length; i++) {
            m += index.probability(i) * values[i];
        }
        return m;
    }

    @Override
    public double variance() {
        double m = mean();
        double v = 0.0;
        for (int i = 0; i < values.length; i++) {
            double d = values[i] - m;
            v += index.probability(i) * d * d;
        }
        return v;
    }

    @Override
    public String toString() {
        return "EmpiricalDiscrete(values=" + Arrays.toString(values) + ", " + index + ")";
    }
}
