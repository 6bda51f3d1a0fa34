package org.akuttsim.scenarios.report;

import java.util.List;
import java.util.Locale;

import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.stats.ConfidenceInterval;

/**
 * The places of the Chart.js charts (drawn by report.js from the inlined data): each a figure with a
 * caption and a canvas whose {@code aria-label} and fallback text state what it shows in numbers, so a
 * screen reader, a text browser or a reader without scripts gets the content too.
 */
final class ChartSection {

    private ChartSection() {
    }

    static void experiment(StringBuilder h, ExperimentResult r) {
        h.append("<h2>Response times by level</h2>\n<div class=\"grid\">");
        StringBuilder minutes = new StringBuilder("Bar chart, linear axis from zero: mean p50 and p90 response time in minutes by"
                + " assigned level. ");
        for (String level : List.of("RED", "YELLOW", "GREEN")) {
            minutes.append(level).append(" p90: ");
            for (String s : r.scenarios()) {
                minutes.append(s).append(' ').append(Numbers.fmt(mean(r, s, "response." + level + ".p90"), 1)).append(", ");
            }
        }
        canvas(h, "responseMinutes", "chart", minutes + "minutes.", "Mean over replications of each replication's median (p50)"
                + " and 90th percentile (p90) response time (call received to first unit on scene), by the triage level assigned at"
                + " AMK; linear axis from zero.");
        StringBuilder shares = new StringBuilder("Line chart: share of calls reached within t minutes, by level and scenario. ");
        for (String s : r.scenarios()) {
            shares.append(s).append(": RED within 12 min ").append(Numbers.fmt(100 * mean(r, s, "response.RED.within12"), 1))
                    .append(" %; ");
        }
        canvas(h, "responseShares", "chart", shares.toString(), "Distribution of response times: the share reached within t"
                + " minutes (solid RED, dashed YELLOW, dotted GREEN), by assigned level.");
        h.append("</div>\n");

        h.append("<h2>Readiness and ED occupancy by hour of day</h2>\n");
        StringBuilder hours = new StringBuilder("Line chart: readiness (mean over districts, %) by hour of day. ");
        for (String s : r.scenarios()) {
            int[] lh = extremes(r, s, "readiness.h%02d");
            hours.append(String.format(Locale.ROOT, "%s: lowest %s %% at %02d h, highest %s %% at %02d h; ", s,
                    Numbers.fmt(100 * mean(r, s, String.format(Locale.ROOT, "readiness.h%02d", lh[0])), 1), lh[0],
                    Numbers.fmt(100 * mean(r, s, String.format(Locale.ROOT, "readiness.h%02d", lh[1])), 1), lh[1]));
        }
        h.append("<div class=\"grid\">");
        canvas(h, "readinessHour", "chart", hours.toString(), "Readiness: share of time a district has at least one of its own"
                + " emergency ambulances free and present (at its station, or on its way home and already inside the district),"
                + " mean over districts, by hour of day.");
        h.append("</div>\n<div class=\"edgrid\">");
        List<String> hospitals = HtmlReport.hospitals(r.metrics());
        for (int i = 0; i < hospitals.size(); i++) {
            String e = hospitals.get(i);
            StringBuilder label = new StringBuilder("Line chart: ED occupancy at " + e + " by hour of day (patients present). ");
            for (String s : r.scenarios()) {
                int[] lh = extremes(r, s, "ed." + e + ".occupancy.hour%02d.mean");
                label.append(String.format(Locale.ROOT, "%s: peak %s at %02d h; ", s,
                        Numbers.fmt(mean(r, s, String.format(Locale.ROOT, "ed.%s.occupancy.hour%02d.mean", e, lh[1])), 1), lh[1]));
            }
            canvas(h, "ed-" + i, "chart small", label.toString(), "ED " + e + ": patients present by hour of day.");
        }
        h.append("</div>\n<p class=\"note\">ED occupancy: patients present in the ED (waiting, in treatment or boarding), mean by"
                + " hour of day; one panel per ED, each on its own axis from zero; legend in the first panel.</p>\n");
    }

    static void sweep(StringBuilder h, Sweep sw) {
        ExperimentResult r = sw.result();
        h.append("<h2>Sweep: ").append(HtmlReport.esc(sw.lever())).append(" on ").append(HtmlReport.esc(sw.base()))
                .append("</h2>\n<div class=\"grid\">");
        StringBuilder m = new StringBuilder("Line chart, axis from zero: RED response p90 in minutes, urban and rural, at each value of "
                + sw.lever() + ". ");
        StringBuilder d = new StringBuilder("Line chart: change in readiness (mean over districts) against " + sw.lever() + " = "
                + sw.values().get(0) + ", percentage points, paired. ");
        for (int i = 0; i < sw.values().size(); i++) {
            String s = sw.scenarios().get(i);
            m.append(sw.values().get(i)).append(": urban ").append(Numbers.fmt(mean(r, s, "response.RED.urban.p90"), 1)).append(", rural ")
                    .append(Numbers.fmt(mean(r, s, "response.RED.rural.p90"), 1)).append("; ");
            if (i > 0 && r.metrics().contains("readiness.meanOverDistricts")) {
                ConfidenceInterval c = Effects.of(r, new Pair(sw.scenarios().get(0), s), "readiness.meanOverDistricts");
                d.append(sw.values().get(i)).append(": ").append(AnswerSentence.pp(c)).append("; ");
            }
        }
        String level = Numbers.percent(r.level());
        canvas(h, "sweepMinutes", "chart", m.toString(), "RED 90th-percentile response time by area at each value of the lever"
                + " (lines: means; bands: " + level + " confidence intervals).");
        canvas(h, "sweepReadiness", "chart", d.toString(), "Readiness (mean over districts) at each value of the lever, as the"
                + " paired difference from the first value in percentage points (bands: " + level + " confidence intervals). Two"
                + " panels instead of two y-axes. All points share common random numbers.");
        h.append("</div>\n");
    }

    private static void canvas(StringBuilder h, String id, String cls, String label, String caption) {
        h.append("<figure class=\"").append(cls).append("\"><div class=\"canvas\"><canvas id=\"").append(id)
                .append("\" role=\"img\" aria-label=\"").append(HtmlReport.esc(label)).append("\"><p>").append(HtmlReport.esc(label))
                .append("</p></canvas></div><figcaption>").append(HtmlReport.esc(caption)).append("</figcaption></figure>");
    }

    private static double mean(ExperimentResult r, String s, String metric) {
        return r.metrics().contains(metric) ? r.summary(s, metric).mean() : Double.NaN;
    }

    /** Hours (0..23) of the lowest and highest mean of the hourly metric {@code format} (with %02d for the hour). */
    private static int[] extremes(ExperimentResult r, String s, String format) {
        int lo = 0, hi = 0;
        for (int hr = 1; hr < 24; hr++) {
            double v = mean(r, s, String.format(Locale.ROOT, format, hr));
            if (v < mean(r, s, String.format(Locale.ROOT, format, lo))) {
                lo = hr;
            }
            if (v > mean(r, s, String.format(Locale.ROOT, format, hi))) {
                hi = hr;
            }
        }
        return new int[] {lo, hi};
    }
}
