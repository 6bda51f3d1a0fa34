package org.akuttsim.scenarios.report;

import java.util.ArrayList;
import java.util.List;

import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.stats.ConfidenceInterval;

/**
 * A forest plot of paired effects as inline SVG: one row per key metric, one column per comparison.
 * Metrics have different units, so every cell has its own axis in the metric's unit (differences of
 * percentages in percentage points), always including zero, drawn as a vertical line; the dot is the
 * mean paired difference and the whisker its confidence interval (hollow dot: the interval includes
 * zero). With a {@link Question}, a last column puts every metric on one common scale: the share of the
 * growth's effect that the lever undoes (see {@link Effects#recoveredShare}).
 */
final class ForestPlot {

    private static final double LABEL = 250, CELL = 250, GAP = 24, ROW = 36, HEAD = 46, SHARE_MIN = -0.5, SHARE_MAX = 1.5;

    private ForestPlot() {
    }

    /**
     * Appends the plot.
     *
     * @param colours  colour of each pair (that of its alternative scenario)
     * @param question when not null, adds the common-scale column "share of the growth effect undone"
     */
    static void render(StringBuilder h, ExperimentResult r, List<Pair> pairs, List<String> colours, Question question) {
        List<KeyMetrics.Metric> metrics = new ArrayList<>();
        for (KeyMetrics.Metric m : KeyMetrics.KEY) {
            if (r.metrics().contains(m.name())) {
                metrics.add(m);
            }
        }
        int columns = pairs.size() + (question == null ? 0 : 1);
        double width = LABEL + columns * (CELL + GAP), height = HEAD + metrics.size() * ROW + 30;
        StringBuilder desc = new StringBuilder("Paired differences with ").append(Numbers.percent(r.level()))
                .append(" confidence intervals. ");
        for (Pair p : pairs) {
            desc.append(p.alternative()).append(" minus ").append(p.base()).append(": ");
            for (KeyMetrics.Metric m : metrics) {
                ConfidenceInterval c = Effects.of(r, p, m.name());
                desc.append(m.label()).append(' ').append(cellText(m, c)).append("; ");
            }
        }
        Svg.open(h, "forest", width, height, "Forest plot: paired effects on the key metrics", desc.toString());
        for (int j = 0; j < pairs.size(); j++) {
            double x0 = LABEL + j * (CELL + GAP);
            Svg.text(h, x0 + CELL / 2, 16, "middle", "head", pairs.get(j).alternative());
            Svg.text(h, x0 + CELL / 2, 32, "middle", "sub", "minus " + pairs.get(j).base() + " (own scale per row)");
        }
        if (question != null) {
            double x0 = LABEL + pairs.size() * (CELL + GAP);
            Svg.text(h, x0 + CELL / 2, 16, "middle", "head", "Share of the growth effect undone");
            Svg.text(h, x0 + CELL / 2, 32, "middle", "sub", "(" + question.lever().alternative() + " vs " + question.growth().alternative()
                    + "; common scale)");
        }
        for (int i = 0; i < metrics.size(); i++) {
            KeyMetrics.Metric m = metrics.get(i);
            double y = HEAD + i * ROW;
            if (i % 2 == 0) {
                h.append("<rect x=\"0\" y=\"").append(Svg.n(y - 4)).append("\" width=\"").append(Svg.n(width))
                        .append("\" height=\"").append(Svg.n(ROW)).append("\" class=\"band\"/>");
            }
            Svg.text(h, LABEL - 10, y + 16, "end", "lab", m.label() + (diffUnit(m).isEmpty() ? "" : " (" + diffUnit(m) + ")"));
            for (int j = 0; j < pairs.size(); j++) {
                cell(h, r, pairs.get(j), m, colours.get(j), LABEL + j * (CELL + GAP), y);
            }
        }
        if (question != null) {
            shareColumn(h, r, question, metrics, LABEL + pairs.size() * (CELL + GAP), colours.get(colours.size() - 1));
        }
        h.append("</svg>\n");
    }

    private static void cell(StringBuilder h, ExperimentResult r, Pair p, KeyMetrics.Metric m, String colour, double x0, double y) {
        ConfidenceInterval c = Effects.of(r, p, m.name());
        double mean = m.show(c.mean()), lo = m.show(c.low()), hi = m.show(c.high());
        if (Double.isNaN(mean)) {
            Svg.text(h, x0 + CELL / 2, y + 16, "middle", "sub", "n/a");
            return;
        }
        if (m.scale() < 0) {
            double t = lo;
            lo = hi;
            hi = t;
        }
        Svg.Axis a = Svg.Axis.of(Double.isNaN(lo) ? mean : lo, Double.isNaN(hi) ? mean : hi, x0 + 8, x0 + CELL - 8, true, 4);
        Svg.line(h, a.p0(), y + 22, a.p1(), y + 22, "axis");
        int d = a.decimals();
        // Ticks at both ends and at zero; the end labels sit inside the cell and give way to the zero label.
        for (double t : List.of(a.lo(), 0.0, a.hi())) {
            Svg.line(h, a.at(t), y + 20, a.at(t), y + 24, "axis");
            if (t == 0) {
                Svg.text(h, a.at(t), y + 33, "middle", "tick", "0");
            } else if (Math.abs(a.at(t) - a.at(0)) > 48) {
                Svg.text(h, a.at(t), y + 33, t < 0 ? "start" : "end", "tick", Numbers.fmt(t, d, true));
            }
        }
        Svg.line(h, a.at(0), y + 2, a.at(0), y + 22, "zero");
        dot(h, a, mean, lo, hi, y + 12, colour, Effects.significant(c),
                p.alternative() + " minus " + p.base() + ", " + m.label() + ": " + cellText(m, c));
    }

