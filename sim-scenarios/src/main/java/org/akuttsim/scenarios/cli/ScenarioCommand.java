package org.akuttsim.scenarios.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What run, compare and sweep share: experiment options and where the scenarios come from. */
abstract class ScenarioCommand {

    @ParentCommand
    Main main;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ExperimentOptions opts;

    @Option(names = {"-d", "--scenario-dir"}, paramLabel = "DIR",
            description = "Scenario directory (see SCENARIO-FORMAT.md); default: the embedded region's (--region) scenarios"
                    + " 2021, 2035, '2035 less overtriage 30%%'.")
    Path scenarioDir;

    /**
     * The longest simulated time a replication may have, warm-up plus observation: 100 years
     * (36,525 days). Longer runs are refused, not started (the chain's clock would reach its range
     * only after 2^31 hours, but a run of 1e300 days would simply never end).
     */
    static final double MAX_HORIZON_DAYS = 36_525;

    /** Refuses a horizon beyond {@link #MAX_HORIZON_DAYS}, naming the options. */
    static void checkHorizon(ExperimentOptions opts, CommandLine cl) {
        if (opts.warmUpDays + opts.lengthDays > MAX_HORIZON_DAYS) {
            throw new CommandLine.ParameterException(cl, String.format(java.util.Locale.ROOT,
                    "--warm-up-days %s plus --length-days %s: expected at most %,.0f days in all (100 years)",
                    org.akuttsim.io.CsvRow.fmt(opts.warmUpDays), org.akuttsim.io.CsvRow.fmt(opts.lengthDays), MAX_HORIZON_DAYS));
        }
    }

    /** Checks the options, then loads the scenarios (nothing is simulated on invalid input); prints the warnings. */
    ScenarioSet load() {
        opts.check(spec.commandLine());
        checkHorizon(opts, spec.commandLine());
        if (scenarioDir != null && scenarioDir.toString().isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scenario-dir: expected a scenario directory, found an empty value");
        }
        if (scenarioDir != null && !Files.isDirectory(scenarioDir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scenario-dir " + scenarioDir + " is not a directory");
        }
        if (scenarioDir != null && opts.region != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--region and --scenario-dir exclude each other: a scenario directory defines its own region");
        }
        ScenarioSet set = ScenarioSet.of(scenarioDir, opts.region(spec.commandLine()));
        for (String w : set.definition.warnings()) {
            main.err.println("warning: " + w);
        }
        double hours = (opts.warmUpDays + opts.lengthDays) * 24;
        if (hours > org.akuttsim.scenarios.ScenarioChecks.DEFAULT_HORIZON_HOURS) {
            // validate checked the default horizon; a longer run is checked again
            set.scenarios.forEach((name, sc) -> {
                String p = org.akuttsim.scenarios.ScenarioChecks.backlogProblem(sc, hours);
                if (p != null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--warm-up-days plus --length-days: scenario '" + name
                            + "': " + p);
                }
            });
        }
        return set;
    }

    /** With --shard the command ends after its replications: a shard has no summary to show or report. */
    boolean isShard() {
        return opts.parsedShard != null;
    }

    Runner runner() {
        return new Runner(opts, main.out, main.err, main.extra);
    }

    Path out() {
        return opts.out(Path.of("akuttsim-out", spec.name()));
    }

    List<String> settings(ScenarioSet set, int reps) {
        List<String> s = new ArrayList<>();
        s.add(set.label);
        s.add(runner().settings(reps));
        s.add(Main.provenanceLine(set));
        return s;
    }
}
