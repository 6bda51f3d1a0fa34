package org.akuttsim.scenarios.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.TracingChainModel;
import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.experiment.ReplicationModel;
import org.akuttsim.io.AtomicFile;
import org.akuttsim.scenarios.report.KeyMetrics;
import org.akuttsim.scenarios.results.MetricDictionary;
import org.akuttsim.scenarios.results.MetricNames;
import org.akuttsim.scenarios.results.TidyResults;

/**
 * What a command writes beside an experiment's own result files: the long files and the metric
 * dictionary ({@link TidyResults}), {@code provenance.json} ({@link Provenance}), and with
 * {@code --trace} one event trace per scenario and replication, {@code trace/<scenario>/rep-<r>.csv}
 * ({@link org.akuttsim.chain.measure.EventTrace}; {@code trace/scenarios.csv} maps the directory names
 * to the scenario names). Traces are written into {@value #TRACE_PARTIAL} while the experiment runs
 * and replace {@code trace/} only when it is complete, like the other results; a run without
 * {@code --trace} removes the {@code trace/} of the results it replaces.
 */
final class RunOutputs {

    static final String TRACE = "trace";
    static final String TRACE_PARTIAL = ".akuttsim-partial-trace";

    private final ExperimentOptions opts;
    private final Path dir;
    private final Map<String, ChainScenario> scenarios = new LinkedHashMap<>();
    private final Map<ChainScenario, String> traceDirs = new IdentityHashMap<>();

    RunOutputs(ExperimentOptions opts, Map<String, ChainScenario> scenarios, Path dir) {
        this.opts = opts;
        this.dir = dir;
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, ChainScenario> e : scenarios.entrySet()) {
            ChainScenario s = e.getValue();
            if (opts.trace && traceDirs.containsKey(s)) {
                s = s.toBuilder().build(); // the same scenario under two names: two objects, so two trace directories
            }
            this.scenarios.put(e.getKey(), s);
            String d = fileName(e.getKey());
            for (int i = 2; !used.add(d); i++) {
                d = fileName(e.getKey()) + "-" + i;
            }
            traceDirs.put(s, d);
        }
    }

    /** The scenarios to run (as given; with --trace each a distinct object). */
    Map<String, ChainScenario> scenarios() {
        return scenarios;
    }

    /** The model to run: the key metrics, traced with --trace (otherwise no trace observer at all). */
    ReplicationModel<ChainScenario> model() {
        if (!opts.trace) {
            return new KeyMetrics();
        }
        Path partial = dir.resolve(TRACE_PARTIAL);
        return new KeyMetrics(new TracingChainModel((s, r) -> partial.resolve(traceDirs.get(s)).resolve("rep-" + r + ".csv")));
    }

    /** Before a fresh (not resumed) run: an earlier run's unfinished traces go. */
    void beforeRun() {
        if (opts.trace && !opts.resume) {
            deleteTree(dir.resolve(TRACE_PARTIAL));
        }
    }

    /**
     * After the experiment completed in {@code dir}: the long files, provenance and traces. A resumed
     * run keeps the traces of the replications it read back (from the interrupted run's partial
     * traces, or from the finished run's {@code trace/}); {@code notes} hears of replications without one. A study's
     * long comparison holds the pairs with its base only, like comparison.csv ({@link ExperimentResult#compares}).
     */
    void afterRun(ExperimentResult r, Map<String, String> inputs, java.util.function.Consumer<String> notes) {
        new TidyResults(new MetricNames(MetricDictionary.standard(), scenarios.values())).write(dir, r);
        Provenance.write(dir, opts, r.replications(), r.scenarios(), inputs);
        if (opts.trace) {
            Path partial = dir.resolve(TRACE_PARTIAL);
            try {
                Files.createDirectories(partial);
                int missing = 0;
                for (String d : traceDirs.values()) {
                    for (int rep = 0; rep < r.replications(); rep++) {
                        Path f = partial.resolve(d).resolve("rep-" + rep + ".csv");
                        Path earlier = dir.resolve(TRACE).resolve(d).resolve("rep-" + rep + ".csv");
                        if (!Files.exists(f) && Files.exists(earlier)) {
                            Files.createDirectories(f.getParent());
                            AtomicFile.move(earlier, f);
                        }
                        missing += Files.exists(f) ? 0 : 1;
                    }
                }
                if (missing > 0) {
                    notes.accept(missing + " replication(s) read back from an earlier run have no trace (that run was not traced);"
                            + " run without --resume to trace them all");
                }
                deleteTree(dir.resolve(TRACE));
                StringBuilder index = new StringBuilder("directory,scenario\n");
                scenarios.forEach((name, s) -> index.append(csv(traceDirs.get(s))).append(',').append(csv(name)).append('\n'));
                AtomicFile.write(partial.resolve("scenarios.csv"), w -> w.write(index.toString()));
                AtomicFile.move(partial, dir.resolve(TRACE));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move the traces from " + partial + " to " + dir.resolve(TRACE) + ": "
                        + e.getMessage(), e);
            }
        } else {
            deleteTree(dir.resolve(TRACE)); // the traces of the results just replaced
        }
    }

    /** A scenario name as a file name: letters, digits, '.', '_', '=', '-' kept, others '_'. */
    static String fileName(String scenario) {
        String f = scenario.replaceAll("[^A-Za-z0-9._=-]", "_");
        return f.isEmpty() || f.startsWith(".") ? "_" + f : f;
    }

    private static String csv(String s) {
        return s.matches("[^,\"\\r\\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            List<Path> paths = new ArrayList<>(all.sorted(Comparator.reverseOrder()).toList());
            for (Path f : paths) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + p + ": " + e.getMessage(), e);
        }
    }
}
