package org.akuttsim.chain.internal;

/**
 * The quantile function u ↦ exp(μ + σ·Φ⁻¹(u)) of one lognormal distribution, tabulated per
 * distribution, for the chain's lognormal durations (call handling, activation, on-scene, drive
 * factor, ED treatment, handover, ward stay: about 400,000 draws per simulated year). Why a table of
 * its own: computing {@link NormalQuantile} and then {@link FastExp} chains two dependent evaluations
 * (about 135 cycles of latency per draw, and the result usually becomes an event time at once); here
 * one lookup and one cubic give the draw (about 50 cycles, 40 % fewer instructions; 12 distributions
 * in turn, {@code LognormalDrawCounters} in the benchmarks module).
 *
 * <p>Layout. The central region (0.02425, 0.97575) — 95 % of the draws — is split at ½; a uniform
 * u below ½ is read as r = u, above as r = 1 − u (exact for u ≥ ½), so r ∈ (0.02425, ½], in the
 * table's lower or upper half. Within each half the intervals are the binades of r, each cut into 64
 * equal intervals: the interval is the top 6 mantissa bits with the exponent (one shift of r's bits)
 * and t ∈ [0, 1) the remaining mantissa bits (exact, no conversion), so no rounding, float-to-int
 * conversion or branch picks the interval — and intervals are narrow where the quantile is steep
 * (near the ends) and wide where it is flat. 286 intervals per half, 4 coefficients each: 18 KB per
 * distribution. Outside the central region: {@code FastExp.of(μ + σ·Acklam(u))}, as before.
 *
 * <p>Each interval holds the cubic Hermite interpolant in t of the nodes' values
 * {@code exp(μ + σ·z)} (z Acklam's central formula, exp {@link Math#exp}) and slopes
 * {@code ±σ·exp(μ + σ·z)/φ(z)} per unit of r, written as y0 + t·(c1 + t·(c2 + t·c3)). Accuracy: within
 * {@code σ·1.2e-8 + 1e-15} relative of {@code exp(μ + σ·Acklam(u))} — the bound the two-step draw had
 * (NormalQuantile within 1.2e-8 of Acklam, FastExp within 1e-15) — for σ ≤ {@value #MAX_TABULATED_SIGMA}
 * (measured 1.2e-9·σ at σ = 1, 5.7e-9·σ at σ = 3; largest in the widest binade, r near ¼); larger σ
 * keep the two-step draw. Monotone: the interpolant rises with the node values (each interval's end
 * slopes are within a few per cent of its secant slope), t rises with u exactly, each interval starts
 * at its node exactly and reaches the next one only by rounding a small rise, so no interval seam goes
 * down even by one ulp (tests check this ulp by ulp at every seam). Immutable, no allocation per draw.
 */
public final class LognormalQuantile {
    /** Above this σ the table's interpolation error would exceed the bound; such σ draw in two steps. */
    public static final double MAX_TABULATED_SIGMA = 4.0;

