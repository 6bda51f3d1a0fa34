package org.akuttsim.scenarios.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.akuttsim.scenarios.design.Sensitivity;

/**
 * {@code sensitivity.html} of a study: the {@link Sensitivity} effects of {@code sensitivity.csv} as one
 * self-contained offline page. It opens with the question the study answers and an overview (per key
 * metric: R² and the strongest factor), then one panel per key metric: a dot-and-whisker chart of the
 * standardized regression coefficients (SRC) with their intervals, factors sorted by |SRC|, drawn as
 * inline SVG with a text alternative, and a table of SRC and partial rank correlation (PRCC) with their
 * intervals. The panel's title carries the regression's R²: SRCs describe the metric only as far as a
 * linear model in the factors does, so a low R² is flagged in the panel.
 */
public final class SensitivityReport {

    /**
     * ASSUMPTION: R² below 0.7 is flagged as "SRCs explain little": the rule of thumb often quoted with
     * standardized regression coefficients (e.g. Saltelli et al., Global Sensitivity Analysis: The Primer,
     * 2008, ch. 1), not a sharp limit.
     */
    static final double R2_LOW = 0.7;

    /** SRCs and their intervals are drawn within ±this; whiskers beyond end in an arrow at the edge. */
    private static final double CLAMP = 1.5;

    /** Colours by sign (Okabe–Ito): blue when the metric rises with the factor, vermillion when it falls. */
    static final String RISES = "#0072B2", FALLS = "#D55E00";

    private static final double LABEL = 215, PLOT = 280, MARGIN = 14, ROW = 26, TOP = 12, AXIS = 34;

    private SensitivityReport() {
    }

    /**
     * Writes the page to {@code file} (atomically: a temporary file, then a move).
     *
     * @param title    page title, e.g. "akuttsim study: design.csv"
     * @param settings lines describing the study (design, points, replications, ...), shown under the title
     * @param effects  the effects, as {@link org.akuttsim.scenarios.design.SensitivityTable#write} returns them
     * @param file     the HTML file to write or replace
     */
    public static void write(String title, List<String> settings, List<Sensitivity.Effect> effects, Path file) {
        HtmlReport.writeAtomically(render(title, settings, effects), file);
    }

    /**
     * The page as one HTML string: styles inline, charts as inline SVG, no script and no external resource.
     *
     * @param title    page title
     * @param settings lines describing the study, shown under the title
     * @param effects  the effects to show; key metrics ({@link KeyMetrics#KEY}) first in their order, then any other metric
     * @return the HTML page
     */
    public static String render(String title, List<String> settings, List<Sensitivity.Effect> effects) {
        Map<String, List<Sensitivity.Effect>> byMetric = byMetric(effects);
        Set<String> factors = new LinkedHashSet<>();
        int points = 0;
        double level = 0.95;
        for (Sensitivity.Effect e : effects) {
            factors.add(e.factor());
            points = Math.max(points, e.points());
            level = e.level();
        }
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>").append(HtmlReport.esc(title))
                .append("</title>\n<style>\n").append(HtmlReport.resource("report.css"))
                .append(".senspanel { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: flex-start; }\n")
                .append(".senspanel figure { flex: 0 0 auto; width: ").append(Svg.n(LABEL + PLOT + MARGIN)).append("px; }\n")
                .append("</style>\n</head><body>\n");
        h.append("<h1>").append(HtmlReport.esc(title)).append("</h1>\n");
        h.append("<section class=\"answer\"><p class=\"question\">Which of the ").append(factors.size())
                .append(" factors varied over the ").append(points).append(" design points move each key metric most, and in which"
                        + " direction?</p>\n<p id=\"answer\">The longest bars below answer it, metric by metric; the overview"
                        + " names the strongest factor of each.</p></section>\n");
        h.append("<ul class=\"settings\">");
        for (String s : settings) {
            h.append("<li>").append(HtmlReport.esc(s)).append("</li>");
        }
        h.append("</ul>\n<p class=\"note\">SRC (standardized regression coefficient): by how many of its standard deviations"
                + " the metric's mean moves per standard deviation of the factor, the other factors held fixed (least squares"
                + " over the design points). Its sign is the direction. SRCs are meaningful when the regression's R\u00b2 is"
                + " high: then the metric is nearly linear in the factors and SRC\u00b2 is the factor's share of its variance."
                + " PRCC (partial rank correlation) needs only a monotone effect. Charts: dot the SRC, whisker its ")
                .append(Numbers.percent(level)).append(" interval (hollow dot: the interval includes zero; an arrow: it goes on"
                        + " beyond the axis), blue when the metric rises with the factor, vermillion when it falls. Tables: bold"
                        + " blue where the interval excludes zero. The numbers are also in sensitivity.csv.</p>\n");
        overview(h, byMetric);
        int i = 0;
        for (Map.Entry<String, List<Sensitivity.Effect>> m : byMetric.entrySet()) {
            panel(h, "sens-" + i++, label(m.getKey()), sorted(m.getValue()));
        }
        h.append("<p class=\"foot\">akuttsim: discrete-event simulation of the acute-medicine chain. Charts drawn as SVG by"
                + " akuttsim; colours Okabe\u2013Ito. Results are illustrative model output, not forecasts.</p>\n</body></html>\n");
        return h.toString();
    }

