package org.akuttsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.akuttsim.experiment.QueueModel.Queue;
import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.PairedDifference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentTest {

    private static final Queue FOUR = new Queue(4, 1.0, 3.4);  // utilisation 0.85
    private static final Queue FIVE = new Queue(5, 1.0, 3.4);  // utilisation 0.68
    private static final List<String> METRICS = List.of("meanWait", "utilisation", "arrivals");

    @TempDir
    Path tmp;

    private static Experiment.Builder<Queue> twoScenarios(ReplicationModel<Queue> model, long seed, int reps) {
        return Experiment.builder(model)
                .scenario("four", FOUR)
                .scenario("five", FIVE)
                .replications(reps)
                .seed(seed)
                .warmUp(50)
                .length(500)
                .keepValues();
    }

    private static void assertSameValues(ExperimentResult a, ExperimentResult b) {
        assertEquals(a.scenarios(), b.scenarios());
        assertEquals(a.metrics(), b.metrics());
        for (String s : a.scenarios()) {
            for (String m : a.metrics()) {
                assertArrayEquals(a.values(s, m), b.values(s, m), s + "/" + m); // compares bits
                assertEquals(a.summary(s, m), b.summary(s, m));
            }
        }
    }

    @Test
    void oneThreadAndFourThreadsGiveBitIdenticalResults() {
        ExperimentResult one = twoScenarios(QueueModel.MODEL, 42, 16).threads(1).build().run();
        ExperimentResult four = twoScenarios(QueueModel.MODEL, 42, 16).threads(4).build().run();
        assertEquals(METRICS, one.metrics());
        assertEquals(16, one.values("four", "meanWait").length);
        assertEquals(32, one.replicationsRun());
        assertSameValues(one, four);
        assertEquals(one.compare("four", "five", "meanWait"), four.compare("four", "five", "meanWait"));
    }

    @Test
    void sameSeedRepeatsAndAnotherSeedDiffers() {
        ExperimentResult a = twoScenarios(QueueModel.MODEL, 7, 6).threads(2).build().run();
        ExperimentResult b = twoScenarios(QueueModel.MODEL, 7, 6).threads(2).build().run();
        ExperimentResult c = twoScenarios(QueueModel.MODEL, 8, 6).threads(2).build().run();
        assertSameValues(a, b);
        assertFalse(Arrays.equals(a.values("four", "meanWait"), c.values("four", "meanWait")));
        // Replications differ from one another too (each has its own substream).
        double[] w = a.values("four", "meanWait");
        assertNotEquals(w[0], w[1]);
    }

    @Test
    void replicationRSeesTheSameArrivalsInEveryScenario() {
        ExperimentResult r = twoScenarios(QueueModel.MODEL, 11, 20).build().run();
        assertArrayEquals(r.values("four", "arrivals"), r.values("five", "arrivals"));
        // 500 time units at rate 1: the counts are near 500 and not all equal.
        ConfidenceInterval arrivals = r.summary("four", "arrivals");
        assertTrue(arrivals.sd() > 0);
        assertTrue(Math.abs(arrivals.mean() - 500) < 40, arrivals.toString());
        // The fifth server shortens waits.
        PairedDifference d = r.compare("four", "five", "meanWait");
        assertTrue(d.paired().high() < 0, d.toString());
        assertTrue(d.halfWidthRatio() < 1, "paired/independent half width " + d.halfWidthRatio());
        // Same customers, same service times: the busy time is nearly the same work spread over 4 or 5
        // servers, so the paired interval of utilisation is far narrower than the independent one.
        PairedDifference u5 = r.compare("four", "five", "utilisation");
        assertTrue(u5.halfWidthRatio() < 0.2, "paired/independent half width " + u5.halfWidthRatio());
        // Utilisation is arrival rate × service mean / servers = 0.85, inside a 99 % interval.
        ConfidenceInterval u = ConfidenceInterval.of(r.values("four", "utilisation"), 0.99);
        assertTrue(u.contains(0.85), u.toString());
    }

    @Test
    void csvFilesParseBackWithTheirHeadersAndOneRowPerValue() throws IOException {
        List<int[]> progress = new ArrayList<>();
        ExperimentResult r = twoScenarios(QueueModel.MODEL, 3, 5).threads(3).outputDirectory(tmp)
                .progress((done, total) -> progress.add(new int[] {done, total})).build().run();

        List<CSVRecord> reps = read(tmp.resolve("replications.csv"), List.of("scenario", "replication", "metric", "value", "block_check"));
        assertEquals(2 * 5 * 3, reps.size());
        for (CSVRecord row : reps) {
            double v = Double.parseDouble(row.get("value"));
            int i = Integer.parseInt(row.get("replication"));
            assertEquals(Double.doubleToLongBits(r.values(row.get("scenario"), row.get("metric"))[i]), Double.doubleToLongBits(v));
        }

        List<CSVRecord> summary = read(tmp.resolve("summary.csv"),
                List.of("scenario", "metric", "n", "mean", "sd", "ci_low", "ci_high", "half_width", "level", "skipped"));
        assertEquals(2 * 3, summary.size());
        CSVRecord first = summary.get(0);
        assertEquals("four", first.get("scenario"));
        assertEquals("meanWait", first.get("metric"));
        assertEquals("5", first.get("n"));
        assertEquals(r.summary("four", "meanWait").low(), Double.parseDouble(first.get("ci_low")));

        List<CSVRecord> comparison = read(tmp.resolve("comparison.csv"),
                List.of("base", "alternative", "metric", "n", "mean_diff", "ci_low", "ci_high", "sd_diff",
                        "independent_ci_low", "independent_ci_high", "level", "skipped"));
        assertEquals(3, comparison.size());
        assertEquals("four", comparison.get(0).get("base"));
        assertEquals("five", comparison.get(0).get("alternative"));
        assertEquals(r.compare("four", "five", "meanWait").paired().mean(), Double.parseDouble(comparison.get(0).get("mean_diff")));

        assertEquals(10, progress.size());
        for (int i = 0; i < progress.size(); i++) {
            assertEquals(i + 1, progress.get(i)[0]);
            assertEquals(10, progress.get(i)[1]);
        }
        try (var files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".tmp")), "no temporary files left behind");
        }
    }

    /** Counts calls and throws for replications at or above {@code failFrom}. */
    private static ReplicationModel<Queue> counting(AtomicInteger calls, int failFrom) {
        return (q, rep, out) -> {
            calls.incrementAndGet();
            if (rep.index() >= failFrom) {
                throw new IllegalStateException("simulated crash");
            }
            QueueModel.MODEL.run(q, rep, out);
        };
    }

    @Test
    void anInterruptedExperimentResumesWithoutRerunningAndEndsBitIdentical() throws IOException {
        Path whole = tmp.resolve("whole");
        Path resumed = tmp.resolve("resumed");
        ExperimentResult reference = twoScenarios(QueueModel.MODEL, 99, 8).threads(1).outputDirectory(whole).build().run();

        AtomicInteger firstCalls = new AtomicInteger();
        ExperimentFailedException crash = assertThrows(ExperimentFailedException.class,
                () -> twoScenarios(counting(firstCalls, 4), 99, 8).threads(1).outputDirectory(resumed).build().run());
        assertEquals(4, crash.replication());
        assertEquals(9, firstCalls.get(), "replications 0-3 of both scenarios, then the crash; the pool stopped there");
        assertEquals(1 + 8 * 3, Files.readAllLines(resumed.resolve(".akuttsim-partial/replications.csv")).size(),
                "the run's progress is kept beside the output directory's results");
        assertFalse(Files.exists(resumed.resolve("replications.csv")), "nothing complete to put in place yet");

        AtomicInteger secondCalls = new AtomicInteger();
        ExperimentResult result = twoScenarios(counting(secondCalls, Integer.MAX_VALUE), 99, 8).threads(4)
                .outputDirectory(resumed).build().run();
        assertEquals(8, secondCalls.get(), "only replications 4-7 of both scenarios run again");
        assertEquals(8, result.replicationsResumed());
        assertEquals(8, result.replicationsRun());
        assertSameValues(reference, result);
        assertEquals(Files.readString(whole.resolve("summary.csv")), Files.readString(resumed.resolve("summary.csv")));
        assertEquals(Files.readString(whole.resolve("comparison.csv")), Files.readString(resumed.resolve("comparison.csv")));

        // Resuming a finished experiment runs nothing and changes nothing.
        AtomicInteger thirdCalls = new AtomicInteger();
        ExperimentResult again = twoScenarios(counting(thirdCalls, 0), 99, 8).outputDirectory(resumed).build().run();
        assertEquals(0, thirdCalls.get());
        assertSameValues(reference, again);
    }

    @Test
    void aTornLastLineDiscardsOnlyTheTornBlock() throws IOException {
        AtomicInteger firstCalls = new AtomicInteger();
        assertThrows(ExperimentFailedException.class,
                () -> twoScenarios(counting(firstCalls, 4), 5, 8).threads(1).outputDirectory(tmp).build().run());
        // The process died while writing the first row of replication 4 of "four".
        Files.writeString(tmp.resolve(".akuttsim-partial/replications.csv"), "four,4,meanW", java.nio.file.StandardOpenOption.APPEND);

        AtomicInteger secondCalls = new AtomicInteger();
        List<String> notes = new ArrayList<>();
        ExperimentResult result = twoScenarios(counting(secondCalls, Integer.MAX_VALUE), 5, 8).threads(2)
                .outputDirectory(tmp).notes(notes::add).build().run();
        assertEquals(8, result.replicationsResumed(), "every complete block before the torn line is kept");
        assertEquals(8, secondCalls.get());
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("line 26: the line is cut off") && notes.get(0).contains("replication 4 of scenario 'four' is run again"),
                notes.get(0));
        assertSameValues(twoScenarios(QueueModel.MODEL, 5, 8).threads(2).build().run(), result);
        List<CSVRecord> rows = read(tmp.resolve("replications.csv"), List.of("scenario", "replication", "metric", "value", "block_check"));
        assertEquals(2 * 8 * 3, rows.size(), "the torn row is gone from the file");
        assertFalse(Files.exists(tmp.resolve(".akuttsim-partial")), "the finished run leaves no partial directory");
    }

    @Test
    void aDirectoryOfAnotherExperimentIsRefused() {
        twoScenarios(QueueModel.MODEL, 1, 2).outputDirectory(tmp).build().run();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> twoScenarios(QueueModel.MODEL, 2, 2).outputDirectory(tmp).build().run());
        assertTrue(e.getMessage().contains("seed: directory has 1, this experiment has 2"), e.getMessage());
        IllegalStateException e2 = assertThrows(IllegalStateException.class,
                () -> twoScenarios(QueueModel.MODEL, 1, 3).outputDirectory(tmp).build().run());
        assertTrue(e2.getMessage().contains("replications"), e2.getMessage());
    }

    @Test
    void aDirectoryWhoseScenariosWereBuiltFromOtherInputsIsRefused() throws IOException {
        twoScenarios(QueueModel.MODEL, 1, 2).describe("files.sha256", "abc").outputDirectory(tmp).build().run();
        assertTrue(Files.readString(tmp.resolve("experiment.properties")).contains("input.files.sha256=abc"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> twoScenarios(QueueModel.MODEL, 1, 2).describe("files.sha256", "abd").outputDirectory(tmp).build().run());
        assertTrue(e.getMessage().contains("input.files.sha256: directory has abc, this experiment has abd"), e.getMessage());
        // The same description resumes (nothing to rerun).
        assertEquals(4, twoScenarios(QueueModel.MODEL, 1, 2).describe("files.sha256", "abc").outputDirectory(tmp).build().run()
                .replicationsResumed());
    }

    @Test
    void aFailingReplicationNamesScenarioAndReplication() {
        ReplicationModel<Queue> failing = (q, rep, out) -> {
            if (q == FIVE && rep.index() == 2) {
                throw new ArithmeticException("boom");
            }
            QueueModel.MODEL.run(q, rep, out);
        };
        ExperimentFailedException e = assertThrows(ExperimentFailedException.class,
                () -> twoScenarios(failing, 1, 6).threads(4).build().run());
        assertEquals("five", e.scenario());
        assertEquals(2, e.replication());
        assertTrue(e.getMessage().contains("replication 2 of scenario 'five'"), e.getMessage());
        assertTrue(e.getCause() instanceof ArithmeticException);
    }

    @Test
    void badSettingsAreRejectedWhenGiven() {
        assertThrows(IllegalArgumentException.class, () -> Experiment.builder(QueueModel.MODEL).replications(0));
        assertThrows(IllegalArgumentException.class, () -> Experiment.builder(QueueModel.MODEL).threads(0));
        assertThrows(IllegalArgumentException.class, () -> Experiment.builder(QueueModel.MODEL).scenario("a", FOUR).scenario("a", FIVE));
        assertThrows(IllegalStateException.class, () -> Experiment.builder(QueueModel.MODEL).scenario("a", FOUR).replications(2).length(1).build());
        assertThrows(IllegalStateException.class,
                () -> Experiment.builder(QueueModel.MODEL).scenario("a", FOUR).replications(2).seed(1).length(1).baseline("b").build());
        ExperimentResult r = Experiment.builder(QueueModel.MODEL).scenario("a", FOUR).replications(2).seed(1).length(10).build().run();
        assertThrows(IllegalArgumentException.class, () -> r.summary("a", "noSuchMetric"));
        assertThrows(IllegalArgumentException.class, () -> r.summary("b", "meanWait"));
    }

    private static List<CSVRecord> read(Path file, List<String> header) throws IOException {
        try (Reader in = Files.newBufferedReader(file);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            assertEquals(header, p.getHeaderNames(), file.getFileName() + " header");
            return p.getRecords();
        }
    }
}
