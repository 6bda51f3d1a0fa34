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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.stats.ConfidenceInterval;

/**
 * Writes {@code report.html}: one self-contained file that opens offline in any browser (also from
 * file://) and can be mailed around. It opens with the question and its answer in words generated from
 * the results ({@link AnswerSentence}) and a forest plot of the paired effects ({@link ForestPlot}), then
 * the tables, maps of the region drawn from the zones' coordinates ({@link MapSection}, {@link ZoneMap})
 * and the charts. Tables are plain HTML; forest plot, maps and the district chart are SVG drawn here;
 * the remaining charts are drawn by Chart.js, inlined from its WebJar on the class path, from data
 * inlined as JSON. Every chart has a caption and a text alternative; scenario colours come from
 * {@link Palette} and are the same in every chart.
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
     * @param question the question the report answers first, or null (its scenarios must be in the result)
     * @param map      the region's zones and stations for the maps, or null for no maps
     */
    public record Input(String title, List<String> settings, ExperimentResult result, List<Pair> pairs,
                        List<ScenarioFacts> facts, Sweep sweep, Question question, RegionMap map) {
        /**
         * Keeps unmodifiable copies of the lists; refuses an input with neither a result nor a sweep, and a
         * question whose scenarios are not all in the result.
         *
         * @param title page title
         * @param settings lines describing how the results were made
         * @param result the experiment, or null for a sweep-only report
         * @param pairs comparisons to tabulate
         * @param facts population and expected demand per scenario
         * @param sweep a lever sweep, or null
         * @param question the question the report answers first, or null
         * @param map the region's zones and stations for the maps, or null for no maps
         */
        public Input {
            settings = List.copyOf(settings);
            pairs = List.copyOf(pairs);
            facts = List.copyOf(facts);
            if (result == null && sweep == null) {
                throw new IllegalArgumentException("a report needs an experiment result or a sweep");
            }
            if (question != null && (result == null || !result.scenarios().containsAll(List.of(question.growth().base(),
                    question.growth().alternative(), question.lever().base(), question.lever().alternative())))) {
                throw new IllegalArgumentException("the question's scenarios must be in the experiment's result");
            }
        }

        /**
         * A report without a question and without maps.
         *
         * @param title page title
         * @param settings lines describing how the results were made
         * @param result the experiment, or null for a sweep-only report
         * @param pairs comparisons to tabulate
         * @param facts population and expected demand per scenario
         * @param sweep a lever sweep, or null
         */
        public Input(String title, List<String> settings, ExperimentResult result, List<Pair> pairs, List<ScenarioFacts> facts,
                     Sweep sweep) {
            this(title, settings, result, pairs, facts, sweep, null, null);
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
        writeAtomically(render(in), file);
    }

    /** Writes {@code html} to {@code file} through a temporary file and a move, so a reader never sees half a page. */
    static void writeAtomically(String html, Path file) {
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
        h.append("<h1>").append(esc(in.title())).append("</h1>\n");
        ExperimentResult r = in.result();
        List<String> colours = r == null ? List.of() : colours(r.scenarios());
        if (r != null && in.question() != null) {
            Question q = in.question();
            h.append("<section class=\"answer\"><p class=\"question\">").append(esc(q.text())).append("</p>\n<p id=\"answer\">")
                    .append(esc(AnswerSentence.of(r, q))).append("</p></section>\n");
        }
        h.append("<ul class=\"settings\">");
        for (String s : in.settings()) {
            h.append("<li>").append(esc(s)).append("</li>");
        }
        h.append("</ul>\n");
        if (r != null) {
            List<Pair> forest = in.question() != null ? List.of(in.question().growth(), in.question().lever()) : in.pairs();
            if (!forest.isEmpty()) {
                List<String> fc = forest.stream().map(p -> colours.get(r.scenarios().indexOf(p.alternative()))).toList();
                h.append("<h2>Effects with their intervals</h2>\n<figure class=\"wide\">");
                ForestPlot.render(h, r, forest, fc, in.question());
                h.append("<figcaption>Forest plot: paired differences (dot: mean over ").append(r.replications())
                        .append(" replications; whisker: ").append(Numbers.percent(r.level()))
                        .append(" confidence interval; hollow: the interval includes zero). Each cell has its own axis in the"
                                + " metric's unit, always through zero (vertical line); differences of percentages are in"
                                + " percentage points (pp).");
                if (in.question() != null) {
                    h.append(" Last column, on one scale for all metrics: the share of the growth effect (")
                            .append(esc(in.question().growth().alternative())).append(" minus ").append(esc(in.question().growth().base()))
                            .append(") that the lever undoes; 100 % would bring the metric back to ")
                            .append(esc(in.question().growth().base())).append(", negative values make it worse.");
                }
                h.append(" The numbers are in the table Paired differences.</figcaption></figure>\n");
            }
            if (!in.facts().isEmpty()) {
                ReportTables.facts(h, in.facts());
            }
            ReportTables.summary(h, r);
            if (!in.pairs().isEmpty()) {
                ReportTables.comparison(h, r, in.pairs());
            }
            if (in.map() != null) {
                String ref = in.question() != null ? in.question().lever().base() : r.scenarios().get(0);
                Pair effect = in.question() != null ? in.question().lever() : in.pairs().isEmpty() ? null : in.pairs().get(0);
                MapSection.render(h, r, in.map(), ref, effect, colours);
            }
            ChartSection.experiment(h, r);
        }
        if (in.sweep() != null) {
            ChartSection.sweep(h, in.sweep());
            ReportTables.sweep(h, in.sweep());
        }
        h.append("<p class=\"foot\">akuttsim: discrete-event simulation of the acute-medicine chain. Charts: Chart.js (MIT"
                + " licence), inlined; maps and forest plot drawn as SVG by akuttsim. Colours: Okabe\u2013Ito. Results are"
                + " illustrative model output, not forecasts.</p>\n");
        h.append("<script>\n").append(chartJs()).append("\n</script>\n");
        h.append("<script>\nconst DATA = ").append(data(in)).append(";\n").append(resource("report.js")).append("\n</script>\n");
        h.append("</body></html>\n");
        return h.toString();
    }

    /** Scenario colours in the order of the experiment's scenarios. */
    static List<String> colours(List<String> scenarios) {
        List<String> c = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            c.add(Palette.scenario(i));
        }
        return c;
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
            j.key("colors").beginArray();
            for (String c : colours(r.scenarios())) {
                j.value(c);
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
            // Readiness at each point minus the first point, paired: [mean, low, high] (the first is 0).
            j.key("readinessChange").beginArray();
            for (String s : sw.scenarios()) {
                if (s.equals(sw.scenarios().get(0)) || !sw.result().metrics().contains("readiness.meanOverDistricts")) {
                    j.beginArray().value(0.0).value(0.0).value(0.0).endArray();
                } else {
                    ConfidenceInterval c = Effects.of(sw.result(), new Pair(sw.scenarios().get(0), s), "readiness.meanOverDistricts");
                    j.beginArray().value(c.mean()).value(c.low()).value(c.high()).endArray();
                }
            }
            j.endArray();
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

    static String resource(String name) {
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
