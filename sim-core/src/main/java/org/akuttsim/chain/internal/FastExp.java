package org.akuttsim.chain.internal;

/**
 * {@code e^x} for the lognormal draws of the chain (several per call), cheaper than {@link Math#exp}
 * on HotSpot/x86 and with a short dependency chain, because a draw's result is usually needed at once
 * (it becomes an event time). x = (k·256 + j)·ln2/256 + r with |r| ≤ ln2/512, so
 * e^x = 2^k · 2^(j/256) · e^r, with 2^(j/256) from a table of 256 values (2 KB, {@link Math#pow},
 * within 1 ulp) and e^r − 1 by its Taylor polynomial to degree 4 (truncation below 4e-17), evaluated
 * in Estrin's form (r² once, two independent halves) rather than Horner's, which would chain all
 * multiplications. The integer k·256 + j is found by adding 1.5·2^52 (the sum's low bits are
 * x·256/ln2 rounded to nearest, as {@link Math#rint} would give), without a rounding instruction and
 * a double-to-long conversion. The reduction uses fdlibm's two-part ln 2 (the high part has 21
 * trailing zero bits, so (k·256 + j)·high/256 is exact for |x| &lt; 700).
 *
 * <p>Relative error below 1e-15 (a test checks it against Math.exp over [-700, 700]; measured
 * 2.3e-16); outside that range, and for NaN, it is Math.exp. Increasing in x up to that rounding
 * (at the table's seams the two sides agree within it), so lognormal draws by inversion stay monotone
 * in the uniform.
 */
public final class FastExp {
    private static final int TABLE_BITS = 8;
    private static final int TABLE_SIZE = 1 << TABLE_BITS;
    private static final double[] TWO_POW_J = new double[TABLE_SIZE];
    private static final double INV_LN2_N = TABLE_SIZE / Math.log(2);
    private static final double LN2_N_HI = 6.93147180369123816490e-01 / TABLE_SIZE;
    private static final double LN2_N_LO = 1.90821492927058770002e-10 / TABLE_SIZE;
    /** 1.5·2^52: adding it to |y| &lt; 2^51 rounds y to an integer held in the low bits of the sum. */
    private static final double SHIFT = 0x1.8p52;

    static {
        for (int j = 0; j < TABLE_SIZE; j++) {
            TWO_POW_J[j] = Math.pow(2, j / (double) TABLE_SIZE);
        }
    }

    private FastExp() {
    }

    /** e^x, relative error below 1e-15. */
    public static double of(double x) {
        if (!(x > -700 && x < 700)) {
            return Math.exp(x);
        }
        double shifted = x * INV_LN2_N + SHIFT;
        // n = k·256 + j in two's complement in the low bits (SHIFT's own low 52 bits are 0 but bit 51)
        long bits = Double.doubleToRawLongBits(shifted);
        double n = shifted - SHIFT;
        double r = (x - n * LN2_N_HI) - n * LN2_N_LO;
        double r2 = r * r;
        double q = r + r2 * ((0.5 + r * (1.0 / 6)) + r2 * (1.0 / 24));
        double t = TWO_POW_J[(int) bits & (TABLE_SIZE - 1)];
        // 2^k by adding k to the exponent bits: (bits >> 8) << 52 is k << 52, SHIFT's bits shift out;
        // t·(1 + q) lies in [0.99, 2.01), so the result stays normal.
        return Double.longBitsToDouble(Double.doubleToRawLongBits(t + t * q) + ((bits >> TABLE_BITS) << 52));
    }
}
