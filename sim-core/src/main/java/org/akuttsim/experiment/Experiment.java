package org.akuttsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.akuttsim.random.StreamFactory;

/**
 * Runs named scenarios × replications of a {@link ReplicationModel} in parallel and collects one
 * value per metric per replication.
 *
 * <p><b>Common random numbers, any thread count.</b> Replication r of every scenario gets
 * {@code new StreamFactory(seed).forReplication(r)}: substream r of every named stream, so scenarios
 * differ only where their models differ. Each replication runs on one thread. Finished replications
 * are committed in one canonical order, replication 0 of every scenario (in scenario order), then
 * replication 1, and so on, through a small reorder buffer (at most a few blocks per thread are started
 * ahead of the oldest unfinished one). Summaries and paired comparisons are running statistics fed in
 * that order, so results, and the bytes of every file, are identical on 1 or 16 threads, and memory
 * does not grow with the number of replications ({@link Builder#keepValues()} keeps the values too).
 *
 * <p><b>Files.</b> With an {@linkplain Builder#outputDirectory output directory}, the experiment locks
 * it ({@link OutputLock}: a second run there is refused with {@link OutputDirectoryInUseException}),
 * appends each committed replication to {@code replications.csv} in a working sub-directory, and when
 * all are done writes {@code summary.csv} and, with two or more scenarios, {@code comparison.csv}
 * (every scenario against the baseline), then moves the files over the directory's earlier results,
 * which stay untouched until then. If the directory holds an unfinished or finished run of the same
 * experiment (same seed, replications, scenario names, warm-up and length, as recorded in
 * {@code experiment.properties}), its replications are checked block by block (row count and CRC-32)
 * and read back, not rerun, unless {@linkplain Builder#resume resume} is off; a different experiment is
 * refused. Scenario names alone cannot tell that a scenario's inputs changed, so callers should also
 * {@linkplain Builder#describe describe} what the scenarios were built from (e.g. a digest of the
 * input files); those entries must match too. The file formats are described in {@code ResultFiles}.
 *
 * <p><b>Failure.</b> If a replication throws, the pool is stopped and {@link #run()} throws
 * {@link ExperimentFailedException} naming the scenario and replication.
 *
 * <pre>{@code
 * ReplicationModel<Fleet> model = (fleet, rep, out) -> {
 *     Mm1Model m = new Mm1Model(fleet, rep.streams());   // draws only from rep.streams()
 *     m.run(rep.warmUp(), rep.end());
 *     out.put("meanWait", m.meanWait());
 * };
 * ExperimentResult result = Experiment.builder(model)
 *         .scenario("today", Fleet.of(10))
 *         .scenario("plus one", Fleet.of(11))
 *         .replications(50).seed(20240501L)
 *         .warmUp(7 * 24 * 60).length(365 * 24 * 60)
 *         .outputDirectory(Path.of("out/fleet"))
 *         .progress((done, total) -> System.err.print("\r" + done + "/" + total))
 *         .build()
 *         .run();
 * ConfidenceInterval wait = result.summary("today", "meanWait");
 * PairedDifference gain = result.compare("today", "plus one", "meanWait");
 * }</pre>
 *
 * @param <S> the scenario type (immutable)
 */
public final class Experiment<S> {

    private final ReplicationModel<S> model;
    private final List<String> names;
    private final List<S> scenarios;
    private final int replications;
    /** The replications this run makes: all ({@code 0 .. replications - 1}) or a shard's range. */
    private final int first;
    private final int count;
    private final long seed;
    private final double warmUp;
    private final double length;
    private final int threads;
    private final double level;
    private final Path outputDirectory;
    private final String baseline;
    private final ProgressListener progress;
    private final Map<String, String> descriptions;
    private final boolean resume;
    private final boolean keepValues;
    private final boolean baselinePairsOnly;
    private final Consumer<String> notes;

