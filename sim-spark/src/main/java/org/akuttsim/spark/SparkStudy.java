package org.akuttsim.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.experiment.Experiment;
import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.akuttsim.scenarios.cli.StudyPlan;
import org.akuttsim.scenarios.report.KeyMetrics;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import scala.Tuple2;

/**
 * A study ({@link StudyPlan}: a base scenario and the points of a design) on a Spark cluster. The
 * work is cut into tasks of one scenario (the base or a design point) × one block of consecutive
 * replications; each executor builds the study's scenarios from the {@link StudyPlan.Recipe} (once per
 * JVM) and runs replication r of scenario s exactly as the local runner does: {@link KeyMetrics} on
 * substream r of the master seed. The per-replication responses come back sorted into the canonical
 * order (replication 0 of every scenario, then 1, …) and are streamed, a partition at a time, into
 * {@link Experiment#collect}, which writes {@code experiment.properties}, {@code replications.csv},
 * {@code summary.csv} and {@code comparison.csv} through the code a local run uses: the files are
 * byte-identical to {@code akuttsim study} with the same options, and the driver's memory does not grow
 * with the number of replications (one partition of responses at a time).
 *
 * <p>The responses are also available as a DataFrame ({@link #responses}: scenario, replication,
 * metric, value), e.g. to be written as Parquet.
 */
