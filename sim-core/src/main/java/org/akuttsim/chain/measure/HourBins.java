package org.akuttsim.chain.measure;

import org.akuttsim.chain.ChainClock;

/** Time integrals split by hour of day, for the observers that report levels by hour. */
final class HourBins {

    private HourBins() {
    }

    /** Adds weight × the part of [t0, t1) after {@code start} to {@code bins[off + hour of day]}. */
    static void add(double[] bins, int off, double start, double t0, double t1, double weight) {
        t0 = Math.max(t0, start);
        if (!(t0 < t1)) {
            return;
        }
        int h = ChainClock.hour(t0);
        while (true) {
            double e = Math.min(t1, 60.0 * (h + 1));
            bins[off + h % 24] += weight * (e - t0);
            if (e == t1) {
                return;
            }
            t0 = e;
            h++;
        }
    }
}
