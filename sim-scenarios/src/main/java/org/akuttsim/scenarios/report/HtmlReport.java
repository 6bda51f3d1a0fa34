package org.akuttsim.scenarios.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.PairedDifference;

/**
 * Writes {@code report.html}: one self-contained file (Chart.js inlined from its WebJar on the class
 * path, the data inlined as JSON) that opens offline in any browser and can be mailed around. Tables
 * are plain HTML, so the numbers are there even with scripts disabled; charts are drawn by Chart.js,
 * a maintained charting library, rather than by hand-made SVG.
 *
 * <p>Districts and EDs are discovered from the metric names ({@code readiness.<station>},
 * {@code ed.<hospital>.occupancy.hourHH.mean}), so a user's region reports like the default one.
 */
public final class HtmlReport {

    /** Class-path location of the Chart.js UMD bundle (version pinned in the parent pom). */
    static final String CHART_JS = "META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";

    private static final Pattern HOUR = Pattern.compile("h\\d\\d");
    private static final Pattern ED_OCCUPANCY = Pattern.compile("ed\\.([^.]+)\\.occupancy\\.mean");

    /**
     * What a report shows.
     *
     * @param title    page title
     * @param settings lines describing how the results were made (seed, replications, lengths, …)
     * @param result   the experiment (its scenarios are the report's columns), or null for a sweep-only report
     * @param pairs    comparisons to tabulate
     * @param facts    population and expected demand per scenario (may be empty)
     * @param sweep    a lever sweep, or null
     */
    public record Input(String title, List<String> settings, ExperimentResult result, List<Pair> pairs,
                        List<ScenarioFacts> facts, Sweep sweep) {
        /**
         * Keeps unmodifiable copies of the lists; refuses an input with neither a result nor a sweep.
         *
         * @param title page title
         * @param settings lines describing how the results were made
         * @param result the experiment, or null for a sweep-only report
         * @param pairs comparisons to tabulate
         * @param facts population and expected demand per scenario
         * @param sweep a lever sweep, or null
         */
        public Input {
            settings = List.copyOf(settings);
            pairs = List.copyOf(pairs);
            facts = List.copyOf(facts);
            if (result == null && sweep == null) {
                throw new IllegalArgumentException("a report needs an experiment result or a sweep");
            }
        }
    }

    private HtmlReport() {
    }

