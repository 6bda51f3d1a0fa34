package org.akuttsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.PairedDifference;

/**
 * The per-replication values of every metric in every scenario, with summaries and paired
 * comparisons computed from them on demand.
 *
 * <p>Values are held by (scenario, metric, replication index) and every statistic runs over them in
 * index order, so results do not depend on which thread finished first. A metric that a replication
 * did not record is NaN there; summaries skip and count such entries (see {@link ConfidenceInterval}).
 * Metrics are listed in the order they first appear, scanning scenarios in order and, within each,
 * replications by index.
 */
public final class ExperimentResult {

    private final List<String> scenarios;
    private final List<String> metrics;
    private final Map<String, Integer> scenarioIndex = new LinkedHashMap<>();
    private final Map<String, Integer> metricIndex = new LinkedHashMap<>();
    private final double[][][] values; // [scenario][metric][replication]
    private final int replications;
    private final double level;
    private final int replicationsRun;
    private final int replicationsResumed;

    ExperimentResult(List<String> scenarios, Responses[][] byScenarioAndReplication, double level,
                     int replicationsRun, int replicationsResumed) {
        this.scenarios = List.copyOf(scenarios);
        this.level = level;
        this.replicationsRun = replicationsRun;
        this.replicationsResumed = replicationsResumed;
        this.replications = byScenarioAndReplication.length == 0 ? 0 : byScenarioAndReplication[0].length;
        for (int s = 0; s < scenarios.size(); s++) {
            scenarioIndex.put(scenarios.get(s), s);
        }
        List<String> ms = new ArrayList<>();
        for (Responses[] row : byScenarioAndReplication) {
            for (Responses r : row) {
                for (String m : r.metrics()) {
                    if (!metricIndex.containsKey(m)) {
                        metricIndex.put(m, ms.size());
                        ms.add(m);
                    }
                }
            }
        }
        this.metrics = Collections.unmodifiableList(ms);
        values = new double[scenarios.size()][ms.size()][replications];
        for (int s = 0; s < scenarios.size(); s++) {
            for (int m = 0; m < ms.size(); m++) {
                for (int r = 0; r < replications; r++) {
                    values[s][m][r] = byScenarioAndReplication[s][r].get(ms.get(m));
                }
            }
        }
    }

    /** Scenario names in the order they were added. */
    public List<String> scenarios() {
        return scenarios;
    }

    /** Metric names in order of first appearance. */
    public List<String> metrics() {
        return metrics;
    }

    public int replications() {
        return replications;
    }

    /** Confidence level of {@link #summary} and {@link #compare}. */
    public double level() {
        return level;
    }

    /** Replications run by this invocation (the rest were read back from an earlier, interrupted run). */
    public int replicationsRun() {
        return replicationsRun;
    }

    /** Replications read back from an earlier run's {@code replications.csv} instead of being run. */
    public int replicationsResumed() {
        return replicationsResumed;
    }

    /** A copy of the per-replication values, index = replication; NaN where not recorded. */
    public double[] values(String scenario, String metric) {
        return values[scenario(scenario)][metric(metric)].clone();
    }

    /** Mean and Student-t interval over replications. */
    public ConfidenceInterval summary(String scenario, String metric) {
        return ConfidenceInterval.of(values[scenario(scenario)][metric(metric)], level);
    }

    /** {@code alternative − base}, paired by replication (common random numbers), with the Welch interval beside it. */
    public PairedDifference compare(String base, String alternative, String metric) {
        int m = metric(metric);
        return PairedDifference.of(values[scenario(base)][m], values[scenario(alternative)][m], level);
    }

    /** Writes {@code summary.csv}-style rows for every scenario and metric, atomically. */
    public void writeSummary(Path file) {
        try {
            ResultFiles.writeSummary(this, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write summary " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code comparison.csv}-style rows of every other scenario against {@code base}, atomically. */
    public void writeComparison(Path file, String base) {
        scenario(base);
        try {
            ResultFiles.writeComparison(this, base, file);
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
        Integer i = metricIndex.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown metric '" + name + "'; the replications recorded " + metrics);
        }
        return i;
    }
}
