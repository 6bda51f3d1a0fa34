package org.akuttsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.junit.jupiter.api.Test;

/**
 * Every distribution: sampled moments agree with the exact ones (99.9 % batch-means intervals),
 * the inverse CDF agrees with commons-math3's CDF, one uniform per variate, and bad parameters fail
 * with messages that say what was wrong.
 */
class DistributionsTest {

    private static final long[] SEED = {1, 2, 3, 4, 5, 6};
    private static final int BATCHES = 20;
    private static final int PER_BATCH = 10_000;
    private static final double T999 = new TDistribution(null, BATCHES - 1).inverseCumulativeProbability(0.9995);

    /** A distribution of ours next to the commons-math3 one with the same parameters. */
    private record Pair(String name, Distribution ours, AbstractRealDistribution reference) {
    }

    private static List<Pair> pairs() {
        LogNormal ln = LogNormal.ofMeanAndCv(30.0, 0.6);
        return List.of(
                new Pair("exponential", Exponential.withMean(12.0), new ExponentialDistribution(null, 12.0)),
                new Pair("lognormal", ln, new LogNormalDistribution(null, ln.mu(), ln.sigma())),
                new Pair("gamma k=0.3", Gamma.ofShapeScale(0.3, 2.0), new GammaDistribution(null, 0.3, 2.0)),
                new Pair("gamma k=1", Gamma.ofShapeScale(1.0, 5.0), new GammaDistribution(null, 1.0, 5.0)),
                new Pair("gamma k=2.5", Gamma.ofShapeScale(2.5, 8.0), new GammaDistribution(null, 2.5, 8.0)),
                new Pair("gamma k=40", Gamma.ofShapeScale(40.0, 0.5), new GammaDistribution(null, 40.0, 0.5)),
                new Pair("gamma k=900", Gamma.ofShapeScale(900.0, 0.1), new GammaDistribution(null, 900.0, 0.1)),
                new Pair("weibull", Weibull.ofShapeScale(1.7, 20.0), new WeibullDistribution(null, 1.7, 20.0)),
                new Pair("weibull k<1", Weibull.ofShapeScale(0.6, 3.0), new WeibullDistribution(null, 0.6, 3.0)),
                new Pair("triangular", Triangular.of(5.0, 8.0, 20.0), new TriangularDistribution(null, 5.0, 8.0, 20.0)),
                new Pair("triangular mode=min", Triangular.of(5.0, 5.0, 20.0), new TriangularDistribution(null, 5.0, 5.0, 20.0)),
                new Pair("uniform", Uniform.of(-2.0, 7.0), new UniformRealDistribution(null, -2.0, 7.0)));
    }

    @Test
    void inverseCdfAgreesWithCommonsMathCdf() {
        double[] us = {1e-12, 1e-9, 1e-6, 1e-3, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1 - 1e-6, 1 - 1e-9};
        for (Pair p : pairs()) {
            for (double u : us) {
                double x = p.ours().inverseCdf(u);
                double back = p.reference().cumulativeProbability(x);
                double tail = Math.min(u, 1.0 - u);
                assertEquals(u, back, 1e-9 * tail + 1e-15, p.name() + " at u=" + u + ": x=" + x);
                assertEquals(back, p.ours().cdf(x), 1e-12, p.name() + " cdf at " + x);
            }
            assertTrue(p.ours().inverseCdf(0.3) <= p.ours().inverseCdf(0.3000001), p.name() + " is monotone");
        }
    }

    @Test
    void exactMomentsMatchCommonsMath() {
        for (Pair p : pairs()) {
            double m = p.reference().getNumericalMean();
            double v = p.reference().getNumericalVariance();
            assertEquals(m, p.ours().mean(), 1e-12 * Math.abs(m) + 1e-14, p.name() + " mean");
            assertEquals(v, p.ours().variance(), 1e-10 * v, p.name() + " variance");
        }
    }

    @Test
    void sampledMeanAndVarianceContainTheExactValues() {
        List<Pair> all = pairs();
        for (int d = 0; d < all.size(); d++) {
            Pair p = all.get(d);
            assertMomentsInIntervals(p.name(), p.ours(), new Mrg32k3a(SEED));
        }
        assertMomentsInIntervals("empirical discrete",
                EmpiricalDiscrete.ofWeights(new double[] {10, 1, 4}, new double[] {1, 3, 6}), new Mrg32k3a(SEED));
        assertMomentsInIntervals("piecewise linear",
                PiecewiseLinearEmpirical.ofCumulative(new double[] {0, 5, 10, 30}, new double[] {0, 0.2, 0.7, 1}),
                new Mrg32k3a(SEED));
    }

