package org.akuttsim.scenarios.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.experiment.ExperimentFailedException;
import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.experiment.ProgressListener;
import org.akuttsim.io.InputValidationException;
import org.akuttsim.scenarios.report.ConsoleTable;
import org.akuttsim.scenarios.report.HtmlReport;
import org.akuttsim.scenarios.report.KeyMetrics;
import org.akuttsim.scenarios.report.Pair;
import org.akuttsim.scenarios.report.Question;
import org.akuttsim.scenarios.report.RegionMap;
import org.akuttsim.scenarios.report.ScenarioFacts;
import org.akuttsim.scenarios.report.Sweep;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code akuttsim} command line. Without a sub-command it runs the main job: the St. Olavs
 * catchment in 2021, in 2035, and in 2035 with 30 % less overtriage, paired under common random
 * numbers, plus a sweep of overtriage reduction 0–50 % on 2035; it prints the key metrics with
 * confidence intervals and paired differences and writes the CSVs and {@code report.html}.
 */
@Command(name = "akuttsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Discrete-event simulation of the acute-medicine chain (AMK, ambulances, EDs).",
            "Without a command: the main job (St. Olavs 2021 vs 2035 vs 2035 with 30 %% less overtriage, and an overtriage sweep;"
                + " --region hmn: the same for all of Helse Midt-Norge)."},
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, ValidateCommand.class, MergeCommand.class, DesignCommand.class,
            StudyCommand.class, SensitivityCommand.class},
        sortOptions = false)
public final class Main implements Callable<Integer> {

    /** {@code --version}: the version and commit the build recorded ({@link org.akuttsim.BuildInfo}). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {org.akuttsim.BuildInfo.describe()};
        }
    }

    /** Lever values of the main job's sweep: overtriage reduction 0–50 %. */
    static final List<String> SWEEP_VALUES = List.of("0", "0.1", "0.2", "0.3", "0.4", "0.5");

    @Mixin
    ExperimentOptions opts;

    @Option(names = "--sweep-replications", paramLabel = "N", defaultValue = "8",
            description = "Replications per point of the main job's overtriage sweep (default: ${DEFAULT-VALUE}).")
    int sweepReplications;

    @Option(names = "--no-sweep", description = "Main job without the overtriage sweep.")
    boolean noSweep;

    @Spec
    CommandLine.Model.CommandSpec spec;

    final PrintStream out;
    final PrintStream err;
    final ProgressListener extra;

