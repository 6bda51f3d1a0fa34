package org.akuttsim.chain;

/**
 * The natural logarithm for the exponential gaps of the call arrival stream ({@link CallArrivals}:
 * one per candidate call), cheaper than {@link Math#log}, which HotSpot runs as a stub call: about
 * 100 instructions and a spill of the caller's live registers around it, 2–2.5 % of a St. Olavs
 * replication's cycles (benchmarks/README.md, round 11).
 *
 * <p>x = 2^e · m with m in [1, 2); F = 1 + j/128 is m rounded to the nearest 128th (j in [0, 128]),
 * so r = (m − F)/F lies in [−2^-8, 2^-8], and m − F is exact (Sterbenz: F/2 ≤ m ≤ 2F). Then
 * ln x = e·ln 2 + ln F + ln(1 + r), with ln F from a table of 129 values ({@link Math#log}, within
 * 1 ulp) and ln(1 + r) by its Taylor polynomial to degree 7 (truncation below |r|·2^-59). For
 * m ≥ 1.5 (j ≥ 64) the table holds ln(F/2) and e counts one more, so the reduced argument stays in
 * [0.75, 1.5) and a result near 0 (x near 1, from either side) comes from ln(1 + r) alone, without
 * cancellation between ln 2 and ln F. The reduction uses fdlibm's two-part ln 2 (the high part has 21
 * trailing zero bits, so e·high is exact).
 *
 * <p>Relative error below 1e-15 (a test checks it against Math.log over (0, 1] and beyond; the worst
 * over 5 million uniforms was 4.4e-16, 2 ulps). Zero, negative numbers, subnormals, infinity and NaN go to Math.log.
 */
final class FastLog {
    private static final int TABLE_BITS = 7;
    private static final int GRID = 1 << TABLE_BITS;
    /** [j]: ln(F_j), or ln(F_j / 2) for j ≥ 64, with F_j = 1 + j/128. */
    private static final double[] LOG_F = new double[GRID + 1];
    /** [j]: 1 / F_j. */
    private static final double[] INV_F = new double[GRID + 1];
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final long MANTISSA = (1L << 52) - 1;
    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);

    static {
        for (int j = 0; j <= GRID; j++) {
            double f = 1.0 + j / (double) GRID; // exact
            LOG_F[j] = Math.log(j >= GRID / 2 ? f / 2 : f);
            INV_F[j] = 1.0 / f;
        }
    }

    private FastLog() {
    }

    /** ln x, relative error below 1e-15. */
    static double of(double x) {
        if (!(x >= Double.MIN_NORMAL && x < Double.POSITIVE_INFINITY)) {
            return Math.log(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        // The top 8 bits of the mantissa, plus 1, halved: m rounded to the nearest 128th, j in [0, 128].
        int j = ((int) (bits >>> (52 - TABLE_BITS - 1)) & (2 * GRID - 1)) + 1 >>> 1;
        int e = (int) (bits >>> 52) - 1023 + (j + GRID / 2 >>> TABLE_BITS); // one more when j ≥ 64
        double m = Double.longBitsToDouble((bits & MANTISSA) | ONE_BITS);
        double r = (m - (1.0 + j * (1.0 / GRID))) * INV_F[j];
        double r2 = r * r;
        // ln(1 + r) − r, in Estrin's form: -r²/2 + r³/3 − r⁴/4 + r⁵/5 − r⁶/6 + r⁷/7
        double tail = r2 * ((-0.5 + r * (1.0 / 3)) + r2 * ((-0.25 + r * 0.2) + r2 * (-1.0 / 6 + r * (1.0 / 7))));
        return e * LN2_HI + (LOG_F[j] + (r + (tail + e * LN2_LO)));
    }
}
