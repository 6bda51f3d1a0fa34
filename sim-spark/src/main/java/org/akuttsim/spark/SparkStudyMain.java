package org.akuttsim.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.io.InputValidationException;
import org.akuttsim.scenarios.cli.StudyPlan;
import org.akuttsim.scenarios.design.Sensitivity;
import org.akuttsim.scenarios.design.SensitivityTable;
import org.akuttsim.scenarios.report.KeyMetrics;
import org.akuttsim.scenarios.report.SensitivityReport;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class org.akuttsim.spark.SparkStudyMain akuttsim-spark.jar --design design.csv
 * --out DIR [options]}: a study on Spark, writing what {@code akuttsim study} writes (byte-identical
 * {@code experiment.properties}, {@code replications.csv}, {@code summary.csv},
 * {@code comparison.csv}; {@code design.csv}, {@code sensitivity.csv}) and, with {@code --parquet},
 * the responses as Parquet in {@code DIR/replications.parquet}. The output directory is on the
 * driver's file system; the design file is read on the driver and shipped to the executors as text.
 */
public final class SparkStudyMain {

    private static final Set<String> OPTIONS = Set.of("--design", "--out", "--base", "--region", "--scenario-dir", "--replications",
            "--seed", "--warm-up-days", "--length-days", "--confidence", "--block", "--master");

    private SparkStudyMain() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the study; 0 ok, 1 invalid input, 2 bad options. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> o = new HashMap<>();
        boolean parquet = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--parquet")) {
                parquet = true;
            } else if (OPTIONS.contains(args[i]) && i + 1 < args.length) {
                o.put(args[i], args[++i]);
            } else {
                err.println("error: unknown option or missing value '" + args[i] + "'; expected --design FILE --out DIR and optionally "
                        + String.join(" ", OPTIONS.stream().sorted().filter(x -> !x.equals("--design") && !x.equals("--out")).toList())
                        + " --parquet");
                return 2;
            }
        }
        if (!o.containsKey("--design") || !o.containsKey("--out")) {
            err.println("error: expected --design FILE and --out DIR");
            return 2;
        }
        SparkStudy.Settings settings;
        try {
            settings = new SparkStudy.Settings(Integer.parseInt(o.getOrDefault("--replications", "10")),
                    Long.parseLong(o.getOrDefault("--seed", "20211")), Double.parseDouble(o.getOrDefault("--warm-up-days", "7")),
                    Double.parseDouble(o.getOrDefault("--length-days", "365")), Double.parseDouble(o.getOrDefault("--confidence", "0.95")),
                    // ASSUMPTION: 5 replications per task; a St. Olavs replication-year is tens of milliseconds to a second of
                    // CPU, so a task of 5 outweighs Spark's per-task overhead while a study still has many tasks to balance.
                    Integer.parseInt(o.getOrDefault("--block", "5")));
        } catch (IllegalArgumentException e) {
            err.println("error: expected numbers for --replications, --seed, --warm-up-days, --length-days, --confidence, --block: "
                    + e.getMessage());
            return 2;
        }
        Path design = Path.of(o.get("--design"));
        Path dir = Path.of(o.get("--out"));
        String text;
        try {
            text = Files.readString(design, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("error: cannot read the design file " + design + ": " + e.getMessage());
            return 1;
        }
        SparkStudy study;
        try {
            study = new SparkStudy(new StudyPlan.Recipe(o.get("--scenario-dir"), o.get("--region"), o.get("--base"), text,
                    design.getFileName().toString()), settings);
        } catch (InputValidationException e) {
            err.println("invalid scenario input, " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        SparkSession.Builder b = SparkSession.builder().appName("akuttsim study " + design.getFileName());
        if (o.containsKey("--master")) {
            b.master(o.get("--master"));
        }
        SparkSession spark = b.getOrCreate();
        try {
            long t0 = System.nanoTime();
            ExperimentResult r = study.run(JavaSparkContext.fromSparkContext(spark.sparkContext()), dir);
            Files.writeString(dir.resolve("design.csv"), text, StandardCharsets.UTF_8);
            List<String> metrics = KeyMetrics.KEY.stream().map(KeyMetrics.Metric::name).toList();
            List<Sensitivity.Effect> effects = SensitivityTable.write(study.plan().design(), dir.resolve("summary.csv"), metrics,
                    settings.level(), dir.resolve("sensitivity.csv"));
            SensitivityReport.write("akuttsim study on Spark: " + design.getFileName(), List.of("design " + design.getFileName() + ": "
                    + study.plan().design().points().size() + " points on base " + study.plan().base(), r.replications()
                    + " replications per point"), effects, dir.resolve("sensitivity.html"));
            if (parquet) {
                study.responses(spark).write().mode(SaveMode.Overwrite).parquet(dir.resolve("replications.parquet").toString());
            }
            out.printf(Locale.ROOT, "study on Spark: %d scenarios x %d replications in %.1f s; results in %s%n", r.scenarios().size(),
                    r.replications(), (System.nanoTime() - t0) / 1e9, dir);
            return 0;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } finally {
            study.release();
            spark.stop();
        }
    }
}
