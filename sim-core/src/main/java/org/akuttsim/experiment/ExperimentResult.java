package org.akuttsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.PairedDifference;

/**
 * Summaries and paired comparisons of every metric in every scenario of a finished experiment.
 *
 * <p>They are kept as running statistics, accumulated replication by replication in a fixed order
 * (replication 0 of every scenario, then replication 1, ...), so the state held is
 * O(scenarios² × metrics), independent of the number of replications, and results do not depend on
 * which thread finished first. The per-replication values themselves are in {@code replications.csv}
 * when the experiment has an output directory; {@link #values} answers only for an experiment built
 * with {@link Experiment.Builder#keepValues()}. A metric that a replication did not record is NaN
 * there; summaries skip and count such entries (see {@link ConfidenceInterval}). Metrics are listed in
 * the order they first appear, scanning replications by index and, within each, scenarios in order.
 */
public final class ExperimentResult {

    private final List<String> scenarios;
    private final Map<String, Integer> scenarioIndex = new LinkedHashMap<>();
    private final RunningStatistics stats;
    private final int replications;
    private final double level;
    private final int replicationsRun;
    private final int replicationsResumed;

    ExperimentResult(List<String> scenarios, int replications, RunningStatistics stats, double level,
                     int replicationsRun, int replicationsResumed) {
        this.scenarios = List.copyOf(scenarios);
        this.level = level;
        this.replicationsRun = replicationsRun;
        this.replicationsResumed = replicationsResumed;
        this.replications = replications;
        this.stats = stats;
        for (int s = 0; s < scenarios.size(); s++) {
            scenarioIndex.put(scenarios.get(s), s);
        }
    }

    /**
     * Scenario names in the order they were added.
     *
     * @return the scenario names
     */
    public List<String> scenarios() {
        return scenarios;
    }

    /**
     * Metric names in order of first appearance.
     *
     * @return the metric names
     */
    public List<String> metrics() {
        return stats.metrics();
    }

    /** {@return the replications per scenario} */
    public int replications() {
        return replications;
    }

    /**
     * Confidence level of {@link #summary} and {@link #compare}.
     *
     * @return the confidence level, e.g. 0.95
     */
    public double level() {
        return level;
    }

    /**
     * Replications run by this invocation (the rest were read back from an earlier, interrupted run).
     *
     * @return the number of replications run now
     */
    public int replicationsRun() {
        return replicationsRun;
    }

    /**
     * Replications read back from an earlier run's {@code replications.csv} instead of being run.
     *
     * @return the number of replications resumed
     */
    public int replicationsResumed() {
        return replicationsResumed;
    }

    /**
     * A copy of the per-replication values, index = replication; NaN where not recorded.
     *
     * @param scenario a scenario name
     * @param metric a metric name
     * @return the values, one per replication
     * @throws IllegalStateException unless the experiment was built with {@link Experiment.Builder#keepValues()}
     */
    public double[] values(String scenario, String metric) {
        int s = scenario(scenario);
        int m = metric(metric);
        if (!stats.keepsValues()) {
            throw new IllegalStateException("per-replication values were not kept (they would make memory grow with the"
                    + " replications): build the experiment with keepValues(), or read them from replications.csv");
        }
        return stats.values(s, m);
    }

    /**
     * Mean and Student-t interval over replications.
     *
     * @param scenario a scenario name
     * @param metric a metric name
     * @return the mean with its confidence interval
     */
    public ConfidenceInterval summary(String scenario, String metric) {
        return stats.summary(scenario(scenario), metric(metric), level);
    }

    /**
     * {@code alternative − base}, paired by replication (common random numbers), with the Welch interval
     * beside it.
     *
     * @param base the scenario compared with
     * @param alternative the scenario compared
     * @param metric a metric name
     * @return the paired difference and the independent interval
     */
    public PairedDifference compare(String base, String alternative, String metric) {
        return stats.compare(scenario(base), scenario(alternative), metric(metric), level);
    }

    /**
     * Whether {@link #compare} can pair these two scenarios: always, unless the experiment kept only the
     * comparisons with its baseline ({@code Experiment.Builder#comparisonsWithBaselineOnly}, a study).
     *
     * @param base the scenario compared with
     * @param alternative the scenario compared
     * @return true when their paired comparison was kept
     */
    public boolean compares(String base, String alternative) {
        return stats.tracked(scenario(base), scenario(alternative));
    }

    /**
     * Writes {@code summary.csv}-style rows for every scenario and metric, atomically.
     *
     * @param file the CSV file to write or replace
     */
    public void writeSummary(Path file) {
        try {
            ResultTables.writeSummary(this, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write summary " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code comparison.csv}-style rows of every other scenario against {@code base}, atomically.
     *
     * @param file the CSV file to write or replace
     * @param base the scenario every other is compared with
     */
    public void writeComparison(Path file, String base) {
        scenario(base);
        try {
            ResultTables.writeComparison(this, base, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write comparison " + file + ": " + e.getMessage(), e);
        }
    }

    private int scenario(String name) {
        Integer i = scenarioIndex.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown scenario '" + name + "'; the experiment has " + scenarios);
        }
        return i;
    }

    private int metric(String name) {
        int i = stats.metricIndex(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown metric '" + name + "'; the replications recorded " + stats.metrics());
        }
        return i;
    }
}
