package org.akuttsim.chain.internal;

/**
 * The standard normal inverse CDF by Acklam's rational approximation (relative error below
 * 1.2e-9 over (0,1)), with its central region (0.02425, 0.97575) — 95 % of the draws — read from a
 * table by cubic Hermite interpolation on 1,024 intervals: nodes from Acklam's formula, slopes
 * {@code 1/φ(z)} exact. The interpolation adds at most 1.2e-8 (absolute, in z; measured 1.11e-8,
 * largest near the region's ends, where |z| ≈ 2) to Acklam's error, i.e. a lognormal time moves by at
 * most {@code σ · 1.2e-8} relative — far finer than durations in minutes need. The interpolant is
 * increasing in p (the slopes at the ends of each interval are within 4 % of its secant slope;
 * monotone cubic Hermite interpolation only needs them below 3 times it), so draws by inversion stay
 * monotone in the uniform, as common random numbers need. A test checks both bounds.
 *
 * <p>The tails, r = min(p, 1 − p) from 0.02425 down to 2^-20, come from a second table (15 KB) of
 * cubic Hermite interpolants of Acklam's tail formula, 32 intervals per binade of r: the interval is
 * r's exponent and top 5 mantissa bits, t the remaining mantissa bits (exact), the side is picked by
 * bit masks, not a branch (it is random). Its error against Acklam is at most 1.2e-8 too (measured
 * 4.4e-9); it replaces a log, a square root and a division by a lookup. Below 2^-20 (one draw in
 * about 500,000) the formula itself.
 *
 * <p>Why the central table is laid out as it is: each interval stores its cubic's four coefficients
 * in t ∈ [0, 1] (32 bytes, half a cache line; 32 KB in all; the values the interpolation computed
 * per call before, so results are bit-identical), so a lookup is a load and three multiply-adds, no
 * division and no coefficient arithmetic; a spare interval at the region's upper end (reached only at
 * t = 0) spares the index a clamp. In both tables the cubic is z0 + t·(c1 + t·(c2 + t·c3)): the last
 * operation adds the small rise within the interval to the node, so at t = 0 the value is the node
 * exactly and at t → 1 it rounds to the next node: no seam between intervals goes down by even one ulp
 * (tests check every seam). No allocation. The chain's lognormal durations use
 * {@link LognormalQuantile}, which tabulates exp(μ + σ·z) per distribution and comes here only
 * in the tails.
 */
public final class NormalQuantile {
    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
    private static final double LOW = 0.02425;

    /** Intervals of the central table over [LOW, 1 - LOW]. */
    static final int INTERVALS = 1024;
    private static final double STEP = (1 - 2 * LOW) / INTERVALS, INV_STEP = INTERVALS / (1 - 2 * LOW);
    /**
     * Per interval i = 0..INTERVALS (the last one only at t = 0) the cubic z_i + d_i·t + a_i·t² + b_i·t³,
     * t in [0, 1], of cubic Hermite interpolation between nodes i and i+1 (node i at p = LOW + i·STEP,
     * value z_i, slope d_i = STEP · dz/dp = STEP / φ(z_i)), interleaved per interval.
     */
    private static final double[] COEFFICIENTS = new double[4 * (INTERVALS + 1)];

    static {
        for (int i = 0; i <= INTERVALS; i++) {
            hermite(COEFFICIENTS, i, central(LOW + i * STEP), central(LOW + (i + 1) * STEP), STEP);
        }
    }

