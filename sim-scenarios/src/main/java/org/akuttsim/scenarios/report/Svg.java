package org.akuttsim.scenarios.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small helpers for the report's hand-drawn SVG (forest plot, maps, district effects): coordinates, a
 * linear axis with round ticks, and the opening tag with its text alternative. The SVG is inline in
 * the HTML, so it needs no namespace declaration and loads nothing.
 */
final class Svg {

    private Svg() {
    }

    /** A coordinate with one decimal, enough for screen pixels. */
    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * Opens an accessible SVG: {@code role="img"}, labelled by its {@code <title>} and described by its
     * {@code <desc>} (a screen reader reads both; browsers show the title as a tooltip).
     */
    static void open(StringBuilder h, String id, double width, double height, String title, String desc) {
        h.append("<svg id=\"").append(id).append("\" class=\"svgchart\" role=\"img\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">")
                .append("<title id=\"").append(id).append("-t\">").append(HtmlReport.esc(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-d\">").append(HtmlReport.esc(desc)).append("</desc>\n");
    }

    /** Text at (x, y) with an anchor (start, middle, end) and a CSS class. */
    static void text(StringBuilder h, double x, double y, String anchor, String cls, String text) {
        h.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" class=\"").append(cls).append("\">").append(HtmlReport.esc(text)).append("</text>");
    }

    /** A line from (x1, y1) to (x2, y2) with a CSS class. */
    static void line(StringBuilder h, double x1, double y1, double x2, double y2, String cls) {
        h.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(cls).append("\"/>");
    }

    /**
     * A linear axis mapping [lo, hi] to pixels [p0, p1], widened to round ticks; the domain always
     * includes zero when {@code withZero} is set (effects are read against zero).
     */
    record Axis(double lo, double hi, double p0, double p1, double step) {

        static Axis of(double min, double max, double p0, double p1, boolean withZero, int ticks) {
            if (withZero) {
                min = Math.min(min, 0);
                max = Math.max(max, 0);
            }
            if (Double.isNaN(min) || Double.isNaN(max)) {
                min = 0;
                max = 1;
            }
            if (max - min < 1e-12) {
                double pad = Math.max(Math.abs(max) * 0.1, 1e-9);
                min -= pad;
                max += pad;
            }
            double step = niceStep((max - min) / Math.max(1, ticks));
            double lo = Math.floor(min / step - 1e-9) * step, hi = Math.ceil(max / step + 1e-9) * step;
            return new Axis(lo, hi, p0, p1, step);
        }

        /** Pixel position of {@code v} (clamped to the axis). */
        double at(double v) {
            double c = Math.max(lo, Math.min(hi, v));
            return p0 + (c - lo) / (hi - lo) * (p1 - p0);
        }

        /** The tick values, from lo to hi. */
        List<Double> ticks() {
            List<Double> t = new ArrayList<>();
            for (int i = 0; lo + i * step <= hi + step * 1e-6; i++) {
                double v = lo + i * step;
                t.add(Math.abs(v) < step * 1e-6 ? 0.0 : v);
            }
            return t;
        }

        /** Decimals that print this axis's ticks exactly enough. */
        int decimals() {
            return Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
    }
}
