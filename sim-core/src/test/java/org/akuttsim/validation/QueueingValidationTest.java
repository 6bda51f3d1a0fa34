package org.akuttsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.akuttsim.experiment.Experiment;
import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.experiment.ReplicationModel;
import org.akuttsim.random.LogNormal;
import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.PairedDifference;
import org.akuttsim.stats.Queueing;
import org.junit.jupiter.api.Test;

/**
 * The kernel, the streams and the experiment layer together reproduce exact queueing results.
 * Each model runs independent replications through {@link Experiment}; every assertion is that a
 * 99 % Student-t interval over replications contains the exact value, plus exact bookkeeping
 * identities and Poisson-sized bounds on observation counts. One line per check is printed, so
 * the numbers can be quoted.
 */
class QueueingValidationTest {

    private static final double LEVEL = 0.99;
    private static final int REPLICATIONS = 30;

    private static <S> ExperimentResult run(ReplicationModel<S> model, S config, long seed, double warmUp, double length) {
        return Experiment.builder(model).scenario("model", config).replications(REPLICATIONS).seed(seed)
                .warmUp(warmUp).length(length).confidenceLevel(LEVEL).keepValues().build().run();
    }

    private static void assertContains(ExperimentResult r, String metric, double exact) {
        ConfidenceInterval ci = r.summary("model", metric);
        assertEquals(REPLICATIONS, ci.n(), metric + ": every replication observed it");
        System.out.printf("  %-18s exact %.5f  simulated %.5f ± %.5f (%d %% CI, n=%d)%n",
                metric, exact, ci.mean(), ci.halfWidth(), Math.round(100 * LEVEL), ci.n());
        assertTrue(ci.contains(exact), metric + ": exact " + exact + " outside " + ci);
    }

    /** Per replication: the count is within 4 Poisson sd of its mean; in total within 3.29 sd. */
    private static void assertPoissonCount(ExperimentResult r, String metric, double expectedPerReplication) {
        double total = 0;
        for (double n : r.values("model", metric)) {
            assertEquals(expectedPerReplication, n, 4 * Math.sqrt(expectedPerReplication), metric + " in one replication");
            total += n;
        }
        double expected = expectedPerReplication * REPLICATIONS;
        assertEquals(expected, total, 3.29 * Math.sqrt(expected), metric + " over all replications");
    }

