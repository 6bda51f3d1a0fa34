package org.akuttsim.random;

/**
 * A source of uniform random numbers on the open interval (0, 1).
 *
 * <p>Distributions turn these into variates by inversion where practical, one uniform per variate,
 * so two scenarios that read the same stream stay in step (common random numbers).
 */
public interface RandomStream {

    /**
     * The next uniform on (0, 1); never exactly 0 or 1.
     *
     * @return a uniform on the open interval (0, 1)
     */
    double nextDouble();

    /**
     * A uniform integer in {@code [0, n)}, from one uniform by inversion.
     *
     * @param n the number of possible values (&gt; 0)
     * @return an integer in {@code [0, n)}, each with probability 1/n
     */
    default int nextInt(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be > 0, was " + n);
        }
        int k = (int) (nextDouble() * n);
        return k < n ? k : n - 1;
    }
}
