package org.akuttsim.scenarios.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.akuttsim.BuildInfo;
import org.akuttsim.io.AtomicFile;

/**
 * {@code provenance.json}, written beside every experiment's result files: which akuttsim (version and
 * git commit, from the build: {@link BuildInfo}), which inputs (the SHA-256 of the input files,
 * {@link InputDigest}, and what else the experiment was described with), seed, replications, horizon,
 * confidence level, scenarios, the command line as given, the Java version and when the results were
 * finished. The command line is the one of the command running on this thread
 * ({@link #commandLine(String[])}, set by {@link Main#execute}).
 */
final class Provenance {

    static final String FILE = "provenance.json";

    private static final ThreadLocal<List<String>> COMMAND_LINE = ThreadLocal.withInitial(List::of);

    private Provenance() {
    }

    /** The arguments of the command running on this thread ({@code null}: none any more). */
    static void commandLine(String[] args) {
        if (args == null) {
            COMMAND_LINE.remove();
        } else {
            COMMAND_LINE.set(List.of(args));
        }
    }

    /** Writes {@value #FILE} into {@code dir} for an experiment run with {@code opts}. */
    static void write(Path dir, ExperimentOptions opts, int replications, List<String> scenarios, Map<String, String> inputs) {
        StringBuilder sb = new StringBuilder("{\n");
        field(sb, "akuttsim_version", str(BuildInfo.version()));
        field(sb, "git_commit", str(BuildInfo.commit()));
        List<String> args = new ArrayList<>(List.of("akuttsim"));
        args.addAll(COMMAND_LINE.get());
        field(sb, "command_line", list(args));
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(inputs).entrySet()) {
            field(sb, "input." + e.getKey(), str(e.getValue()));
        }
        field(sb, "seed", Long.toString(opts.seed));
        field(sb, "replications", Integer.toString(replications));
        field(sb, "warm_up_days", num(opts.warmUpDays));
        field(sb, "length_days", num(opts.lengthDays));
        field(sb, "confidence_level", num(opts.confidence));
        field(sb, "scenarios", list(scenarios));
        field(sb, "java_version", str(System.getProperty("java.version")));
        sb.append("  \"finished_utc\": ").append(str(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())).append("\n}\n");
        try {
            AtomicFile.write(dir.resolve(FILE), w -> w.write(sb.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    private static void field(StringBuilder sb, String key, String json) {
        sb.append("  ").append(str(key)).append(": ").append(json).append(",\n");
    }

    private static String list(List<String> values) {
        List<String> q = new ArrayList<>();
        for (String v : values) {
            q.add(str(v));
        }
        return "[" + String.join(", ", q) + "]";
    }

    private static String num(double x) {
        return Double.isFinite(x) ? (x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x)) : "null";
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
