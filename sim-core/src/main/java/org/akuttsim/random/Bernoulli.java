package org.akuttsim.random;

/**
 * A yes/no event with probability {@code p} (a call is over-triaged, a patient is admitted), as
 * {@code u < p} with one uniform. Monotone in {@code p}: with the same uniform, a scenario with a
 * larger {@code p} says yes whenever one with a smaller {@code p} does (common random numbers).
 */
public final class Bernoulli {

    private final double p;

    private Bernoulli(double p) {
        this.p = p;
    }

    /**
     * Requires {@code 0 <= p <= 1}.
     *
     * @param p the success probability
     * @return the Bernoulli distribution with success probability {@code p}
     */
    public static Bernoulli of(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("Bernoulli probability must be in [0, 1], was " + p);
        }
        return new Bernoulli(p);
    }

    /** {@return the success probability p} */
    public double probability() {
        return p;
    }

    /**
     * One trial, from exactly one uniform of {@code stream}.
     *
     * @param stream the stream that supplies the uniform
     * @return true (success) with probability p
     */
    public boolean sample(RandomStream stream) {
        return stream.nextDouble() < p;
    }

    /**
     * The outcome for uniform {@code u}: {@code u < p}.
     *
     * @param u a uniform on (0, 1)
     * @return true when {@code u < p}
     */
    public boolean test(double u) {
        Distribution.checkProbability(u);
        return u < p;
    }

    /** {@return the mean, p} */
    public double mean() {
        return p;
    }

    /** {@return the variance, p(1 - p)} */
    public double variance() {
        return p * (1.0 - p);
    }

    @Override
    public String toString() {
        return "Bernoulli(" + p + ")";
    }
}