    /** Effects grouped by metric: key metrics first in {@link KeyMetrics#KEY} order, then the others as they come. */
    static Map<String, List<Sensitivity.Effect>> byMetric(List<Sensitivity.Effect> effects) {
        Map<String, List<Sensitivity.Effect>> m = new LinkedHashMap<>();
        for (KeyMetrics.Metric k : KeyMetrics.KEY) {
            for (Sensitivity.Effect e : effects) {
                if (e.metric().equals(k.name())) {
                    m.computeIfAbsent(k.name(), x -> new ArrayList<>()).add(e);
                }
            }
        }
        for (Sensitivity.Effect e : effects) {
            if (KeyMetrics.KEY.stream().noneMatch(k -> k.name().equals(e.metric()))) {
                m.computeIfAbsent(e.metric(), x -> new ArrayList<>()).add(e);
            }
        }
        return m;
    }

    /** The effects by |SRC|, largest first; effects without an SRC (NaN) last; ties by factor name. */
    static List<Sensitivity.Effect> sorted(List<Sensitivity.Effect> effects) {
        return effects.stream().sorted(Comparator.comparingDouble((Sensitivity.Effect e) -> Double.isNaN(e.src()) ? 1 : 0)
                .thenComparing(Comparator.comparingDouble((Sensitivity.Effect e) -> Math.abs(e.src())).reversed())
                .thenComparing(Sensitivity.Effect::factor)).toList();
    }

    private static String label(String metric) {
        return KeyMetrics.KEY.stream().filter(k -> k.name().equals(metric)).map(KeyMetrics.Metric::label).findFirst().orElse(metric);
    }

    private static String r2(Sensitivity.Effect e) {
        return "R\u00b2 = " + Numbers.fmt(e.r2(), 2);
    }

