package org.akuttsim.scenarios.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.PairedDifference;

/**
 * The compact text table of key metrics: one column per scenario (mean ± half-width) and one per
 * paired difference ({@code *} where the interval excludes zero). Scenarios are lettered A, B, …
 * with a legend, so long scenario names do not widen the table.
 */
public final class ConsoleTable {

    private static final int LABEL = 31;
    private static final int CELL = 17;

    private ConsoleTable() {
    }

    /**
     * Prints {@code metrics} of {@code result} for its scenarios and the given comparisons.
     *
     * @param result the experiment
     * @param metrics the metrics to show, one row each
     * @param pairs the comparisons to show, one column each
     * @param out where to print
     */
    public static void print(ExperimentResult result, List<KeyMetrics.Metric> metrics, List<Pair> pairs, PrintStream out) {
        List<String> scenarios = result.scenarios();
        StringBuilder legend = new StringBuilder();
        for (int i = 0; i < scenarios.size(); i++) {
            legend.append(i == 0 ? "" : ", ").append(letter(i, scenarios)).append(" = ").append(scenarios.get(i));
        }
        out.println(legend);
        StringBuilder head = new StringBuilder(pad("metric", LABEL));
        for (int i = 0; i < scenarios.size(); i++) {
            head.append(left(letter(i, scenarios)));
        }
        for (Pair p : pairs) {
            head.append(left(letter(scenarios.indexOf(p.alternative()), scenarios) + " - " + letter(scenarios.indexOf(p.base()), scenarios)));
        }
        out.println(head);
        out.println("-".repeat(head.length()));
        for (KeyMetrics.Metric m : metrics) {
            if (!result.metrics().contains(m.name())) {
                continue;
            }
            String label = m.label() + (m.unit().isEmpty() ? "" : " (" + m.unit() + ")");
            StringBuilder row = new StringBuilder(pad(label, LABEL));
            for (String s : scenarios) {
                ConfidenceInterval ci = result.summary(s, m.name());
                row.append(left(format(m, ci.mean(), ci.halfWidth(), false, "")));
            }
            for (Pair p : pairs) {
                ConfidenceInterval d = result.compare(p.base(), p.alternative(), m.name()).paired();
                boolean clear = d.n() > 1 && (d.low() > 0 || d.high() < 0);
                row.append(left(format(m, d.mean(), d.halfWidth(), true, clear ? "*" : "")));
            }
            out.println(row);
        }
        out.printf(Locale.ROOT, "mean +- half-width of the %.0f %% confidence interval over %d replications;"
                + " differences paired under common random numbers, * = interval excludes 0%n", 100 * result.level(),
                result.replications());
    }

    /**
     * The single paired difference of one metric, formatted like the table (for other printouts).
     *
     * @param result the experiment
     * @param p the comparison
     * @param m the metric
     * @return the difference with its interval, e.g. {@code +1.3 ± 0.2*}
     */
    public static String difference(ExperimentResult result, Pair p, KeyMetrics.Metric m) {
        PairedDifference d = result.compare(p.base(), p.alternative(), m.name());
        return format(m, d.paired().mean(), d.paired().halfWidth(), true, "");
    }

    static String letter(int i, List<String> scenarios) {
        return scenarios.size() <= 26 ? String.valueOf((char) ('A' + i)) : "S" + (i + 1);
    }

    static String format(KeyMetrics.Metric m, double mean, double hw, boolean signed, String mark) {
        if (Double.isNaN(mean)) {
            return "n/a";
        }
        double v = m.show(mean);
        int d = m.decimals();
        // A difference whose interval excludes 0 gets the decimals it needs for it and its half-width not to print as zero.
        double h = Double.isNaN(hw) ? Double.POSITIVE_INFINITY : Math.abs(m.show(hw));
        while (!mark.isEmpty() && d < m.decimals() + 3 && Math.min(Math.abs(v), h) < 0.5 * Math.pow(10, -d)) {
            d++;
        }
        String s = String.format(Locale.ROOT, "%." + d + "f", Math.abs(v));
        if (!s.matches("[0.]*")) {   // never "-0.0" or "+0.0": zero prints unsigned
            s = (v < 0 ? "-" : signed ? "+" : "") + s;
        }
        if (!Double.isNaN(hw)) {
            s += String.format(Locale.ROOT, " +- %." + d + "f", Math.abs(m.show(hw)));
        }
        return s + mark;
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s.substring(0, w - 1) + " " : s + " ".repeat(w - s.length());
    }

    private static String left(String s) {
        return s.length() >= CELL ? " " + s : " ".repeat(CELL - s.length()) + s;
    }
}
