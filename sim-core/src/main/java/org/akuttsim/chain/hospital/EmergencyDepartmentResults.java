package org.akuttsim.chain.hospital;

import org.akuttsim.experiment.Responses;

/**
 * The metrics the EDs report, {@code ed.<id>.*}, from each {@link Department}'s streamed statistics
 * since the last reset (the end of the warm-up), and the time of that reset. The departments keep
 * the statistics; this class names them and turns them into means, shares and rates.
 */
final class EmergencyDepartmentResults {

    private static final double MINUTES_PER_DAY = Department.MINUTES_PER_DAY;

    /** When the statistics were last reset. */
    private double statStart;

    EmergencyDepartmentResults(double now) {
        statStart = now;
    }

    /** The statistics restart at {@code now} (the departments reset their own). */
    void restartAt(double now) {
        statStart = now;
    }

    /** Department {@code d}'s metrics at {@code now}; the caller has settled it up to now. */
    void record(Department d, Responses out, double now) {
        double span = now - statStart;
        d.integrateTo(now);
        String m = "ed." + d.id + ".";
        long total = 0;
        for (int src = 0; src < 3; src++) {
            out.put(m + "arrivals." + EmergencyDepartments.sourceName(src), d.arrivals[src]);
            total += d.arrivals[src];
        }
        out.put(m + "arrivals.total", total);
        out.put(m + "arrivals.perDay", span > 0 ? total * MINUTES_PER_DAY / span : Double.NaN);
        out.put(m + "occupancy.mean", d.occupancyMean());
        out.put(m + "occupancy.p90", d.occupancyQuantile(0.9));
        out.put(m + "occupancy.atOrAboveCapacity.share", span > 0 ? d.timeAtOrAboveCapacity / span : Double.NaN);
        double[] byHour = d.occupancyByHourOfDay(statStart);
        for (int hr = 0; hr < 24; hr++) {
            out.put(m + "occupancy.hour" + (hr < 10 ? "0" : "") + hr + ".mean", byHour[hr]);
        }
        out.put(m + "spacesBusy.mean", span > 0 ? d.busyArea / span : Double.NaN);
        out.put(m + "wait.mean_min", d.wait.mean());
        out.put(m + "wait.p90_min", d.wait.quantile(0.9));
        out.put(m + "los.mean_min", d.los.mean());
        out.put(m + "los.p90_min", d.los.quantile(0.9));
        out.put(m + "los.over4h.share", d.los.shareAbove());
        out.put(m + "boarding.mean_min", d.wardEntries == 0 ? Double.NaN : d.boardingSum / d.wardEntries);
        out.put(m + "boarding.share", d.wardEntries == 0 ? Double.NaN : (double) d.boardedPatients / d.wardEntries);
        out.put(m + "offload.delay.mean_min", d.offloadDelay.mean());
        out.put(m + "offload.delay.p90_min", d.offloadDelay.quantile(0.9));
        out.put(m + "offload.time.mean_min", d.offloadDelay.count() == 0 ? Double.NaN : d.offloadTimeSum / d.offloadDelay.count());
        out.put(m + "admissions", d.admissions);
        long decided = d.admissions + d.discharges;
        out.put(m + "outpatient.share", decided == 0 ? Double.NaN : (double) d.discharges / decided);
        double ward = span > 0 ? d.wardArea / span : Double.NaN;
        out.put(m + "ward.occupancy.mean", ward);
        out.put(m + "ward.occupancy.share", d.beds > 0 ? ward / d.beds : Double.NaN);
        out.put(m + "ward.corridor.mean", span > 0 ? d.corridorArea / span : Double.NaN);
        double entries = d.wardEntries;
        out.put(m + "ward.corridor.share", entries == 0 ? Double.NaN : d.corridorEntries / entries);
        out.put(m + "ward.stay.mean_days", entries == 0 ? Double.NaN : d.wardStaySum / entries / MINUTES_PER_DAY);
        out.put(m + "ward.stay.shortened.share", entries == 0 ? Double.NaN : d.shortenedStays / entries);
    }
}
