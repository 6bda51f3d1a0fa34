package org.akuttsim.scenarios.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.stats.ConfidenceInterval;

/**
 * The lever's effect on each district's readiness, sorted, as a dot-and-whisker chart in inline SVG
 * (percentage points, linear axis through zero). One row per district; with more than
 * {@link #MAX_ROWS} districts (Helse Midt-Norge has 67) it shows the {@code MAX_ROWS / 2} largest and
 * smallest effects and says how many are left out; the table under the chart lists every district.
 */
final class DistrictEffects {

    static final int MAX_ROWS = 40;
    private static final double LABEL = 190, PLOT = 560, ROW = 15, HEAD = 26, WIDTH = LABEL + PLOT + 150;

    private DistrictEffects() {
    }

    /** A district's effect: id and the paired interval of its readiness difference. */
    record Row(String district, ConfidenceInterval effect) {
    }

    /** The districts' effects of {@code pair} on {@code readiness.<district>}, largest first. */
    static List<Row> rows(ExperimentResult r, Pair pair, List<String> districts) {
        List<Row> rows = new ArrayList<>();
        for (String d : districts) {
            rows.add(new Row(d, Effects.of(r, pair, "readiness." + d)));
        }
        rows.sort(Comparator.comparingDouble((Row x) -> Double.isNaN(x.effect().mean()) ? Double.NEGATIVE_INFINITY : x.effect().mean())
                .reversed());
        return rows;
    }

    /** Appends the chart of {@code rows} (sorted) in the colour of the lever scenario. */
    static void render(StringBuilder h, List<Row> rows, Pair pair, String colour) {
        List<Row> shown = rows;
        int hidden = 0;
        if (rows.size() > MAX_ROWS) {
            shown = new ArrayList<>(rows.subList(0, MAX_ROWS / 2));
            shown.add(null);
            shown.addAll(rows.subList(rows.size() - MAX_ROWS / 2, rows.size()));
            hidden = rows.size() - MAX_ROWS;
        }
        double lo = 0, hi = 0;
        for (Row x : rows) {
            ConfidenceInterval c = x.effect();
            if (!Double.isNaN(c.mean())) {
                lo = Math.min(lo, 100 * (Double.isNaN(c.low()) ? c.mean() : c.low()));
                hi = Math.max(hi, 100 * (Double.isNaN(c.high()) ? c.mean() : c.high()));
            }
        }
        Svg.Axis a = Svg.Axis.of(lo, hi, LABEL + 10, LABEL + PLOT - 10, true, 6);
        double height = HEAD + shown.size() * ROW + 34;
        long up = rows.stream().filter(x -> Effects.significant(x.effect()) && x.effect().mean() > 0).count();
        long down = rows.stream().filter(x -> Effects.significant(x.effect()) && x.effect().mean() < 0).count();
        String desc = "Effect of " + pair.alternative() + " minus " + pair.base() + " on the readiness of each of " + rows.size()
                + " districts, in percentage points, sorted: " + up + " districts gain, " + down + " lose, "
                + (rows.size() - up - down) + " show no detectable change"
                + (rows.isEmpty() ? "." : "; largest " + rows.get(0).district() + " " + AnswerSentence.pp(rows.get(0).effect())
                + ", smallest " + rows.get(rows.size() - 1).district() + " " + AnswerSentence.pp(rows.get(rows.size() - 1).effect()) + ".");
        Svg.open(h, "districtEffects", WIDTH, height, "Effect on readiness by district (pp), sorted", desc);
        double bottom = HEAD + shown.size() * ROW;
        for (double t : a.ticks()) {
            Svg.line(h, a.at(t), HEAD - 6, a.at(t), bottom, t == 0 ? "zero" : "gridline");
            Svg.text(h, a.at(t), bottom + 14, "middle", "tick", Numbers.fmt(t, a.decimals(), true));
        }
        Svg.text(h, LABEL + PLOT / 2, bottom + 30, "middle", "sub", "percentage points (" + pair.alternative() + " minus " + pair.base() + ")");
        Svg.text(h, LABEL + PLOT + 8, HEAD - 10, "start", "sub", "effect [interval]");
        for (int i = 0; i < shown.size(); i++) {
            Row x = shown.get(i);
            double y = HEAD + i * ROW + ROW / 2;
            if (x == null) {
                Svg.text(h, LABEL + PLOT / 2, y + 4, "middle", "sub", "\u2026 " + hidden + " districts in between, not drawn (all are in the table)");
                continue;
            }
            ConfidenceInterval c = x.effect();
            Svg.text(h, LABEL - 8, y + 4, "end", "lab", x.district());
            Svg.text(h, LABEL + PLOT + 8, y + 4, "start", "tick", AnswerSentence.pp(c));
            if (Double.isNaN(c.mean())) {
                continue;
            }
            boolean sig = Effects.significant(c);
            h.append("<g><title>").append(HtmlReport.esc(x.district() + ": " + AnswerSentence.pp(c))).append("</title>");
            if (!Double.isNaN(c.low())) {
                h.append("<line x1=\"").append(Svg.n(a.at(100 * c.low()))).append("\" y1=\"").append(Svg.n(y)).append("\" x2=\"")
                        .append(Svg.n(a.at(100 * c.high()))).append("\" y2=\"").append(Svg.n(y)).append("\" stroke=\"")
                        .append(colour).append("\" stroke-width=\"2\"/>");
            }
            h.append("<circle cx=\"").append(Svg.n(a.at(100 * c.mean()))).append("\" cy=\"").append(Svg.n(y)).append("\" r=\"4\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"1.5\" fill=\"").append(sig ? colour : "#fff").append("\"/></g>");
        }
        h.append("</svg>\n");
    }
}
