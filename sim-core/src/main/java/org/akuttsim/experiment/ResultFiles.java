package org.akuttsim.experiment;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.PairedDifference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The files an experiment writes into its output directory, and reading them back to resume.
 *
 * <ul>
 *   <li>{@code experiment.properties}: what identifies the experiment (seed, replications, scenario
 *       names, warm-up, length). A directory is only resumed by the same experiment.</li>
 *   <li>{@code replications.csv} ({@code scenario,replication,metric,value}): one row per value,
 *       appended as each replication finishes. A replication's rows go out in one unbuffered write,
 *       so an interrupted run can leave at most the last replication torn, and it shows as a last line
 *       without its newline. On resume that line and the replication block just before it are
 *       discarded (the block cannot be told apart from the torn one's first rows) and run again.
 *       Values are written with {@link Double#toString(double)}, which reads back to the same bits.</li>
 *   <li>{@code summary.csv} and {@code comparison.csv}: written whole to a temporary file and moved
 *       into place atomically, so a reader never sees half a file.</li>
 * </ul>
 */
final class ResultFiles {

    static final String MANIFEST = "experiment.properties";
    static final String REPLICATIONS = "replications.csv";
    static final String SUMMARY = "summary.csv";
    static final String COMPARISON = "comparison.csv";

    static final String[] REPLICATIONS_HEADER = {"scenario", "replication", "metric", "value"};
    static final String[] SUMMARY_HEADER = {"scenario", "metric", "n", "mean", "sd", "ci_low", "ci_high", "half_width", "level", "skipped"};
    static final String[] COMPARISON_HEADER = {"base", "alternative", "metric", "n", "mean_diff", "ci_low", "ci_high",
        "sd_diff", "independent_ci_low", "independent_ci_high", "level", "skipped"};

    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();

    private final Path replicationsFile;
    private OutputStream out;

    private ResultFiles(Path replicationsFile) {
        this.replicationsFile = replicationsFile;
    }

    /**
     * Prepares {@code dir} for the experiment described by {@code manifest}: creates it, or checks
     * that what it holds comes from the same experiment and reads back the finished replications.
     *
     * @param resumed filled with the replications found, by [scenario][replication]; other entries stay null
     */
    static ResultFiles open(Path dir, Map<String, String> manifest, List<String> scenarios, Responses[][] resumed)
            throws IOException {
        Files.createDirectories(dir);
        Path manifestFile = dir.resolve(MANIFEST);
        Path replications = dir.resolve(REPLICATIONS);
        if (Files.exists(manifestFile)) {
            checkSameExperiment(manifestFile, manifest);
        } else if (Files.exists(replications)) {
            throw new IllegalStateException(replications + " exists but " + MANIFEST
                    + " does not, so it cannot be told which experiment wrote it; use an empty output directory");
        } else {
            writeAtomically(manifestFile, manifestText(manifest));
        }
        StringBuilder kept = new StringBuilder();
        print(kept, (Object[]) REPLICATIONS_HEADER);
        if (Files.exists(replications)) {
            readBack(replications, scenarios, resumed, kept);
        }
        // Rewrite without any torn tail before appending, so no discarded row stays in the file.
        writeAtomically(replications, kept.toString());
        ResultFiles files = new ResultFiles(replications);
        // A FileOutputStream, not an interruptible channel: stopping the pool interrupts workers, and an
        // interrupt must not close the file under a replication that is being written.
        files.out = new FileOutputStream(replications.toFile(), true);
        return files;
    }

    /** Appends one replication's rows in a single write. Called by worker threads, one at a time. */
    synchronized void append(String scenario, int replication, Responses responses) {
        StringBuilder block = new StringBuilder(64 * responses.size());
        String rep = Integer.toString(replication);
        for (Map.Entry<String, Double> e : responses.asMap().entrySet()) {
            print(block, scenario, rep, e.getKey(), Double.toString(e.getValue()));
        }
        try {
            out.write(block.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + replicationsFile + ": " + e.getMessage(), e);
        }
    }

    synchronized void close() throws IOException {
        out.close();
    }

    private static void readBack(Path file, List<String> scenarios, Responses[][] resumed, StringBuilder kept)
            throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int lastNewline = text.lastIndexOf('\n');
        boolean torn = lastNewline < text.length() - 1;
        String complete = text.substring(0, lastNewline + 1);
        if (complete.isEmpty()) {
            return; // not even the header was finished
        }
        record Row(String scenario, int replication, String metric, String value) { }
        List<List<Row>> blocks = new ArrayList<>();
        try (CSVParser parser = READ.parse(new StringReader(complete))) {
            if (!parser.getHeaderNames().equals(List.of(REPLICATIONS_HEADER))) {
                throw new IllegalStateException(file + " has header " + parser.getHeaderNames() + ", expected "
                        + List.of(REPLICATIONS_HEADER));
            }
            Set<String> seen = new HashSet<>();
            String currentKey = null;
            for (CSVRecord rec : parser) {
                if (rec.size() != REPLICATIONS_HEADER.length) {
                    throw new IllegalStateException(file + " line " + (rec.getRecordNumber() + 1) + ": expected 4 fields, found " + rec.size());
                }
                String scenario = rec.get(0);
                int s = scenarios.indexOf(scenario);
                int r;
                try {
                    r = Integer.parseInt(rec.get(1));
                    Double.parseDouble(rec.get(3));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(file + " line " + (rec.getRecordNumber() + 1)
                            + ": replication must be an integer and value a number, found '" + rec.get(1) + "', '" + rec.get(3) + "'");
                }
                if (s < 0 || r < 0 || r >= resumed[0].length) {
                    throw new IllegalStateException(file + " line " + (rec.getRecordNumber() + 1) + ": scenario '" + scenario
                            + "' replication " + r + " is not part of this experiment (scenarios " + scenarios
                            + ", replications 0.." + (resumed[0].length - 1) + ")");
                }
                String key = s + "/" + r;
                if (!key.equals(currentKey)) {
                    if (!seen.add(key)) {
                        throw new IllegalStateException(file + " line " + (rec.getRecordNumber() + 1) + ": replication " + r
                                + " of scenario '" + scenario + "' appears twice; the file was not written by one experiment");
                    }
                    blocks.add(new ArrayList<>());
                    currentKey = key;
                }
                blocks.get(blocks.size() - 1).add(new Row(scenario, r, rec.get(2), rec.get(3)));
            }
        }
        if (torn && !blocks.isEmpty()) {
            blocks.remove(blocks.size() - 1);
        }
        for (List<Row> block : blocks) {
            Row first = block.get(0);
            Responses responses = new Responses();
            for (Row row : block) {
                responses.put(row.metric(), Double.parseDouble(row.value()));
                print(kept, row.scenario(), Integer.toString(row.replication()), row.metric(), row.value());
            }
            resumed[scenarios.indexOf(first.scenario())][first.replication()] = responses;
        }
    }

    private static void checkSameExperiment(Path manifestFile, Map<String, String> expected) throws IOException {
        Properties stored = new Properties();
        try (var reader = Files.newBufferedReader(manifestFile, StandardCharsets.UTF_8)) {
            stored.load(reader);
        }
        Map<String, String> found = new TreeMap<>();
        for (String k : stored.stringPropertyNames()) {
            found.put(k, stored.getProperty(k));
        }
        Map<String, String> wanted = new TreeMap<>(expected);
        if (!found.equals(wanted)) {
            StringBuilder diff = new StringBuilder();
            Set<String> keys = new java.util.TreeSet<>(found.keySet());
            keys.addAll(wanted.keySet());
            for (String k : keys) {
                if (!Objects.equals(found.get(k), wanted.get(k))) {
                    diff.append(diff.length() == 0 ? "" : "; ").append(k).append(": directory has ")
                            .append(found.get(k)).append(", this experiment has ").append(wanted.get(k));
                }
            }
            throw new IllegalStateException("cannot resume: " + manifestFile.getParent() + " holds results of a different experiment ("
                    + diff + "); choose another output directory or delete it");
        }
    }

    private static String manifestText(Map<String, String> manifest) throws IOException {
        Properties p = new Properties();
        p.putAll(manifest);
        StringWriter w = new StringWriter();
        p.store(w, "akuttsim experiment: a run resumes in this directory only if all of these match");
        return w.toString();
    }

    static void writeSummary(ExperimentResult result, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        print(sb, (Object[]) SUMMARY_HEADER);
        for (String s : result.scenarios()) {
            for (String m : result.metrics()) {
                ConfidenceInterval ci = result.summary(s, m);
                print(sb, s, m, ci.n(), num(ci.mean()), num(ci.sd()), num(ci.low()), num(ci.high()), num(ci.halfWidth()),
                        num(ci.level()), ci.skipped());
            }
        }
        writeAtomically(file, sb.toString());
    }

    static void writeComparison(ExperimentResult result, String base, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        print(sb, (Object[]) COMPARISON_HEADER);
        for (String alt : result.scenarios()) {
            if (alt.equals(base)) {
                continue;
            }
            for (String m : result.metrics()) {
                PairedDifference d = result.compare(base, alt, m);
                ConfidenceInterval p = d.paired();
                ConfidenceInterval ind = d.independent();
                print(sb, base, alt, m, p.n(), num(p.mean()), num(p.low()), num(p.high()), num(p.sd()),
                        num(ind.low()), num(ind.high()), num(p.level()), p.skipped());
            }
        }
        writeAtomically(file, sb.toString());
    }

    private static String num(double x) {
        return Double.toString(x);
    }

    private static void print(StringBuilder sb, Object... fields) {
        try (CSVPrinter p = new CSVPrinter(sb, WRITE)) {
            p.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
    }

    /** Writes {@code content} to a temporary file beside {@code file} and moves it into place atomically. */
    static void writeAtomically(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