    /** A command line writing to {@code out}/{@code err}; {@code extra} also hears every finished replication. */
    public Main(PrintStream out, PrintStream err, ProgressListener extra) {
        this.out = out;
        this.err = err;
        this.extra = extra == null ? ProgressListener.NONE : extra;
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err, ProgressListener.NONE));
    }

    /** Exit code of a bug in akuttsim (BSD {@code EX_SOFTWARE}): one line on stderr, the stack trace in a file. */
    static final int EXIT_BUG = 70;

    /**
     * Runs the command line and returns its exit code (0 ok, 1 invalid input or a failed run, 2 bad
     * options, {@value #EXIT_BUG} a bug: a one-line message and where its stack trace was written).
     * No stack trace reaches the user.
     */
    public static int execute(String[] args, PrintStream out, PrintStream err, ProgressListener extra) {
        try {
            return executeUnguarded(args, out, err, extra);
        } catch (RuntimeException | Error e) { // NOPMD: the last line of defence (OutOfMemoryError, StackOverflowError, …)
            err.println(bugReport(e));
            err.flush();
            return EXIT_BUG;
        }
    }

    /**
     * One line for a true bug: what happened, and the file its stack trace was written to (in the
     * temporary directory), to be attached to a report.
     */
    static String bugReport(Throwable e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        try {
            Path f = java.nio.file.Files.createTempFile("akuttsim-bug-", ".txt");
            java.io.StringWriter sw = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(sw));
            java.nio.file.Files.writeString(f, org.akuttsim.BuildInfo.describe() + "\n" + sw);
            return "internal error (a bug in akuttsim, not in your input): " + what + "; stack trace written to " + f
                    + " (please attach it to a bug report)";
        } catch (java.io.IOException | RuntimeException io) {
            return "internal error (a bug in akuttsim, not in your input): " + what + "; its stack trace could not be written ("
                    + io.getMessage() + ")";
        }
    }

    private static int executeUnguarded(String[] args, PrintStream out, PrintStream err, ProgressListener extra) {
        CommandLine cl = new CommandLine(new Main(out, err, extra));
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        // A path the file system cannot represent (a NUL character) is a bad option value, not a raw InvalidPathException text.
        cl.registerConverter(Path.class, s -> {
            try {
                return Path.of(s);
            } catch (java.nio.file.InvalidPathException e) {
                throw new CommandLine.TypeConversionException("expected a path, found '" + s.replace("\0", "\\0") + "' (" + e.getReason()
                        + ")");
            }
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter w = cmd.getErr();
            if (ex instanceof InputValidationException) {
                w.println("invalid scenario input, " + ex.getMessage());
            } else if (ex instanceof ExperimentFailedException && !(ex.getCause() instanceof java.io.IOException
                    || ex.getCause() instanceof UncheckedIOException)) {
                // Every scenario passed the checks before it ran, so a failing replication is a bug.
                w.println("error: " + ex.getMessage());
                w.println(bugReport(ex.getCause() == null ? ex : ex.getCause()));
                w.flush();
                return EXIT_BUG;
            } else if ((ex instanceof IllegalArgumentException && !(ex instanceof NumberFormatException))
                    || ex instanceof IllegalStateException || ex instanceof UncheckedIOException
                    || ex instanceof ExperimentFailedException) {
                w.println("error: " + ex.getMessage());
            } else {
                w.println(bugReport(ex));
                w.flush();
                return EXIT_BUG;
            }
            w.flush();
            return 1;
        });
        Provenance.commandLine(args);
        try {
            return cl.execute(args);
        } finally {
            Provenance.commandLine(null);
            Runner.releaseLocks(); // the output directories stay locked until the command has written everything
        }
    }

    @Override
    public Integer call() {
        opts.check(spec.commandLine());
        ScenarioCommand.checkHorizon(opts, spec.commandLine());
        if (opts.shard != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shard: the main job is not sharded; shard 'run', 'compare',"
                    + " 'sweep' or 'study' and combine the shards with 'merge'");
        }
        if (sweepReplications < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sweep-replications must be at least 1, was " + sweepReplications);
        }
        long t0 = System.nanoTime();
        Path dir = opts.out(Path.of("akuttsim-out"));
        Runner runner = new Runner(opts, out, err, extra);
        EmbeddedRegion region = opts.region(spec.commandLine());
        ScenarioSet set = ScenarioSet.embedded(region);
        int reps = opts.replications(15);
        out.println("akuttsim main job: " + set.label + "; " + runner.settings(reps));
        if (!noSweep) {
            // Refuse a resume the sweep cannot do before the main experiment replaces anything (found by the fuzz suite).
            runner.checkResumable(points("less_overtriage", SWEEP_VALUES, leverPoint(set, set.defaultBase, "less_overtriage")),
                    sweepReplications, dir.resolve("overtriage-sweep"), sweepInputs(set, set.defaultBase));
        }
        ExperimentResult result = runner.run("main", set.scenarios, reps, dir, set.inputs());
        result.writeComparison(dir.resolve("comparison-vs-2035.csv"), ScenarioSet.Y2035);

        Sweep sweep = null;
        if (!noSweep) {
            sweep = sweep(runner, set, set.defaultBase, "less_overtriage", SWEEP_VALUES, sweepReplications,
                    dir.resolve("overtriage-sweep"));
        }
        List<Pair> pairs = List.of(new Pair(ScenarioSet.Y2021, ScenarioSet.Y2035), new Pair(ScenarioSet.Y2021, ScenarioSet.Y2035_POLICY),
                new Pair(ScenarioSet.Y2035, ScenarioSet.Y2035_POLICY));
        out.println();
        ConsoleTable.print(result, KeyMetrics.KEY, pairs, out);
        if (sweep != null) {
            printSweep(sweep, out);
        }
        List<String> settings = new ArrayList<>();
        settings.add(set.label);
        settings.add(runner.settings(reps));
        if (sweep != null) {
            settings.add("sweep: " + sweep.lever() + " = " + String.join(", ", sweep.values()) + " on " + sweep.base() + ", "
                    + sweepReplications + " replications per point");
        }
        settings.add(provenanceLine(set));
        settings.add("illustrative scenarios: the 30 % overtriage reduction is a what-if, not a planned measure");
        Question question = Question.overtriage(region.shortName, "30", new Pair(ScenarioSet.Y2021, ScenarioSet.Y2035),
                new Pair(ScenarioSet.Y2035, ScenarioSet.Y2035_POLICY));
        HtmlReport.write(new HtmlReport.Input("akuttsim: " + region.shortName + " 2021 vs 2035 vs 2035 with less overtriage", settings, result,
                pairs, facts(set.scenarios), sweep, question, RegionMap.of(set.scenarios.get(ScenarioSet.Y2035))), dir.resolve("report.html"));
        out.printf(Locale.ROOT, "%nwrote %s (summary.csv, comparison.csv, comparison-vs-2035.csv, replications.csv, their long forms"
                + " results-long.csv, summary-long.csv, comparison-long.csv, metrics.csv, provenance.json, report.html%s)"
                + " in %.1f s%n", dir, sweep == null ? "" : ", overtriage-sweep/", (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    /** Runs {@code lever} at each value on {@code base}; scenarios named {@code lever=value}. */
    static Sweep sweep(Runner runner, ScenarioSet set, String base, String lever, List<String> values, int replications, Path dir) {
        return sweep(runner, set, base, lever, values, replications, dir, leverPoint(set, base, lever));
    }

    /** The point of a lever sweep at one value: the lever applied to {@code base}. */
    private static java.util.function.Function<String, ChainScenario> leverPoint(ScenarioSet set, String base, String lever) {
        ChainScenario b = set.select(List.of(base)).get(base);
        return v -> set.lever(lever, v).apply(b);
    }

    /**
     * Sets one parameter (an assumption of parameters.csv) to each value: every point is {@code base}
     * assembled again with that value, so a sensitivity analysis runs under common random numbers too.
     */
    static Sweep sweepParameter(Runner runner, ScenarioSet set, String base, String parameter, List<String> values, int replications,
                                Path dir) {
        return sweep(runner, set, base, parameter, values, replications, dir,
                v -> set.withParameters(base, Map.of(parameter, Double.parseDouble(v))));
    }

    private static Sweep sweep(Runner runner, ScenarioSet set, String base, String lever, List<String> values, int replications,
                               Path dir, java.util.function.Function<String, ChainScenario> point) {
        Map<String, ChainScenario> m = points(lever, values, point);
        ExperimentResult r = runner.run("sweep", m, replications, dir, sweepInputs(set, base));
        return new Sweep(lever, base, values, new ArrayList<>(m.keySet()), r);
    }

    /** The points of a sweep, named {@code lever=value}. */
    private static Map<String, ChainScenario> points(String lever, List<String> values,
                                                     java.util.function.Function<String, ChainScenario> point) {
        Map<String, ChainScenario> m = new java.util.LinkedHashMap<>();
        for (String v : values) {
            if (m.put(lever + "=" + v, point.apply(v)) != null) {
                throw new IllegalArgumentException("value '" + v + "' given twice for " + lever);
            }
        }
        return m;
    }

    private static Map<String, String> sweepInputs(ScenarioSet set, String base) {
        Map<String, String> inputs = new java.util.LinkedHashMap<>(set.inputs());
        inputs.put("sweep.base", base);
        return inputs;
    }

    static void printSweep(Sweep sw, PrintStream out) {
        out.printf(Locale.ROOT, "%nSweep of %s on %s (mean over %d replications, paired):%n", sw.lever(), sw.base(),
                sw.result().replications());
        String[] metrics = {"response.RED.urban.p90", "response.RED.rural.p90", "readiness.meanOverDistricts", KeyMetrics.ED_OCCUPANCY};
        out.printf(Locale.ROOT, "%-22s %14s %14s %14s %14s%n", sw.lever(), "RED p90 urban", "RED p90 rural", "readiness %", "ED occupancy");
        for (int i = 0; i < sw.values().size(); i++) {
            String s = sw.scenarios().get(i);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-22s", sw.values().get(i)));
            for (String m : metrics) {
                double v = sw.result().summary(s, m).mean() * (m.startsWith("readiness") ? 100 : 1);
                double hw = sw.result().summary(s, m).halfWidth() * (m.startsWith("readiness") ? 100 : 1);
                row.append(String.format(Locale.ROOT, " %14s", String.format(Locale.ROOT, "%.1f +- %.1f", v, hw)));
            }
            out.println(row);
        }
    }

    /** The report's line of provenance: build and inputs (the rest is in provenance.json). */
    static String provenanceLine(ScenarioSet set) {
        return org.akuttsim.BuildInfo.describe() + "; input files SHA-256 " + set.inputs().get("files.sha256")
                + "; full provenance in provenance.json";
    }

    static List<ScenarioFacts> facts(Map<String, ChainScenario> scenarios) {
        List<ScenarioFacts> f = new ArrayList<>();
        scenarios.forEach((n, s) -> f.add(ScenarioFacts.of(n, s)));
        return f;
    }
}
