package org.akuttsim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Combines the output directories of shards ({@link Experiment.Builder#onlyReplications}) into the
 * files a single run of the whole experiment would have written: {@code experiment.properties},
 * {@code replications.csv}, {@code summary.csv} and, with two or more scenarios,
 * {@code comparison.csv}, byte for byte.
 *
 * <p>This works because replication r of every scenario uses substream r whichever process runs it,
 * and because the whole run's files are a function of the replications' responses taken in
 * canonical order: the shards' blocks are read back (each checked by row count and CRC-32, as for a
 * resume), in the order of their ranges, and handed to {@link Experiment#collect}, which writes and
 * summarises them as a run would.
 *
 * <p>A shard's manifest is the whole run's plus {@code shard.*} entries: the range, the confidence
 * level and baseline of the tables, and the akuttsim version. Partials are refused, with a message
 * naming the directories and the entries, unless every entry but the range agrees (the same inputs
 * digest, seed, scenarios, warm-up, length, file format, level, baseline, version), the ranges neither
 * overlap nor leave a gap, and together cover replication 0 to the last; an unfinished shard (its
 * replications still in {@code .akuttsim-partial}) and a damaged block are refused too.
 */
public final class ShardMerge {

    static final String FIRST = "shard.first";
    static final String LAST = "shard.last";
    static final String LEVEL = "shard.level";
    static final String BASELINE = "shard.baseline";
    static final String VERSION = "shard.version";

    private ShardMerge() {
    }

    /** One shard's directory and manifest. */
    private record Partial(Path dir, Map<String, String> manifest, int first, int last) { }

    /**
     * Merges the shards in {@code partials} (any order) into {@code out}, which is locked while it is
     * written; its earlier results stay in place until the merged ones are complete.
     *
     * @param partials the shards' output directories
     * @param out      the directory to write the whole run's files into
     * @param notes    told, one line each, what the merge noticed
     * @return the merged result, as the whole run would have returned it
     * @throws IllegalArgumentException if the partials do not belong together or do not cover every replication
     * @throws IllegalStateException    if a partial's replications are damaged
     * @throws UncheckedIOException     if a file cannot be read or written
     */
    public static ExperimentResult merge(List<Path> partials, Path out, Consumer<String> notes) {
        if (partials.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge: give the output directories of the shards");
        }
        List<Partial> shards = new ArrayList<>();
        for (Path dir : partials) {
            if (dir.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("the merged output directory " + out + " is one of the shards; choose another");
            }
            shards.add(read(dir));
        }
        Partial ref = shards.get(0);
        for (Partial p : shards.subList(1, shards.size())) {
            String diff = difference(ref.manifest, p.manifest);
            if (!diff.isEmpty()) {
                throw new IllegalArgumentException("shards " + ref.dir + " and " + p.dir + " are not of the same experiment (" + diff
                        + "); merge only shards of one experiment, run with the same inputs, options and akuttsim version");
            }
        }
        shards.sort(Comparator.comparingInt(Partial::first));
        int replications = integer(ref, "replications");
        checkCoverage(shards, replications);

        Map<String, String> whole = new TreeMap<>(ref.manifest);
        whole.keySet().removeIf(k -> k.startsWith("shard."));
        Experiment<String> experiment = rebuild(ref, whole, replications, out, notes);
        Map<String, String> rebuilt = new TreeMap<>(experiment.manifest());
        if (!rebuilt.equals(whole)) {
            throw new IllegalArgumentException("the shards in " + ref.dir + " were written by another version of the file format ("
                    + difference(whole, rebuilt) + "); merge them with the akuttsim version that wrote them");
        }
        List<String> names = experiment.scenarioNames();
        return experiment.collect(sink -> {
            for (Partial p : shards) {
                List<String> problems = new ArrayList<>();
                Path file = p.dir.resolve(ResultFiles.REPLICATIONS);
                if (!Files.exists(file)) {
                    throw new IllegalStateException("shard " + p.dir + " has no " + ResultFiles.REPLICATIONS);
                }
                int count = p.last - p.first + 1;
                ReplicationBlocks.Prefix kept = ReplicationBlocks.readBack(file, names, p.first, count,
                        (s, r, responses) -> sink.accept(responses), problems::add);
                if (kept.blocks() != count * names.size()) {
                    throw new IllegalStateException("shard " + p.dir + " (replications " + p.first + "-" + p.last + ") is damaged: "
                            + (problems.isEmpty() ? "its file ends after " + kept.blocks() + " of " + count * names.size() + " blocks"
                            : String.join("; ", problems)) + "; run that shard again with the same options");
                }
            }
        });
    }

    private static Partial read(Path dir) {
        Path manifest = dir.resolve(ResultFiles.MANIFEST);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("shard directory " + dir + " does not exist");
        }
        if (!Files.exists(manifest)) {
            if (Files.exists(dir.resolve(ResultFiles.PARTIAL).resolve(ResultFiles.MANIFEST))) {
                throw new IllegalArgumentException("shard " + dir + " is unfinished (its replications so far are in "
                        + dir.resolve(ResultFiles.PARTIAL) + "); finish it with --resume before merging");
            }
            throw new IllegalArgumentException(dir + " holds no " + ResultFiles.MANIFEST + ": not the output directory of a shard");
        }
        Map<String, String> m;
        try {
            m = ResultFiles.readManifest(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest + ": " + e.getMessage(), e);
        }
        if (!m.containsKey(FIRST) || !m.containsKey(LAST)) {
            throw new IllegalArgumentException(manifest + " has no " + FIRST + "/" + LAST + ": " + dir
                    + " holds a whole run, not a shard (nothing to merge)");
        }
        Partial p = new Partial(dir, m, 0, 0);
        return new Partial(dir, m, integer(p, FIRST), integer(p, LAST));
    }

    /** The ranges, sorted by first replication, must tile 0 .. replications − 1. */
    private static void checkCoverage(List<Partial> shards, int replications) {
        int next = 0;
        Partial previous = null;
        for (Partial p : shards) {
            if (p.first < next) {
                throw new IllegalArgumentException("shards " + previous.dir + " (replications " + previous.first + "-" + previous.last
                        + ") and " + p.dir + " (replications " + p.first + "-" + p.last + ") overlap; merge each replication once");
            }
            if (p.first > next) {
                throw new IllegalArgumentException("replications " + next + "-" + (p.first - 1) + " are missing (no shard covers them;"
                        + " the shards given cover " + ranges(shards) + " of 0-" + (replications - 1) + ")");
            }
            next = p.last + 1;
            previous = p;
        }
        if (next != replications) {
            throw new IllegalArgumentException("replications " + next + "-" + (replications - 1) + " are missing (no shard covers them;"
                    + " the shards given cover " + ranges(shards) + " of 0-" + (replications - 1) + ")");
        }
    }

    private static String ranges(List<Partial> shards) {
        List<String> r = new ArrayList<>();
        for (Partial p : shards) {
            r.add(p.first + "-" + p.last);
        }
        return String.join(", ", r);
    }

    /** The whole experiment the shards are parts of, with placeholder scenarios: it collects, never runs. */
    private static Experiment<String> rebuild(Partial ref, Map<String, String> whole, int replications, Path out,
                                              Consumer<String> notes) {
        Experiment.Builder<String> b = Experiment.builder((String s, Replication r, Responses o) -> {
            throw new IllegalStateException("a merge does not run replications");
        });
        int n = integer(ref, "scenarios");
        for (int i = 0; i < n; i++) {
            b.scenario(value(ref, "scenario." + i), value(ref, "scenario." + i));
        }
        whole.forEach((k, v) -> {
            if (k.startsWith("input.")) {
                b.describe(k.substring("input.".length()), v);
            }
        });
        try {
            b.replications(replications).seed(Long.parseLong(value(ref, "seed")))
                    .warmUp(Double.parseDouble(value(ref, "warmUp"))).length(Double.parseDouble(value(ref, "length")))
                    .confidenceLevel(Double.parseDouble(value(ref, LEVEL))).baseline(value(ref, BASELINE))
                    .outputDirectory(out).resume(false).notes(notes);
            return b.build();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ref.dir.resolve(ResultFiles.MANIFEST) + ": a number does not parse (" + e.getMessage() + ")");
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(ref.dir.resolve(ResultFiles.MANIFEST) + ": " + e.getMessage());
        }
    }

    private static String value(Partial p, String key) {
        String v = p.manifest.get(key);
        if (v == null) {
            throw new IllegalArgumentException(p.dir.resolve(ResultFiles.MANIFEST) + ": entry '" + key + "' is missing");
        }
        return v;
    }

    private static int integer(Partial p, String key) {
        String v = value(p, key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(p.dir.resolve(ResultFiles.MANIFEST) + ": entry '" + key + "' is '" + v
                    + "', expected a whole number");
        }
    }

    /** The entries (other than the range) in which two manifests differ, e.g. {@code seed: 1 vs 2}. */
    private static String difference(Map<String, String> a, Map<String, String> b) {
        StringBuilder d = new StringBuilder();
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            if (!k.equals(FIRST) && !k.equals(LAST) && !Objects.equals(a.get(k), b.get(k))) {
                d.append(d.length() == 0 ? "" : "; ").append(k).append(": ").append(a.get(k)).append(" vs ").append(b.get(k));
            }
        }
        return d.toString();
    }

    /** The akuttsim version this library was built as (recorded by shards). */
    static String version() {
        try (InputStream in = ShardMerge.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
