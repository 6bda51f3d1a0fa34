package org.akuttsim.stats;

/**
 * The difference {@code alternative − base} of a metric between two scenarios run with common
 * random numbers, where the values at the same replication index come from the same random numbers.
 *
 * <p>{@link #paired()} is the t interval of the per-replication differences: the noise the two
 * scenarios share cancels, so it is usually far narrower. {@link #independent()} is the Welch interval
 * that treats the two samples as independent, over the same replications; it is what the comparison
 * would cost without common random numbers and shows how much they bought.
 *
 * <p>A replication where either value is NaN is skipped in both intervals and counted in their
 * {@code skipped()}.
 *
 * @param paired                    mean, sd and interval of the differences
 * @param independent               Welch interval: mean difference, {@code sd} = √(s_base² + s_alt²) (so
 *                                  that sd/√n is the standard error), Welch–Satterthwaite degrees of freedom
 * @param independentDegreesOfFreedom Welch–Satterthwaite degrees of freedom of {@link #independent()}
 */
public record PairedDifference(ConfidenceInterval paired, ConfidenceInterval independent,
                               double independentDegreesOfFreedom) {

    /**
     * Compares {@code alternative} with {@code base} replication by replication.
     *
     * @param base        per-replication values of the base scenario
     * @param alternative per-replication values of the alternative, same length and replication order
     * @param level       confidence level, e.g. 0.95
     * @return the paired interval (of alternative - base per replication) and the independent (Welch)
     *     interval of the same difference
     */
    public static PairedDifference of(double[] base, double[] alternative, double level) {
        if (base.length != alternative.length) {
            throw new IllegalArgumentException("paired comparison needs the same replications on both sides: "
                    + base.length + " base values vs " + alternative.length + " alternative values");
        }
        int m = base.length;
        int n = 0;
        for (int i = 0; i < m; i++) {
            if (base[i] == base[i] && alternative[i] == alternative[i]) {
                n++;
            }
        }
        double[] b = new double[n];
        double[] a = new double[n];
        double[] d = new double[n];
        for (int i = 0, k = 0; i < m; i++) {
            if (base[i] == base[i] && alternative[i] == alternative[i]) {
                b[k] = base[i];
                a[k] = alternative[i];
                d[k] = alternative[i] - base[i];
                k++;
            }
        }
        int skipped = m - n;
        ConfidenceInterval p = ConfidenceInterval.of(d, level);
        p = new ConfidenceInterval(p.n(), p.mean(), p.sd(), p.halfWidth(), p.low(), p.high(), level, skipped);

        ConfidenceInterval cb = ConfidenceInterval.of(b, level);
        ConfidenceInterval ca = ConfidenceInterval.of(a, level);
        double vb = cb.sd() * cb.sd();
        double va = ca.sd() * ca.sd();
        double sd = Math.sqrt(vb + va);
        // Welch–Satterthwaite with equal sample sizes n: (vb + va)^2 (n − 1) / (vb^2 + va^2).
        double df = (vb + va) * (vb + va) * (n - 1) / (vb * vb + va * va);
        double meanDiff = n == 0 ? Double.NaN : ca.mean() - cb.mean();
        ConfidenceInterval ind = ConfidenceInterval.fromMoments(n, meanDiff, sd, df, level, skipped);
        return new PairedDifference(p, ind, df);
    }

    /**
     * Half width of the paired interval over that of the independent one (&lt; 1: common random numbers
     * helped).
     *
     * @return the ratio of the half widths
     */
    public double halfWidthRatio() {
        return paired.halfWidth() / independent.halfWidth();
    }
}
