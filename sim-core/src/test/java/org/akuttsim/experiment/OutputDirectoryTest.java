package org.akuttsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.akuttsim.experiment.QueueModel.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output directories: the lock, results kept until replaced, file modes, byte order, and resume that cannot be fooled. */
class OutputDirectoryTest {

    private static final List<String> FILES = List.of("experiment.properties", "replications.csv", "summary.csv", "comparison.csv");

    @TempDir
    Path tmp;

    /** Replications finish out of order on several threads: later ones are faster. */
    private static final ReplicationModel<Queue> SLOW_EARLY = (q, rep, out) -> {
        try {
            Thread.sleep(Math.max(0, 6 - rep.index() % 7));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        QueueModel.MODEL.run(q, rep, out);
    };

    private static Experiment.Builder<Queue> experiment(ReplicationModel<Queue> model, long seed, int reps, Path dir) {
        return Experiment.builder(model).scenario("four", new Queue(4, 1.0, 3.4)).scenario("five", new Queue(5, 1.0, 3.4))
                .scenario("six", new Queue(6, 1.0, 3.4)).replications(reps).seed(seed).warmUp(10).length(100).outputDirectory(dir);
    }

    private static ReplicationModel<Queue> failingFrom(int index, AtomicInteger calls) {
        return (q, rep, out) -> {
            calls.incrementAndGet();
            if (rep.index() >= index) {
                throw new IllegalStateException("simulated crash");
            }
            QueueModel.MODEL.run(q, rep, out);
        };
    }

    private static List<byte[]> contents(Path dir) throws IOException {
        List<byte[]> c = new ArrayList<>();
        for (String f : FILES) {
            c.add(Files.readAllBytes(dir.resolve(f)));
        }
        return c;
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void replicationsCsvHasTheSameBytesOnOneAndFourThreads() throws IOException {
        Path one = tmp.resolve("one");
        Path four = tmp.resolve("four");
        experiment(SLOW_EARLY, 3, 14, one).threads(1).build().run();
        experiment(SLOW_EARLY, 3, 14, four).threads(4).build().run();
        assertSameFiles(one, four);
        // Canonical order: replication 0 of every scenario, then replication 1, ...
        List<String> lines = Files.readAllLines(four.resolve("replications.csv"));
        assertEquals("scenario,replication,metric,value,block_check", lines.get(0));
        List<String> blocks = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String key = l.substring(0, l.indexOf(',', l.indexOf(',') + 1));
            if (blocks.isEmpty() || !blocks.get(blocks.size() - 1).equals(key)) {
                blocks.add(key);
            }
        }
        assertEquals(List.of("four,0", "five,0", "six,0", "four,1", "five,1"), blocks.subList(0, 5));
        assertEquals(3 * 14, blocks.size());
        assertTrue(lines.get(1).endsWith(",") && lines.get(3).matches(".*,3:[0-9a-f]{8}"), lines.subList(1, 4).toString());
    }

    @Test
    void resultFilesAreReadableByTheGroupLikeTheReport() throws IOException {
        experiment(QueueModel.MODEL, 1, 3, tmp).build().run();
        if (!Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            return;
        }
        for (String f : FILES) {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(tmp.resolve(f));
            assertTrue(p.contains(PosixFilePermission.GROUP_READ) && p.contains(PosixFilePermission.OTHERS_READ), f + " " + p);
        }
        try (var files = Files.list(tmp)) {
            assertEquals(Set.of("experiment.properties", "replications.csv", "summary.csv", "comparison.csv", ".akuttsim.lock"),
                    Set.copyOf(files.map(p -> p.getFileName().toString()).toList()), "no temporary or partial files are left");
        }
    }

    @Test
    void aFailingFreshRunKeepsTheEarlierResultsUntilItCompletes() throws IOException {
        experiment(QueueModel.MODEL, 1, 6, tmp).build().run();
        List<byte[]> before = contents(tmp);

        AtomicInteger calls = new AtomicInteger();
        assertThrows(ExperimentFailedException.class,
                () -> experiment(failingFrom(3, calls), 2, 6, tmp).resume(false).threads(1).build().run());
        List<byte[]> after = contents(tmp);
        for (int i = 0; i < FILES.size(); i++) {
            assertArrayEquals(before.get(i), after.get(i), FILES.get(i) + " of the earlier run is untouched");
        }
        assertTrue(Files.exists(tmp.resolve(".akuttsim-partial/replications.csv")), "the failed run's progress is kept apart");

        // The same experiment with --resume continues from its own progress; the earlier one is then replaced.
        AtomicInteger resumedCalls = new AtomicInteger();
        ExperimentResult r = experiment(failingFrom(Integer.MAX_VALUE, resumedCalls), 2, 6, tmp).build().run();
        assertEquals(9, r.replicationsResumed());
        assertEquals(9, resumedCalls.get());
        Path reference = tmp.resolve("reference");
        experiment(QueueModel.MODEL, 2, 6, reference).build().run();
        assertSameFiles(reference, tmp);
        assertFalse(Files.exists(tmp.resolve(".akuttsim-partial")));
    }

    @Test
    void aFreshRunIntoADirectoryOfAnotherExperimentReplacesItOnlyAtTheEnd() throws IOException {
        experiment(QueueModel.MODEL, 1, 3, tmp).build().run();
        assertThrows(IllegalStateException.class, () -> experiment(QueueModel.MODEL, 2, 3, tmp).build().run(), "resume refuses");
        experiment(QueueModel.MODEL, 2, 3, tmp).resume(false).build().run();
        Path reference = tmp.resolve("reference");
        experiment(QueueModel.MODEL, 2, 3, reference).build().run();
        assertSameFiles(reference, tmp);
    }

    @Test
    void aSecondRunInTheSameJvmIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
        try (OutputLock held = OutputLock.acquire(tmp)) {
            OutputDirectoryInUseException e = CompletableFuture.supplyAsync(() -> assertThrows(OutputDirectoryInUseException.class,
                    () -> experiment(QueueModel.MODEL, 1, 2, tmp).build().run())).get();
            assertTrue(e.getMessage().contains("output directory '" + tmp + "' is in use by another run (lock file "
                    + tmp.resolve(".akuttsim.lock") + ", pid " + ProcessHandle.current().pid() + ")"), e.getMessage());
            // The holder's thread may run an experiment there (re-entrant).
            experiment(QueueModel.MODEL, 1, 2, tmp).build().run();
        }
        experiment(QueueModel.MODEL, 1, 2, tmp).build().run();
    }

