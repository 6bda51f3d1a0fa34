package org.akuttsim.chain;

/**
 * Time integrals split by hour of day: readiness and population coverage are kept as 24 sums of
 * weight × minutes, so that a report can give them by hour and in total.
 */
final class HourOfDayBins {

    private HourOfDayBins() {
    }

    /**
     * Adds {@code weight × (t1 − t0)} to {@code bins[off + hour of day]}, split at hour boundaries;
     * {@code h0 = (int) (t0 / 60.0)}, kept by the caller (a division saved per call). Nothing when
     * {@code t1 <= t0}.
     */
    static void add(double[] bins, int off, double t0, int h0, double t1, double weight) {
        if (!(t0 < t1)) {
            return;
        }
        if (t1 <= (h0 + 1) * 60.0) { // the usual case: no hour boundary in between
            bins[off + h0 % 24] += weight * (t1 - t0);
            return;
        }
        // Hour by hour; after the first, each piece starts at (h + 1)·60, whose hour is exactly h + 1.
        int h = h0, hod = h0 % 24;
        while (t0 < t1) {
            double e = Math.min(t1, (h + 1) * 60.0);
            bins[off + hod] += weight * (e - t0);
            t0 = e;
            h++;
            hod = hod == 23 ? 0 : hod + 1;
        }
    }
}