    /** Batch means over 20 batches: Student-t 99.9 % intervals for the mean and the variance. */
    private static void assertMomentsInIntervals(String name, Distribution dist, RandomStream stream) {
        double[] means = new double[BATCHES];
        double[] variances = new double[BATCHES];
        int samples = 0;
        for (int b = 0; b < BATCHES; b++) {
            double mean = 0;
            double m2 = 0;
            for (int i = 1; i <= PER_BATCH; i++) {
                double x = dist.sample(stream);
                samples++;
                double delta = x - mean;
                mean += delta / i;
                m2 += delta * (x - mean);
            }
            means[b] = mean;
            variances[b] = m2 / (PER_BATCH - 1);
        }
        assertEquals(BATCHES * PER_BATCH, samples);
        assertInInterval(name + " mean", means, dist.mean());
        assertInInterval(name + " variance", variances, dist.variance());
    }

    private static void assertInInterval(String what, double[] batches, double exact) {
        double mean = 0;
        for (double b : batches) {
            mean += b / batches.length;
        }
        double ss = 0;
        for (double b : batches) {
            ss += (b - mean) * (b - mean);
        }
        double half = T999 * Math.sqrt(ss / (batches.length - 1) / batches.length);
        assertTrue(half > 0, what + " has spread");
        assertTrue(Math.abs(mean - exact) <= half,
                what + ": exact " + exact + " outside " + mean + " ± " + half);
    }

    @Test
    void eachVariateUsesExactlyOneUniformByInversion() {
        Distribution[] all = {Exponential.withMean(3), LogNormal.ofMedianAndP90(20, 45), Gamma.ofShapeScale(2, 3),
            Weibull.ofShapeScale(2, 1), Triangular.of(0, 1, 3), Uniform.of(0, 1),
            EmpiricalDiscrete.ofObservations(1, 2, 2, 5), PiecewiseLinearEmpirical.ofObservations(3, 1, 4, 1, 5)};
        for (Distribution d : all) {
            Mrg32k3a a = new Mrg32k3a(SEED);
            Mrg32k3a b = new Mrg32k3a(SEED);
            for (int i = 0; i < 1000; i++) {
                assertEquals(d.inverseCdf(b.nextDouble()), d.sample(a), 0.0, d + " draw " + i);
            }
        }
        Mrg32k3a a = new Mrg32k3a(SEED);
        Mrg32k3a b = new Mrg32k3a(SEED);
        for (int i = 0; i < 1000; i++) {
            assertEquals(Exponential.inverse(b.nextDouble(), 4.0), Exponential.sample(a, 4.0), 0.0);
        }
    }

    @Test
    void lognormalFromMedianAndP90ReproducesThem() {
        LogNormal d = LogNormal.ofMedianAndP90(22.0, 41.5);
        assertEquals(22.0, d.inverseCdf(0.5), 1e-12 * 22.0);
        assertEquals(41.5, d.inverseCdf(0.9), 1e-12 * 41.5);
        assertEquals(22.0, d.median(), 1e-12 * 22.0);
        LogNormalDistribution ref = new LogNormalDistribution(null, d.mu(), d.sigma());
        assertEquals(0.9, ref.cumulativeProbability(41.5), 1e-12);
    }

    @Test
    void lognormalFromMeanAndCvReproducesThem() {
        LogNormal d = LogNormal.ofMeanAndCv(180.0, 0.75);
        assertEquals(180.0, d.mean(), 1e-12 * 180.0);
        assertEquals(0.75, Math.sqrt(d.variance()) / d.mean(), 1e-12);
        LogNormalDistribution ref = new LogNormalDistribution(null, d.mu(), d.sigma());
        assertEquals(180.0, ref.getNumericalMean(), 1e-9);
        assertEquals(0.75 * 180.0, Math.sqrt(ref.getNumericalVariance()), 1e-9);
    }

    @Test
    void gammaFromMeanAndCv() {
        Gamma g = Gamma.ofMeanAndCv(50.0, 0.5);
        assertEquals(4.0, g.shape(), 1e-12);
        assertEquals(50.0, g.mean(), 1e-12);
        assertEquals(25.0, Math.sqrt(g.variance()), 1e-12);
    }

