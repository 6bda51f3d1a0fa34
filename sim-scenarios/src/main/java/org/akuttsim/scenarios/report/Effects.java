package org.akuttsim.scenarios.report;

import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.stats.ConfidenceInterval;

/**
 * Paired effects as the report states them: the interval of {@code alternative − base}, and the share of
 * one effect that another recovers (e.g. the lever's readiness gain as a share of the growth's loss).
 */
final class Effects {

    private Effects() {
    }

    /** The paired interval of {@code p.alternative() − p.base()} for {@code metric}. */
    static ConfidenceInterval of(ExperimentResult r, Pair p, String metric) {
        return r.compare(p.base(), p.alternative(), metric).paired();
    }

    /** True when the interval has at least two replications and excludes zero. */
    static boolean significant(ConfidenceInterval c) {
        return c.n() > 1 && Numbers.significant(c.low(), c.high());
    }

    /**
     * The share of the growth's effect the lever undoes, {@code −mean(lever) / mean(growth)}, with a
     * delta-method interval: the t interval of {@code lever_i + share · growth_i} over the replications,
     * divided by {@code |mean(growth)|}. Positive when the lever moves the metric back towards where it
     * was before growth. The lever must start where growth ends ({@code lever.base() ==
     * growth.alternative()}, as 2035 in the main job); then {@code lever + growth} is the paired
     * difference {@code lever.alternative() − growth.base()}, and the variance of
     * {@code lever_i + share · growth_i} follows from the three paired standard deviations without the
     * per-replication values.
     *
     * @return {mean, low, high}; NaN when the growth effect is zero, fewer than two replications, or the
     *         pairs do not chain
     */
    static double[] recoveredShare(ExperimentResult r, Pair growth, Pair lever, String metric) {
        ConfidenceInterval g = of(r, growth, metric), l = of(r, lever, metric);
        if (!lever.base().equals(growth.alternative()) || g.n() < 2 || l.n() < 2 || g.mean() == 0 || Double.isNaN(g.mean())
                || Double.isNaN(l.mean())) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        ConfidenceInterval both = of(r, new Pair(growth.base(), lever.alternative()), metric);
        double share = -l.mean() / g.mean();
        double vg = g.sd() * g.sd(), vl = l.sd() * l.sd();
        double cov = (both.sd() * both.sd() - vl - vg) / 2;
        double vz = Math.max(0, vl + share * share * vg + 2 * share * cov);
        // The t quantile of the lever's own interval (same replications, same level).
        double t = l.sd() > 0 ? l.halfWidth() / (l.sd() / Math.sqrt(l.n())) : g.halfWidth() / (g.sd() / Math.sqrt(g.n()));
        double hw = t * Math.sqrt(vz / l.n()) / Math.abs(g.mean());
        return new double[] {share, share - hw, share + hw};
    }
}
