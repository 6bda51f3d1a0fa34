package org.akuttsim.experiment;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

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
    static ResultFiles open(Path dir, Map<String, String> manifest, List<String> scenarios, int first, int replications,
                            boolean resume, RunningStatistics stats, Consumer<String> notes) throws IOException {
        Files.createDirectories(dir);
        Path partial = dir.resolve(PARTIAL);
        Path source = resume ? resumeSource(dir, manifest) : null;
        if (!partial.equals(source)) {
            clear(partial);
        }
        Files.createDirectories(partial);
        if (!partial.equals(source)) {
            ResultTables.writeAtomically(partial.resolve(MANIFEST), manifestText(manifest));
        }
        Path target = partial.resolve(REPLICATIONS);
        ReplicationBlocks.Prefix kept = new ReplicationBlocks.Prefix(0, 0);
        if (source != null && Files.exists(source.resolve(REPLICATIONS))) {
            kept = ReplicationBlocks.readBack(source.resolve(REPLICATIONS), scenarios, first, replications, stats::add, notes);
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
            ResultTables.print(header, (Object[]) ReplicationBlocks.HEADER);
            ResultTables.writeAtomically(target, header.toString());
        }
        org.akuttsim.io.AtomicFile.readableByAll(target);
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
            ResultTables.move(tmp, to);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Appends one replication's block in a single write. Called in canonical order, one at a time. */
    synchronized void append(String scenario, int replication, Responses responses) {
        try {
            out.write(ReplicationBlocks.block(scenario, replication, responses));
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
     * {@code baseline}; neither for a shard, whose tables would describe only its replications), then
     * moves the files over those of the output directory and removes {@value #PARTIAL}.
     */
    void complete(ExperimentResult result, String baseline, boolean shard) throws IOException {
        close();
        if (shard) {
            Files.deleteIfExists(dir.resolve(MANIFEST));
            ResultTables.move(partial.resolve(REPLICATIONS), dir.resolve(REPLICATIONS));
            Files.deleteIfExists(dir.resolve(SUMMARY)); // an earlier whole run's, which this shard replaces
            Files.deleteIfExists(dir.resolve(COMPARISON));
            ResultTables.move(partial.resolve(MANIFEST), dir.resolve(MANIFEST));
            clear(partial);
            return;
        }
        ResultTables.writeSummary(result, partial.resolve(SUMMARY));
        boolean comparison = result.scenarios().size() > 1;
        if (comparison) {
            ResultTables.writeComparison(result, baseline, partial.resolve(COMPARISON));
        }
        // The manifest goes first and comes back last: should the process die between the renames, the
        // directory holds no manifest beside a mix of files, so nothing resumes from the mix.
        Files.deleteIfExists(dir.resolve(MANIFEST));
        ResultTables.move(partial.resolve(REPLICATIONS), dir.resolve(REPLICATIONS));
        ResultTables.move(partial.resolve(SUMMARY), dir.resolve(SUMMARY));
        if (comparison) {
            ResultTables.move(partial.resolve(COMPARISON), dir.resolve(COMPARISON));
        } else {
            Files.deleteIfExists(dir.resolve(COMPARISON)); // an earlier experiment's, which these results replace
        }
        ResultTables.move(partial.resolve(MANIFEST), dir.resolve(MANIFEST));
        clear(partial);
    }


    /** The entries of a manifest file, in key order. */
    static Map<String, String> readManifest(Path manifestFile) throws IOException {
        Properties stored = new Properties();
        try (var reader = Files.newBufferedReader(manifestFile, StandardCharsets.UTF_8)) {
            stored.load(reader);
        }
        Map<String, String> found = new TreeMap<>();
        for (String k : stored.stringPropertyNames()) {
            found.put(k, stored.getProperty(k));
        }
        return found;
    }

    private static void checkSameExperiment(Path manifestFile, Map<String, String> expected) throws IOException {
        Map<String, String> found = readManifest(manifestFile);
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

    static String manifestText(Map<String, String> manifest) throws IOException {
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

}
