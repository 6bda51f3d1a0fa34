package org.akuttsim.chain;

/**
 * A categorical distribution drawn by inversion of its cumulative probabilities, with a guide table
 * (Chen's method) so that a draw usually compares once instead of walking the categories — the walk's
 * exit branch is unpredictable, and the chain draws three categories per call.
 *
 * <p>The category is exactly the linear walk's {@code min{i : u < cdf[i]}}: the guide for u starts
 * the walk at the first category whose cumulative probability exceeds {@code floor(64u)/64}, and no
 * earlier category can hold u. Scaling by 64 is exact in floating point, so that bound is exact too.
 */
final class Categories {

    private static final int GUIDES = 64;

    private final double[] cdf;
    private final int[] guide = new int[GUIDES];

    /** @param probabilities non-negative, summing to 1 (validated by the caller's input checks) */
    Categories(double[] probabilities) {
        cdf = new double[probabilities.length];
        double s = 0;
        for (int j = 0; j < probabilities.length; j++) {
            s += probabilities[j];
            cdf[j] = s;
        }
        cdf[cdf.length - 1] = Double.POSITIVE_INFINITY; // rounding never falls off the end
        for (int g = 0, i = 0; g < GUIDES; g++) {
            double lower = (double) g / GUIDES;
            while (cdf[i] <= lower) {
                i++;
            }
            guide[g] = i;
        }
    }

    /** One table per row of {@code p}. */
    static Categories[] rows(double[][] p) {
        Categories[] c = new Categories[p.length];
        for (int i = 0; i < p.length; i++) {
            c[i] = new Categories(p[i]);
        }
        return c;
    }

    /** The category of uniform {@code u} in [0, 1). */
    int pick(double u) {
        int i = guide[(int) (u * GUIDES)];
        final double[] c = cdf;
        while (u >= c[i]) {
            i++;
        }
        return i;
    }
}
