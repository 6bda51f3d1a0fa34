package org.akuttsim.scenarios.results;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.io.AtomicFile;
import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.PairedDifference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The long ("tidy") result files written beside {@code replications.csv}, {@code summary.csv} and
 * {@code comparison.csv} (which keep their format): one row per value, the dimensions hidden in metric
 * keys as columns ({@link Dimension}, empty where a metric has none), and the unit of measure, so that
 * pandas or R read them without decoding names:
 * <ul>
 *   <li>{@value #RESULTS}: scenario, replication, metric, dimensions…, unit, value — every replication's
 *       every metric, streamed from {@code replications.csv};</li>
 *   <li>{@value #SUMMARY}: scenario, metric, dimensions…, unit, mean, ci_low, ci_high, n, confidence_level;</li>
 *   <li>{@value #COMPARISON}: base, alternative, metric, dimensions…, unit, mean_diff, ci_low, ci_high, n,
 *       confidence_level — alternative − base paired by replication, for every pair of scenarios (base listed first;
 *       with only the first scenario's pairs kept, as in a study, those pairs only);</li>
 *   <li>{@value #METRICS}: the metric dictionary — name, unit, definition, dimensions, key_patterns.</li>
 * </ul>
 * A key the dictionary does not know (a model's own metric) keeps its key as metric name and has an
 * empty unit. Numbers are written as in {@code summary.csv} ({@code NaN} where undefined).
 */
public final class TidyResults {

    /** Every replication's every value, long. */
    public static final String RESULTS = "results-long.csv";
    /** Mean and interval per scenario and metric, long. */
    public static final String SUMMARY = "summary-long.csv";
    /** Paired differences of every pair of scenarios, long. */
    public static final String COMPARISON = "comparison-long.csv";
    /** The metric dictionary. */
    public static final String METRICS = "metrics.csv";

    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();
    private static final List<String> DIMENSIONS = java.util.Arrays.stream(Dimension.values()).map(d -> d.column).toList();

    private final MetricNames names;

    /**
     * Decoding keys with {@code names}.
     *
     * @param names the decoder, made for the experiment's scenarios (their ids)
     */
    public TidyResults(MetricNames names) {
        this.names = names;
    }

    /** {@return the names of the files written by {@link #write}, in the order written} */
    public static List<String> files() {
        return List.of(RESULTS, SUMMARY, COMPARISON, METRICS);
    }

    /**
     * Writes the four files into {@code dir} for the finished experiment {@code result}, whose
     * {@code replications.csv} is in {@code dir}. Each file is written atomically.
     *
     * @param dir the result directory holding {@code replications.csv}
     * @param result the finished experiment (its summaries and paired comparisons)
     * @throws UncheckedIOException if a file cannot be read or written
     */
    public void write(Path dir, ExperimentResult result) {
        try {
            AtomicFile.write(dir.resolve(RESULTS), w -> writeResults(dir.resolve("replications.csv"), w));
            AtomicFile.write(dir.resolve(SUMMARY), w -> writeSummary(result, w));
            AtomicFile.write(dir.resolve(COMPARISON), w -> writeComparison(result, w));
            AtomicFile.write(dir.resolve(METRICS), w -> writeDictionary(MetricDictionary.standard(), w));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the long result files in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void writeResults(Path replications, Writer w) throws IOException {
        try (Reader in = Files.newBufferedReader(replications, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, WRITE)) {
            p.printRecord(header(List.of("scenario", "replication", "metric"), List.of("unit", "value")));
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                String key = r.get("metric");
                if (key.isEmpty()) {
                    continue; // a replication that recorded nothing
                }
                List<Object> row = new ArrayList<>(List.of(r.get("scenario"), r.get("replication")));
                addName(row, key);
                row.add(r.get("value"));
                p.printRecord(row);
            }
        }
    }

    private void writeSummary(ExperimentResult result, Writer w) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, WRITE)) {
            p.printRecord(header(List.of("scenario", "metric"), List.of("unit", "mean", "ci_low", "ci_high", "n", "confidence_level")));
            for (String s : result.scenarios()) {
                for (String m : result.metrics()) {
                    ConfidenceInterval ci = result.summary(s, m);
                    List<Object> row = new ArrayList<>(List.of(s));
                    addName(row, m);
                    row.addAll(List.of(num(ci.mean()), num(ci.low()), num(ci.high()), ci.n(), num(ci.level())));
                    p.printRecord(row);
                }
            }
        }
    }

    private void writeComparison(ExperimentResult result, Writer w) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, WRITE)) {
            p.printRecord(header(List.of("base", "alternative", "metric"), List.of("unit", "mean_diff", "ci_low", "ci_high", "n", "confidence_level")));
            List<String> sc = result.scenarios();
            for (int b = 0; b < sc.size(); b++) {
                for (int a = b + 1; a < sc.size(); a++) {
                    if (!result.compares(sc.get(b), sc.get(a))) {
                        continue; // a study keeps only the pairs with its base (as comparison.csv)
                    }
                    for (String m : result.metrics()) {
                        PairedDifference d = result.compare(sc.get(b), sc.get(a), m);
                        ConfidenceInterval ci = d.paired();
                        List<Object> row = new ArrayList<>(List.of(sc.get(b), sc.get(a)));
                        addName(row, m);
                        row.addAll(List.of(num(ci.mean()), num(ci.low()), num(ci.high()), ci.n(), num(ci.level())));
                        p.printRecord(row);
                    }
                }
            }
        }
    }

    /** Writes {@code metrics.csv}: name, unit, definition, dimensions (space-separated columns), key_patterns. */
    static void writeDictionary(MetricDictionary dictionary, Writer w) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, WRITE)) {
            p.printRecord("name", "unit", "definition", "dimensions", "key_patterns");
            for (MetricDictionary.Definition d : dictionary.definitions().values()) {
                p.printRecord(d.name(), d.unit(), d.definition(),
                        d.dimensions().stream().map(x -> x.column).collect(Collectors.joining(" ")), String.join(" ", d.patterns()));
            }
        }
    }

    /** Metric name, its dimensions and unit, appended to {@code row}. */
    private void addName(List<Object> row, String key) {
        MetricName n = names.parse(key);
        row.add(n == null ? key : n.name());
        for (Dimension d : Dimension.values()) {
            row.add(n == null ? "" : n.get(d));
        }
        row.add(n == null ? "" : n.unit());
    }

    private static List<String> header(List<String> first, List<String> last) {
        List<String> h = new ArrayList<>(first);
        h.addAll(DIMENSIONS);
        h.addAll(last);
        return h;
    }

    private static String num(double x) {
        return Double.toString(x);
    }
}