    /** Tail table: r = min(p, 1 - p) in [TAIL_MIN, LOW], binades of r cut into 2^TAIL_BITS intervals. */
    private static final int TAIL_BITS = 5;
    private static final int TAIL_SHIFT = 52 - TAIL_BITS;
    /** Below this r (about 1 draw in 500,000) Acklam's tail formula itself. */
    private static final double TAIL_MIN = 0x1p-20;
    private static final int TAIL_FIRST = (int) (Double.doubleToRawLongBits(TAIL_MIN) >>> TAIL_SHIFT);
    private static final int TAIL_INTERVALS = (int) (Double.doubleToRawLongBits(LOW) >>> TAIL_SHIFT) - TAIL_FIRST + 1;
    private static final long HALF_BITS = Double.doubleToRawLongBits(0.5);
    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);
    /** Per tail interval the cubic in t ∈ [0, 1) of the lower tail formula (values &lt; 0), as COEFFICIENTS. */
    private static final double[] TAIL = new double[4 * TAIL_INTERVALS];

    static {
        for (int k = 0; k < TAIL_INTERVALS; k++) {
            double r0 = Double.longBitsToDouble((long) (TAIL_FIRST + k) << TAIL_SHIFT);
            double r1 = Double.longBitsToDouble((long) (TAIL_FIRST + k + 1) << TAIL_SHIFT);
            hermite(TAIL, k, lowerTail(r0), lowerTail(r1), r1 - r0);
        }
    }

    private NormalQuantile() {
    }

    /**
     * Interval {@code i} of a table of cubics in t ∈ [0, 1): the Hermite cubic through the quantile
     * values z0, z1 at the interval's ends with the quantile's slopes there (dz/dp = √(2π)·e^{z²/2},
     * times the interval's {@code width} in p).
     */
    private static void hermite(double[] table, int i, double z0, double z1, double width) {
        double d0 = width * Math.sqrt(2 * Math.PI) * Math.exp(0.5 * z0 * z0);
        double d1 = width * Math.sqrt(2 * Math.PI) * Math.exp(0.5 * z1 * z1);
        double dz = z1 - z0;
        table[4 * i] = z0;
        table[4 * i + 1] = d0;
        table[4 * i + 2] = 3 * dz - 2 * d0 - d1;
        table[4 * i + 3] = d0 + d1 - 2 * dz;
    }

    /** The standard normal quantile of {@code p}; infinite at 0 and 1. */
    public static double of(double p) {
        if (p > LOW && p < 1 - LOW) {
            double x = (p - LOW) * INV_STEP;      // in (0, INTERVALS]
            int i = (int) x;
            double t = x - i;
            int c = 4 * i;
            return COEFFICIENTS[c] + t * (COEFFICIENTS[c + 1] + t * (COEFFICIENTS[c + 2] + t * COEFFICIENTS[c + 3]));
        }
        if (p >= TAIL_MIN && p <= 1 - TAIL_MIN) {
            return tail(p);
        }
        return acklam(p);
    }

    /**
     * Both tails from the tail table: r = p below 1/2, else r = 1 - p (exact), chosen by bit masks
     * (the side is random: a branch would be mispredicted half the time), the interval from r's
     * exponent and top mantissa bits, t from the rest, and for the upper tail the sign flipped.
     */
    private static double tail(double p) {
        long pBits = Double.doubleToRawLongBits(p);
        long qBits = Double.doubleToRawLongBits(1 - p);
        long lower = (pBits - HALF_BITS) >> 63;                      // all ones when p < 1/2
        long r = (pBits & lower) | (qBits & ~lower);
        int c = 4 * ((int) (r >>> TAIL_SHIFT) - TAIL_FIRST);
        double t = Double.longBitsToDouble(((r << (12 + TAIL_BITS)) >>> 12) | ONE_BITS) - 1.0;
        double z = TAIL[c] + t * (TAIL[c + 1] + t * (TAIL[c + 2] + t * TAIL[c + 3]));
        return Double.longBitsToDouble(Double.doubleToRawLongBits(z) ^ (~lower & Long.MIN_VALUE));
    }

    /** Acklam's approximation over all of (0, 1) (the reference the table interpolates; for tests). */
    static double acklam(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (p < LOW) {
            return lowerTail(p);
        }
        if (p > 1 - LOW) {
            // 1 - p is exact for p >= 0.5 (Sterbenz), so log(1 - p) loses nothing against log1p(-p),
            // which HotSpot does not intrinsify (it cost ~1 % of a chain replication).
            return -lowerTail(1 - p);
        }
        return central(p);
    }

    /** Acklam's lower-tail formula (for r &lt; 0.02425; smooth slightly beyond, for table nodes). */
    private static double lowerTail(double r) {
        double q = Math.sqrt(-2 * Math.log(r));
        return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }

    /** Acklam's central formula, accurate over (0.02425, 0.97575) and smooth slightly beyond (table nodes). */
    static double central(double p) {
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
}
