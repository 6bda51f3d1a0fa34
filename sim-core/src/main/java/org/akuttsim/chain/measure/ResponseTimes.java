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
 * <p>For the time-critical conditions, by true need: call to hospital, and call to <em>definitive
 * care</em> — arrival at a hospital that can give it (a PCI centre for chest pain, a stroke centre for
 * stroke, any ED for sepsis); a patient taken elsewhere (the destination rule sends only true needs up
 * to {@link org.akuttsim.chain.SceneParameters#specialCentreNeedUpTo()} to a centre) has not reached
 * it in the chain and is counted as such. For stroke, the share of transports that leave the scene
 * within 25 minutes of the first unit reaching the patient (the stroke pathway's target: 80 %).
 *
 * <p>Metrics: {@code response.<LEVEL>[.urban|.rural].{n,mean,p50,p90,within12,within25}},
 * {@code response.<LEVEL>.within<m>}, {@code response.need.<LEVEL>.*},
 * {@code callToHospital.<CONDITION>.{n,mean,p50,p90}},
 * {@code callToHospital.<CONDITION>.need.<NEED>.{n,mean,p90}},
 * {@code callToDefinitiveCare.<CONDITION>.need.<NEED>.{n,mean,p90,elsewhere}} (elsewhere: the share
 * transported to a hospital without the capability), {@code stroke.sceneWithin25}.
 *
 * <p>By zone, for calls whose true need is RED: {@code response.need.RED.zone.<zoneId>.{n,p90}}
 * (the report's map; p90 is NaN for a zone without such a call in the replication).
 */
public final class ResponseTimes implements ChainObserver {

    /** Minutes at which each level's response-time distribution is reported besides 12 and 25. */
    public static final int[] DISTRIBUTION_MINUTES = {5, 10, 15, 20, 30, 40, 50, 60, 90, 120};
    private static final double MAX = 240, BIN = 0.25;
    private static final int TIMED_CONDITIONS = Condition.SEPSIS.ordinal() + 1;

    private final boolean[] zoneUrban;
    private final String[] zoneIds;
    /** Response times of true-RED calls by the zone of the call. */
    private final Histogram[] histRedNeedByZone;
    /** By level × area (2·level + 0 urban, + 1 rural), and by true need. */
    private final Tally[] byLevelArea = new Tally[2 * Level.AMBULANCE_LEVELS], byNeed = new Tally[Level.COUNT];
    private final Histogram[] histLevelArea = new Histogram[byLevelArea.length], histNeed = new Histogram[Level.COUNT];
    private final Tally[] toHospital = new Tally[TIMED_CONDITIONS];
    private final Histogram[] histToHospital = new Histogram[TIMED_CONDITIONS];
    /** [condition · 3 + need] for true needs RED, YELLOW, GREEN: call to hospital, to definitive care, and transports elsewhere. */
    private final Tally[] toHospitalByNeed = new Tally[TIMED_CONDITIONS * Level.AMBULANCE_LEVELS],
            toDefinitive = new Tally[TIMED_CONDITIONS * Level.AMBULANCE_LEVELS];
    private final Histogram[] histByNeed = new Histogram[toHospitalByNeed.length], histDefinitive = new Histogram[toHospitalByNeed.length];
    private final long[] elsewhere = new long[toHospitalByNeed.length];
    private final boolean[] pci, strokeCentre;
    private long strokeTransports, strokeWithin25;

    /**
     * Response times split by the urban or rural flag of the call's zone.
     *
     * @param region the region
     */
    public ResponseTimes(Region region) {
        zoneUrban = new boolean[region.zoneCount()];
        zoneIds = new String[region.zoneCount()];
        histRedNeedByZone = new Histogram[region.zoneCount()];
        for (int z = 0; z < zoneUrban.length; z++) {
            zoneUrban[z] = region.zones().get(z).urban();
            zoneIds[z] = region.zones().get(z).id();
            histRedNeedByZone[z] = Histogram.withBinWidth(0, MAX, BIN);
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
        for (int i = 0; i < toHospitalByNeed.length; i++) {
            toHospitalByNeed[i] = new Tally();
            toDefinitive[i] = new Tally();
            histByNeed[i] = Histogram.withBinWidth(0, 2 * MAX, BIN);
            histDefinitive[i] = Histogram.withBinWidth(0, 2 * MAX, BIN);
        }
        pci = new boolean[region.hospitalCount()];
        strokeCentre = new boolean[region.hospitalCount()];
        for (int h = 0; h < pci.length; h++) {
            pci[h] = region.hospitals().get(h).pci();
            strokeCentre[h] = region.hospitals().get(h).strokeCentre();
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
        if (call.need() == Level.RED.ordinal()) {
            histRedNeedByZone[call.zone()].add(rt);
        }
    }

    @Override
    public void callAtHospital(Call call, int unit, int hospital, boolean pastEd, double t) {
        int c = call.condition();
        if (c >= TIMED_CONDITIONS) {
            return;
        }
        double d = t - call.received();
        toHospital[c].add(d);
        histToHospital[c].add(d);
        if (c == Condition.STROKE.ordinal() && !Double.isNaN(call.departed())) {
            strokeTransports++;
            strokeWithin25 += call.departed() - call.onScene() <= 25 ? 1 : 0;
        }
        int need = call.need();
        if (need >= Level.AMBULANCE_LEVELS) {
            return;
        }
        int i = c * Level.AMBULANCE_LEVELS + need;
        toHospitalByNeed[i].add(d);
        histByNeed[i].add(d);
        boolean definitive = c == Condition.CHEST_PAIN.ordinal() ? pci[hospital] : c == Condition.STROKE.ordinal() ? strokeCentre[hospital] : true;
        if (definitive) {
            toDefinitive[i].add(d);
            histDefinitive[i].add(d);
        } else {
            elsewhere[i]++;
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
        for (Histogram h : histRedNeedByZone) {
            h.reset();
        }
        for (int i = 0; i < TIMED_CONDITIONS; i++) {
            toHospital[i].reset();
            histToHospital[i].reset();
        }
        for (int i = 0; i < toHospitalByNeed.length; i++) {
            toHospitalByNeed[i].reset();
            toDefinitive[i].reset();
            histByNeed[i].reset();
            histDefinitive[i].reset();
        }
        java.util.Arrays.fill(elsewhere, 0);
        strokeTransports = strokeWithin25 = 0;
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
        for (int z = 0; z < zoneIds.length; z++) {
            Histogram h = histRedNeedByZone[z];
            String p = "response.need.RED.zone." + zoneIds[z];
            out.put(p + ".n", h.count());
            out.put(p + ".p90", h.count() == 0 ? Double.NaN : h.quantile(0.9));
        }
        for (int c = 0; c < TIMED_CONDITIONS; c++) {
            String p = "callToHospital." + Condition.of(c);
            long n = toHospital[c].count();
            out.put(p + ".n", n);
            out.put(p + ".mean", toHospital[c].mean());
            out.put(p + ".p50", n == 0 ? Double.NaN : histToHospital[c].quantile(0.5));
            out.put(p + ".p90", n == 0 ? Double.NaN : histToHospital[c].quantile(0.9));
            for (int need = 0; need < Level.AMBULANCE_LEVELS; need++) {
                int i = c * Level.AMBULANCE_LEVELS + need;
                String q = ".need." + Level.of(need);
                putTimes(out, p + q, toHospitalByNeed[i], histByNeed[i]);
                String dc = "callToDefinitiveCare." + Condition.of(c) + q;
                putTimes(out, dc, toDefinitive[i], histDefinitive[i]);
                long all = toHospitalByNeed[i].count();
                out.put(dc + ".elsewhere", all == 0 ? Double.NaN : (double) elsewhere[i] / all);
            }
        }
        out.put("stroke.sceneWithin25", strokeTransports == 0 ? Double.NaN : (double) strokeWithin25 / strokeTransports);
    }

    private static void putTimes(Responses out, String p, Tally t, Histogram h) {
        long n = t.count();
        out.put(p + ".n", n);
        out.put(p + ".mean", t.mean());
        out.put(p + ".p90", n == 0 ? Double.NaN : h.quantile(0.9));
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

    /**
     * Response times by assigned level (a new tally pooling urban and rural).
     *
     * @param level the assigned level's ordinal (RED, YELLOW, GREEN)
     * @return the response times, minutes
     */
    public Tally byLevel(int level) {
        Tally t = new Tally();
        t.addAll(byLevelArea[2 * level]);
        t.addAll(byLevelArea[2 * level + 1]);
        return t;
    }
}
