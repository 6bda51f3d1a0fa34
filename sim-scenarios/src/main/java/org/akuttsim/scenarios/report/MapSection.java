package org.akuttsim.scenarios.report;

import java.util.List;
import java.util.Locale;

import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.stats.ConfidenceInterval;

/**
 * The report's "Where" section: maps of the region coloured by the readiness of each zone's district,
 * by the lever's effect on it and by the true-RED response p90 of each zone; the per-district effects
 * sorted; and, as their text alternative, tables of every district and zone.
 */
final class MapSection {

    private MapSection() {
    }

    /**
     * Appends the section.
     *
     * @param ref    the scenario whose levels the maps show (the lever's base)
     * @param effect the lever's comparison, or null for levels only
     */
    static void render(StringBuilder h, ExperimentResult r, RegionMap map, String ref, Pair effect, List<String> colours) {
        int n = map.zones().size();
        double[] ready = new double[n], eff = new double[n], p90 = new double[n];
        boolean[] faint = new boolean[n];
        String[] tipReady = new String[n], tipEff = new String[n], tipP90 = new String[n];
        boolean haveP90 = false;
        double readyMin = 100, p90Max = 0, effMax = 0;
        for (int i = 0; i < n; i++) {
            RegionMap.ZonePoint z = map.zones().get(i);
            String where = z.id() + " (district " + z.district() + ", " + Numbers.fmt(z.population(), 0) + " inhabitants)";
            ready[i] = value(r, ref, "readiness." + z.district(), 100);
            tipReady[i] = where + ": readiness " + Numbers.fmt(ready[i], 1) + " %";
            if (!Double.isNaN(ready[i])) {
                readyMin = Math.min(readyMin, ready[i]);
            }
            p90[i] = value(r, ref, "response.need.RED.zone." + z.id() + ".p90", 1);
            tipP90[i] = where + ": true-RED response p90 " + Numbers.fmt(p90[i], 1) + " min";
            if (!Double.isNaN(p90[i])) {
                haveP90 = true;
                p90Max = Math.max(p90Max, p90[i]);
            }
            if (effect != null && r.metrics().contains("readiness." + z.district())) {
                ConfidenceInterval c = Effects.of(r, effect, "readiness." + z.district());
                eff[i] = 100 * c.mean();
                faint[i] = !Effects.significant(c);
                tipEff[i] = where + ": " + AnswerSentence.pp(c) + (faint[i] ? " (interval includes zero)" : "");
                if (!Double.isNaN(eff[i])) {
                    effMax = Math.max(effMax, Math.abs(eff[i]));
                }
            } else {
                eff[i] = Double.NaN;
            }
        }
        h.append("<h2>Where: maps of the region</h2>\n<div class=\"maps\">");
        double lo = Math.min(Math.floor(readyMin / 10) * 10, 90);
        figure(h, "Readiness in " + ref + " of each zone's district (%, darker = readier).", () -> ZoneMap.render(h, "mapReadiness",
                map, "Readiness in " + ref + " by district", summary("readiness", ready, map, "%"), ready, null, tipReady,
                new ZoneMap.ColourScale(false, lo, 100, "%", 0, true)));
        if (effect != null) {
            double m = effMax > 0 ? Svg.niceStep(effMax / 2) * 2 : 1;
            figure(h, "Effect of " + effect.alternative() + " against " + effect.base() + " on the readiness of each zone's district"
                    + " (pp; blue = gain, orange = loss; pale with a dashed outline: the interval includes zero).",
                    () -> ZoneMap.render(h, "mapEffect", map, "Effect on readiness by district (pp)",
                            summary("effect on readiness", eff, map, "pp"), eff, faint, tipEff,
                            new ZoneMap.ColourScale(true, -m, m, "pp", m < 2 ? 1 : 0, true)));
        }
        if (haveP90) {
            double hi = Math.ceil(p90Max / 10) * 10;
            figure(h, "90th-percentile response time in " + ref + " for calls whose true need is RED, by zone (minutes from call to"
                    + " first unit on scene; darker = faster; grey: no such call).", () -> ZoneMap.render(h, "mapP90", map,
                    "True-RED response p90 in " + ref + " by zone (min)", summary("true-RED response p90", p90, map, "min"), p90,
                    null, tipP90, new ZoneMap.ColourScale(false, 0, hi, "min", 0, false)));
        }
        h.append("</div>\n");
        List<String> districts = map.stations().stream().map(RegionMap.StationPoint::id)
                .filter(d -> r.metrics().contains("readiness." + d)).toList();
        if (effect != null) {
            List<DistrictEffects.Row> rows = DistrictEffects.rows(r, effect, districts);
            h.append("<h3>Effect on readiness by district</h3>\n<figure>");
            DistrictEffects.render(h, rows, effect, colours.get(r.scenarios().indexOf(effect.alternative())));
            h.append("<figcaption>Paired effect of ").append(HtmlReport.esc(effect.alternative())).append(" against ")
                    .append(HtmlReport.esc(effect.base())).append(" on each district's readiness, percentage points, sorted; whiskers: ")
                    .append(Numbers.percent(r.level())).append(" confidence intervals; hollow dots: the interval includes zero. Every"
                            + " district is in the table below.</figcaption></figure>\n");
        }
        districtTable(h, r, map, effect);
    }

