package org.akuttsim.scenarios.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Global sensitivity of a response to the factors of a design (typically a Latin hypercube), from one
 * response value per design point (e.g. a metric's mean over the point's replications):
 *
 * <ul>
 *   <li><b>Standardized regression coefficients</b> (SRC): the least-squares slopes of the response on
 *       all factors together, each multiplied by {@code sd(factor) / sd(response)}: the change of the
 *       response, in its standard deviations, per standard deviation of the factor, the others held
 *       fixed. With an R² near 1 the response is nearly linear in the factors and
 *       {@code SRC²} is the share of its variance due to the factor. Interval: the slope's Student-t
 *       interval ({@code n − k − 1} degrees of freedom), scaled likewise.</li>
 *   <li><b>Partial rank correlation coefficients</b> (PRCC): the correlation of the ranks of factor and
 *       response after the linear effect of the other factors' ranks is removed from both; robust to
 *       monotone non-linear effects. Interval: Fisher's z, standard error
 *       {@code 1 / sqrt(n − 3 − (k − 1))}.</li>
 * </ul>
 *
 * Both need more design points than factors plus two; with fewer, or with a response that does not
 * vary, the values are NaN.
 */
public final class Sensitivity {

    /**
     * The effect of one factor on one response.
     *
     * @param metric  the response
     * @param factor  the factor
     * @param points  design points with a response value (NaN responses are left out)
     * @param src     standardized regression coefficient, with its interval
     * @param prcc    partial rank correlation coefficient, with its interval
     * @param r2      R² of the linear regression of the response on all factors
     * @param level   confidence level of the intervals
     */
    public record Effect(String metric, String factor, int points, double src, double srcLow, double srcHigh,
                         double prcc, double prccLow, double prccHigh, double r2, double level) { }

    private Sensitivity() {
    }

    /**
     * Effects of each factor (columns of {@code x}, one row per design point) on {@code y}.
     *
     * @param x       design: {@code x[point][factor]}
     * @param y       response per point (NaN: no value, the point is left out)
     * @param metric  name of the response, for the records
     * @param factors factor names, one per column
     * @param level   confidence level, e.g. 0.95
     * @return one effect per factor: standardized regression coefficient and partial rank correlation with
     *         their intervals, and the regression's R²
     */
    public static List<Effect> analyse(double[][] x, double[] y, String metric, List<String> factors, double level) {
        int k = factors.size();
        List<double[]> rows = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(y[i])) {
                if (x[i].length != k) {
                    throw new IllegalArgumentException("point " + i + " has " + x[i].length + " factor values, expected " + k);
                }
                rows.add(x[i]);
                ys.add(y[i]);
            }
        }
        int n = rows.size();
        double[][] xs = rows.toArray(new double[0][]);
        double[] yv = ys.stream().mapToDouble(Double::doubleValue).toArray();
        double[] src = nan(k);
        double[] srcLow = nan(k);
        double[] srcHigh = nan(k);
        double[] prcc = nan(k);
        double[] prccLow = nan(k);
        double[] prccHigh = nan(k);
        double r2 = Double.NaN;
        double sdY = sd(yv);
        if (n > k + 2 && sdY > 0) {
            try {
                OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
                ols.newSampleData(yv, xs);
                double[] b = ols.estimateRegressionParameters();
                double[] se = ols.estimateRegressionParametersStandardErrors();
                r2 = ols.calculateRSquared();
                double t = new TDistribution(n - k - 1).inverseCumulativeProbability(0.5 + level / 2);
                for (int j = 0; j < k; j++) {
                    double scale = sd(column(xs, j)) / sdY;
                    src[j] = b[j + 1] * scale;
                    srcLow[j] = (b[j + 1] - t * se[j + 1]) * scale;
                    srcHigh[j] = (b[j + 1] + t * se[j + 1]) * scale;
                }
            } catch (SingularMatrixException e) {
                // factors linearly dependent in this design: no coefficients (NaN)
            }
            partialRankCorrelations(xs, yv, level, prcc, prccLow, prccHigh);
        }
        List<Effect> effects = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            effects.add(new Effect(metric, factors.get(j), n, src[j], srcLow[j], srcHigh[j], prcc[j], prccLow[j], prccHigh[j], r2, level));
        }
        return effects;
    }

    private static void partialRankCorrelations(double[][] xs, double[] y, double level, double[] prcc, double[] low, double[] high) {
        int n = y.length;
        int k = prcc.length;
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        double[][] rx = new double[k][];
        for (int j = 0; j < k; j++) {
            rx[j] = ranking.rank(column(xs, j));
        }
        double[] ry = ranking.rank(y);
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
        double se = 1 / Math.sqrt(n - 3 - (k - 1));
        for (int j = 0; j < k; j++) {
            double[][] others = new double[n][k - 1];
            for (int i = 0; i < n; i++) {
                int c = 0;
                for (int m = 0; m < k; m++) {
                    if (m != j) {
                        others[i][c++] = rx[m][i];
                    }
                }
            }
            try {
                double[] ex = residuals(rx[j], others);
                double[] ey = residuals(ry, others);
                if (sd(ex) > 0 && sd(ey) > 0) {
                    double r = new PearsonsCorrelation().correlation(ex, ey);
                    prcc[j] = r;
                    double fz = atanh(Math.max(-1 + 1e-15, Math.min(1 - 1e-15, r)));
                    low[j] = Math.tanh(fz - z * se);
                    high[j] = Math.tanh(fz + z * se);
                }
            } catch (SingularMatrixException e) {
                // NaN
            }
        }
    }

    /** Residuals of the least-squares fit of {@code y} on {@code x} with an intercept ({@code y} itself minus its mean without regressors). */
    private static double[] residuals(double[] y, double[][] x) {
        if (x.length == 0 || x[0].length == 0) {
            double m = Arrays.stream(y).average().orElse(0);
            return Arrays.stream(y).map(v -> v - m).toArray();
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        return ols.estimateResiduals();
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }

    private static double[] column(double[][] x, int j) {
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i][j];
        }
        return c;
    }

    private static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double a : v) {
            mean += a;
        }
        mean /= v.length;
        double ss = 0;
        for (double a : v) {
            ss += (a - mean) * (a - mean);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    private static double[] nan(int k) {
        double[] a = new double[k];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
