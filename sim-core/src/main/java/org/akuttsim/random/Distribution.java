package org.akuttsim.random;

/**
 * A probability distribution on the real line, sampled by inversion.
 *
 * <p>Every implementation is immutable and draws exactly one uniform per variate:
 * {@code sample(s) == inverseCdf(s.nextDouble())}. That is what keeps common random numbers in
 * step: two scenarios that sample the same stream with different parameters consume the same
 * uniforms, and because the inverse CDF is non-decreasing in {@code u}, a larger parameter gives a
 * larger (never a shuffled) variate, which makes paired differences small.
 *
 * <p>The maths (cdf, inverse cdf, moments) is separate from the stream, as in SSJ: a distribution
 * can be shared by any number of models and threads.
 */
public interface Distribution {

    /**
     * One variate, from exactly one uniform of {@code stream}.
     *
     * @param stream the stream that supplies the uniform
     * @return a variate, {@code inverseCdf(u)} of the stream's next uniform u
     */
    default double sample(RandomStream stream) {
        return inverseCdf(stream.nextDouble());
    }

    /**
     * The quantile function: the smallest x with {@code cdf(x) >= u}.
     *
     * @param u a probability in [0, 1]; 0 and 1 give the ends of the support (possibly infinite)
     * @return the quantile at probability {@code u}
     */
    double inverseCdf(double u);

    /**
     * P(X &le; x).
     *
     * @param x a value
     * @return the probability that a variate is at most {@code x}
     */
    double cdf(double x);

    /** {@return the expected value} */
    double mean();

    /** {@return the variance} */
    double variance();

    /**
     * Throws when {@code u} is not a probability; cheap enough for the hot path.
     *
     * @param u the value to check
     */
    static void checkProbability(double u) {
        if (!(u >= 0.0 && u <= 1.0)) {
            throw new IllegalArgumentException("u must be a probability in [0, 1], was " + u);
        }
    }
}