    private Experiment(Builder<S> b) {
        this.model = b.model;
        this.names = List.copyOf(b.scenarios.keySet());
        this.scenarios = new ArrayList<>(b.scenarios.values());
        this.replications = b.replications;
        this.first = b.shardFirst == null ? 0 : b.shardFirst;
        this.count = b.shardFirst == null ? b.replications : b.shardLast - b.shardFirst + 1;
        this.seed = b.seed;
        this.warmUp = b.warmUp;
        this.length = b.length;
        this.threads = b.threads;
        this.level = b.level;
        this.outputDirectory = b.outputDirectory;
        this.baseline = b.baseline == null ? names.get(0) : b.baseline;
        this.progress = b.progress;
        this.descriptions = new LinkedHashMap<>(b.descriptions);
        this.resume = b.resume;
        this.keepValues = b.keepValues;
        this.baselinePairsOnly = b.baselinePairsOnly;
        this.notes = b.notes;
    }

    /**
     * Starts describing an experiment on {@code model}.
     *
     * @param <S> the scenario type
     * @param model the model every replication runs
     * @return a builder with no scenarios yet
     */
    public static <S> Builder<S> builder(ReplicationModel<S> model) {
        return new Builder<>(model);
    }

    /**
     * Runs every replication not already on file, then summarises.
     *
     * @return every scenario's summaries and paired comparisons
     * @throws ExperimentFailedException     if a replication throws
     * @throws OutputDirectoryInUseException if another run writes into the output directory
     * @throws IllegalStateException         if the output directory holds a different experiment
     * @throws UncheckedIOException          if the output files cannot be read or written
     */
    public ExperimentResult run() {
        return withFiles(resume, this::run);
    }

