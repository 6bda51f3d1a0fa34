package org.akuttsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the fuzz suite asserts of every command it runs (issue 21): an exit code of 0, 1 or 2, never
 * {@value Main#EXIT_BUG}; no stack trace or raw exception text on stderr; and an output directory that
 * holds either a complete result or no result file at all.
 */
final class FuzzChecks {

    /** The result files of one experiment; a command that exits 0 leaves all of them. */
    static final List<String> RESULT_FILES = List.of("replications.csv", "summary.csv", "experiment.properties",
            "results-long.csv", "summary-long.csv", "comparison-long.csv", "metrics.csv", "provenance.json");
    /** And the report of a command's results. */
    static final List<String> REPORTED = concat(RESULT_FILES, List.of("report.html"));

    private FuzzChecks() {
    }

    /**
     * Runs the command line in this JVM, failing after 30 s: an input that makes a run endless is a
     * finding, not a hung build.
     */
    static MainTest.Outcome run(String... args) {
        return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> MainTest.run(args),
                () -> "still running after 30 s: " + String.join(" ", args));
    }

    /** Exit code 0, 1 or 2 and nothing on stderr a user should not see. */
    static void assertClean(String what, MainTest.Outcome o) {
        assertTrue(o.code() == 0 || o.code() == 1 || o.code() == 2, what + ": exit code " + o.code() + "\n" + o.err());
        for (String trace : List.of("\tat ", "Exception", "internal error", "For input string", "java.lang.", "NullPointer")) {
            assertFalse(o.err().contains(trace), what + ": stderr shows '" + trace + "':\n" + o.err());
        }
        if (o.code() != 0) {
            assertFalse(o.err().isBlank(), what + ": exit code " + o.code() + " without a message");
        }
    }

    /**
     * {@code out} after a command: with exit code 0 the files of a complete experiment, {@code files}
     * (and no partial directory); otherwise no result file, since the fuzz suite starts from an empty
     * directory.
     */
    static void assertWhole(String what, MainTest.Outcome o, Path out, List<String> files) {
        if (o.code() == 0) {
            for (String f : files) {
                Path p = out.resolve(f);
                assertTrue(Files.isRegularFile(p) && size(p) > 0, what + ": exit 0 but " + p + " is missing or empty");
            }
            assertFalse(Files.exists(out.resolve(".akuttsim-partial")), what + ": exit 0 but a partial directory is left");
            List<String> summary = lines(out.resolve("summary.csv"));
            assertTrue(summary.size() > 1 && summary.get(0).startsWith("scenario,metric,n,"), what + ": summary.csv " + summary);
            List<String> reps = lines(out.resolve("replications.csv"));
            assertTrue(reps.size() > 1 && reps.get(0).startsWith("scenario,replication,metric,value"), what + ": replications.csv");
        } else if (Files.isDirectory(out)) {
            for (String f : concat(REPORTED, List.of("comparison.csv"))) {
                assertFalse(Files.exists(out.resolve(f)), what + ": exit " + o.code() + " but " + f + " was written:\n" + o.err());
            }
        }
    }

    static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes {@code dir} and everything in it (best effort: a temporary directory of one try). */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the OS to clean
                }
            });
        } catch (IOException e) {
            // left for the OS to clean
        }
    }
}
