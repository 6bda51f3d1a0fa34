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

    /** Checks the options, then loads the scenarios (nothing is simulated on invalid input). */
    ScenarioSet load() {
        opts.check(spec.commandLine());
        if (scenarioDir != null && !Files.isDirectory(scenarioDir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scenario-dir " + scenarioDir + " is not a directory");
        }
        if (scenarioDir != null && opts.region != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--region and --scenario-dir exclude each other: a scenario directory defines its own region");
        }
        return ScenarioSet.of(scenarioDir, opts.region(spec.commandLine()));
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
        return s;
    }
}
