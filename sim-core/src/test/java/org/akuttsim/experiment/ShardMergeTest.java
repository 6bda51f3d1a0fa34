package org.akuttsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.akuttsim.experiment.QueueModel.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards of an experiment, merged, give the whole run's files byte for byte; partials that do not belong together are refused. */
class ShardMergeTest {

    private static final List<String> FILES = List.of("experiment.properties", "replications.csv", "summary.csv", "comparison.csv");
    private static final int REPS = 7;

    @TempDir
    Path tmp;

    private static Experiment.Builder<Queue> experiment(long seed, Path dir) {
        return Experiment.builder(QueueModel.MODEL).scenario("four", new Queue(4, 1.0, 3.4)).scenario("five", new Queue(5, 1.0, 3.4))
                .scenario("six", new Queue(6, 1.0, 3.4)).replications(REPS).seed(seed).warmUp(10).length(100)
                .describe("files.sha256", "abc").baseline("five").confidenceLevel(0.9).threads(2).outputDirectory(dir);
    }

    /** Shard k of n (from 1) over the REPS replications, as the CLI's --shard k/n splits them. */
    private Path shard(long seed, int first, int last, String name) {
        Path dir = tmp.resolve(name);
        experiment(seed, dir).onlyReplications(first, last).build().run();
        return dir;
    }

    @Test
    void threeShardsMergedAreTheWholeRunByteForByte() throws IOException {
        Path whole = tmp.resolve("whole");
        ExperimentResult single = experiment(42, whole).build().run();
        Path s1 = shard(42, 0, 1, "s1");
        Path s2 = shard(42, 2, 4, "s2");
        Path s3 = shard(42, 5, 6, "s3");
        assertFalse(Files.exists(s2.resolve("summary.csv")), "a shard writes no summary of its own replications");
        assertTrue(Files.readString(s2.resolve("experiment.properties")).contains("shard.first=2"));
        assertTrue(Files.readString(s2.resolve("replications.csv")).contains("\nfour,2,"));
        assertFalse(Files.readString(s2.resolve("replications.csv")).contains("\nfour,5,"));

        Path merged = tmp.resolve("merged");
        ExperimentResult m = ShardMerge.merge(List.of(s3, s1, s2), merged, n -> { }); // any order
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(merged.resolve(f)), f);
        }
        assertEquals(single.summary("six", "meanWait"), m.summary("six", "meanWait"));
        assertFalse(Files.exists(merged.resolve(".akuttsim-partial")));
    }

    @Test
    void partialsOfDifferentExperimentsAreRefused() {
        Path s1 = shard(42, 0, 3, "s1");
        Path other = shard(43, 4, 6, "other-seed");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShardMerge.merge(List.of(s1, other), tmp.resolve("m"), n -> { }));
        assertTrue(e.getMessage().contains("seed: 42 vs 43"), e.getMessage());

        Path digest = tmp.resolve("other-digest");
        Experiment.builder(QueueModel.MODEL).scenario("four", new Queue(4, 1.0, 3.4)).scenario("five", new Queue(5, 1.0, 3.4))
                .scenario("six", new Queue(6, 1.0, 3.4)).replications(REPS).seed(42).warmUp(10).length(100)
                .describe("files.sha256", "def").baseline("five").confidenceLevel(0.9).outputDirectory(digest)
                .onlyReplications(4, 6).build().run();
        e = assertThrows(IllegalArgumentException.class, () -> ShardMerge.merge(List.of(s1, digest), tmp.resolve("m"), n -> { }));
        assertTrue(e.getMessage().contains("input.files.sha256: abc vs def"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("m").resolve("summary.csv")));
    }

    @Test
    void aMissingOrOverlappingShardIsRefused() {
        Path s1 = shard(42, 0, 1, "s1");
        Path s3 = shard(42, 5, 6, "s3");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShardMerge.merge(List.of(s1, s3), tmp.resolve("m"), n -> { }));
        assertTrue(e.getMessage().contains("replications 2-4 are missing"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ShardMerge.merge(List.of(s1), tmp.resolve("m"), n -> { }));
        assertTrue(e.getMessage().contains("replications 2-6 are missing"), e.getMessage());
        Path s13 = shard(42, 1, 4, "s13");
        e = assertThrows(IllegalArgumentException.class, () -> ShardMerge.merge(List.of(s1, s13, s3), tmp.resolve("m"), n -> { }));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
    }

    @Test
    void aDamagedUnfinishedOrWholeRunIsRefused() throws IOException {
        Path s1 = shard(42, 0, 3, "s1");
        Path s2 = shard(42, 4, 6, "s2");
        Path file = s2.resolve("replications.csv");
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("\nfive,5,meanWait,", "\nfive,5,meanWait,1"));
        IllegalStateException d = assertThrows(IllegalStateException.class,
                () -> ShardMerge.merge(List.of(s1, s2), tmp.resolve("m"), n -> { }));
        assertTrue(d.getMessage().contains("is damaged") && d.getMessage().contains("altered"), d.getMessage());

        Files.createDirectories(s2.resolve(".akuttsim-partial"));
        Files.move(s2.resolve("experiment.properties"), s2.resolve(".akuttsim-partial").resolve("experiment.properties"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShardMerge.merge(List.of(s1, s2), tmp.resolve("m"), n -> { }));
        assertTrue(e.getMessage().contains("unfinished"), e.getMessage());

        Path whole = tmp.resolve("whole");
        experiment(42, whole).build().run();
        e = assertThrows(IllegalArgumentException.class, () -> ShardMerge.merge(List.of(whole), tmp.resolve("m"), n -> { }));
        assertTrue(e.getMessage().contains("whole run, not a shard"), e.getMessage());
    }

    @Test
    void anInterruptedShardResumesWithinItsRange() throws IOException {
        Path s = shard(42, 2, 5, "s");
        byte[] before = Files.readAllBytes(s.resolve("replications.csv"));
        // Cut the file inside the third block: a resume keeps two blocks and reruns the rest of the range.
        String text = Files.readString(s.resolve("replications.csv"));
        int cut = text.indexOf("\nsix,2,") + 5;
        Files.writeString(s.resolve("replications.csv"), text.substring(0, cut));
        List<String> notes = new ArrayList<>();
        ExperimentResult r = experiment(42, s).onlyReplications(2, 5).notes(notes::add).build().run();
        assertEquals(2, r.replicationsResumed());
        assertEquals(10, r.replicationsRun());
        assertArrayEquals(before, Files.readAllBytes(s.resolve("replications.csv")));
    }
}