    /** The number in system is conserved: arrived + present at start = left + present at end. */
    private static void assertConservation(ExperimentResult r, String in, String atStart, String out, String atEnd) {
        double[] a = r.values("model", in);
        double[] s = r.values("model", atStart);
        double[] d = r.values("model", out);
        double[] e = r.values("model", atEnd);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i] + s[i], d[i] + e[i], 0.0, "conservation in replication " + i);
        }
    }

    private static void assertLittle(ExperimentResult r) {
        ConfidenceInterval gap = r.summary("model", "littleGap");
        ConfidenceInterval l = r.summary("model", "meanInSystem");
        System.out.printf("  %-18s L - λ̂W = %.5f ± %.5f (L = %.4f)%n", "Little's law", gap.mean(), gap.halfWidth(), l.mean());
        assertTrue(gap.contains(0.0), "Little's law: L - λW interval " + gap + " excludes 0");
        assertTrue(gap.halfWidth() < 0.01 * l.mean(), "Little's law is checked to within 1 % of L: " + gap);
    }

    @Test
    void mm1() {
        double lambda = 0.7;
        double meanService = 1.0;
        double length = 50_000;
        System.out.println("M/M/1, rho = 0.7");
        ExperimentResult r = run(MmcQueue.MODEL, new MmcQueue.Config(1, lambda, meanService), 101, 500, length);
        assertContains(r, "delayProbability", Queueing.mm1Utilisation(lambda, meanService));
        assertContains(r, "meanWait", Queueing.mm1MeanWait(lambda, meanService));
        assertContains(r, "meanInSystem", Queueing.mm1MeanNumberInSystem(lambda, meanService));
        assertLittle(r);
        assertPoissonCount(r, "arrived", lambda * length);
        assertConservation(r, "arrived", "inSystemAtStart", "served", "inSystemAtEnd");
        assertEquals(0, compare(r.values("model", "arrived"), r.values("model", "waitsRecorded")),
                "every observed arrival's wait is recorded, none cut off");
    }

    @Test
    void mmcWithTenServersAtNinetyPercent() {
        int c = 10;
        double lambda = 9.0;
        double meanService = 1.0;
        double length = 10_000;
        System.out.println("M/M/10, rho = 0.9");
        ExperimentResult r = run(MmcQueue.MODEL, new MmcQueue.Config(c, lambda, meanService), 202, 300, length);
        assertContains(r, "delayProbability", Queueing.erlangC(c, lambda * meanService));
        assertContains(r, "meanWait", Queueing.mmcMeanWait(c, lambda, meanService));
        assertContains(r, "meanSojourn", Queueing.mmcMeanSojourn(c, lambda, meanService));
        assertContains(r, "meanInQueue", Queueing.mmcMeanQueueLength(c, lambda, meanService));
        assertContains(r, "meanInSystem", Queueing.mmcMeanNumberInSystem(c, lambda, meanService));
        assertLittle(r);
        assertPoissonCount(r, "arrived", lambda * length);
        assertConservation(r, "arrived", "inSystemAtStart", "served", "inSystemAtEnd");
        assertEquals(0, compare(r.values("model", "arrived"), r.values("model", "waitsRecorded")));
    }

    @Test
    void erlangLossSystem() {
        int c = 10;
        double lambda = 8.0;
        double meanService = 1.0;
        double length = 3_000;
        System.out.println("M/M/10/10, offered load 8 Erlang");
        ExperimentResult r = run(LossSystem.MODEL, new LossSystem.Config(c, lambda, meanService), 303, 50, length);
        assertContains(r, "lossProbability", Queueing.erlangB(c, lambda * meanService));
        assertContains(r, "meanBusy", Queueing.lossMeanOccupancy(c, lambda * meanService));
        assertPoissonCount(r, "arrived", lambda * length);
        double[] arrived = r.values("model", "arrived");
        double[] admitted = r.values("model", "admitted");
        double[] lost = r.values("model", "lost");
        for (int i = 0; i < REPLICATIONS; i++) {
            assertEquals(arrived[i], admitted[i] + lost[i], 0.0, "lost + admitted = arrived in replication " + i);
            assertTrue(lost[i] > 0, "the loss system did lose calls in replication " + i);
        }
        assertConservation(r, "admitted", "busyAtStart", "departed", "busyAtEnd");
    }

    @Test
    void infiniteServerWithLognormalService() {
        double lambda = 5.0;
        LogNormal service = LogNormal.ofMeanAndCv(2.0, 1.5);
        double length = 3_000;
        double a = Queueing.infiniteServerMeanOccupancy(lambda, service.mean());
        System.out.println("M/G/inf, lognormal service (mean 2, cv 1.5), a = 10");
        ExperimentResult r = run(InfiniteServer.MODEL, new InfiniteServer.Config(lambda, service), 404, 100, length);
        assertContains(r, "meanPresent", a);
        assertContains(r, "variancePresent", a);
        assertPoissonCount(r, "arrived", lambda * length);
        assertConservation(r, "arrived", "presentAtStart", "departed", "presentAtEnd");
    }

    /** Number of replications where two metrics differ. */
    private static int compare(double[] a, double[] b) {
        int differ = 0;
        for (int i = 0; i < a.length; i++) {
            differ += a[i] == b[i] ? 0 : 1;
        }
        return differ;
    }

    @Test
    void commonRandomNumbersNarrowTheComparisonOfTwoNearbySystems() {
        int c = 10;
        double lambda = 9.0;
        MmcQueue.Config base = new MmcQueue.Config(c, lambda, 1.0);
        MmcQueue.Config faster = new MmcQueue.Config(c, lambda, 0.98);
        ExperimentResult r = Experiment.builder(MmcQueue.MODEL)
                .scenario("base", base).scenario("faster", faster)
                .replications(REPLICATIONS).seed(505).warmUp(300).length(2_000).confidenceLevel(LEVEL)
                .build().run();
        PairedDifference d = r.compare("base", "faster", "meanWait");
        double exact = Queueing.mmcMeanWait(c, lambda, 0.98) - Queueing.mmcMeanWait(c, lambda, 1.0);
        System.out.printf("CRN, M/M/10 service 1.00 vs 0.98: exact dWq %.5f, paired %.5f ± %.5f, independent ± %.5f,"
                + " half-width ratio %.3f%n", exact, d.paired().mean(), d.paired().halfWidth(),
                d.independent().halfWidth(), d.halfWidthRatio());
        assertTrue(d.halfWidthRatio() < 0.5, "paired / independent half width = " + d.halfWidthRatio());
        assertTrue(d.paired().contains(exact), "exact difference " + exact + " outside " + d.paired());
        assertTrue(d.paired().high() < 0, "under CRN a 2 % faster service visibly shortens the wait");
        assertTrue(d.independent().contains(0.0) || d.independent().halfWidth() > 2 * d.paired().halfWidth());
    }
}