    /**
     * Writes the report to {@code file} atomically (a temporary file, then a move).
     *
     * @param in what the report shows
     * @param file the HTML file to write or replace
     */
    public static void write(Input in, Path file) {
        String html = render(in);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The report as one HTML string.
     *
     * @param in what the report shows
     * @return the HTML page
     */
    public static String render(Input in) {
        StringBuilder h = new StringBuilder(400_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>").append(esc(in.title()))
                .append("</title>\n<style>\n").append(resource("report.css")).append("</style>\n</head><body>\n");
        h.append("<h1>").append(esc(in.title())).append("</h1>\n<ul class=\"settings\">");
        for (String s : in.settings()) {
            h.append("<li>").append(esc(s)).append("</li>");
        }
        h.append("</ul>\n");
        ExperimentResult r = in.result();
        if (r != null) {
            if (!in.facts().isEmpty()) {
                facts(h, in.facts());
            }
            summaryTable(h, r);
            if (!in.pairs().isEmpty()) {
                comparisonTable(h, r, in.pairs());
            }
            h.append("<h2>Response times by level</h2>\n<div class=\"grid\">")
                    .append("<div class=\"chart\"><canvas id=\"responseMinutes\"></canvas></div>")
                    .append("<div class=\"chart\"><canvas id=\"responseShares\"></canvas></div></div>\n")
                    .append("<p class=\"note\">Mean over replications of each replication's median (p50) and 90th percentile"
                            + " (p90) response time (call received to first unit on scene), and the distribution of response"
                            + " times: the share reached within t minutes (solid RED, dashed YELLOW, dotted GREEN), by the"
                            + " triage level assigned at AMK.</p>\n");
            h.append("<h2>Readiness</h2>\n<div class=\"chart wide\"><canvas id=\"readinessDistrict\"></canvas></div>\n")
                    .append("<div class=\"grid\"><div class=\"chart\"><canvas id=\"readinessHour\"></canvas></div>")
                    .append("<div class=\"chart\"><canvas id=\"edHour\"></canvas></div></div>\n")
                    .append("<p class=\"note\">Readiness: share of time a district has at least one of its own emergency"
                            + " ambulances free and present (at its station, or on its way home and already inside the"
                            + " district). ED occupancy: patients present in the ED (waiting, in treatment"
                            + " or boarding), mean by hour of the day.</p>\n");
        }
        if (in.sweep() != null) {
            h.append("<h2>Sweep: ").append(esc(in.sweep().lever())).append(" on ").append(esc(in.sweep().base()))
                    .append("</h2>\n<div class=\"chart wide\"><canvas id=\"sweep\"></canvas></div>\n")
                    .append("<p class=\"note\">Lines: mean over replications; bands: ")
                    .append(pct(in.sweep().result().level())).append(" confidence intervals. All points share common random numbers.</p>\n");
            sweepTable(h, in.sweep());
        }
        h.append("<p class=\"foot\">akuttsim: discrete-event simulation of the acute-medicine chain. Charts: Chart.js (MIT"
                + " licence), inlined. Results are illustrative model output, not forecasts.</p>\n");
        h.append("<script>\n").append(chartJs()).append("\n</script>\n");
        h.append("<script>\nconst DATA = ").append(data(in)).append(";\n").append(resource("report.js")).append("\n</script>\n");
        h.append("</body></html>\n");
        return h.toString();
    }

    // ---------------------------------------------------------------- tables

    private static void facts(StringBuilder h, List<ScenarioFacts> facts) {
        ScenarioFacts first = facts.get(0);
        h.append("<h2>Scenarios</h2>\n<table><tr><th>scenario</th><th>population</th><th>vs ").append(esc(first.scenario()))
                .append("</th><th>expected calls / yr</th><th>vs ").append(esc(first.scenario())).append("</th></tr>\n");
        for (ScenarioFacts f : facts) {
            h.append("<tr><td class=\"l\">").append(esc(f.scenario())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%,.0f", f.population())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%+.1f %%", 100 * (f.population() / first.population() - 1))).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%,.0f", f.expectedCallsPerYear())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%+.1f %%", 100 * (f.expectedCallsPerYear() / first.expectedCallsPerYear() - 1)))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">Demand grows with the population by age: older age groups call more often,"
                + " so an ageing population raises calls faster than head count.</p>\n");
    }

    private static void summaryTable(StringBuilder h, ExperimentResult r) {
        h.append("<h2>Key metrics</h2>\n<table><tr><th>metric</th>");
        for (String s : r.scenarios()) {
            h.append("<th>").append(esc(s)).append("</th>");
        }
        h.append("</tr>\n");
        for (KeyMetrics.Metric m : KeyMetrics.KEY) {
            if (!r.metrics().contains(m.name())) {
                continue;
            }
            h.append("<tr><td class=\"l\" title=\"").append(esc(m.name())).append("\">").append(esc(label(m))).append("</td>");
            for (String s : r.scenarios()) {
                ConfidenceInterval ci = r.summary(s, m.name());
                h.append("<td>").append(cell(m, ci.mean(), ci.low(), ci.high(), false)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<p class=\"note\">Mean and ").append(pct(r.level())).append(" confidence interval over ")
                .append(r.replications()).append(" replications. All metrics of every replication are in replications.csv;"
                        + " their summaries in summary.csv.</p>\n");
    }

    private static void comparisonTable(StringBuilder h, ExperimentResult r, List<Pair> pairs) {
        h.append("<h2>Paired differences</h2>\n<table><tr><th>metric</th>");
        for (Pair p : pairs) {
            h.append("<th>").append(esc(p.alternative())).append("<br>minus ").append(esc(p.base())).append("</th>");
        }
        h.append("</tr>\n");
        for (KeyMetrics.Metric m : KeyMetrics.KEY) {
            if (!r.metrics().contains(m.name())) {
                continue;
            }
            h.append("<tr><td class=\"l\">").append(esc(label(m))).append("</td>");
            for (Pair p : pairs) {
                PairedDifference d = r.compare(p.base(), p.alternative(), m.name());
                ConfidenceInterval c = d.paired();
                boolean clear = c.n() > 1 && (c.low() > 0 || c.high() < 0);
                h.append("<td class=\"").append(clear ? "sig" : "ns").append("\">").append(cell(m, c.mean(), c.low(), c.high(), true))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<p class=\"note\">Differences computed replication by replication under common random numbers"
                + " (same random streams for every scenario), with their ").append(pct(r.level()))
                .append(" confidence interval; bold where the interval excludes zero.</p>\n");
    }

    private static void sweepTable(StringBuilder h, Sweep sw) {
        ExperimentResult r = sw.result();
        h.append("<table><tr><th>").append(esc(sw.lever())).append("</th>");
        for (KeyMetrics.Metric m : KeyMetrics.KEY) {
            if (r.metrics().contains(m.name())) {
                h.append("<th>").append(esc(label(m))).append("</th>");
            }
        }
        h.append("</tr>\n");
        for (int i = 0; i < sw.values().size(); i++) {
            h.append("<tr><td class=\"l\">").append(esc(sw.values().get(i))).append("</td>");
            for (KeyMetrics.Metric m : KeyMetrics.KEY) {
                if (r.metrics().contains(m.name())) {
                    ConfidenceInterval ci = r.summary(sw.scenarios().get(i), m.name());
                    h.append("<td>").append(cell(m, ci.mean(), ci.low(), ci.high(), false)).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static String label(KeyMetrics.Metric m) {
        return m.label() + (m.unit().isEmpty() ? "" : " (" + m.unit() + ")");
    }

    private static String cell(KeyMetrics.Metric m, double mean, double low, double high, boolean signed) {
        if (Double.isNaN(mean)) {
            return "n/a";
        }
        String f = "%" + (signed ? "+" : "") + "," + "." + m.decimals() + "f";
        String g = "%," + "." + m.decimals() + "f";
        String s = "<b>" + String.format(Locale.ROOT, f, m.show(mean)) + "</b>";
        if (!Double.isNaN(low)) {
            s += "<br><span class=\"ci\">[" + String.format(Locale.ROOT, g, m.show(low)) + ", "
                    + String.format(Locale.ROOT, g, m.show(high)) + "]</span>";
        }
        return s;
    }

    private static String pct(double level) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * level);
    }

    // ---------------------------------------------------------------- data for the charts

    static String data(Input in) {
        Json j = new Json().beginObject();
        ExperimentResult r = in.result();
        if (r != null) {
            j.key("level").value(r.level());
            j.key("scenarios").beginArray();
            for (String s : r.scenarios()) {
                j.value(s);
            }
            j.endArray();
            j.key("districts").beginArray();
            for (String d : districts(r.metrics())) {
                j.value(d);
            }
            j.endArray();
            j.key("hospitals").beginArray();
            for (String e : hospitals(r.metrics())) {
                j.value(e);
            }
            j.endArray();
            j.key("summary");
            summaries(j, r, r.scenarios(), chartMetrics(r.metrics()));
        }
        Sweep sw = in.sweep();
        if (sw != null) {
            j.key("sweep").beginObject().key("lever").value(sw.lever()).key("base").value(sw.base());
            j.key("values").beginArray();
            double[] x = sw.numericValues();
            for (int i = 0; i < sw.values().size(); i++) {
                if (x == null) {
                    j.value(sw.values().get(i));
                } else {
                    j.value(x[i]);
                }
            }
            j.endArray().key("numeric").value(x != null);
            j.key("scenarios").beginArray();
            for (String s : sw.scenarios()) {
                j.value(s);
            }
            j.endArray().key("summary");
            summaries(j, sw.result(), sw.scenarios(), List.of("response.RED.urban.p90", "response.RED.rural.p90",
                    "response.RED.p90", "readiness.meanOverDistricts"));
            j.endObject();
        }
        return j.endObject().toString();
    }

    /** {scenario: {metric: [mean, low, high]}} for the metrics present. */
    private static void summaries(Json j, ExperimentResult r, List<String> scenarios, List<String> metrics) {
        j.beginObject();
        for (String s : scenarios) {
            j.key(s).beginObject();
            for (String m : metrics) {
                if (!r.metrics().contains(m)) {
                    continue;
                }
                ConfidenceInterval ci = r.summary(s, m);
                j.key(m).beginArray().value(ci.mean()).value(ci.low()).value(ci.high()).endArray();
            }
            j.endObject();
        }
        j.endObject();
    }

    /** The metrics the charts read: responses, readiness and ED occupancy, not per-unit detail. */
    static List<String> chartMetrics(List<String> metrics) {
        List<String> out = new ArrayList<>();
        for (String m : metrics) {
            if (m.startsWith("response.") || m.startsWith("readiness.") || (m.startsWith("ed.") && m.contains(".occupancy."))) {
                out.add(m);
            }
        }
        return out;
    }

    /** Station ids of {@code readiness.<id>} metrics, in order. */
    static List<String> districts(List<String> metrics) {
        Set<String> ids = new LinkedHashSet<>();
        for (String m : metrics) {
            if (m.startsWith("readiness.")) {
                String id = m.substring("readiness.".length());
                if (!id.equals("meanOverDistricts") && !id.equals("populationWeighted") && !HOUR.matcher(id).matches()) {
                    ids.add(id);
                }
            }
        }
        return new ArrayList<>(ids);
    }

    /** Hospital ids of {@code ed.<id>.occupancy.mean} metrics, in order (without the derived "all"). */
    static List<String> hospitals(List<String> metrics) {
        Set<String> ids = new LinkedHashSet<>();
        for (String m : metrics) {
            Matcher x = ED_OCCUPANCY.matcher(m);
            if (x.matches() && !x.group(1).equals("all")) {
                ids.add(x.group(1));
            }
        }
        return new ArrayList<>(ids);
    }

    // ---------------------------------------------------------------- resources

    static String chartJs() {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(CHART_JS)) {
            if (in == null) {
                throw new IllegalStateException("Chart.js is missing from the class path (" + CHART_JS
                        + "); the org.webjars.npm:chart.js dependency must be on it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CHART_JS, e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("report resource " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report resource " + name, e);
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
