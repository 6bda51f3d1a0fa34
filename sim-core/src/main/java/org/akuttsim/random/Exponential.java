package org.akuttsim.random;

/** Exponential variates by inversion: one uniform per variate. */
public final class Exponential {
    private Exponential() {
    }

    /** An exponential variate with the given mean, from one uniform of {@code stream}. */
    public static double sample(RandomStream stream, double mean) {
        return -mean * Math.log(stream.nextDouble());
    }

    /** The inverse CDF: the value whose lower-tail probability is {@code u}. */
    public static double inverse(double u, double mean) {
        return -mean * Math.log1p(-u);
    }
}
