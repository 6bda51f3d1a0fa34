package org.akuttsim.scenarios.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.scenarios.report.ConsoleTable;
import org.akuttsim.scenarios.report.HtmlReport;
import org.akuttsim.scenarios.report.RegionMap;
import org.akuttsim.scenarios.report.KeyMetrics;
import org.akuttsim.scenarios.report.Pair;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code compare}: scenarios paired under common random numbers against a baseline. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare scenarios paired under common random numbers: every scenario against the baseline (the first).",
            "Example: compare -d my-region -s baseline,2035,2035_less_ot"})
final class CompareCommand extends ScenarioCommand implements Callable<Integer> {

    @Option(names = {"-s", "--scenario"}, paramLabel = "NAME", split = ",",
            description = "Scenarios to compare, baseline first (default: all, in file order).")
    List<String> names;

    @Option(names = {"-b", "--baseline"}, paramLabel = "NAME", description = "Baseline scenario (default: the first).")
    String baseline;

    @Override
    public Integer call() {
        ScenarioSet set = load();
        Map<String, ChainScenario> chosen = set.select(names);
        if (chosen.size() < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "compare needs at least two scenarios (--scenario), got "
                    + chosen.keySet());
        }
        String base = baseline == null ? chosen.keySet().iterator().next() : baseline;
        if (!chosen.containsKey(base)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baseline '" + base + "' is not among the scenarios " + chosen.keySet());
        }
        Map<String, ChainScenario> ordered = new LinkedHashMap<>();
        ordered.put(base, chosen.get(base));
        ordered.putAll(chosen);
        List<Pair> pairs = new ArrayList<>();
        for (String n : ordered.keySet()) {
            if (!n.equals(base)) {
                pairs.add(new Pair(base, n));
            }
        }
        int reps = opts.replications(10);
        Path dir = out();
        ExperimentResult r = runner().run("compare", ordered, reps, dir, set.inputs());
        if (isShard()) {
            return 0;
        }
        ConsoleTable.print(r, KeyMetrics.KEY, pairs, main.out);
        HtmlReport.write(new HtmlReport.Input("akuttsim compare: " + String.join(" vs ", ordered.keySet()), settings(set, reps), r,
                pairs, Main.facts(ordered), null, null, RegionMap.of(ordered.get(base))), dir.resolve("report.html"));
        main.out.println("wrote " + dir.resolve("report.html"));
        return 0;
    }
}