    @Test
    void anotherProcessHoldingTheLockIsNamedAndKillingItFreesTheDirectory() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), tmp.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("locked"), "holder said: " + line);
            OutputDirectoryInUseException e = assertThrows(OutputDirectoryInUseException.class,
                    () -> experiment(QueueModel.MODEL, 1, 2, tmp).build().run());
            assertEquals(holder.pid(), e.pid(), e.getMessage());
            assertTrue(e.getMessage().contains("pid " + holder.pid()), e.getMessage());
            assertFalse(Files.exists(tmp.resolve("replications.csv")));
        } finally {
            holder.destroyForcibly(); // SIGKILL: the OS releases the lock
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(2, experiment(QueueModel.MODEL, 1, 2, tmp).build().run().replicationsRun() / 3);
    }

    /** Completes a run, damages its replications.csv with {@code damage}, resumes: the reported block is rerun. */
    private void assertResumeRepairs(String what, java.util.function.UnaryOperator<String> damage, String expectedNote,
                                     int expectedKept) throws IOException {
        Path reference = tmp.resolve(what + "-reference");
        Path dir = tmp.resolve(what);
        experiment(QueueModel.MODEL, 9, 5, reference).build().run();
        experiment(QueueModel.MODEL, 9, 5, dir).build().run();
        Path file = dir.resolve("replications.csv");
        Files.writeString(file, damage.apply(Files.readString(file)));
        List<String> notes = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        ExperimentResult r = experiment(failingFrom(Integer.MAX_VALUE, calls), 9, 5, dir).notes(notes::add).build().run();
        assertEquals(1, notes.size(), what + ": " + notes);
        assertTrue(notes.get(0).contains(expectedNote), what + ": " + notes.get(0));
        assertEquals(expectedKept, r.replicationsResumed(), what);
        assertEquals(15 - expectedKept, calls.get(), what);
        assertSameFiles(reference, dir);
    }

    @Test
    void resumeRerunsADamagedPartialOrAlteredBlockAndSaysWhich() throws IOException {
        // Each block has 3 rows (meanWait, utilisation, arrivals); line 1 is the header, block k is lines 3k+2 .. 3k+4.
        assertResumeRepairs("cut-at-line-break", s -> s.substring(0, nthLineEnd(s, 1 + 3 * 7 + 2) + 1),
                "line 24: the block ends without its block_check (the file was cut after a complete line); replication 2 of scenario 'five'", 7);
        assertResumeRepairs("cut-inside-line", s -> s.substring(0, nthLineEnd(s, 1 + 3 * 7 + 2) - 3),
                "line 24: the line is cut off", 7);
        assertResumeRepairs("altered-value", s -> alterLine(s, 1 + 3 * 4 + 2, l -> l.replaceFirst("(?<m>,[a-zA-Z]+,)(?<v>[0-9])", "${m}9${v}")),
                "line 16: block_check", 4);
        assertResumeRepairs("altered-check", s -> alterLine(s, 1 + 3 * 10 + 3, l -> l.substring(0, l.length() - 1) + "0"),
                "the block was altered; replication 3 of scenario 'five'", 10);
        assertResumeRepairs("row-deleted", s -> alterLine(s, 1 + 3 * 5 + 1, l -> null),
                "line 18: block_check", 5);
        assertResumeRepairs("not-a-number", s -> alterLine(s, 1 + 3 * 2 + 1, l -> l.replaceFirst("meanWait,[^,]*", "meanWait,x")),
                "line 8: value 'x' of metric 'meanWait' is not a number", 2);
        assertResumeRepairs("blocks-swapped", s -> swapLines(s, 2, 5), "line 2: expected replication 0 of scenario 'four' here", 0);
    }

    /** Index of the '\n' ending line {@code n} (1-based). */
    private static int nthLineEnd(String s, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = s.indexOf('\n', at + 1);
        }
        return at;
    }

    private static String alterLine(String s, int n, java.util.function.UnaryOperator<String> f) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        String changed = f.apply(lines.get(n - 1));
        assertFalse(lines.get(n - 1).equals(changed), "the damage changes line " + n);
        if (changed == null) {
            lines.remove(n - 1);
        } else {
            lines.set(n - 1, changed);
        }
        return String.join("\n", lines);
    }

    private static String swapLines(String s, int a, int b) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        String x = lines.get(a - 1);
        lines.set(a - 1, lines.get(b - 1));
        lines.set(b - 1, x);
        return String.join("\n", lines);
    }
}
