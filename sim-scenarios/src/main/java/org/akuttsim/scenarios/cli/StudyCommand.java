package org.akuttsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.akuttsim.io.InputError;
import org.akuttsim.io.InputValidationException;
import org.akuttsim.scenarios.design.Sensitivity;
import org.akuttsim.scenarios.design.SensitivityTable;
import org.akuttsim.scenarios.report.KeyMetrics;
import org.akuttsim.scenarios.report.SensitivityReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code study}: every point of a design on a base scenario, paired, with the sensitivity of the key metrics to the factors. */
@Command(name = "study", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run every point of a design file (see 'design') on a base scenario, all under common random numbers, and"
            + " write sensitivity.csv and sensitivity.html: standardized regression coefficients and partial rank correlations of"
            + " the key metrics.",
            "The experiment's scenarios are the base, then the design points; comparison.csv pairs every point with the base.",
            "Example: study --design design.csv -r 10 -o out/study    (with --shard K/N: one shard; combine with 'merge')"})
final class StudyCommand extends ScenarioCommand implements Callable<Integer> {

    @Option(names = "--design", paramLabel = "FILE", required = true, description = "Design file: point,<factor>,... (see 'design').")
    Path design;

    @Option(names = "--base", paramLabel = "NAME",
            description = "Scenario the design varies (default: 2035 for the embedded region, else baseline).")
    String base;

    @Override
    public Integer call() {
        ScenarioSet set = load();
        String text = designText(design);
        StudyPlan plan = StudyPlan.of(set, new StudyPlan.Recipe(scenarioDir == null ? null : scenarioDir.toString(), opts.region, base,
                text, design.getFileName().toString()));
        int reps = opts.replications(10);
        Path dir = out();
        runner().baselinePairsOnly().run("study", plan.scenarios(), reps, dir, plan.inputs());
        try {
            Files.writeString(dir.resolve("design.csv"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve("design.csv") + ": " + e.getMessage(), e);
        }
        if (isShard()) {
            return 0;
        }
        List<Sensitivity.Effect> effects = SensitivityTable.write(plan.design(), dir.resolve("summary.csv"), keyMetrics(),
                opts.confidence, dir.resolve("sensitivity.csv"));
        List<String> settings = new ArrayList<>(settings(set, reps));
        settings.add(0, "design " + design.getFileName() + ": " + plan.design().points().size() + " points on base "
                + plan.base());
        writeOutputs(effects, "akuttsim study: " + design.getFileName(), settings, dir, main.out);
        return 0;
    }

    /** Prints the strongest factors and writes sensitivity.html next to sensitivity.csv (study and sensitivity). */
    static void writeOutputs(List<Sensitivity.Effect> effects, String title, List<String> settings, Path dir, PrintStream out) {
        printStrongest(effects, out);
        SensitivityReport.write(title, settings, effects, dir.resolve("sensitivity.html"));
        out.println("wrote " + dir.resolve("sensitivity.csv") + " and " + dir.resolve("sensitivity.html"));
    }

    static List<String> keyMetrics() {
        return KeyMetrics.KEY.stream().map(KeyMetrics.Metric::name).toList();
    }

    /** The design file's text, or an input error naming it. */
    static String designText(Path design) {
        try {
            return Files.readString(design, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputValidationException(List.of(InputError.ofFile(design.getFileName().toString(),
                    "file not found (expected at " + design + ")")));
        } catch (IOException e) {
            throw new InputValidationException(List.of(InputError.ofFile(design.getFileName().toString(), "cannot read file: " + e.getMessage())));
        }
    }

    /** Per key metric: R² and the factor with the largest |SRC|. */
    static void printStrongest(List<Sensitivity.Effect> effects, PrintStream out) {
        out.printf(Locale.ROOT, "%nSensitivity (standardized regression coefficients over the design points):%n");
        out.printf(Locale.ROOT, "%-34s %6s  %-40s %8s%n", "metric", "R2", "strongest factor", "SRC");
        for (String m : keyMetrics()) {
            effects.stream().filter(e -> e.metric().equals(m) && !Double.isNaN(e.src()))
                    .max(Comparator.comparingDouble(e -> Math.abs(e.src())))
                    .ifPresent(e -> out.printf(Locale.ROOT, "%-34s %6.2f  %-40s %8.3f%n", m, e.r2(), e.factor(), e.src()));
        }
    }
}