    private static final double LOW = 0.02425;
    /** Intervals per binade: 2^BITS. */
    private static final int BITS = 6;
    private static final int SHIFT = 52 - BITS;
    private static final long HALF_BITS = Double.doubleToRawLongBits(0.5);
    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);
    /** The interval holding LOW is the table's first; the one starting at ½ its last (only t = 0). */
    private static final int FIRST = (int) (Double.doubleToRawLongBits(LOW) >>> SHIFT);
    private static final int PER_HALF = (int) (HALF_BITS >>> SHIFT) - FIRST + 1;

    private final double mu;
    private final double sigma;
    /** Lower half then upper half, 4 coefficients per interval; null when σ is not tabulated. */
    private final double[] coefficients;

    private LognormalQuantile(double mu, double sigma) {
        this.mu = mu;
        this.sigma = sigma;
        this.coefficients = sigma <= MAX_TABULATED_SIGMA ? tabulate(mu, sigma) : null;
    }

    /**
     * The lognormal with log-mean {@code mu} and log-standard deviation {@code sigma} (&ge; 0). Infinite
     * values are accepted as the two-step formula has always treated them (μ = −∞, a mean of 0: every
     * draw 0); values whose table would leave the normal double range are drawn in two steps.
     */
    public static LognormalQuantile of(double mu, double sigma) {
        if (Double.isNaN(mu)) {
            throw new IllegalArgumentException("lognormal mu must be a number, got NaN");
        }
        if (!(sigma >= 0)) {
            throw new IllegalArgumentException("lognormal sigma must be >= 0, got " + sigma);
        }
        return new LognormalQuantile(mu, sigma);
    }

    /** The log-mean μ. */
    public double mu() {
        return mu;
    }

    /** The log-standard deviation σ. */
    public double sigma() {
        return sigma;
    }

    /** The value whose lower-tail probability is {@code u} in (0, 1): exp(μ + σ·Φ⁻¹(u)). */
    public double at(double u) {
        double[] c = coefficients;
        if (u > LOW && u < 1 - LOW && c != null) {
            long uBits = Double.doubleToRawLongBits(u);
            long qBits = Double.doubleToRawLongBits(1 - u);
            long lower = (uBits - HALF_BITS) >> 63;                 // all ones when u < 1/2
            long r = (uBits & lower) | (qBits & ~lower);
            int i = 4 * ((int) (r >>> SHIFT) - FIRST + ((int) ~lower & PER_HALF));
            double t = Double.longBitsToDouble(((r << (12 + BITS)) >>> 12) | ONE_BITS) - 1.0;
            return c[i] + t * (c[i + 1] + t * (c[i + 2] + t * c[i + 3]));
        }
        return twoSteps(u);
    }

    /** The tails (5 % of draws) and untabulated σ; a method of its own keeps {@link #at} small to inline. */
    private double twoSteps(double u) {
        return FastExp.of(mu + sigma * NormalQuantile.of(u));
    }

    private static double[] tabulate(double mu, double sigma) {
        double[] c = new double[8 * PER_HALF];
        double invDensity = Math.sqrt(2 * Math.PI);
        for (int half = 0; half < 2; half++) {
            double sign = half == 0 ? 1 : -1;   // upper half: u = 1 - r, z(u) = -z(r)
            for (int k = 0; k < PER_HALF; k++) {
                double r0 = Double.longBitsToDouble((long) (FIRST + k) << SHIFT);
                double r1 = Double.longBitsToDouble((long) (FIRST + k + 1) << SHIFT);
                double z0 = sign * NormalQuantile.central(r0), z1 = sign * NormalQuantile.central(r1);
                double y0 = Math.exp(mu + sigma * z0), y1 = Math.exp(mu + sigma * z1);
                // dy/dt = dy/dr · width, dy/dr = ±σ·y/φ(z)
                double width = r1 - r0;
                double d0 = sign * sigma * y0 * width * invDensity * Math.exp(0.5 * z0 * z0);
                double d1 = sign * sigma * y1 * width * invDensity * Math.exp(0.5 * z1 * z1);
                double dy = y1 - y0;
                int i = 4 * (half * PER_HALF + k);
                c[i] = y0;
                c[i + 1] = d0;
                c[i + 2] = 3 * dy - 2 * d0 - d1;
                c[i + 3] = d0 + d1 - 2 * dy;
                if (!(Double.isFinite(c[i + 3]) && y0 >= Double.MIN_NORMAL && y1 >= Double.MIN_NORMAL
                        && y0 < Double.POSITIVE_INFINITY && y1 < Double.POSITIVE_INFINITY)) {
                    return null;   // values beyond double range: draw in two steps
                }
            }
        }
        return c;
    }

    @Override
    public String toString() {
        return "LognormalQuantile(mu=" + mu + ", sigma=" + sigma + ")";
    }
}