public final class SparkStudy implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The experiment's settings, as the command line's options.
     *
     * @param replications per scenario
     * @param seed         master seed
     * @param warmUpDays   simulated days before statistics start
     * @param lengthDays   simulated days observed
     * @param level        confidence level of the tables
     * @param blockSize    replications per task
     */
    public record Settings(int replications, long seed, double warmUpDays, double lengthDays, double level, int blockSize)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public Settings {
            if (replications < 1 || blockSize < 1) {
                throw new IllegalArgumentException("replications and block size must be >= 1, were " + replications + ", " + blockSize);
            }
        }
    }

    /** One replication's responses, keyed by its place in the canonical order. */
    record Block(long key, String[] metrics, double[] values) implements Serializable {
        private static final long serialVersionUID = 1L;

        Responses responses() {
            Responses r = new Responses();
            for (int i = 0; i < metrics.length; i++) {
                r.put(metrics[i], values[i]);
            }
            return r;
        }
    }

    /** One task: replications {@code from} .. {@code to − 1} of scenario {@code scenario}. */
    record Task(int scenario, int from, int to) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Partition p holds the canonical positions {@code [p·total/parts, (p+1)·total/parts)}: in order across partitions. */
    static final class CanonicalRanges extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final long total;
        private final int parts;

        CanonicalRanges(long total, int parts) {
            this.total = total;
            this.parts = parts;
        }

        @Override
        public int numPartitions() {
            return parts;
        }

        @Override
        public int getPartition(Object key) {
            long k = (Long) key;
            // The largest p with p·total/parts <= k (integer division, as the ranges are defined).
            int p = (int) ((k * parts + parts - 1) / total);
            while (p > 0 && (long) p * total / parts > k) {
                p--;
            }
            while (p + 1 < parts && (long) (p + 1) * total / parts <= k) {
                p++;
            }
            return p;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CanonicalRanges c && c.total == total && c.parts == parts;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(total) * 31 + parts;
        }
    }

    /**
     * ASSUMPTION: 500 replications' responses per partition of the sorted output; one St. Olavs replication's 480
     * metrics take roughly 25 kB deserialized, so the driver holds about 12 MB of responses at a time.
     */
    static final long BLOCKS_PER_PARTITION = 500;

    /** Plans built on this JVM, by recipe: an executor builds a study's scenarios once, not once per task. */
    private static final Map<StudyPlan.Recipe, StudyPlan> PLANS = new ConcurrentHashMap<>();

    /** Replications run on this JVM (in local mode: all of them), so a test can tell that none runs twice. */
    static final java.util.concurrent.atomic.AtomicLong REPLICATIONS_RUN = new java.util.concurrent.atomic.AtomicLong();

    private final StudyPlan.Recipe recipe;
    private final Settings settings;
    private final int nScenarios;
    private transient StudyPlan plan;
    private transient JavaPairRDD<Long, Block> blocks;

    /**
     * Checks the study on the driver (every point built and checked; bad input throws before anything
     * is distributed) and plans its tasks.
     */
    public SparkStudy(StudyPlan.Recipe recipe, Settings settings) {
        this.recipe = recipe;
        this.settings = settings;
        this.plan = plan(recipe);
        this.nScenarios = plan.scenarios().size();
    }

    private static StudyPlan plan(StudyPlan.Recipe recipe) {
        return PLANS.computeIfAbsent(recipe, StudyPlan::load);
    }

    /** The (scenario × replication block) tasks, replication-block-major so early replications finish first. */
    List<Task> tasks() {
        List<Task> t = new ArrayList<>();
        for (int from = 0; from < settings.replications(); from += settings.blockSize()) {
            int to = Math.min(settings.replications(), from + settings.blockSize());
            for (int s = 0; s < nScenarios; s++) {
                t.add(new Task(s, from, to));
            }
        }
        return t;
    }

    /** The responses of every replication, keyed by canonical position, computed once and kept (memory, then disk). */
    private JavaPairRDD<Long, Block> blocks(JavaSparkContext sc) {
        if (blocks == null) {
            List<Task> tasks = tasks();
            JavaRDD<Task> rdd = sc.parallelize(tasks, tasks.size());
            StudyPlan.Recipe r = recipe;
            Settings s = settings;
            int n = nScenarios;
            long total = (long) n * s.replications();
            // At most BLOCKS_PER_PARTITION responses per partition: the driver holds one partition at a time, so its memory
            // does not grow with the replications.
            int parts = (int) Math.max(Math.min(tasks.size(), sc.defaultParallelism() * 4L),
                    (total + BLOCKS_PER_PARTITION - 1) / BLOCKS_PER_PARTITION);
            // Keys are the canonical positions 0 .. total − 1, so contiguous key ranges partition them without the
            // sampling job of sortByKey (which would run every replication twice).
            blocks = rdd.flatMapToPair(task -> run(r, s, n, task))
                    .repartitionAndSortWithinPartitions(new CanonicalRanges(total, parts))
                    .persist(StorageLevel.MEMORY_AND_DISK());
        }
        return blocks;
    }

    /** Runs one task on an executor, exactly as {@code Experiment} runs a replication. */
    private static Iterator<Tuple2<Long, Block>> run(StudyPlan.Recipe recipe, Settings s, int nScenarios, Task task) {
        StudyPlan plan = plan(recipe);
        ChainScenario scenario = new ArrayList<>(plan.scenarios().values()).get(task.scenario());
        KeyMetrics model = new KeyMetrics();
        double warmUp = s.warmUpDays() * 24 * 60;
        double length = s.lengthDays() * 24 * 60;
        List<Tuple2<Long, Block>> out = new ArrayList<>();
        for (int r = task.from(); r < task.to(); r++) {
            Responses responses = new Responses();
            model.run(scenario, new Replication(r, new StreamFactory(s.seed()).forReplication(r), warmUp, length), responses);
            REPLICATIONS_RUN.incrementAndGet();
            String[] names = responses.metrics().toArray(new String[0]);
            double[] values = new double[names.length];
            for (int i = 0; i < names.length; i++) {
                values[i] = responses.get(names[i]);
            }
            long key = (long) r * nScenarios + task.scenario();
            out.add(new Tuple2<>(key, new Block(key, names, values)));
        }
        return out.iterator();
    }

    /**
     * Runs the study on {@code sc}'s cluster and writes the output directory as a local
     * {@code akuttsim study} with the same options would (byte for byte).
     */
    public ExperimentResult run(JavaSparkContext sc, Path outputDirectory) {
        Experiment<ChainScenario> experiment = plan().experiment(settings.replications(), settings.seed(), settings.warmUpDays(),
                settings.lengthDays(), settings.level()).outputDirectory(outputDirectory).resume(false).build();
        JavaPairRDD<Long, Block> sorted = blocks(sc);
        return experiment.collect(sink -> {
            Iterator<Tuple2<Long, Block>> it = sorted.toLocalIterator();
            long expected = 0;
            while (it.hasNext()) {
                Block b = it.next()._2();
                if (b.key() != expected) {
                    throw new IllegalStateException("replication block " + b.key() + " arrived where " + expected + " was expected");
                }
                sink.accept(b.responses());
                expected++;
            }
        });
    }

    /** The responses as a DataFrame: {@code scenario, replication, metric, value}, one row per value, in canonical order. */
    public Dataset<Row> responses(SparkSession spark) {
        List<String> names = plan().names();
        int n = nScenarios;
        JavaRDD<Row> rows = blocks(JavaSparkContext.fromSparkContext(spark.sparkContext())).values().flatMap(b -> {
            List<Row> r = new ArrayList<>();
            for (int i = 0; i < b.metrics().length; i++) {
                r.add(RowFactory.create(names.get((int) (b.key() % n)), (int) (b.key() / n), b.metrics()[i], b.values()[i]));
            }
            return r.iterator();
        });
        StructType schema = new StructType()
                .add("scenario", DataTypes.StringType, false)
                .add("replication", DataTypes.IntegerType, false)
                .add("metric", DataTypes.StringType, false)
                .add("value", DataTypes.DoubleType, false);
        return spark.createDataFrame(rows, schema);
    }

    /** Releases the kept responses. */
    public void release() {
        if (blocks != null) {
            blocks.unpersist(false);
            blocks = null;
        }
    }

    public StudyPlan plan() {
        if (plan == null) {
            plan = plan(recipe);
        }
        return plan;
    }
}
