package org.akuttsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.akuttsim.experiment.ProgressListener;
import org.akuttsim.scenarios.cli.Main;
import org.akuttsim.scenarios.design.Design;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark runner in local[2] mode against the command line's {@code study}: the same files, byte for
 * byte, from a small Latin-hypercube study of St. Olavs (the CI-sized version of the issue's
 * 2,000-replication-year study: 14 points of 10 factors plus the base, 3 replications of 2 days).
 */
class SparkStudyTest {

    private static final List<String> FILES = List.of("experiment.properties", "replications.csv", "summary.csv", "comparison.csv",
            "sensitivity.csv", "design.csv");

    private static int run(boolean spark, String[] args, StringBuilder err) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(o, true, StandardCharsets.UTF_8);
        PrintStream errs = new PrintStream(e, true, StandardCharsets.UTF_8);
        int code = spark ? SparkStudyMain.execute(args, out, errs) : Main.execute(args, out, errs, ProgressListener.NONE);
        err.append(e.toString(StandardCharsets.UTF_8)).append(o.toString(StandardCharsets.UTF_8));
        return code;
    }

    @Test
    void aStudyOnSparkLocal2WritesTheLocalStudysFilesByteForByte(@TempDir Path dir) throws Exception {
        Map<String, Design.Range> ranges = SparkRatios.tenParameters(); // 14 points: the regression keeps degrees of freedom
        Path design = dir.resolve("design.csv");
        Files.writeString(design, Design.latinHypercube(ranges, 14, 9).text());

        StringBuilder log = new StringBuilder();
        long t0 = System.nanoTime();
        int local = run(false, new String[] {"study", "--design", design.toString(), "-r", "3", "--length-days", "2", "--warm-up-days", "1",
            "--seed", "77", "-q", "-o", dir.resolve("local").toString()}, log);
        assertEquals(0, local, log.toString());
        long t1 = System.nanoTime();

        long before = SparkStudy.REPLICATIONS_RUN.get();
        int spark = run(true, new String[] {"--master", "local[2]", "--design", design.toString(), "--replications", "3", "--length-days",
            "2", "--warm-up-days", "1", "--seed", "77", "--block", "2", "--parquet", "--out", dir.resolve("spark").toString()}, log);
        assertEquals(0, spark, log.toString());
        System.out.printf("local study %.1f s, Spark study (with start-up and Parquet) %.1f s%n", (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        assertEquals(15 * 3, SparkStudy.REPLICATIONS_RUN.get() - before, "every replication runs once (CSV and Parquet from one run)");
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(f)), Files.readAllBytes(dir.resolve("spark").resolve(f)), f);
        }

        long rows = Files.lines(dir.resolve("local").resolve("replications.csv")).count() - 1;
        SparkSession s = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
        try {
            var df = s.read().parquet(dir.resolve("spark").resolve("replications.parquet").toString());
            assertEquals(rows, df.count());
            assertEquals(List.of("scenario", "replication", "metric", "value"), List.of(df.columns()));
            assertEquals(15 * 3, df.select("scenario", "replication").distinct().count(), "15 scenarios x 3 replications");
        } finally {
            s.stop();
        }
    }

    @Test
    void canonicalRangesAreContiguousInOrderAndBalanced() {
        for (long total : new long[] {1, 7, 45, 1000, 10_007}) {
            for (int parts : new int[] {1, 2, 3, 8}) {
                if (parts > total) {
                    continue;
                }
                SparkStudy.CanonicalRanges p = new SparkStudy.CanonicalRanges(total, parts);
                int previous = 0;
                long[] sizes = new long[parts];
                for (long k = 0; k < total; k++) {
                    int q = p.getPartition(k);
                    assertTrue(q == previous || q == previous + 1, "key " + k + " of " + total + " in partition " + q + " after " + previous);
                    previous = q;
                    sizes[q]++;
                }
                assertEquals(parts - 1, previous);
                for (long size : sizes) {
                    assertTrue(Math.abs(size - (double) total / parts) < 1.0 + 1e-9, total + "/" + parts + ": " + size);
                }
            }
        }
    }

    @Test
    void aBadDesignIsRefusedBeforeSparkStarts(@TempDir Path dir) throws Exception {
        Path design = dir.resolve("bad.csv");
        Files.writeString(design, "point,no.such.parameter\nq1,1\n");
        StringBuilder log = new StringBuilder();
        int code = run(true, new String[] {"--master", "local[1]", "--design", design.toString(), "--out", dir.resolve("x").toString()}, log);
        assertEquals(1, code);
        assertTrue(log.toString().contains("bad.csv line 1, column 'no.such.parameter' (2): expected a parameter of parameters.csv"),
                log.toString());
        assertEquals(2, run(true, new String[] {"--design"}, log));
    }
}
