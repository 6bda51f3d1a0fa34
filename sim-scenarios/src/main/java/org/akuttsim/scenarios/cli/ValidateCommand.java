package org.akuttsim.scenarios.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.io.InputError;
import org.akuttsim.io.InputValidationException;
import org.akuttsim.scenarios.ScenarioDefinition;
import org.akuttsim.scenarios.ScenarioDirectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code validate}: load a scenario directory, build every scenario, simulate nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a scenario directory: every file, cell and cross reference, and that every scenario can be built.",
            "Nothing is simulated (each scenario's run is set up and checked as run would; SCENARIO-FORMAT.md, 'Degenerate models').",
            "Exit code 0 when valid (warnings on stderr), 1 with one message per problem (file, line, column, found, expected)."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "DIR", description = "The scenario directory.")
    Path dir;

    @Override
    public Integer call() {
        if (dir.toString().isBlank()) { // Path.of("") would be the working directory
            main.err.println("validate DIR: expected a scenario directory, found an empty argument ''");
            return 1;
        }
        if (!Files.isDirectory(dir)) {
            main.err.println(dir + ": not a directory (expected a scenario directory with zones.csv, stations.csv, units.csv, hospitals.csv)");
            return 1;
        }
        ScenarioDefinition d;
        try {
            d = ScenarioDirectory.load(dir);
            for (String n : d.scenarioNames()) {
                d.scenario(n);
            }
        } catch (InputValidationException e) {
            main.err.println(dir + ": " + e.errors().size() + (e.errors().size() == 1 ? " problem" : " problems"));
            for (InputError err : e.errors()) {
                main.err.println("  " + err);
            }
            return 1;
        } catch (IllegalArgumentException e) {
            main.err.println(dir + ": a scenario cannot be built: " + e.getMessage());
            return 1;
        }
        for (String w : d.warnings()) {
            main.err.println("warning: " + w);
        }
        ChainScenario b = d.baseline();
        main.out.printf(java.util.Locale.ROOT, "%s: valid%s. %d zones, %d stations, %d units, %d hospitals, population %,.0f;"
                        + " scenarios %s%n", dir, d.warnings().isEmpty() ? "" : " with " + d.warnings().size()
                        + (d.warnings().size() == 1 ? " warning (see above)" : " warnings (see above)"), b.region().zoneCount(), b.region().stationCount(), b.fleet().units().size(),
                b.region().hospitalCount(), b.region().totalPopulation(), d.scenarioNames());
        return 0;
    }
}
