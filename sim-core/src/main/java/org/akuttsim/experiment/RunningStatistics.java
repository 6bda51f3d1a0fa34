package org.akuttsim.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.PairedDifference;

/**
 * Summaries and paired comparisons kept as running statistics (Welford's mean and sum of squares),
 * fed one replication block at a time in the experiment's canonical order: replication 0 of every
 * scenario (in scenario order), then replication 1, and so on. Pairs are formed from the blocks of one
 * replication index, so the state is O(scenarios² × metrics) plus one replication's blocks: it does
 * not grow with the number of replications. Because the order is fixed, the results are bit-identical
 * whatever the thread count and whether the replications were run or read back.
 *
 * <p>Optionally it keeps the per-replication values too ({@link Experiment.Builder#keepValues()}),
 * which do grow with the replications.
 */
final class RunningStatistics {

    /** Welford accumulator of one series; infinite values are flagged, not added. */
    static final class Moments {
        int n;
        double mean;
        double m2;
        double infinite = Double.NaN;

        void add(double x) {
            if (Double.isInfinite(x)) {
                infinite = x;
                return;
            }
            n++;
            double d = x - mean;
            mean += d / n;
            m2 += d * (x - mean);
        }

        double sd() {
            return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
        }

        ConfidenceInterval interval(double level, int replications) {
            if (infinite == infinite) {
                throw new IllegalArgumentException("confidence interval of an infinite value: " + infinite);
            }
            if (n == 0) {
                return new ConfidenceInterval(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, level, replications);
            }
            return ConfidenceInterval.fromMoments(n, mean, sd(), n - 1, level, replications - n);
        }
    }

    /** The base, alternative and difference series of one pair of scenarios, where both have a value. */
    static final class PairMoments {
        final Moments base = new Moments();
        final Moments alternative = new Moments();
        final Moments difference = new Moments();
    }

    private final int nScenarios;
    private final int replications;
    /** The first replication fed: 0, or where a shard's range starts. */
    private final int first;
    /** With -1 every pair of scenarios is tracked; else only the pairs with this scenario (the baseline). */
    private int pairsOnlyWith = -1;
    private final List<String> metrics = new ArrayList<>();
    private final Map<String, Integer> metricIndex = new HashMap<>();
    private final List<Moments[]> single = new ArrayList<>();      // [metric][scenario]
    private final List<PairMoments[]> pairs = new ArrayList<>();   // [metric][i * S + j], i < j
    private final Responses[] row;
    private final List<double[][]> kept;                           // [metric][scenario][replication], or null
    private int nextScenario;
    private int nextReplication;

    RunningStatistics(int nScenarios, int replications, boolean keepValues) {
        this(nScenarios, 0, replications, keepValues);
    }

    /** Statistics of replications {@code first} .. {@code first + replications - 1} (a shard's range). */
    RunningStatistics(int nScenarios, int first, int replications, boolean keepValues) {
        this.nScenarios = nScenarios;
        this.first = first;
        this.nextReplication = first;
        this.replications = replications;
        this.row = new Responses[nScenarios];
        this.kept = keepValues ? new ArrayList<>() : null;
    }

    /**
     * Tracks only the pairs of {@code baseline} with each other scenario (before any block is added):
     * a study of many design points needs those alone, and every pair would take memory growing with
     * the square of the scenarios.
     */
    void pairsOnlyWith(int baseline) {
        if (!metrics.isEmpty()) {
            throw new IllegalStateException("pairs are chosen before the first block");
        }
        this.pairsOnlyWith = baseline;
    }

    /** Whether the paired comparison of scenarios {@code a} and {@code b} is kept. */
    boolean tracked(int a, int b) {
        return pairsOnlyWith < 0 || a == pairsOnlyWith || b == pairsOnlyWith;
    }

    /** Adds the block of {@code scenario} at {@code replication}; blocks must come in canonical order. */
    void add(int scenario, int replication, Responses responses) {
        if (scenario != nextScenario || replication != nextReplication) {
            throw new IllegalStateException("replication " + replication + " of scenario " + scenario
                    + " out of order: expected replication " + nextReplication + " of scenario " + nextScenario);
        }
        row[scenario] = responses;
        if (++nextScenario == nScenarios) {
            addRow(replication);
            nextScenario = 0;
            nextReplication++;
        }
    }

    /** Blocks added so far. */
    long blocks() {
        return (long) (nextReplication - first) * nScenarios + nextScenario;
    }

