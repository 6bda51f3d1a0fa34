package org.akuttsim.random;

import java.util.Arrays;

/**
 * A choice among categories 0..n-1 with fixed probabilities (a call's condition, its age group, the
 * response level AMK assigns), by inversion of the cumulative table with one uniform.
 *
 * <p>Why inversion and not Walker's alias method: both cost one uniform, but only inversion is
 * monotone, so when a scenario moves probability between neighbouring categories only the calls
 * whose uniform lies in the moved band change category — the others keep theirs, which is what
 * common random numbers need. A guide table (Chen and Asau) with one entry per category makes the
 * search O(1) on average: bucket {@code floor(u·n)} points at the first category that can hold
 * {@code u}, and a short linear scan finishes.
 */
public final class Categorical {

    private final double[] probability;
    private final double[] cumulative; // cumulative[i] = P(X <= i); 1.0 from the last possible category on
    private final int[] guide;

    private Categorical(double[] probability, double[] cumulative) {
        this.probability = probability;
        this.cumulative = cumulative;
        int n = cumulative.length;
        this.guide = new int[n];
        int i = 0;
        for (int j = 0; j < n; j++) {
            double lower = (double) j / n;
            while (cumulative[i] <= lower) {
                i++;
            }
            guide[j] = i;
        }
    }

    /**
     * Categories with the given non-negative weights, normalised by their sum (weights may be
     * counts). A zero weight makes a category impossible.
     *
     * @param weights one non-negative weight per category, at least one positive
     * @return the distribution over categories 0 .. weights.length - 1
     */
    public static Categorical ofWeights(double... weights) {
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("a categorical distribution needs at least one weight");
        }
        double total = 0.0;
        int lastPositive = -1;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w >= 0.0) || w == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("weight " + i + " must be finite and >= 0, was " + w);
            }
            total += w;
            if (w > 0.0) {
                lastPositive = i;
            }
        }
        if (lastPositive < 0) {
            throw new IllegalArgumentException("at least one weight must be > 0, all " + weights.length + " were 0");
        }
        double[] p = new double[weights.length];
        double[] cum = new double[weights.length];
        double running = 0.0;
        for (int i = 0; i < weights.length; i++) {
            p[i] = weights[i] / total;
            running += weights[i];
            cum[i] = i >= lastPositive ? 1.0 : running / total;
        }
        return new Categorical(p, cum);
    }

    /**
     * Categories with the given probabilities, which must sum to 1 within 1e-9 (a tolerance for
     * rounded published shares; they are then normalised).
     *
     * @param probabilities one probability per category, summing to 1 within 1e-9
     * @return the distribution over categories 0 .. probabilities.length - 1
     */
    public static Categorical ofProbabilities(double... probabilities) {
        Categorical c = ofWeights(probabilities);
        double sum = 0.0;
        for (double p : probabilities) {
            sum += p;
        }
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw new IllegalArgumentException("probabilities must sum to 1, they sum to " + sum
                    + "; use ofWeights for unnormalised weights");
        }
        return c;
    }

    /**
     * Number of categories.
     *
     * @return the number of categories
     */
    public int size() {
        return probability.length;
    }

    /**
     * {@return the probability of {@code category}}
     *
     * @param category a category, 0 .. size() - 1
     */
    public double probability(int category) {
        return probability[category];
    }

    /**
     * One category, from exactly one uniform of {@code stream}.
     *
     * @param stream the stream that supplies the uniform
     * @return a category, 0 .. size() - 1
     */
    public int sample(RandomStream stream) {
        return find(stream.nextDouble());
    }

    /**
     * The category whose cumulative band holds {@code u}: the smallest i with u &lt; P(X &le; i).
     *
     * @param u a uniform on [0, 1)
     * @return the category that {@code u} falls in
     */
    public int inverse(double u) {
        Distribution.checkProbability(u);
        if (u == 1.0) {
            int i = 0;
            while (cumulative[i] < 1.0) {
                i++;
            }
            return i;
        }
        return find(u);
    }

    private int find(double u) {
        int j = (int) (u * guide.length);
        int i = guide[j < guide.length ? j : guide.length - 1];
        while (cumulative[i] <= u) {
            i++;
        }
        return i;
    }

    /**
     * P(X &le; category).
     *
     * @param category a category, 0 .. size() - 1
     * @return the cumulative probability up to and including {@code category}
     */
    public double cumulative(int category) {
        return cumulative[category];
    }

    @Override
    public String toString() {
        return "Categorical" + Arrays.toString(probability);
    }
}