    private static void overview(StringBuilder h, Map<String, List<Sensitivity.Effect>> byMetric) {
        h.append("<h2>Overview</h2>\n<table><tr><th>Key metric</th><th>R\u00b2</th><th>Strongest factor</th><th>SRC</th></tr>\n");
        for (Map.Entry<String, List<Sensitivity.Effect>> m : byMetric.entrySet()) {
            Sensitivity.Effect top = sorted(m.getValue()).get(0);
            h.append("<tr><td class=\"l\">").append(HtmlReport.esc(label(m.getKey()))).append("</td><td>")
                    .append(Numbers.fmt(top.r2(), 2)).append("</td><td class=\"l\">")
                    .append(Double.isNaN(top.src()) ? "n/a" : HtmlReport.esc(top.factor())).append("</td><td>")
                    .append(Numbers.interval(top.src(), top.srcLow(), top.srcHigh(), 2, true)).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** One metric: heading with R², the chart, a note when R² is low or the SRCs are undefined, and the table. */
    private static void panel(StringBuilder h, String id, String label, List<Sensitivity.Effect> effects) {
        Sensitivity.Effect first = effects.get(0);
        h.append("<h2>").append(HtmlReport.esc(label)).append(" \u2014 ").append(r2(first)).append("</h2>\n");
        if (Double.isNaN(first.src())) {
            h.append("<p class=\"note\">No coefficients: the metric did not vary over the design points, or there are not more"
                    + " design points (").append(first.points()).append(") than factors plus two.</p>\n");
        } else if (Double.isNaN(first.r2()) || first.r2() < R2_LOW) {
            h.append("<p class=\"note\"><b>").append(r2(first)).append(" is low</b>: a linear model in the factors explains less than ")
                    .append(Numbers.percent(R2_LOW)).append(" of this metric's variation over the design points, so the SRCs"
                            + " describe it only roughly; read the PRCCs in the table too.</p>\n");
        }
        h.append("<div class=\"senspanel\"><figure>");
        chart(h, id, label, effects);
        h.append("<figcaption>SRCs of ").append(HtmlReport.esc(label)).append(", largest |SRC| first; the numbers are in the"
                + " table, in the same order.</figcaption></figure>\n");
        h.append("<table><tr><th>Factor</th><th>SRC [interval]</th><th>PRCC [interval]</th></tr>\n");
        for (Sensitivity.Effect e : effects) {
            h.append("<tr><td class=\"l\">").append(HtmlReport.esc(e.factor())).append("</td>");
            cell(h, e.src(), e.srcLow(), e.srcHigh());
            cell(h, e.prcc(), e.prccLow(), e.prccHigh());
            h.append("</tr>\n");
        }
        h.append("</table></div>\n");
    }

    private static void cell(StringBuilder h, double v, double lo, double hi) {
        boolean sig = Numbers.significant(lo, hi);
        h.append("<td class=\"").append(sig ? "sig" : "ns").append("\"><b>").append(Numbers.interval(v, lo, hi, 2, true)).append("</b></td>");
    }

    /** The dot-and-whisker chart: one row per factor in the given order, one axis through zero. */
    private static void chart(StringBuilder h, String id, String label, List<Sensitivity.Effect> effects) {
        double min = 0, max = 0;
        for (Sensitivity.Effect e : effects) {
            for (double v : new double[] {e.src(), e.srcLow(), e.srcHigh()}) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        Svg.Axis a = Svg.Axis.of(Math.max(min, -CLAMP), Math.min(max, CLAMP), LABEL + 10, LABEL + PLOT - 10, true, 6);
        double bottom = TOP + effects.size() * ROW, width = LABEL + PLOT + MARGIN, height = bottom + AXIS;
        StringBuilder desc = new StringBuilder("Standardized regression coefficients with ").append(Numbers.percent(effects.get(0).level()))
                .append(" intervals, largest magnitude first: ");
        for (Sensitivity.Effect e : effects) {
            desc.append(e.factor()).append(' ').append(Numbers.interval(e.src(), e.srcLow(), e.srcHigh(), 2, true)).append("; ");
        }
        Svg.open(h, id, width, height, "SRCs of " + label + " (" + r2(effects.get(0)) + ")", desc.toString());
        for (double t : a.ticks()) {
            Svg.line(h, a.at(t), TOP, a.at(t), bottom, t == 0 ? "zero" : "gridline");
            Svg.line(h, a.at(t), bottom, a.at(t), bottom + 4, "axis");
            Svg.text(h, a.at(t), bottom + 15, "middle", "tick", Numbers.fmt(t, a.decimals(), true));
        }
        Svg.line(h, a.p0(), bottom, a.p1(), bottom, "axis");
        Svg.text(h, (a.p0() + a.p1()) / 2, bottom + 29, "middle", "sub", "SRC (sd of the metric per sd of the factor)");
        for (int i = 0; i < effects.size(); i++) {
            Sensitivity.Effect e = effects.get(i);
            double y = TOP + i * ROW;
            if (i % 2 == 0) {
                h.append("<rect x=\"0\" y=\"").append(Svg.n(y)).append("\" width=\"").append(Svg.n(LABEL + PLOT))
                        .append("\" height=\"").append(Svg.n(ROW)).append("\" class=\"band\"/>");
            }
            Svg.text(h, LABEL - 8, y + 17, "end", "lab", e.factor());
            String value = Numbers.interval(e.src(), e.srcLow(), e.srcHigh(), 2, true);
            if (Double.isNaN(e.src())) {
                continue;
            }
            String colour = e.src() < 0 ? FALLS : RISES;
            double x0 = a.at(0), x1 = a.at(e.src());
            h.append("<rect x=\"").append(Svg.n(Math.min(x0, x1))).append("\" y=\"").append(Svg.n(y + 7)).append("\" width=\"")
                    .append(Svg.n(Math.abs(x1 - x0))).append("\" height=\"12\" fill=\"").append(colour).append("\" fill-opacity=\"0.22\"/>");
            ForestPlot.dot(h, a, e.src(), e.srcLow(), e.srcHigh(), y + 13, colour, Numbers.significant(e.srcLow(), e.srcHigh()),
                    e.factor() + ": SRC " + value);
        }
        h.append("</svg>\n");
    }
}
