package org.akuttsim.scenarios.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import java.util.Map;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.scenarios.Policy;
import org.akuttsim.scenarios.PolicyNames;
import org.akuttsim.scenarios.ScenarioChecks;
import org.akuttsim.scenarios.report.ConsoleTable;
import org.akuttsim.scenarios.report.HtmlReport;
import org.akuttsim.scenarios.report.KeyMetrics;
import org.akuttsim.scenarios.report.Pair;
import org.akuttsim.scenarios.report.Sweep;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sweep}: one lever over a grid of values on a base scenario, all points paired. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Set one policy lever to each of a grid of values on a base scenario (all points under common random numbers).",
            "Or set one parameter of parameters.csv (a sensitivity analysis of an assumption): the base scenario is assembled"
                + " again for each value.",
            "Example: sweep --lever less_overtriage --values 0,0.1,0.2,0.3,0.4,0.5",
            "Example: sweep --parameter triage.green_no_ambulance_need --values 0.1,0.3,0.5"})
final class SweepCommand extends ScenarioCommand implements Callable<Integer> {

    @Option(names = {"-l", "--lever"}, paramLabel = "LEVER",
            description = "Lever as in policies.csv: ${COMPLETION-CANDIDATES}.", completionCandidates = Levers.class)
    String lever;

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME",
            description = "Instead of a lever: a parameter of parameters.csv (e.g. triage.green_no_ambulance_need).")
    String parameter;

    @Option(names = {"-v", "--values"}, required = true, split = ",", paramLabel = "VALUE",
            description = "Comma-separated lever values, e.g. 0,0.1,0.2 (shares in [0, 1]).")
    List<String> values;

    @Option(names = "--base", paramLabel = "NAME",
            description = "Scenario the lever is applied to (default: 2035 for the embedded region, else baseline).")
    String base;

    @Override
    public Integer call() {
        if ((lever == null) == (parameter == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "expected exactly one of --lever or --parameter");
        }
        ScenarioSet set = load();
        String b = base == null ? set.defaultBase : base;
        set.select(List.of(b));
        String what = lever != null ? "--lever " + lever : "--parameter " + parameter;
        for (String v : values) {
            // Every point is built and checked as a scenario of policies.csv would be, before anything runs.
            List<String> problems;
            try {
                ChainScenario point;
                if (lever != null) {
                    Policy p = set.lever(lever, v);
                    set.policyOf(b).andThen(p); // refuses a lever the base applies already
                    point = p.apply(set.select(List.of(b)).get(b));
                } else {
                    point = set.withParameters(b, Map.of(parameter, number(v, what)));
                }
                problems = ScenarioChecks.problems(point);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), what + " --values '" + v + "': " + e.getMessage()
                        + " (base scenario '" + b + "')");
            }
            if (!problems.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), what + " --values '" + v + "': the point is refused: "
                        + String.join("; ", problems) + " (base scenario '" + b + "')");
            }
        }
        int reps = opts.replications(10);
        Path dir = out();
        Sweep sw = lever != null ? Main.sweep(runner(), set, b, lever, values, reps, dir)
                : Main.sweepParameter(runner(), set, b, parameter, values, reps, dir);
        if (isShard()) {
            return 0;
        }
        String varied = lever != null ? lever : parameter;
        Main.printSweep(sw, main.out);
        List<Pair> pairs = new java.util.ArrayList<>();
        for (int i = 1; i < sw.scenarios().size(); i++) {
            pairs.add(new Pair(sw.scenarios().get(0), sw.scenarios().get(i)));
        }
        main.out.println();
        ConsoleTable.print(sw.result(), KeyMetrics.KEY, pairs.size() <= 3 ? pairs : List.of(), main.out);
        HtmlReport.write(new HtmlReport.Input("akuttsim sweep: " + varied + " on " + b, settings(set, reps), sw.result(), pairs,
                List.of(), sw), dir.resolve("report.html"));
        main.out.println("wrote " + dir.resolve("report.html"));
        return 0;
    }

    /** A --values number, or an exception saying what was found and expected (no raw NumberFormatException text). */
    private double number(String v, String what) {
        try {
            double x = Double.parseDouble(v.trim());
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(), what + " --values: expected a finite number (decimal point),"
                + " found '" + v + "'");
    }

    /** Lever names for help and completion. */
    static final class Levers implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return PolicyNames.NAMES.iterator();
        }
    }
}
