package org.akuttsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill-and-resume loop of the fuzz suite (issue 21): the real command line in a JVM of its own,
 * killed with SIGKILL ({@link Process#destroyForcibly()}) three times while it writes replications,
 * each time resumed with {@code --resume}; at the end its result files are byte for byte those of an
 * uninterrupted run with the same seed (on another thread count, too).
 */
class KillAndResumeTest {

    /** 2 scenarios × 12 replications of 20 days: about 2 s of simulation, long enough to be killed in. */
    static final List<String> ARGS = List.of("compare", "-s", "2021,2035", "-r", "12", "--length-days", "20", "--warm-up-days", "1",
            "--seed", "4242", "-q");
    static final int BLOCKS = 24;
    /** The last row of a replication's block carries {@code rows:checksum}. */
    static final Pattern BLOCK_END = Pattern.compile(".*,\\d+:[0-9a-f]+$");

    @Test
    void aRunKilledThreeTimesAndResumedEndsByteIdenticalToAnUninterruptedOne(@TempDir Path dir) throws Exception {
        Path reference = dir.resolve("reference");
        List<String> ref = new ArrayList<>(ARGS);
        ref.addAll(List.of("-t", "1", "-o", reference.toString()));
        MainTest.Outcome whole = MainTest.run(ref.toArray(String[]::new));
        assertEquals(0, whole.code(), whole.err());

        Path out = dir.resolve("killed");
        Path partial = out.resolve(".akuttsim-partial").resolve("replications.csv");
        int kills = 0;
        int seen = 0;
        List<Integer> killedAt = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Process p = start(out, dir.resolve("round-" + round), round > 0);
            int target = Math.min(BLOCKS - 1, seen + 5);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (p.isAlive() && blocks(partial) < target && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            if (p.isAlive()) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, possibly in the middle of a block
                kills++;
                killedAt.add(blocks(partial));
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed process ended");
            seen = Math.max(seen, blocks(partial));
            assertFalse(Files.exists(out.resolve("summary.csv")), "no summary before the experiment is complete");
        }
        Process last = start(out, dir.resolve("final"), true);
        assertTrue(last.waitFor(60, TimeUnit.SECONDS), "the last resume ends");
        String err = Files.readString(dir.resolve("final.err"), StandardCharsets.UTF_8);
        String stdout = Files.readString(dir.resolve("final.out"), StandardCharsets.UTF_8);
        assertEquals(0, last.exitValue(), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
        assertTrue(kills >= 2, "at least two of the three runs were killed while writing (" + kills + ")");
        assertTrue(stdout.matches("(?s).*compare: \\d+ replications run, [1-9]\\d* read back.*"), "the last run read replications back:\n"
                + stdout);

        System.out.println("kill-and-resume: killed " + kills + " times, after " + killedAt + " of " + BLOCKS
                + " replication blocks; the last resume: " + stdout.lines().filter(l -> l.startsWith("compare: ")).findFirst().orElse(""));
        for (String f : List.of("replications.csv", "summary.csv", "comparison.csv")) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(f)), Files.readAllBytes(out.resolve(f)),
                    f + " after " + kills + " kills and resumes");
        }
        assertFalse(Files.exists(out.resolve(".akuttsim-partial")), "the partial directory is gone once the run is complete");
    }

    /** The command line in a new JVM, two threads, writing into {@code out}; its output in {@code log}.out/.err. */
    private static Process start(Path out, Path log, boolean resume) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:+UseSerialGC", "-cp", classPath(), Main.class.getName()));
        cmd.addAll(ARGS);
        cmd.addAll(List.of("-t", "2", "-o", out.toString()));
        if (resume) {
            cmd.add("--resume");
        }
        return new ProcessBuilder(cmd).redirectOutput(log.resolveSibling(log.getFileName() + ".out").toFile())
                .redirectError(log.resolveSibling(log.getFileName() + ".err").toFile()).start();
    }

    /** The test class path: Surefire's when run under Maven (its own java.class.path may be a manifest-only jar). */
    static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
    }

    /** Complete replication blocks written so far to {@code f} (0 while it does not exist). */
    static int blocks(Path f) {
        try {
            byte[] b = Files.readAllBytes(f);
            int n = 0;
            for (String line : new String(b, StandardCharsets.UTF_8).split("\n", -1)) {
                if (BLOCK_END.matcher(line).matches()) {
                    n++;
                }
            }
            return n;
        } catch (IOException e) {
            return 0; // not yet there, or being replaced
        }
    }
}
