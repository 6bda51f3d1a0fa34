package org.akuttsim.scenarios.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.scenarios.report.ConsoleTable;
import org.akuttsim.scenarios.report.HtmlReport;
import org.akuttsim.scenarios.report.RegionMap;
import org.akuttsim.scenarios.report.KeyMetrics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code run}: simulate scenarios and summarise each. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Simulate scenarios (all of the scenario directory, or those named with --scenario) and summarise them.")
final class RunCommand extends ScenarioCommand implements Callable<Integer> {

    @Option(names = {"-s", "--scenario"}, paramLabel = "NAME", split = ",",
            description = "Scenario(s) to run, in this order (default: all).")
    List<String> names;

    @Override
    public Integer call() {
        ScenarioSet set = load();
        Map<String, ChainScenario> scenarios = set.select(names);
        int reps = opts.replications(10);
        Path dir = out();
        ExperimentResult r = runner().run("run", scenarios, reps, dir, set.inputs());
        if (isShard()) {
            return 0;
        }
        ConsoleTable.print(r, KeyMetrics.KEY, List.of(), main.out);
        HtmlReport.write(new HtmlReport.Input("akuttsim run", settings(set, reps), r, List.of(), Main.facts(scenarios), null,
                null, RegionMap.of(scenarios.values().iterator().next())),
                dir.resolve("report.html"));
        main.out.println("wrote " + dir.resolve("report.html"));
        return 0;
    }
}
