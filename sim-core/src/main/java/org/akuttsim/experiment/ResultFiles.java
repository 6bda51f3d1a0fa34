package org.akuttsim.experiment;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.PairedDifference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The files an experiment writes into its output directory, and reading them back to resume.
 *
 * <ul>
 *   <li>{@code experiment.properties}: what identifies the experiment (seed, replications, scenario
 *       names, warm-up, length, file format, described inputs). A directory is only resumed by the same
 *       experiment.</li>
 *   <li>{@code replications.csv} ({@code scenario,replication,metric,value,block_check}): one row per
 *       value, in blocks of one replication of one scenario, in the experiment's canonical order:
 *       replication 0 of every scenario (in scenario order), then replication 1, and so on, whatever
 *       the thread count. The last row of each block carries in {@code block_check} the block's row
 *       count and the CRC-32 of its rows, as {@code <rows>:<crc32, 8 hex digits>}; other rows leave it
 *       empty. The CRC-32 runs over the UTF-8 bytes of each row of the block without its
 *       {@code block_check} field, i.e. the text {@code scenario,replication,metric,value} as written
 *       plus a line feed. A replication that recorded no metric is one row with empty metric and value.
 *       Values are written with {@link Double#toString(double)}, which reads back to the same bits.</li>
 *   <li>{@code summary.csv} and {@code comparison.csv}: written whole, then moved into place.</li>
 * </ul>
 *
 * <p><b>Earlier results are kept until new ones are complete.</b> A run writes into the
 * sub-directory {@value #PARTIAL} of the output directory: the manifest first, then
 * {@code replications.csv} as replications finish (each block in one write, flushed). Only when the
 * experiment has finished are summary and comparison written and the four files moved over those of
 * the output directory, and {@value #PARTIAL} removed. A run that fails or is killed leaves the output
 * directory's earlier results as they were, and its own progress in {@value #PARTIAL}. Every result
 * file is created readable by group and others (mode 0644 where the file system is POSIX).
 *
 * <p><b>Resume.</b> The earlier blocks come from {@value #PARTIAL} when it holds an interrupted run,
 * else from the output directory's finished run. They are read line by line and checked in order:
 * scenario and replication as expected at that place, five fields, numbers that parse, and the row
 * count and checksum of the block. The blocks before the first that fails are kept; from that block
 * on, the file is cut and the replications are run again, and a note says which block and why (a line
 * cut off, a block without its check row, e.g. cut exactly at a line break, an altered row or check).
 * Since the file is always written in order, what is kept is always a prefix and the finished file is
 * byte-identical to that of an uninterrupted run.
 */
final class ResultFiles implements Closeable {

    static final String MANIFEST = "experiment.properties";
    static final String REPLICATIONS = "replications.csv";
    static final String SUMMARY = "summary.csv";
    static final String COMPARISON = "comparison.csv";
    /** Sub-directory of the output directory a run writes into until it is complete. */
    static final String PARTIAL = ".akuttsim-partial";
    /** Version of the layout of {@code replications.csv}, recorded in the manifest as {@code files.format}. */
    static final String FORMAT = "2";

    static final String[] REPLICATIONS_HEADER = {"scenario", "replication", "metric", "value", "block_check"};
    static final String[] SUMMARY_HEADER = {"scenario", "metric", "n", "mean", "sd", "ci_low", "ci_high", "half_width", "level", "skipped"};
    static final String[] COMPARISON_HEADER = {"base", "alternative", "metric", "n", "mean_diff", "ci_low", "ci_high",
        "sd_diff", "independent_ci_low", "independent_ci_high", "level", "skipped"};

    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    private final Path dir;
    private final Path partial;
    private final Path replicationsFile;
    private final OutputStream out;
    private final int keptBlocks;

    private ResultFiles(Path dir, Path partial, int keptBlocks) throws IOException {
        this.dir = dir;
        this.partial = partial;
        this.replicationsFile = partial.resolve(REPLICATIONS);
        this.keptBlocks = keptBlocks;
        // A FileOutputStream, not an interruptible channel: stopping the pool interrupts workers, and an
        // interrupt must not close the file under a replication that is being written.
        this.out = new FileOutputStream(replicationsFile.toFile(), true);
    }

    /**
     * Prepares {@code dir} for the experiment described by {@code manifest} and, with {@code resume},
     * reads back (into {@code stats}) the valid prefix of the blocks an earlier run of the same
     * experiment left. The caller holds the directory's {@link OutputLock}.
     */
    static ResultFiles open(Path dir, Map<String, String> manifest, List<String> scenarios, int replications, boolean resume,
                            RunningStatistics stats, Consumer<String> notes) throws IOException {
        Files.createDirectories(dir);
        Path partial = dir.resolve(PARTIAL);
        Path source = resume ? resumeSource(dir, manifest) : null;
        if (!partial.equals(source)) {
            clear(partial);
        }
        Files.createDirectories(partial);
        if (!partial.equals(source)) {
            writeAtomically(partial.resolve(MANIFEST), manifestText(manifest));
        }
        Path target = partial.resolve(REPLICATIONS);
        Prefix kept = new Prefix(0, 0);
        if (source != null && Files.exists(source.resolve(REPLICATIONS))) {
            kept = readBack(source.resolve(REPLICATIONS), scenarios, replications, stats, notes);
            if (partial.equals(source)) {
                try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
                    ch.truncate(kept.bytes());
                }
            } else if (kept.bytes() > 0) {
                copyPrefix(source.resolve(REPLICATIONS), target, kept.bytes());
            }
        }
        if (kept.bytes() == 0) {
            StringBuilder header = new StringBuilder();
            print(header, (Object[]) REPLICATIONS_HEADER);
            writeAtomically(target, header.toString());
        }
        readableByAll(target);
        return new ResultFiles(dir, partial, kept.blocks());
    }

    /**
     * Where a resumed run of the experiment described by {@code manifest} reads back from: {@code dir}'s
     * partial directory, {@code dir} itself, or null (nothing to resume). Reads, writes nothing.
     *
     * @throws IllegalStateException if {@code dir} holds a different experiment or results without a manifest
     */
    static Path resumeSource(Path dir, Map<String, String> manifest) throws IOException {
        Path partial = dir.resolve(PARTIAL);
        if (Files.exists(partial.resolve(MANIFEST))) {
            checkSameExperiment(partial.resolve(MANIFEST), manifest);
            return partial;
        } else if (Files.exists(dir.resolve(MANIFEST))) {
            checkSameExperiment(dir.resolve(MANIFEST), manifest);
            return dir;
        } else if (Files.exists(dir.resolve(REPLICATIONS))) {
            throw new IllegalStateException(dir.resolve(REPLICATIONS) + " exists but " + MANIFEST
                    + " does not, so it cannot be told which experiment wrote it; use an empty output directory");
        }
        return null;
    }

    /** Blocks read back and kept from an earlier run. */
    int keptBlocks() {
        return keptBlocks;
    }

    /** Where this run's progress is until it completes. */
    Path partialDirectory() {
        return partial;
    }

    /** Removes this library's files (and temporary files) from {@code partial}, and the directory. */
    private static void clear(Path partial) throws IOException {
        if (!Files.isDirectory(partial)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(partial)) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                if (n.equals(MANIFEST) || n.equals(REPLICATIONS) || n.equals(SUMMARY) || n.equals(COMPARISON) || n.endsWith(".tmp")) {
                    Files.delete(f);
                }
            }
        }
        try {
            Files.delete(partial);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // someone else's file in there: leave it
        }
    }

    private static void copyPrefix(Path from, Path to, long bytes) throws IOException {
        Path tmp = Files.createTempFile(to.getParent(), to.getFileName().toString(), ".tmp");
        try {
            try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
                 FileChannel o = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                long done = 0;
                while (done < bytes) {
                    done += in.transferTo(done, bytes - done, o);
                }
            }
            move(tmp, to);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The bytes of one replication's block, its last row carrying the count and checksum. */
    static byte[] block(String scenario, int replication, Responses responses) {
        StringBuilder rows = new StringBuilder(64 * Math.max(1, responses.size()));
        CRC32 crc = new CRC32();
        String rep = Integer.toString(replication);
        List<String[]> fields = new ArrayList<>();
        for (Map.Entry<String, Double> e : responses.asMap().entrySet()) {
            fields.add(new String[] {scenario, rep, e.getKey(), Double.toString(e.getValue())});
        }
        if (fields.isEmpty()) {
            fields.add(new String[] {scenario, rep, "", ""});
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            line.setLength(0);
            print(line, (Object[]) fields.get(i)); // ends with "\n"
            crc.update(line.toString().getBytes(StandardCharsets.UTF_8));
            rows.append(line, 0, line.length() - 1).append(',');
            if (i == fields.size() - 1) {
                rows.append(check(fields.size(), crc.getValue()));
            }
            rows.append('\n');
        }
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String check(int rows, long crc) {
        return rows + ":" + String.format("%08x", crc);
    }

    /** Appends one replication's block in a single write. Called in canonical order, one at a time. */
    synchronized void append(String scenario, int replication, Responses responses) {
        try {
            out.write(block(scenario, replication, responses));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + replicationsFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    /**
     * The experiment is complete: writes summary (and, with two or more scenarios, comparison against
     * {@code baseline}), then moves the files over those of the output directory and removes
     * {@value #PARTIAL}.
     */
    void complete(ExperimentResult result, String baseline) throws IOException {
        close();
        writeSummary(result, partial.resolve(SUMMARY));
        boolean comparison = result.scenarios().size() > 1;
        if (comparison) {
            writeComparison(result, baseline, partial.resolve(COMPARISON));
        }
        // The manifest goes first and comes back last: should the process die between the renames, the
        // directory holds no manifest beside a mix of files, so nothing resumes from the mix.
        Files.deleteIfExists(dir.resolve(MANIFEST));
        move(partial.resolve(REPLICATIONS), dir.resolve(REPLICATIONS));
        move(partial.resolve(SUMMARY), dir.resolve(SUMMARY));
        if (comparison) {
            move(partial.resolve(COMPARISON), dir.resolve(COMPARISON));
        } else {
            Files.deleteIfExists(dir.resolve(COMPARISON)); // an earlier experiment's, which these results replace
        }
        move(partial.resolve(MANIFEST), dir.resolve(MANIFEST));
        clear(partial);
    }

    /** Where the blocks kept from an earlier run end: count and byte offset. */
    record Prefix(int blocks, long bytes) { }

    /** Reads lines as bytes, so the byte offset of every line end is known; a last line may lack its '\n'. */
    private static final class Lines {
        private final InputStream in;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
        long offset;
        int number;
        boolean terminated;

        Lines(InputStream in) {
            this.in = in;
        }

        /** The next line without its '\n', or null at the end. */
        String next() throws IOException {
            buf.reset();
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    offset += buf.size() + 1;
                    number++;
                    terminated = true;
                    return buf.toString(StandardCharsets.UTF_8);
                }
                buf.write(c);
            }
            if (buf.size() == 0) {
                return null;
            }
            offset += buf.size();
            number++;
            terminated = false;
            return buf.toString(StandardCharsets.UTF_8);
        }
    }

    /** Thrown inside {@link #readBack} at the first block that cannot be kept. */
    private static final class Damaged extends Exception {
        Damaged(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Streams {@code file}, keeping blocks in canonical order while they check out; stops at the first
     * that does not, with a note. Kept blocks are fed to {@code stats}.
     */
    static Prefix readBack(Path file, List<String> scenarios, int replications, RunningStatistics stats, Consumer<String> notes)
            throws IOException {
        int nScenarios = scenarios.size();
        long total = (long) nScenarios * replications;
        StringBuilder expectedHeader = new StringBuilder();
        print(expectedHeader, (Object[]) REPLICATIONS_HEADER);
        String header = expectedHeader.substring(0, expectedHeader.length() - 1);
        int blocks = 0;
        long keptBytes = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Lines lines = new Lines(in);
            String first = lines.next();
            if (first == null) {
                return new Prefix(0, 0);
            }
            if (!first.equals(header) || !lines.terminated) {
                notes.accept(file + " line 1: header '" + first + "' is not '" + header + "'; every replication is run again");
                return new Prefix(0, 0);
            }
            keptBytes = lines.offset;
            Responses responses = new Responses();
            CRC32 crc = new CRC32();
            int rows = 0;
            String line;
            try {
                while ((line = lines.next()) != null) {
                    if (blocks >= total) {
                        notes.accept(file + " line " + lines.number + ": rows after the last replication of the experiment are ignored");
                        break;
                    }
                    int s = (int) (blocks % nScenarios);
                    int r = (int) (blocks / nScenarios);
                    if (!lines.terminated) {
                        throw new Damaged("the line is cut off (no line break: the run was interrupted while writing it)");
                    }
                    int comma = line.lastIndexOf(',');
                    String[] f = comma < 0 ? new String[0] : fields(line.substring(0, comma));
                    if (f.length != 4) {
                        throw new Damaged("expected 5 fields (" + String.join(",", REPLICATIONS_HEADER) + "), found "
                                + (f.length + (comma < 0 ? 0 : 1)));
                    }
                    if (!f[0].equals(scenarios.get(s)) || !f[1].equals(Integer.toString(r))) {
                        throw new Damaged("expected replication " + r + " of scenario '" + scenarios.get(s) + "' here, found replication '"
                                + f[1] + "' of scenario '" + f[0] + "'");
                    }
                    crc.update((line.substring(0, comma) + "\n").getBytes(StandardCharsets.UTF_8));
                    rows++;
                    if (f[2].isEmpty()) {
                        if (!f[3].isEmpty() || rows != 1) {
                            throw new Damaged("a row without a metric name");
                        }
                    } else {
                        double v;
                        try {
                            v = Double.parseDouble(f[3]);
                        } catch (NumberFormatException e) {
                            throw new Damaged("value '" + f[3] + "' of metric '" + f[2] + "' is not a number");
                        }
                        if (responses.asMap().containsKey(f[2])) {
                            throw new Damaged("metric '" + f[2] + "' appears twice in the block");
                        }
                        responses.put(f[2], v);
                    }
                    String check = line.substring(comma + 1);
                    if (check.isEmpty()) {
                        continue;
                    }
                    String expected = check(rows, crc.getValue());
                    if (!check.equals(expected)) {
                        throw new Damaged("block_check '" + check + "' does not match the block's " + rows + " rows (lines "
                                + (lines.number - rows + 1) + "–" + lines.number + ": " + expected + "): the block was altered");
                    }
                    stats.add(s, r, responses);
                    blocks++;
                    keptBytes = lines.offset;
                    responses = new Responses();
                    crc.reset();
                    rows = 0;
                }
                if (rows > 0) {
                    throw new Damaged("the block ends without its block_check (the file was cut after a complete line)");
                }
            } catch (Damaged d) {
                int s = (int) (blocks % nScenarios);
                int r = (int) (blocks / nScenarios);
                notes.accept(file + " line " + lines.number + ": " + d.getMessage() + "; replication " + r + " of scenario '"
                        + scenarios.get(s) + "' is run again, and so is every replication after it in the file");
            }
        }
        return new Prefix(blocks, keptBytes);
    }

    /** The fields of one CSV line (quoted fields allowed). */
    private static String[] fields(String line) throws IOException {
        if (line.indexOf('"') < 0) {
            return line.split(",", -1);
        }
        try (var parser = CSVFormat.DEFAULT.parse(new StringReader(line))) {
            List<CSVRecord> recs = parser.getRecords();
            if (recs.size() != 1) {
                return new String[0];
            }
            return recs.get(0).values();
        } catch (IllegalStateException | UncheckedIOException e) {
            return new String[0];
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
        // Without the date line Properties.store adds, and in key order: the same experiment, the same bytes.
        List<String> lines = new ArrayList<>(List.of(w.toString().split("\n")));
        lines.remove(1);
        java.util.Collections.sort(lines.subList(1, lines.size()));
        return String.join("\n", lines) + "\n";
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

    /**
     * Writes {@code content} to a temporary file beside {@code file}, makes it readable by all (where
     * POSIX) and moves it into place atomically.
     */
    static void writeAtomically(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            readableByAll(tmp);
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Moves {@code from} over {@code to}, atomically where the file system can. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Mode 0644 (like report.html) where the file system is POSIX; temporary files start as 0600. */
    static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
