package org.akuttsim.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.akuttsim.scenarios.cli.StudyPlan;
import org.akuttsim.scenarios.design.Design;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Timed harness (benchmarks/spark-ratios.sh): one Latin-hypercube study of 10 St. Olavs parameters,
 * run by the thread runner (2 threads), by Spark local[1] and by Spark local[2], in one JVM, one after
 * the other; prints wall times, the ratios the issue asks for, and whether the three output
 * directories are byte-identical. Spark's start-up (a fresh session per run) is timed apart from the
 * study. Arguments: points replications days [block].
 */
public final class SparkRatios {

    private SparkRatios() {
    }

    /** The 10 factors: nine St. Olavs parameters (ranges kept where every point passes the checks) and one lever. */
    static Map<String, Design.Range> tenParameters() {
        Map<String, Design.Range> ranges = new LinkedHashMap<>();
        ranges.put("triage.red_overtriaged", new Design.Range(0.65, 0.75));
        ranges.put("triage.yellow_overtriaged", new Design.Range(0.1, 0.3));
        ranges.put("triage.green_no_ambulance_need", new Design.Range(0.1, 0.5));
        ranges.put("triage.undertriage", new Design.Range(0, 0.1));
        ranges.put("amk.call_to_dispatch_mean", new Design.Range(1.5, 4));
        ranges.put("activation.red", new Design.Range(0.5, 2));
        ranges.put("activation.yellow", new Design.Range(1, 4));
        ranges.put("on_scene.red", new Design.Range(15, 30));
        ranges.put("on_scene.cv", new Design.Range(0.3, 0.8));
        ranges.put("less_overtriage", new Design.Range(0, 0.5));
        return ranges;
    }

    /** Runs {@code work}, prints its wall time and process CPU ÷ wall, returns the wall time in seconds. */
    private static double timed(String what, Runnable work) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        work.run();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "  %s: %.1f s wall, CPU / wall %.2f%n", what, wall, cpu / wall);
        return wall;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    public static void main(String[] args) throws Exception {
        int points = Integer.parseInt(args[0]);
        int reps = Integer.parseInt(args[1]);
        double days = Double.parseDouble(args[2]);
        int block = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Map<String, Design.Range> ranges = tenParameters();
        String design = Design.latinHypercube(ranges, points, 2026).text();
        StudyPlan.Recipe recipe = new StudyPlan.Recipe(null, null, null, design, "design.csv");
        SparkStudy.Settings settings = new SparkStudy.Settings(reps, 20211, 7, days, 0.95, block);
        Path root = Files.createTempDirectory("akuttsim-spark-ratios");
        double yearsPerRun = (points + 1.0) * reps * (days + 7) / 365;
        System.out.printf(Locale.ROOT, "study: %d points + base, %d replications, %.0f + 7 days: %.0f replication-years per run%n",
                points, reps, days, yearsPerRun);

        long t0 = System.nanoTime();
        StudyPlan plan = StudyPlan.load(recipe);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "plan (scenarios built and checked): %.1f s%n", (t1 - t0) / 1e9);
        // Warm-up (JIT), then rounds of thread runner, Spark local[1], Spark local[2]: the host's load drifts (other jobs share
        // its 2 cores), so each is timed in every round and the medians are compared; CPU ÷ wall shows the parallelism reached.
        plan.experiment(1, 1, 7, days, 0.95).threads(2).build().run(); // every scenario once, untimed
        int rounds = Integer.getInteger("rounds", 3);
        double[][] wall = new double[3][rounds];
        for (int round = 0; round < rounds; round++) {
            wall[0][round] = timed("thread runner, 2 threads", () -> plan.experiment(reps, 20211, 7, days, 0.95).threads(2)
                    .outputDirectory(root.resolve("threads")).resume(false).build().run());
            for (int cores = 1; cores <= 2; cores++) {
                long s0 = System.nanoTime();
                SparkSession session = SparkSession.builder().master("local[" + cores + "]").config("spark.ui.enabled", "false")
                        .getOrCreate();
                JavaSparkContext sc = JavaSparkContext.fromSparkContext(session.sparkContext());
                sc.parallelize(Arrays.asList(1, 2), cores).count(); // executors up
                System.out.printf(Locale.ROOT, "  Spark local[%d] start-up %.1f s%n", cores, (System.nanoTime() - s0) / 1e9);
                SparkStudy study = new SparkStudy(recipe, settings);
                Path out = root.resolve("spark-" + cores);
                wall[cores][round] = timed("Spark local[" + cores + "]", () -> study.run(sc, out));
                study.release();
                session.stop();
            }
        }
        double threads = median(wall[0]);
        double[] spark = {0, median(wall[1]), median(wall[2])};
        boolean same = true;
        for (String f : new String[] {"experiment.properties", "replications.csv", "summary.csv", "comparison.csv"}) {
            byte[] a = Files.readAllBytes(root.resolve("threads").resolve(f));
            same &= Arrays.equals(a, Files.readAllBytes(root.resolve("spark-1").resolve(f)))
                    && Arrays.equals(a, Files.readAllBytes(root.resolve("spark-2").resolve(f)));
        }
        System.out.printf(Locale.ROOT, "ratio Spark local[2] / thread runner (medians): %.2f (aim <= 1.2)%n", spark[2] / threads);
        System.out.printf(Locale.ROOT, "speed-up local[1] -> local[2] (medians): %.2f (aim >= 1.8)%n", spark[1] / spark[2]);
        System.out.println("files byte-identical (threads, local[1], local[2]): " + same);
        System.out.println("output in " + root);
    }
}
