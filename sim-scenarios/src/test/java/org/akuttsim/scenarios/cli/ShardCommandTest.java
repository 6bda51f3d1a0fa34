package org.akuttsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --shard K/N} and {@code merge} on the command line: the merged shards are the single run, byte for byte. */
class ShardCommandTest {

    static final List<String> FILES = List.of("experiment.properties", "replications.csv", "summary.csv", "comparison.csv");

    @Test
    void threeShardsOfACompareMergeIntoTheSingleRun(@TempDir Path dir) throws Exception {
        MainTest.Outcome whole = MainTest.run(MainTest.tiny(dir.resolve("whole"), 5));
        assertEquals(0, whole.code(), whole.err());
        for (int k = 1; k <= 3; k++) {
            MainTest.Outcome s = MainTest.run(MainTest.tiny(dir.resolve("shard-" + k), 5, "--shard", k + "/3", "-t", "1"));
            assertEquals(0, s.code(), s.err());
            assertTrue(s.out().contains("shard " + k + "/3: replications"), s.out());
            assertFalse(Files.exists(dir.resolve("shard-" + k).resolve("summary.csv")));
            assertFalse(Files.exists(dir.resolve("shard-" + k).resolve("report.html")));
        }
        // 5 replications in 3 shards: 0, 1-2, 3-4.
        assertTrue(Files.readString(dir.resolve("shard-2").resolve("experiment.properties")).contains("shard.first=1\nshard.last=2"));

        MainTest.Outcome missing = MainTest.run("merge", "-o", dir.resolve("m1").toString(), dir.resolve("shard-1").toString(),
                dir.resolve("shard-3").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("error: replications 1-2 are missing"), missing.err());

        MainTest.Outcome merged = MainTest.run("merge", "-o", dir.resolve("merged").toString(), dir.resolve("shard-3").toString(),
                dir.resolve("shard-1").toString(), dir.resolve("shard-2").toString());
        assertEquals(0, merged.code(), merged.err());
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("whole").resolve(f)), Files.readAllBytes(dir.resolve("merged").resolve(f)), f);
        }
    }

    @Test
    void shardsOfOtherInputsOrSeedsAreRefused(@TempDir Path dir) {
        assertEquals(0, MainTest.run(MainTest.tiny(dir.resolve("a"), 4, "--shard", "1/2")).code());
        assertEquals(0, MainTest.run(MainTest.tiny(dir.resolve("b"), 4, "--shard", "2/2", "--seed", "7")).code());
        MainTest.Outcome seed = MainTest.run("merge", "-o", dir.resolve("m").toString(), dir.resolve("a").toString(),
                dir.resolve("b").toString());
        assertEquals(1, seed.code());
        assertTrue(seed.err().contains("not of the same experiment (seed: 20211 vs 7)"), seed.err());

        assertEquals(0, MainTest.run(MainTest.tiny(dir.resolve("c"), 4, "--shard", "2/2", "--region", "hmn")).code());
        MainTest.Outcome digest = MainTest.run("merge", "-o", dir.resolve("m").toString(), dir.resolve("a").toString(),
                dir.resolve("c").toString());
        assertEquals(1, digest.code());
        assertTrue(digest.err().contains("input.files.sha256: "), digest.err());
    }

    @Test
    void badShardOptionsNameWhatWasExpected(@TempDir Path dir) {
        MainTest.Outcome bad = MainTest.run(MainTest.tiny(dir.resolve("x"), 4, "--shard", "3/2"));
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--shard: expected K/N with 1 <= K <= N (e.g. 3/16), found '3/2'"), bad.err());
        MainTest.Outcome tooMany = MainTest.run(MainTest.tiny(dir.resolve("x"), 4, "--shard", "1/5"));
        assertEquals(1, tooMany.code());
        assertTrue(tooMany.err().contains("5 shards of 4 replications would leave some empty"), tooMany.err());
        MainTest.Outcome mainJob = MainTest.run("--shard", "1/2", "-o", dir.resolve("y").toString());
        assertEquals(2, mainJob.code());
        assertTrue(mainJob.err().contains("the main job is not sharded"), mainJob.err());
    }
}