    private static void shareColumn(StringBuilder h, ExperimentResult r, Question q, List<KeyMetrics.Metric> metrics, double x0,
                                    String colour) {
        double lo = 0, hi = 0;
        for (KeyMetrics.Metric m : metrics) {
            double[] sh = Effects.recoveredShare(r, q.growth(), q.lever(), m.name());
            if (Effects.significant(Effects.of(r, q.growth(), m.name())) && !Double.isNaN(sh[1])) {
                lo = Math.min(lo, sh[1]);
                hi = Math.max(hi, sh[2]);
            }
        }
        // One scale for every metric, from the data but not beyond [SHARE_MIN, SHARE_MAX] (arrows mark the rest).
        Svg.Axis a = Svg.Axis.of(100 * Math.max(lo, SHARE_MIN), 100 * Math.min(hi, SHARE_MAX), x0 + 8, x0 + CELL - 8, true, 4);
        double bottom = HEAD + metrics.size() * ROW;
        Svg.line(h, a.at(0), HEAD - 4, a.at(0), bottom, "zero");
        if (a.hi() >= 100) {
            Svg.line(h, a.at(100), HEAD - 4, a.at(100), bottom, "gridline");
        }
        Svg.line(h, a.p0(), bottom, a.p1(), bottom, "axis");
        for (double t : a.ticks()) {
            Svg.line(h, a.at(t), bottom, a.at(t), bottom + 4, "axis");
            Svg.text(h, a.at(t), bottom + 15, "middle", "tick", Numbers.fmt(t, 0) + " %");
        }
        for (int i = 0; i < metrics.size(); i++) {
            KeyMetrics.Metric m = metrics.get(i);
            double y = HEAD + i * ROW;
            ConfidenceInterval g = Effects.of(r, q.growth(), m.name());
            if (!Effects.significant(g)) {
                Svg.text(h, x0 + CELL / 2, y + 16, "middle", "sub", "no detectable growth effect");
                continue;
            }
            double[] s = Effects.recoveredShare(r, q.growth(), q.lever(), m.name());
            if (Double.isNaN(s[0])) {
                continue;
            }
            String tip = m.label() + ": the lever undoes " + Numbers.interval(100 * s[0], 100 * s[1], 100 * s[2], 0, false)
                    + " % of the growth effect";
            dot(h, a, 100 * s[0], 100 * s[1], 100 * s[2], y + 12, colour, Numbers.significant(s[1], s[2]), tip);
        }
    }

    /** Dot and whisker; values beyond the axis end in an arrow at the edge. */
    static void dot(StringBuilder h, Svg.Axis a, double mean, double lo, double hi, double y, String colour,
                            boolean filled, String tip) {
        h.append("<g><title>").append(HtmlReport.esc(tip)).append("</title>");
        if (!Double.isNaN(lo) && !Double.isNaN(hi)) {
            h.append("<line x1=\"").append(Svg.n(a.at(lo))).append("\" y1=\"").append(Svg.n(y)).append("\" x2=\"")
                    .append(Svg.n(a.at(hi))).append("\" y2=\"").append(Svg.n(y)).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2.5\"/>");
            if (hi > a.hi()) {
                h.append("<path d=\"M").append(Svg.n(a.p1())).append(' ').append(Svg.n(y)).append(" l-7 -4 v8 z\" fill=\"")
                        .append(colour).append("\"/>");
            }
            if (lo < a.lo()) {
                h.append("<path d=\"M").append(Svg.n(a.p0())).append(' ').append(Svg.n(y)).append(" l7 -4 v8 z\" fill=\"")
                        .append(colour).append("\"/>");
            }
        }
        h.append("<circle cx=\"").append(Svg.n(a.at(mean))).append("\" cy=\"").append(Svg.n(y)).append("\" r=\"5\" stroke=\"")
                .append(colour).append("\" stroke-width=\"2\" fill=\"").append(filled ? colour : "#fff").append("\"/></g>");
    }

    /** "+1.3 [1.1, 1.5] pp" in the metric's display unit. */
    static String cellText(KeyMetrics.Metric m, ConfidenceInterval c) {
        String u = diffUnit(m);
        return Numbers.interval(m.show(c.mean()), m.show(c.low()), m.show(c.high()), m.decimals(), true) + (u.isEmpty() ? "" : " " + u);
    }

    /** The unit of a difference: percentage points for shares shown in %, else the metric's unit. */
    static String diffUnit(KeyMetrics.Metric m) {
        return m.unit().equals("%") ? "pp" : m.unit();
    }
}
