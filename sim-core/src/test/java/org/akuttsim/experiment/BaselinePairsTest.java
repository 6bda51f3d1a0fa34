package org.akuttsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.akuttsim.experiment.QueueModel.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparisons with the baseline only: the same comparison.csv, other pairs refused. */
class BaselinePairsTest {

    @TempDir
    Path tmp;

    private static Experiment.Builder<Queue> experiment(Path dir) {
        return Experiment.builder(QueueModel.MODEL).scenario("four", new Queue(4, 1.0, 3.4)).scenario("five", new Queue(5, 1.0, 3.4))
                .scenario("six", new Queue(6, 1.0, 3.4)).replications(6).seed(3).warmUp(10).length(100).baseline("five")
                .outputDirectory(dir);
    }

    @Test
    void baselineOnlyPairsGiveTheSameComparisonAndRefuseOthers() throws IOException {
        ExperimentResult all = experiment(tmp.resolve("all")).build().run();
        ExperimentResult few = experiment(tmp.resolve("few")).comparisonsWithBaselineOnly().build().run();
        for (String f : new String[] {"summary.csv", "comparison.csv"}) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("all").resolve(f)), Files.readAllBytes(tmp.resolve("few").resolve(f)), f);
        }
        assertEquals(all.compare("six", "five", "meanWait").paired(), few.compare("six", "five", "meanWait").paired());
        assertThrows(IllegalStateException.class, () -> few.compare("four", "six", "meanWait"));
    }
}