    /**
     * Writes the output directory from replications run elsewhere (another process or a cluster):
     * {@code blocks} hands over every replication's responses in the canonical order (replication
     * {@code first} of every scenario in scenario order, then the next replication, ...), and the
     * files and results are exactly those {@link #run()} would have produced from the same responses.
     * Nothing is resumed; the model is not called.
     *
     * @param blocks hands over the replications' responses
     * @return the result, as {@link #run()} would return it
     * @throws IllegalStateException if {@code blocks} hands over fewer or more blocks than the experiment has
     * @throws UncheckedIOException  if the output files cannot be written, or {@code blocks} cannot be read
     */
    public ExperimentResult collect(Blocks blocks) {
        return withFiles(false, (files, stats) -> {
            long total = (long) names.size() * count;
            long[] k = {0};
            try {
                blocks.feed(out -> {
                    if (k[0] >= total) {
                        throw new IllegalStateException("more than the experiment's " + total + " replication blocks handed over");
                    }
                    commit(files, stats, k[0]++, total, out);
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the replications handed over: " + e.getMessage(), e);
            }
            if (k[0] != total) {
                throw new IllegalStateException("only " + k[0] + " of the experiment's " + total + " replication blocks handed over");
            }
            return new ExperimentResult(names, count, stats, level, (int) total, 0);
        });
    }

    /** Replications' responses computed elsewhere, handed to {@link #collect} in canonical order. */
    @FunctionalInterface
    public interface Blocks {
        /**
         * Gives {@code sink} every replication's responses, in canonical order.
         *
         * @param sink takes one replication's responses per call
         * @throws IOException if the responses cannot be read from where they were computed
         */
        void feed(Consumer<Responses> sink) throws IOException;
    }

    private interface Work {
        ExperimentResult run(ResultFiles files, RunningStatistics stats);
    }

    /** Runs {@code work} with the output directory locked and prepared (if any), then completes the files. */
    private ExperimentResult withFiles(boolean resumeFiles, Work work) {
        RunningStatistics stats = new RunningStatistics(names.size(), first, count, keepValues);
        if (baselinePairsOnly) {
            stats.pairsOnlyWith(names.indexOf(baseline));
        }
        if (outputDirectory == null) {
            return work.run(null, stats);
        }
        try (OutputLock lock = OutputLock.acquire(outputDirectory)) {
            ResultFiles files;
            try {
                files = ResultFiles.open(outputDirectory, manifest(), names, first, count, resumeFiles, stats, notes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare output directory " + outputDirectory + ": " + e.getMessage(), e);
            }
            ExperimentResult result;
            try {
                result = work.run(files, stats);
            } finally {
                try {
                    files.close();
                } catch (IOException e) {
                    // The rows were written and flushed; a failed close loses nothing worth failing for.
                }
            }
            try {
                files.complete(result, baseline, isShard());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move the results into " + outputDirectory + ": " + e.getMessage(), e);
            }
            return result;
        }
    }

    /**
     * Checks, without writing anything, that {@link #run()} could resume in the output directory: a
     * command that runs several experiments calls this for each before it runs the first, so that a
     * refused resume of a later one leaves the earlier one's results untouched. Does nothing without
     * an output directory or without {@link Builder#resume resume}.
     *
     * @throws IllegalStateException if the output directory holds a different experiment
     * @throws UncheckedIOException  if its manifest cannot be read
     */
    public void checkResumable() {
        if (outputDirectory == null || !resume || !Files.isDirectory(outputDirectory)) {
            return;
        }
        try {
            ResultFiles.resumeSource(outputDirectory, manifest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the results in " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    private ExperimentResult run(ResultFiles files, RunningStatistics stats) {
        int nScenarios = names.size();
        int total = nScenarios * count;
        int resumed = files == null ? 0 : files.keptBlocks();
        if (resumed < total) {
            runAll(resumed, files, stats, total);
        }
        return new ExperimentResult(names, count, stats, level, total - resumed, resumed);
    }

    /**
     * Runs blocks {@code from} .. {@code total − 1} of the canonical order (replication-major: block
     * {@code k} is replication {@code first + k / S} of scenario {@code k % S}) on the worker threads,
     * committed in that order ({@link ParallelBlocks}).
     */
    private void runAll(int from, ResultFiles files, RunningStatistics stats, int total) {
        int nScenarios = names.size();
        int window = 4 * Math.min(threads, total - from) + nScenarios;
        ParallelBlocks.run(from, total, threads, window, k -> {
            int r = first + k / nScenarios;
            Responses out = new Responses();
            model.run(scenarios.get(k % nScenarios), new Replication(r, new StreamFactory(seed).forReplication(r), warmUp, length), out);
            return out;
        }, (k, out) -> commit(files, stats, k, total, out),
                (k, t) -> new ExperimentFailedException(names.get(k % nScenarios), first + k / nScenarios, t));
    }

    /** Commits block {@code k} of {@code total}: its file rows, the running statistics, the progress. */
    private void commit(ResultFiles files, RunningStatistics stats, long k, long total, Responses out) {
        int nScenarios = names.size();
        int s = (int) (k % nScenarios);
        int r = first + (int) (k / nScenarios);
        if (files != null) {
            files.append(names.get(s), r, out);
        }
        stats.add(s, r, out);
        progress.replicationFinished((int) (k + 1), (int) total);
    }

    Map<String, String> manifest() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("seed", Long.toString(seed));
        m.put("replications", Integer.toString(replications));
        m.put("warmUp", Double.toString(warmUp));
        m.put("length", Double.toString(length));
        m.put("scenarios", Integer.toString(names.size()));
        m.put("files.format", ResultFiles.FORMAT);
        for (int i = 0; i < names.size(); i++) {
            m.put("scenario." + i, names.get(i));
        }
        descriptions.forEach((k, v) -> m.put("input." + k, v));
        if (isShard()) {
            // What a merge needs beyond the whole run's manifest (ShardMerge): the range, and the settings of the tables.
            m.put(ShardMerge.FIRST, Integer.toString(first));
            m.put(ShardMerge.LAST, Integer.toString(first + count - 1));
            m.put(ShardMerge.LEVEL, Double.toString(level));
            m.put(ShardMerge.BASELINE, baseline);
            m.put(ShardMerge.VERSION, ShardMerge.version());
        }
        return m;
    }

    /** {@return whether this run makes only a range of the replications (a shard), to be merged with the others' by {@link ShardMerge}} */
    public boolean isShard() {
        return count != replications;
    }

    /** {@return the first replication this run makes (0 unless it is a shard)} */
    public int firstReplication() {
        return first;
    }

    /** {@return the last replication this run makes ({@code replications() - 1} unless it is a shard)} */
    public int lastReplication() {
        return first + count - 1;
    }

    /** {@return the scenario names, in the order they were added} */
    public List<String> scenarioNames() {
        return names;
    }

    /** {@return the replications per scenario} */
    public int replications() {
        return replications;
    }

    /** {@return the master seed} */
    public long seed() {
        return seed;
    }

    /** {@return the number of worker threads} */
    public int threads() {
        return threads;
    }

    /** Describes an {@link Experiment}; every setting is checked when it is given. */
    public static final class Builder<S> {
        private final ReplicationModel<S> model;
        private final LinkedHashMap<String, S> scenarios = new LinkedHashMap<>();
        private int replications = -1;
        private Long seedSet;
        private long seed;
        private double warmUp = 0.0;
        private double length = Double.NaN;
        private int threads = Runtime.getRuntime().availableProcessors();
        private double level = 0.95;
        private Path outputDirectory;
        private String baseline;
        private ProgressListener progress = ProgressListener.NONE;
        private final LinkedHashMap<String, String> descriptions = new LinkedHashMap<>();
        private boolean resume = true;
        private Integer shardFirst;
        private Integer shardLast;
        private boolean keepValues;
        private boolean baselinePairsOnly;
        private Consumer<String> notes = note -> { };

        private Builder(ReplicationModel<S> model) {
            if (model == null) {
                throw new IllegalArgumentException("model must not be null");
            }
            this.model = model;
        }

        /**
         * Adds a scenario; scenarios keep the order they are added in.
         *
         * @param name the scenario's name in results and files (unique)
         * @param scenario the scenario handed to the model
         * @return this builder
         */
        public Builder<S> scenario(String name, S scenario) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("scenario name must not be empty");
            }
            if (scenario == null) {
                throw new IllegalArgumentException("scenario '" + name + "' must not be null");
            }
            if (scenarios.putIfAbsent(name, scenario) != null) {
                throw new IllegalArgumentException("scenario '" + name + "' added twice");
            }
            return this;
        }

        /**
         * Records what the scenarios were built from, as {@code input.<key>=<value>} in
         * {@code experiment.properties}: a resumed run must have the same entries, so results of changed
         * inputs are never mixed with old ones (e.g. {@code describe("files.sha256", digestOfInputs)}).
         *
         * @param key the entry's name
         * @param value what the input was, e.g. a digest of its files
         * @return this builder
         */
        public Builder<S> describe(String key, String value) {
            if (key == null || key.isBlank() || value == null) {
                throw new IllegalArgumentException("describe needs a non-empty key and a value");
            }
            if (descriptions.putIfAbsent(key, value) != null) {
                throw new IllegalArgumentException("input '" + key + "' described twice");
            }
            return this;
        }

        /**
         * Replications per scenario (at least 1; at least 2 for confidence intervals).
         *
         * @param n the number of replications
         * @return this builder
         */
        public Builder<S> replications(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("replications must be >= 1, was " + n);
            }
            this.replications = n;
            return this;
        }

        /**
         * Makes only replications {@code first} .. {@code last} (from 0, both included) of the
         * {@link #replications} a whole run makes: a shard, whose output directory holds those
         * replications and a manifest naming the range, but no summary or comparison; {@link ShardMerge}
         * combines the shards into the files of the whole run. The range covering every replication is
         * no shard.
         *
         * @param first the first replication to make (from 0)
         * @param last  the last replication to make (included)
         * @return this builder
         */
        public Builder<S> onlyReplications(int first, int last) {
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("replication range must be 0 <= first <= last, was " + first + "-" + last);
            }
            this.shardFirst = first;
            this.shardLast = last;
            return this;
        }

        /**
         * The master seed every stream of every replication derives from (required).
         *
         * @param masterSeed the seed
         * @return this builder
         */
        public Builder<S> seed(long masterSeed) {
            this.seedSet = masterSeed;
            this.seed = masterSeed;
            return this;
        }

        /**
         * Simulated time before statistics are reset (default 0).
         *
         * @param time the warm-up, in the model's time unit (minutes for the chain); &ge; 0
         * @return this builder
         */
        public Builder<S> warmUp(double time) {
            if (!(time >= 0) || Double.isInfinite(time)) {
                throw new IllegalArgumentException("warm-up must be finite and >= 0, was " + time);
            }
            this.warmUp = time;
            return this;
        }

        /**
         * Simulated time observed after the warm-up (required).
         *
         * @param time the observed length, in the model's time unit; &gt; 0
         * @return this builder
         */
        public Builder<S> length(double time) {
            if (!(time > 0) || Double.isInfinite(time)) {
                throw new IllegalArgumentException("replication length must be finite and > 0, was " + time);
            }
            this.length = time;
            return this;
        }

        /**
         * Worker threads (default: available processors). Results do not depend on it.
         *
         * @param n the number of threads (&ge; 1)
         * @return this builder
         */
        public Builder<S> threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be >= 1, was " + n);
            }
            this.threads = n;
            return this;
        }

        /**
         * Confidence level of summaries and comparisons (default 0.95).
         *
         * @param level the confidence level, in (0, 1)
         * @return this builder
         */
        public Builder<S> confidenceLevel(double level) {
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
            }
            this.level = level;
            return this;
        }

        /**
         * Where to write (and resume) replications.csv, summary.csv and comparison.csv; none by default.
         *
         * @param dir the output directory; created when needed
         * @return this builder
         */
        public Builder<S> outputDirectory(Path dir) {
            this.outputDirectory = dir;
            return this;
        }

        /**
         * The scenario others are compared with in comparison.csv (default: the first added).
         *
         * @param name a scenario added to this builder
         * @return this builder
         */
        public Builder<S> baseline(String name) {
            this.baseline = name;
            return this;
        }

        /**
         * Whether to read back the replications an earlier run of the same experiment left in the
         * output directory (default: true). With false the experiment starts afresh; the directory's
         * earlier results stay in place until this run completes and replaces them.
         *
         * @param resume true to continue an earlier run
         * @return this builder
         */
        public Builder<S> resume(boolean resume) {
            this.resume = resume;
            return this;
        }

        /**
         * Keeps every replication's values for {@link ExperimentResult#values}. Off by default, because
         * that memory grows with the number of replications; summaries and comparisons never need it.
         *
         * @return this builder
         */
        public Builder<S> keepValues() {
            this.keepValues = true;
            return this;
        }

        /**
         * Keeps paired comparisons of the baseline with each other scenario only (what
         * {@code comparison.csv} holds), not of every pair: with many scenarios (a study's design
         * points) every pair would take memory growing with the square of their number.
         * {@link ExperimentResult#compare} then refuses a pair without the baseline.
         *
         * @return this builder
         */
        public Builder<S> comparisonsWithBaselineOnly() {
            this.baselinePairsOnly = true;
            return this;
        }

        /**
         * Told, one line each, what resuming found and why a replication on file is run again.
         *
         * @param listener receives the notes
         * @return this builder
         */
        public Builder<S> notes(Consumer<String> listener) {
            this.notes = listener == null ? note -> { } : listener;
            return this;
        }

        /**
         * Told after every replication, with the count done so far (e.g. for a progress bar).
         *
         * @param listener the listener; {@code null} for none
         * @return this builder
         */
        public Builder<S> progress(ProgressListener listener) {
            this.progress = listener == null ? ProgressListener.NONE : listener;
            return this;
        }

        /**
         * The experiment as described; checks that it has scenarios, a seed and a length.
         *
         * @return the experiment, ready to {@link Experiment#run()}
         */
        public Experiment<S> build() {
            if (scenarios.isEmpty()) {
                throw new IllegalStateException("an experiment needs at least one scenario");
            }
            if (replications < 1) {
                throw new IllegalStateException("set the number of replications");
            }
            if (seedSet == null) {
                throw new IllegalStateException("set the master seed: results are reproducible only from a seed you record");
            }
            if (Double.isNaN(length)) {
                throw new IllegalStateException("set the replication length");
            }
            if (shardLast != null && shardLast >= replications) {
                throw new IllegalStateException("replication range " + shardFirst + "-" + shardLast + " reaches beyond the "
                        + replications + " replications (0-" + (replications - 1) + ")");
            }
            if (shardFirst != null && shardFirst == 0 && shardLast == replications - 1) {
                shardFirst = null; // every replication: the whole run
                shardLast = null;
            }
            if (baseline != null && !scenarios.containsKey(baseline)) {
                throw new IllegalStateException("baseline '" + baseline + "' is not one of the scenarios " + scenarios.keySet());
            }
            return new Experiment<>(this);
        }
    }
}