    @Test
    void gammaQuantilesAreAccurateOverAWideRangeOfShapes() {
        double[] shapes = {0.05, 0.2, 0.5, 0.99, 1.0, 1.5, 3, 10, 100, 1e4};
        for (double k : shapes) {
            Gamma ours = Gamma.ofShapeScale(k, 1.0);
            GammaDistribution ref = new GammaDistribution(null, k, 1.0);
            for (int i = 1; i < 1000; i++) {
                double u = i / 1000.0;
                double x = ours.inverseCdf(u);
                assertEquals(u, ref.cumulativeProbability(x), 1e-10, "shape " + k + " u " + u);
            }
            assertEquals(0.0, ours.inverseCdf(0.0));
            assertEquals(Double.POSITIVE_INFINITY, ours.inverseCdf(1.0));
        }
    }

    @Test
    void categoricalInvertsTheCumulativeTable() {
        Categorical c = Categorical.ofWeights(0, 2, 0, 5, 3, 0);
        // Reference: the smallest i with u < P(X <= i), by linear scan.
        double[] cum = {0, 0.2, 0.2, 0.7, 1.0, 1.0};
        for (int i = 0; i <= 10_000; i++) {
            double u = i / 10_000.0;
            int expected = 0;
            while (!(u < cum[expected]) && expected < 4) {
                expected++;
            }
            assertEquals(expected, c.inverse(u), "u=" + u);
        }
        assertEquals(4, c.inverse(1.0), "u = 1 gives the last possible category, not a zero-weight one");
        assertEquals(6, c.size());
        assertEquals(0.5, c.probability(3), 1e-15);
    }

