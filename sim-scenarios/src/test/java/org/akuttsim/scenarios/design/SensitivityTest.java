package org.akuttsim.scenarios.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** SRCs and PRCCs on constructed responses whose effects are known. */
class SensitivityTest {

    private static final List<String> FACTORS = List.of("a", "b", "c");

    private static double[][] lhs(int n, long seed) {
        Map<String, Design.Range> r = new LinkedHashMap<>();
        r.put("a", new Design.Range(0, 1));
        r.put("b", new Design.Range(10, 30));
        r.put("c", new Design.Range(-5, 5));
        Design d = Design.latinHypercube(r, n, seed);
        double[][] x = new double[n][3];
        for (int p = 0; p < n; p++) {
            for (int f = 0; f < 3; f++) {
                x[p][f] = Double.parseDouble(d.value(p, f));
            }
        }
        return x;
    }

    private static double sd(double[] v) {
        double m = 0;
        for (double a : v) {
            m += a;
        }
        m /= v.length;
        double ss = 0;
        for (double a : v) {
            ss += (a - m) * (a - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    private static double[] column(double[][] x, int j) {
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i][j];
        }
        return c;
    }

    @Test
    void anExactlyLinearResponseHasSrcsOfSlopeTimesSpreadRatio() {
        double[][] x = lhs(40, 11);
        double[] beta = {3.0, -0.5, 0.0};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 7 + beta[0] * x[i][0] + beta[1] * x[i][1] + beta[2] * x[i][2];
        }
        List<Sensitivity.Effect> e = Sensitivity.analyse(x, y, "y", FACTORS, 0.95);
        for (int j = 0; j < 3; j++) {
            double expected = beta[j] * sd(column(x, j)) / sd(y);
            assertEquals(expected, e.get(j).src(), 1e-9, FACTORS.get(j));
            assertEquals(expected, e.get(j).srcLow(), 1e-6, "no residual: a zero-width interval");
            assertEquals(1.0, e.get(j).r2(), 1e-12);
            assertEquals(40, e.get(j).points());
        }
        // Without noise, the monotone effects have partial rank correlation near +-1.
        assertTrue(e.get(0).prcc() > 0.9, "prcc a " + e.get(0).prcc());
        assertTrue(e.get(1).prcc() < -0.9, "prcc b " + e.get(1).prcc());
        // With a = 3 x U(0,1) and b = -0.5 x U(10,30), b's range of effect (10) outweighs a's (3).
        assertTrue(Math.abs(e.get(1).src()) > Math.abs(e.get(0).src()));
    }

    @Test
    void withNoiseTheIntervalsCoverTheTrueSrcsAndAnInertFactorsPrccCoversZero() {
        double[][] x = lhs(200, 5);
        Random rng = new Random(99);
        double[] beta = {4.0, 0.2, 0.0};
        double noiseSd = 1.0;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = beta[0] * x[i][0] + beta[1] * x[i][1] + beta[2] * x[i][2] + noiseSd * rng.nextGaussian();
        }
        // The population SRC: beta_j sd_j / sd_y, with var(y) = sum beta_j^2 var_j + noise variance (uniform factors).
        double[] var = {1.0 / 12, 400.0 / 12, 100.0 / 12};
        double varY = noiseSd * noiseSd;
        for (int j = 0; j < 3; j++) {
            varY += beta[j] * beta[j] * var[j];
        }
        List<Sensitivity.Effect> e = Sensitivity.analyse(x, y, "y", FACTORS, 0.95);
        for (int j = 0; j < 3; j++) {
            double truth = beta[j] * Math.sqrt(var[j] / varY);
            Sensitivity.Effect f = e.get(j);
            assertTrue(f.srcLow() <= truth + 0.03 && truth - 0.03 <= f.srcHigh(), FACTORS.get(j) + ": " + f + " vs " + truth);
            assertTrue(f.srcHigh() - f.srcLow() < 0.2, "interval of 200 points is narrow: " + f);
        }
        assertTrue(e.get(2).prccLow() < 0 && e.get(2).prccHigh() > 0, "inert factor: " + e.get(2));
        assertTrue(e.get(0).prccLow() > 0.5, "strong factor: " + e.get(0));
    }

    @Test
    void tooFewPointsOrAConstantResponseGiveNaN() {
        double[][] x = lhs(4, 1);
        List<Sensitivity.Effect> few = Sensitivity.analyse(x, new double[] {1, 2, 3, 4}, "y", FACTORS, 0.95);
        assertTrue(Double.isNaN(few.get(0).src()) && Double.isNaN(few.get(0).prcc()));
        double[][] x10 = lhs(10, 1);
        List<Sensitivity.Effect> flat = Sensitivity.analyse(x10, new double[10], "y", FACTORS, 0.95);
        assertTrue(Double.isNaN(flat.get(1).src()));
    }
}
