package org.akuttsim.chain.measure;

import org.akuttsim.chain.Call;
import org.akuttsim.chain.ChainObserver;
import org.akuttsim.chain.Condition;
import org.akuttsim.chain.Level;
import org.akuttsim.chain.Region;
import org.akuttsim.experiment.Responses;
import org.akuttsim.stats.Histogram;
import org.akuttsim.stats.Tally;

/**
 * Response times — from the call's arrival at AMK to the first unit on scene — by assigned level ×
 * area (urban, rural) and by true need, and the time from the call to the hospital for chest pain,
 * stroke and sepsis. Quantiles from histograms of 0.25-minute bins up to 240 minutes (480 to the
 * hospital); the 12- and 25-minute targets and {@link #DISTRIBUTION_MINUTES} are bin edges, so those
 * shares are exact.
 *
 * <p>Metrics: {@code response.<LEVEL>[.urban|.rural].{n,mean,p50,p90,within12,within25}},
 * {@code response.<LEVEL>.within<m>}, {@code response.need.<LEVEL>.*},
 * {@code callToHospital.<CONDITION>.{n,mean,p50,p90}}.
 */
public final class ResponseTimes implements ChainObserver {

    /** Minutes at which each level's response-time distribution is reported besides 12 and 25. */
    public static final int[] DISTRIBUTION_MINUTES = {5, 10, 15, 20, 30, 40, 50, 60, 90, 120};
    private static final double MAX = 240, BIN = 0.25;
    private static final int TIMED_CONDITIONS = Condition.SEPSIS.ordinal() + 1;

    private final boolean[] zoneUrban;
    /** By level × area (2·level + 0 urban, + 1 rural), and by true need. */
    private final Tally[] byLevelArea = new Tally[2 * Level.AMBULANCE_LEVELS], byNeed = new Tally[Level.COUNT];
    private final Histogram[] histLevelArea = new Histogram[byLevelArea.length], histNeed = new Histogram[Level.COUNT];
    private final Tally[] toHospital = new Tally[TIMED_CONDITIONS];
    private final Histogram[] histToHospital = new Histogram[TIMED_CONDITIONS];

    public ResponseTimes(Region region) {
        zoneUrban = new boolean[region.zoneCount()];
        for (int z = 0; z < zoneUrban.length; z++) {
            zoneUrban[z] = region.zones().get(z).urban();
        }
        for (int i = 0; i < byLevelArea.length; i++) {
            byLevelArea[i] = new Tally();
            histLevelArea[i] = Histogram.withBinWidth(0, MAX, BIN);
        }
        for (int i = 0; i < byNeed.length; i++) {
            byNeed[i] = new Tally();
            histNeed[i] = Histogram.withBinWidth(0, MAX, BIN);
        }
        for (int i = 0; i < TIMED_CONDITIONS; i++) {
            toHospital[i] = new Tally();
            histToHospital[i] = Histogram.withBinWidth(0, 2 * MAX, BIN);
        }
    }

    @Override
    public void callReached(Call call, int unit, double t) {
        double rt = t - call.received();
        int la = 2 * call.level() + (zoneUrban[call.zone()] ? 0 : 1);
        byLevelArea[la].add(rt);
        histLevelArea[la].add(rt);
        byNeed[call.need()].add(rt);
        histNeed[call.need()].add(rt);
    }

    @Override
    public void callAtHospital(Call call, int unit, int hospital, boolean pastEd, double t) {
        int c = call.condition();
        if (c < TIMED_CONDITIONS) {
            toHospital[c].add(t - call.received());
            histToHospital[c].add(t - call.received());
        }
    }

    @Override
    public void observationStarts(double t) {
        for (int i = 0; i < byLevelArea.length; i++) {
            byLevelArea[i].reset();
            histLevelArea[i].reset();
        }
        for (int i = 0; i < byNeed.length; i++) {
            byNeed[i].reset();
            histNeed[i].reset();
        }
        for (int i = 0; i < TIMED_CONDITIONS; i++) {
            toHospital[i].reset();
            histToHospital[i].reset();
        }
    }

    @Override
    public void record(Responses out) {
        for (int l = 0; l < Level.AMBULANCE_LEVELS; l++) {
            String p = "response." + Level.of(l);
            Histogram h = Histogram.withBinWidth(0, MAX, BIN);
            h.addAll(histLevelArea[2 * l]);
            h.addAll(histLevelArea[2 * l + 1]);
            Tally t = byLevel(l);
            put(out, p, t, h);
            for (int m : DISTRIBUTION_MINUTES) {
                out.put(p + ".within" + m, t.count() == 0 ? Double.NaN : h.fractionBelow(m));
            }
            put(out, p + ".urban", byLevelArea[2 * l], histLevelArea[2 * l]);
            put(out, p + ".rural", byLevelArea[2 * l + 1], histLevelArea[2 * l + 1]);
        }
        for (int n = 0; n < Level.AMBULANCE_LEVELS; n++) {
            put(out, "response.need." + Level.of(n), byNeed[n], histNeed[n]);
        }
        for (int c = 0; c < TIMED_CONDITIONS; c++) {
            String p = "callToHospital." + Condition.of(c);
            long n = toHospital[c].count();
            out.put(p + ".n", n);
            out.put(p + ".mean", toHospital[c].mean());
            out.put(p + ".p50", n == 0 ? Double.NaN : histToHospital[c].quantile(0.5));
            out.put(p + ".p90", n == 0 ? Double.NaN : histToHospital[c].quantile(0.9));
        }
    }

    private static void put(Responses out, String p, Tally t, Histogram h) {
        long n = t.count();
        out.put(p + ".n", n);
        out.put(p + ".mean", t.mean());
        out.put(p + ".p50", n == 0 ? Double.NaN : h.quantile(0.5));
        out.put(p + ".p90", n == 0 ? Double.NaN : h.quantile(0.9));
        out.put(p + ".within12", n == 0 ? Double.NaN : h.fractionBelow(12));
        out.put(p + ".within25", n == 0 ? Double.NaN : h.fractionBelow(25));
    }

    /** Response times by assigned level (a new tally pooling urban and rural). */
    public Tally byLevel(int level) {
        Tally t = new Tally();
        t.addAll(byLevelArea[2 * level]);
        t.addAll(byLevelArea[2 * level + 1]);
        return t;
    }
}