    private interface Drawing {
        void draw();
    }

    private static void figure(StringBuilder h, String caption, Drawing d) {
        h.append("<figure class=\"map\">");
        d.draw();
        h.append("<figcaption>").append(HtmlReport.esc(caption)).append("</figcaption></figure>");
    }

    private static double value(ExperimentResult r, String scenario, String metric, double scale) {
        return r.metrics().contains(metric) ? scale * r.summary(scenario, metric).mean() : Double.NaN;
    }

    /** "Lowest readiness: x (…); highest: y (…)." for a map's description. */
    private static String summary(String what, double[] v, RegionMap map, String unit) {
        int lo = -1, hi = -1;
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(v[i])) {
                lo = lo < 0 || v[i] < v[lo] ? i : lo;
                hi = hi < 0 || v[i] > v[hi] ? i : hi;
            }
        }
        if (lo < 0) {
            return "No values for " + what + ".";
        }
        return String.format(Locale.ROOT, "%d zones drawn as circles sized by population. Lowest %s: zone %s (district %s) %s %s;"
                        + " highest: zone %s (district %s) %s %s. Values of every district and zone are in the tables below.",
                v.length, what, map.zones().get(lo).id(), map.zones().get(lo).district(), Numbers.fmt(v[lo], 1), unit,
                map.zones().get(hi).id(), map.zones().get(hi).district(), Numbers.fmt(v[hi], 1), unit);
    }

    private static void districtTable(StringBuilder h, ExperimentResult r, RegionMap map, Pair effect) {
        h.append("<details><summary>Table: every district (readiness by scenario").append(effect == null ? "" : ", effect")
                .append(") and every zone (true-RED response p90)</summary>\n<table><tr><th>district</th><th>emergency ambulances</th>");
        for (String s : r.scenarios()) {
            h.append("<th>readiness ").append(HtmlReport.esc(s)).append(" (%)</th>");
        }
        if (effect != null) {
            h.append("<th>effect (pp)</th>");
        }
        h.append("</tr>\n");
        for (RegionMap.StationPoint st : map.stations()) {
            if (!r.metrics().contains("readiness." + st.id())) {
                continue;
            }
            h.append("<tr><td class=\"l\">").append(HtmlReport.esc(st.id())).append("</td><td>").append(st.ambulances()).append("</td>");
            for (String s : r.scenarios()) {
                h.append("<td>").append(Numbers.fmt(value(r, s, "readiness." + st.id(), 100), 1)).append("</td>");
            }
            if (effect != null) {
                ConfidenceInterval c = Effects.of(r, effect, "readiness." + st.id());
                h.append("<td class=\"").append(Effects.significant(c) ? "sig" : "ns").append("\">")
                        .append(Numbers.interval(100 * c.mean(), 100 * c.low(), 100 * c.high(), 1, true)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<table><tr><th>zone</th><th>district</th><th>population</th>");
        for (String s : r.scenarios()) {
            h.append("<th>true-RED p90 ").append(HtmlReport.esc(s)).append(" (min)</th>");
        }
        h.append("</tr>\n");
        for (RegionMap.ZonePoint z : map.zones()) {
            h.append("<tr><td class=\"l\">").append(HtmlReport.esc(z.id())).append("</td><td class=\"l\">")
                    .append(HtmlReport.esc(z.district())).append("</td><td>").append(Numbers.fmt(z.population(), 0)).append("</td>");
            for (String s : r.scenarios()) {
                h.append("<td>").append(Numbers.fmt(value(r, s, "response.need.RED.zone." + z.id() + ".p90", 1), 1)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table></details>\n");
    }
}