    @Test
    void categoricalFrequenciesPassChiSquare() {
        double[] p = {0.05, 0.3, 0.0, 0.15, 0.45, 0.05};
        Categorical c = Categorical.ofProbabilities(p);
        int n = 200_000;
        long[] counts = new long[p.length];
        Mrg32k3a s = new Mrg32k3a(SEED);
        for (int i = 0; i < n; i++) {
            counts[c.sample(s)]++;
        }
        assertEquals(0, counts[2], "a zero-probability category is never drawn");
        double chi2 = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                double e = n * p[i];
                chi2 += (counts[i] - e) * (counts[i] - e) / e;
            }
        }
        // 4 degrees of freedom: the 99.9 % point is 18.47.
        assertTrue(chi2 < 18.47, "chi-square " + chi2);
    }

    @Test
    void bernoulliCountsAndMonotonicity() {
        Bernoulli low = Bernoulli.of(0.2);
        Bernoulli high = Bernoulli.of(0.35);
        Mrg32k3a s = new Mrg32k3a(SEED);
        int n = 100_000;
        int yesLow = 0;
        int yesHigh = 0;
        for (int i = 0; i < n; i++) {
            double u = s.nextDouble();
            boolean l = low.test(u);
            boolean h = high.test(u);
            assertFalse(l && !h, "the larger p says yes whenever the smaller does");
            yesLow += l ? 1 : 0;
            yesHigh += h ? 1 : 0;
        }
        assertEquals(0.2 * n, yesLow, 3.29 * Math.sqrt(n * 0.2 * 0.8));
        assertEquals(0.35 * n, yesHigh, 3.29 * Math.sqrt(n * 0.35 * 0.65));
        assertFalse(Bernoulli.of(0.0).test(0.0));
        assertTrue(Bernoulli.of(1.0).test(0.999999));
    }

    @Test
    void empiricalDiscreteSortsValuesSoInversionIsMonotone() {
        EmpiricalDiscrete d = EmpiricalDiscrete.ofWeights(new double[] {10, 1, 4}, new double[] {1, 3, 6});
        assertEquals(1.0, d.inverseCdf(0.0));
        assertEquals(1.0, d.inverseCdf(0.29));
        assertEquals(4.0, d.inverseCdf(0.3));
        assertEquals(10.0, d.inverseCdf(0.95));
        assertEquals(10.0, d.inverseCdf(1.0));
        assertEquals(0.3 * 1 + 0.6 * 4 + 0.1 * 10, d.mean(), 1e-12);
        assertEquals(0.0, d.cdf(0.5));
        assertEquals(0.9, d.cdf(4.0), 1e-15);
        assertEquals(1.0, d.cdf(10.0), 1e-15);
        EmpiricalDiscrete obs = EmpiricalDiscrete.ofObservations(3, 1, 3, 3);
        assertEquals(0.25, obs.cdf(1.0), 1e-15);
        assertEquals(2.5, obs.mean(), 1e-15);
    }

    @Test
    void piecewiseLinearInterpolatesBetweenBreakpoints() {
        PiecewiseLinearEmpirical d = PiecewiseLinearEmpirical.ofCumulative(
                new double[] {0, 5, 10, 30}, new double[] {0, 0.2, 0.2, 1});
        assertEquals(0.0, d.inverseCdf(0.0));
        assertEquals(2.5, d.inverseCdf(0.1), 1e-12);
        assertEquals(10.0, d.inverseCdf(0.2), 1e-12, "the zero-probability piece (5, 10) is skipped");
        assertEquals(20.0, d.inverseCdf(0.6), 1e-12);
        assertEquals(30.0, d.inverseCdf(1.0));
        assertEquals(0.2, d.cdf(7.0), 1e-15);
        assertEquals(0.6, d.cdf(20.0), 1e-12);
        assertEquals(0.2 * 2.5 + 0.8 * 20, d.mean(), 1e-12);
        for (int i = 0; i <= 1000; i++) {
            double u = i / 1000.0;
            assertEquals(u, d.cdf(d.inverseCdf(u)), 1e-12);
        }
    }

    @Test
    void piecewiseLinearFromObservationsRunsFromMinToMaxWithTiesAsAtoms() {
        PiecewiseLinearEmpirical d = PiecewiseLinearEmpirical.ofObservations(4, 0, 2, 2, 8);
        // Sorted 0, 2, 2, 4, 8 at F = 0, .25, .5, .75, 1: the tie at 2 holds probability 0.25.
        assertEquals(0.0, d.inverseCdf(0.0));
        assertEquals(1.0, d.inverseCdf(0.125), 1e-12);
        assertEquals(2.0, d.inverseCdf(0.3), 1e-12);
        assertEquals(2.0, d.inverseCdf(0.49), 1e-12);
        assertEquals(3.0, d.inverseCdf(0.625), 1e-12);
        assertEquals(8.0, d.inverseCdf(1.0));
        assertEquals(0.5, d.cdf(2.0), 1e-15);
        assertEquals(0.25 * 1 + 0.25 * 2 + 0.25 * 3 + 0.25 * 6, d.mean(), 1e-12);
    }

    @Test
    void badParametersFailWithMessagesNamingTheProblem() {
        assertMessage("exponential mean must be > 0", () -> Exponential.withMean(0));
        assertMessage("exponential rate must be > 0", () -> Exponential.withRate(Double.NaN));
        assertMessage("coefficient of variation must be > 0", () -> LogNormal.ofMeanAndCv(10, -1));
        assertMessage("90th percentile must be finite and above the median (20.0), was 15.0",
                () -> LogNormal.ofMedianAndP90(20, 15));
        assertMessage("gamma shape must be > 0", () -> Gamma.ofShapeScale(-1, 1));
        assertMessage("Weibull scale must be > 0", () -> Weibull.ofShapeScale(1, 0));
        assertMessage("min <= mode <= max", () -> Triangular.of(1, 5, 3));
        assertMessage("uniform needs finite min < max", () -> Uniform.of(2, 2));
        assertMessage("weight 1 must be finite and >= 0, was -1.0", () -> Categorical.ofWeights(1, -1));
        assertMessage("at least one weight must be > 0", () -> Categorical.ofWeights(0, 0));
        assertMessage("probabilities must sum to 1, they sum to 0.9", () -> Categorical.ofProbabilities(0.5, 0.4));
        assertMessage("value 2.0 is given twice", () -> EmpiricalDiscrete.ofWeights(new double[] {2, 2}, new double[] {1, 1}));
        assertMessage("strictly increasing; breakpoint 2 is 4.0 after 5.0",
                () -> PiecewiseLinearEmpirical.ofCumulative(new double[] {0, 5, 4}, new double[] {0, 0.5, 1}));
        assertMessage("must start at 0 and end at 1", () ->
                PiecewiseLinearEmpirical.ofCumulative(new double[] {0, 5}, new double[] {0, 0.9}));
        assertMessage("must not all be equal", () -> PiecewiseLinearEmpirical.ofObservations(3, 3));
        assertMessage("Bernoulli probability must be in [0, 1], was 1.5", () -> Bernoulli.of(1.5));
        assertMessage("u must be a probability in [0, 1], was -0.1", () -> Uniform.of(0, 1).inverseCdf(-0.1));
    }

    private static void assertMessage(String fragment, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' should contain '" + fragment + "'");
    }
}
