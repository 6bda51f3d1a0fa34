package org.akuttsim.scenarios.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.akuttsim.scenarios.design.Design;
import org.akuttsim.scenarios.design.Sensitivity;
import org.akuttsim.scenarios.design.SensitivityTable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sensitivity}: sensitivity.csv of a study's results (e.g. after merging its shards, or from the Spark runner). */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write DIR/sensitivity.csv and DIR/sensitivity.html from a study's DIR/summary.csv and its design (as 'study' does at its end):"
            + " for merged shards or results of the Spark runner.",
            "Example: sensitivity --design design.csv out/merged"})
final class SensitivityCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--design", paramLabel = "FILE", description = "Design file (default: DIR/design.csv, which 'study' writes).")
    Path design;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95", description = "Confidence level (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Parameters(paramLabel = "DIR", description = "The study's output directory (summary.csv).")
    Path dir;

    @Override
    public Integer call() {
        if (!(confidence > 0 && confidence < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--confidence must be in (0, 1), e.g. 0.95, was " + confidence);
        }
        Path file = design == null ? dir.resolve("design.csv") : design;
        Design d = Design.parse(StudyCommand.designText(file), file.getFileName().toString());
        List<Sensitivity.Effect> effects = SensitivityTable.write(d, dir.resolve("summary.csv"), StudyCommand.keyMetrics(), confidence,
                dir.resolve("sensitivity.csv"));
        StudyCommand.writeOutputs(effects, "akuttsim study: " + file.getFileName(), List.of("design " + file.getFileName() + ": "
                + d.points().size() + " points", "results: " + dir.resolve("summary.csv")), dir, main.out);
        return 0;
    }
}
