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
import org.akuttsim.experiment.ExperimentFailedException;
import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.experiment.OutputDirectoryInUseException;
import org.akuttsim.experiment.OutputLock;
import org.akuttsim.experiment.ProgressListener;

/**
 * Runs one experiment for a command: locks the output directory for the rest of the command, runs the
 * experiment fresh or resumed, draws the progress bar, and says how many replications were run and how
 * many read back. A fresh run leaves the earlier results in place until it has complete ones to replace
 * them with (see {@link Experiment.Builder#resume}); a report.html of earlier results is removed once
 * they are replaced, and the command writes a new one.
 */
final class Runner {

    /** Output-directory locks the command on this thread holds; released by {@link #releaseLocks()} when it ends. */
    private static final ThreadLocal<List<OutputLock>> LOCKS = ThreadLocal.withInitial(ArrayList::new);

    private final ExperimentOptions opts;
    private final PrintStream out;
    private final PrintStream err;
    private final ProgressListener extra;
    /** A study keeps paired comparisons with the baseline only (its design points may be many). */
    private boolean baselinePairsOnly;

    Runner(ExperimentOptions opts, PrintStream out, PrintStream err, ProgressListener extra) {
        this.opts = opts;
        this.out = out;
        this.err = err;
        this.extra = extra;
    }

    /** Keeps paired comparisons with the baseline only ({@link Experiment.Builder#comparisonsWithBaselineOnly}). */
    Runner baselinePairsOnly() {
        this.baselinePairsOnly = true;
        return this;
    }

    /**
     * Runs {@code scenarios} (the first is the baseline of comparison.csv) with {@code replications}
     * each, writing into {@code dir}; {@code inputs} describe what they were built from (checked on resume).
     */
    ExperimentResult run(String label, Map<String, ChainScenario> scenarios, int replications, Path dir, Map<String, String> inputs) {
        lock(dir);
        boolean earlier = Files.exists(dir.resolve("replications.csv"));
        if (opts.resume && !Files.exists(dir.resolve("experiment.properties"))
                && !Files.exists(dir.resolve(".akuttsim-partial").resolve("experiment.properties"))) {
            err.println("note: nothing to resume in " + dir + "; starting a new experiment");
        }
        RunOutputs outputs = new RunOutputs(opts, scenarios, dir);
        outputs.beforeRun();
        Experiment.Builder<ChainScenario> b = builder(outputs, replications, dir, inputs);
        ProgressListener bar = opts.quiet ? ProgressListener.NONE : new ProgressBar(label, err, System.console() != null);
        b.progress((done, total) -> {
            bar.replicationFinished(done, total);
            extra.replicationFinished(done, total);
        });
        ExperimentResult r;
        try {
            r = b.build().run();
        } catch (ExperimentFailedException e) {
            err.println("note: the replications finished so far are kept in " + dir.resolve(".akuttsim-partial")
                    + "; --resume continues from them" + (earlier ? "; the earlier results in " + dir + " are untouched" : ""));
            throw e;
        }
        try {
            Files.deleteIfExists(dir.resolve("report.html")); // describes the results just replaced; the command writes a new one
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the outdated " + dir.resolve("report.html") + ": " + e.getMessage(), e);
        }
        outputs.afterRun(r, inputs, baselinePairsOnly, note -> err.println("note: " + note));
        if (earlier && !opts.resume) {
            err.println("note: replaced the earlier results in " + dir + " (use --resume to continue an interrupted run instead)");
        }
        out.printf(Locale.ROOT, "%s: %d replications run, %d read back from an earlier run; results in %s%n", label,
                r.replicationsRun(), r.replicationsResumed(), dir);
        if (opts.parsedShard != null) {
            Shard s = opts.parsedShard;
            out.printf(Locale.ROOT, "shard %d/%d: replications %d-%d of %d (a partial result: no summary; combine the shards with"
                    + " 'akuttsim merge -o DIR SHARD_DIR...')%n", s.k(), s.n(), s.first(replications), s.last(replications), replications);
        }
        return r;
    }

    /**
     * Checks, writing nothing, that {@link #run} could resume this experiment in {@code dir} (with
     * --resume; otherwise there is nothing to check). A command of several experiments checks all
     * before it runs the first, so a refused resume leaves every result in place.
     */
    void checkResumable(Map<String, ChainScenario> scenarios, int replications, Path dir, Map<String, String> inputs) {
        builder(new RunOutputs(opts, scenarios, dir), replications, dir, inputs).build().checkResumable();
    }

    private Experiment.Builder<ChainScenario> builder(RunOutputs outputs, int replications, Path dir, Map<String, String> inputs) {
        Experiment.Builder<ChainScenario> b = Experiment.builder(outputs.model());
        if (opts.parsedShard != null) {
            Shard s = opts.parsedShard;
            if (s.n() > replications) {
                throw new IllegalArgumentException("--shard " + s.k() + "/" + s.n() + ": " + s.n() + " shards of " + replications
                        + " replications would leave some empty; expected at most " + replications + " shards");
            }
            b.onlyReplications(s.first(replications), s.last(replications));
        }
        b.replications(replications).seed(opts.seed).threads(opts.threads())
                .warmUp(opts.warmUpDays * 24 * 60).length(opts.lengthDays * 24 * 60)
                .confidenceLevel(opts.confidence).outputDirectory(dir).resume(opts.resume)
                .notes(note -> err.println("note: " + note));
        if (baselinePairsOnly) {
            b.comparisonsWithBaselineOnly();
        }
        outputs.scenarios().forEach(b::scenario);
        inputs.forEach(b::describe);
        return b;
    }

    /** Locks {@code dir} until the command ends, unless this command holds it already. */
    private static void lock(Path dir) {
        try {
            LOCKS.get().add(OutputLock.acquire(dir));
        } catch (OutputDirectoryInUseException e) {
            throw new IllegalStateException("output directory '" + dir + "' is in use by another run (lock file " + e.lockFile()
                    + (e.pid() > 0 ? ", pid " + e.pid() : "") + "); wait for it or choose another --out", e);
        }
    }

    /** Releases the output directories the command on this thread locked. */
    static void releaseLocks() {
        List<OutputLock> held = LOCKS.get();
        for (int i = held.size() - 1; i >= 0; i--) {
            held.get(i).close();
        }
        held.clear();
    }

    String settings(int replications) {
        return String.format(Locale.ROOT, "%d replications per scenario, seed %d, warm-up %s days, %s days observed, %.0f %% confidence intervals",
                replications, opts.seed, num(opts.warmUpDays), num(opts.lengthDays), 100 * opts.confidence);
    }

    private static String num(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
