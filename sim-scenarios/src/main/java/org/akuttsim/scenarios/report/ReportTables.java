package org.akuttsim.scenarios.report;

import java.util.List;

import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.stats.ConfidenceInterval;

/**
 * The report's tables: scenario facts, key metrics by scenario, paired differences and the sweep.
 * Plain HTML, so the numbers are there with scripts off; they are also the text alternative of the
 * charts that show the same numbers.
 */
final class ReportTables {

    private ReportTables() {
    }

    static void facts(StringBuilder h, List<ScenarioFacts> facts) {
        ScenarioFacts first = facts.get(0);
        h.append("<h2>Scenarios</h2>\n<table><tr><th>scenario</th><th>population</th><th>vs ").append(HtmlReport.esc(first.scenario()))
                .append(" (%)</th><th>expected calls / yr</th><th>vs ").append(HtmlReport.esc(first.scenario())).append(" (%)</th></tr>\n");
        for (ScenarioFacts f : facts) {
            h.append("<tr><td class=\"l\">").append(HtmlReport.esc(f.scenario())).append("</td><td>")
                    .append(Numbers.fmt(f.population(), 0)).append("</td><td>")
                    .append(Numbers.fmt(100 * (f.population() / first.population() - 1), 1, true)).append("</td><td>")
                    .append(Numbers.fmt(f.expectedCallsPerYear(), 0)).append("</td><td>")
                    .append(Numbers.fmt(100 * (f.expectedCallsPerYear() / first.expectedCallsPerYear() - 1), 1, true))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">Demand grows with the population by age: older age groups call more often,"
                + " so an ageing population raises calls faster than head count.</p>\n");
    }

    static void summary(StringBuilder h, ExperimentResult r) {
        h.append("<h2>Key metrics</h2>\n<table id=\"keyMetrics\"><tr><th>metric</th>");
        for (String s : r.scenarios()) {
            h.append("<th>").append(HtmlReport.esc(s)).append("</th>");
        }
        h.append("</tr>\n");
        for (KeyMetrics.Metric m : KeyMetrics.KEY) {
            if (!r.metrics().contains(m.name())) {
                continue;
            }
            h.append("<tr><td class=\"l\" title=\"").append(HtmlReport.esc(m.name())).append("\">").append(HtmlReport.esc(label(m, m.unit())))
                    .append("</td>");
            for (String s : r.scenarios()) {
                ConfidenceInterval ci = r.summary(s, m.name());
                h.append("<td>").append(cell(m, ci, false)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<p class=\"note\">Mean and ").append(Numbers.percent(r.level())).append(" confidence interval over ")
                .append(r.replications()).append(" replications. All metrics of every replication are in replications.csv;"
                        + " their summaries in summary.csv.</p>\n");
    }

    static void comparison(StringBuilder h, ExperimentResult r, List<Pair> pairs) {
        h.append("<h2>Paired differences</h2>\n<table id=\"pairedDifferences\"><tr><th>metric</th>");
        for (Pair p : pairs) {
            h.append("<th>").append(HtmlReport.esc(p.alternative())).append("<br>minus ").append(HtmlReport.esc(p.base())).append("</th>");
        }
        h.append("</tr>\n");
        for (KeyMetrics.Metric m : KeyMetrics.KEY) {
            if (!r.metrics().contains(m.name())) {
                continue;
            }
            h.append("<tr><td class=\"l\">").append(HtmlReport.esc(label(m, ForestPlot.diffUnit(m)))).append("</td>");
            for (Pair p : pairs) {
                ConfidenceInterval c = Effects.of(r, p, m.name());
                h.append("<td class=\"").append(Effects.significant(c) ? "sig" : "ns").append("\">").append(cell(m, c, true))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<p class=\"note\">Differences computed replication by replication under common random numbers"
                + " (same random streams for every scenario), with their ").append(Numbers.percent(r.level()))
                .append(" confidence interval; bold where the interval excludes zero. Differences of percentages are in"
                        + " percentage points (pp).</p>\n");
    }

    static void sweep(StringBuilder h, Sweep sw) {
        ExperimentResult r = sw.result();
        h.append("<table id=\"sweepTable\"><tr><th>").append(HtmlReport.esc(sw.lever())).append("</th>");
        for (KeyMetrics.Metric m : KeyMetrics.KEY) {
            if (r.metrics().contains(m.name())) {
                h.append("<th>").append(HtmlReport.esc(label(m, m.unit()))).append("</th>");
            }
        }
        h.append("</tr>\n");
        for (int i = 0; i < sw.values().size(); i++) {
            h.append("<tr><td class=\"l\">").append(HtmlReport.esc(sw.values().get(i))).append("</td>");
            for (KeyMetrics.Metric m : KeyMetrics.KEY) {
                if (r.metrics().contains(m.name())) {
                    h.append("<td>").append(cell(m, r.summary(sw.scenarios().get(i), m.name()), false)).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    static String label(KeyMetrics.Metric m, String unit) {
        return m.label() + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    /** Estimate in bold and its interval below, in the metric's display unit, never "−0.0". */
    static String cell(KeyMetrics.Metric m, ConfidenceInterval c, boolean signed) {
        double mean = m.show(c.mean()), lo = m.show(c.low()), hi = m.show(c.high());
        if (Double.isNaN(mean)) {
            return "n/a";
        }
        int d = Numbers.decimalsFor(mean, lo, hi, m.decimals());
        String s = "<b>" + Numbers.fmt(mean, d, signed) + "</b>";
        if (!Double.isNaN(lo) && !Double.isNaN(hi)) {
            s += "<br><span class=\"ci\">[" + Numbers.fmt(lo, d) + ", " + Numbers.fmt(hi, d) + "]</span>";
        }
        return s;
    }
}