    private void addRow(int r) {
        for (int s = 0; s < nScenarios; s++) {
            for (Map.Entry<String, Double> e : row[s].asMap().entrySet()) {
                int m = metric(e.getKey());
                double v = e.getValue();
                if (v == v) {
                    single.get(m)[s].add(v);
                }
                if (kept != null) {
                    kept.get(m)[s][r - first] = v;
                }
            }
        }
        for (int m = 0; m < metrics.size(); m++) {
            String name = metrics.get(m);
            PairMoments[] p = pairs.get(m);
            for (int i = 0; i < nScenarios; i++) {
                double b = row[i].get(name);
                if (b != b) {
                    continue;
                }
                for (int j = i + 1; j < nScenarios; j++) {
                    double a = row[j].get(name);
                    if (a == a && p[i * nScenarios + j] != null) {
                        PairMoments pm = p[i * nScenarios + j];
                        pm.base.add(b);
                        pm.alternative.add(a);
                        pm.difference.add(a - b);
                    }
                }
            }
        }
        java.util.Arrays.fill(row, null);
    }

    private int metric(String name) {
        Integer i = metricIndex.get(name);
        if (i != null) {
            return i;
        }
        int m = metrics.size();
        metricIndex.put(name, m);
        metrics.add(name);
        Moments[] s = new Moments[nScenarios];
        PairMoments[] p = new PairMoments[nScenarios * nScenarios];
        for (int a = 0; a < nScenarios; a++) {
            s[a] = new Moments();
            for (int b = a + 1; b < nScenarios; b++) {
                p[a * nScenarios + b] = tracked(a, b) ? new PairMoments() : null;
            }
        }
        single.add(s);
        pairs.add(p);
        if (kept != null) {
            double[][] v = new double[nScenarios][replications];
            for (double[] x : v) {
                java.util.Arrays.fill(x, Double.NaN);
            }
            kept.add(v);
        }
        return m;
    }

    List<String> metrics() {
        return Collections.unmodifiableList(metrics);
    }

    /** Index of {@code name}, or -1. */
    int metricIndex(String name) {
        Integer i = metricIndex.get(name);
        return i == null ? -1 : i;
    }

    boolean keepsValues() {
        return kept != null;
    }

    double[] values(int scenario, int metric) {
        return kept.get(metric)[scenario].clone();
    }

    ConfidenceInterval summary(int scenario, int metric, double level) {
        return single.get(metric)[scenario].interval(level, replications);
    }

    /** {@code alternative − base} paired by replication, with the Welch interval beside it. */
    PairedDifference compare(int base, int alternative, int metric, double level) {
        if (base == alternative) {
            // Every difference is 0; the same as PairedDifference.of on two equal arrays.
            Moments one = single.get(metric)[base];
            Moments zero = new Moments();
            for (int i = 0; i < one.n; i++) {
                zero.add(0.0);
            }
            return pairedDifference(one, one, zero, level);
        }
        int lo = Math.min(base, alternative);
        int hi = Math.max(base, alternative);
        PairMoments pm = pairs.get(metric)[lo * nScenarios + hi];
        if (pm == null) {
            throw new IllegalStateException("only comparisons with the baseline were kept (Experiment.Builder#comparisonsWithBaselineOnly)");
        }
        if (base == lo) {
            return pairedDifference(pm.base, pm.alternative, pm.difference, level);
        }
        // The stored series is hi − lo; negating a Welford mean is exact, its spread is unchanged.
        Moments negated = new Moments();
        negated.n = pm.difference.n;
        negated.mean = -pm.difference.mean;
        negated.m2 = pm.difference.m2;
        negated.infinite = -pm.difference.infinite;
        return pairedDifference(pm.alternative, pm.base, negated, level);
    }

    private PairedDifference pairedDifference(Moments b, Moments a, Moments d, double level) {
        ConfidenceInterval p = d.interval(level, replications);
        ConfidenceInterval cb = b.interval(level, replications);
        ConfidenceInterval ca = a.interval(level, replications);
        int n = d.n;
        double vb = cb.sd() * cb.sd();
        double va = ca.sd() * ca.sd();
        double sd = Math.sqrt(vb + va);
        // Welch–Satterthwaite with equal sample sizes n: (vb + va)^2 (n − 1) / (vb^2 + va^2).
        double df = (vb + va) * (vb + va) * (n - 1) / (vb * vb + va * va);
        double meanDiff = n == 0 ? Double.NaN : ca.mean() - cb.mean();
        ConfidenceInterval ind = ConfidenceInterval.fromMoments(n, meanDiff, sd, df, level, replications - n);
        return new PairedDifference(p, ind, df);
    }
}
