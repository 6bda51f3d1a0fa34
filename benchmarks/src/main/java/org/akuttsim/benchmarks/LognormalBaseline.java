package org.akuttsim.benchmarks;

/**
 * The lognormal draw as it was before the per-distribution tables (main d14bf32), frozen here so that
 * {@link LognormalDrawBenchmark} and {@link LognormalDrawCounters} compare old and new in one run:
 * {@code exp(μ + σ·Φ⁻¹(u))} in two steps, Φ⁻¹ by a 1,024-interval cubic Hermite table over the central
 * region (coefficients computed per call) and Acklam's formulas in the tails (log, sqrt, division),
 * exp by a 64-entry table, {@link Math#rint} and a degree-6 Horner polynomial.
 */
final class LognormalBaseline {
    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
    private static final double LOW = 0.02425;
    private static final int INTERVALS = 1024;
    private static final double STEP = (1 - 2 * LOW) / INTERVALS, INV_STEP = INTERVALS / (1 - 2 * LOW);
    private static final double[] NODES = new double[2 * (INTERVALS + 1)];
    private static final double[] TWO_POW_J64 = new double[64];
    private static final double INV_LN2_64 = 64 / Math.log(2);
    private static final double LN2_64_HI = 6.93147180369123816490e-01 / 64;
    private static final double LN2_64_LO = 1.90821492927058770002e-10 / 64;

    static {
        for (int i = 0; i <= INTERVALS; i++) {
            double z = central(LOW + i * STEP);
            NODES[2 * i] = z;
            NODES[2 * i + 1] = STEP * Math.sqrt(2 * Math.PI) * Math.exp(0.5 * z * z);
        }
        for (int j = 0; j < 64; j++) {
            TWO_POW_J64[j] = Math.pow(2, j / 64.0);
        }
    }

    private final double mu;
    private final double sigma;

    LognormalBaseline(double mu, double sigma) {
        this.mu = mu;
        this.sigma = sigma;
    }

    double minutes(double u) {
        return exp(mu + sigma * quantile(u));
    }

    static double exp(double x) {
        if (!(x > -700 && x < 700)) {
            return Math.exp(x);
        }
        double kd = Math.rint(x * INV_LN2_64);
        long k = (long) kd;
        double r = (x - kd * LN2_64_HI) - kd * LN2_64_LO;
        double p = 1 + r * (1 + r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720))))));
        return Double.longBitsToDouble(Double.doubleToRawLongBits(TWO_POW_J64[(int) (k & 63)] * p) + ((k >> 6) << 52));
    }

    static double quantile(double p) {
        if (p > LOW && p < 1 - LOW) {
            double x = (p - LOW) * INV_STEP;
            int i = Math.min((int) x, INTERVALS - 1);
            double t = x - i;
            double z0 = NODES[2 * i], d0 = NODES[2 * i + 1], z1 = NODES[2 * i + 2], d1 = NODES[2 * i + 3];
            double dz = z1 - z0;
            return z0 + t * (d0 + t * ((3 * dz - 2 * d0 - d1) + t * (d0 + d1 - 2 * dz)));
        }
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        double q = Math.sqrt(-2 * Math.log(p < LOW ? p : 1 - p));
        double z = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        return p < LOW ? z : -z;
    }

    private static double central(double p) {
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
}
