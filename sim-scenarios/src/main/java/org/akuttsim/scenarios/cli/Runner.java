package org.akuttsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.experiment.Experiment;
import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.experiment.ProgressListener;
import org.akuttsim.scenarios.report.KeyMetrics;

/**
 * Runs one experiment for a command: prepares the output directory (fresh or resumed), draws the
 * progress bar, and says how many replications were run and how many read back.
 */
final class Runner {

    /** Files the experiment layer and the report write; a fresh run removes only these. */
    static final List<String> OWN_FILES = List.of("experiment.properties", "replications.csv", "summary.csv",
            "comparison.csv", "report.html");

    private final ExperimentOptions opts;
    private final PrintStream out;
    private final PrintStream err;
    private final ProgressListener extra;

    Runner(ExperimentOptions opts, PrintStream out, PrintStream err, ProgressListener extra) {
        this.opts = opts;
        this.out = out;
        this.err = err;
        this.extra = extra;
    }

    /**
     * Runs {@code scenarios} (the first is the baseline of comparison.csv) with {@code replications}
     * each, writing into {@code dir}; {@code inputs} describe what they were built from (checked on resume).
     */
    ExperimentResult run(String label, Map<String, ChainScenario> scenarios, int replications, Path dir, Map<String, String> inputs) {
        prepare(dir);
        Experiment.Builder<ChainScenario> b = Experiment.builder(new KeyMetrics())
                .replications(replications).seed(opts.seed).threads(opts.threads())
                .warmUp(opts.warmUpDays * 24 * 60).length(opts.lengthDays * 24 * 60)
                .confidenceLevel(opts.confidence).outputDirectory(dir);
        scenarios.forEach(b::scenario);
        inputs.forEach(b::describe);
        ProgressListener bar = opts.quiet ? ProgressListener.NONE : new ProgressBar(label, err, System.console() != null);
        b.progress((done, total) -> {
            bar.replicationFinished(done, total);
            extra.replicationFinished(done, total);
        });
        ExperimentResult r = b.build().run();
        out.printf(Locale.ROOT, "%s: %d replications run, %d read back from an earlier run; results in %s%n", label,
                r.replicationsRun(), r.replicationsResumed(), dir);
        return r;
    }

    /** Without --resume, removes an earlier run's files so the experiment starts afresh. */
    private void prepare(Path dir) {
        try {
            if (opts.resume) {
                if (!Files.exists(dir.resolve("experiment.properties"))) {
                    err.println("note: nothing to resume in " + dir + "; starting a new experiment");
                }
                return;
            }
            List<String> removed = new ArrayList<>();
            for (String f : OWN_FILES) {
                if (Files.deleteIfExists(dir.resolve(f))) {
                    removed.add(f);
                }
            }
            if (removed.contains("replications.csv")) {
                err.println("note: replaced the earlier results in " + dir + " (use --resume to continue an interrupted run instead)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare output directory " + dir + ": " + e.getMessage(), e);
        }
    }

    String settings(int replications) {
        return String.format(Locale.ROOT, "%d replications per scenario, seed %d, warm-up %s days, %s days observed, %.0f %% confidence intervals",
                replications, opts.seed, num(opts.warmUpDays), num(opts.lengthDays), 100 * opts.confidence);
    }

    private static String num(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
