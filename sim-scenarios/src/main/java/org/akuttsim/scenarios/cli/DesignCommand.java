package org.akuttsim.scenarios.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.akuttsim.scenarios.ParameterCatalog;
import org.akuttsim.scenarios.ParameterSpec;
import org.akuttsim.scenarios.PolicyNames;
import org.akuttsim.scenarios.design.Design;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code design}: writes a design file (full factorial or Latin hypercube) for {@code study}. */
@Command(name = "design", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a design of experiments as CSV (one row per design point, one column per parameter of"
            + " parameters.csv or policy lever) for 'study --design'.",
            "Example: design --lhs 100 --seed 7 --range triage.green_no_ambulance_need=0.1:0.5 --range amk.operators=2:5 -o design.csv",
            "Example: design --factorial less_overtriage=0,0.3 --factorial triage.yellow_overtriaged=0.1,0.2,0.3 -o design.csv"})
final class DesignCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--lhs", paramLabel = "N", description = "A Latin hypercube of N points over the --range factors.")
    Integer lhs;

    // ASSUMPTION: seed 1 when none is given: any fixed seed makes the design reproducible; the file records the points anyway.
    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed of the Latin hypercube (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--range", paramLabel = "NAME=LOW:HIGH", description = "A factor of the Latin hypercube and its range.")
    List<String> ranges;

    @Option(names = "--factorial", paramLabel = "NAME=V1,V2,...", description = "A factor of a full factorial design and its levels.")
    List<String> factorial;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "The design file to write.")
    Path out;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if ((lhs == null) == (factorial == null) || (lhs != null && ranges == null) || (lhs == null && ranges != null)) {
            throw new CommandLine.ParameterException(cl, "expected either --lhs N with --range NAME=LOW:HIGH, or --factorial NAME=V1,V2,...");
        }
        Design d;
        if (lhs != null) {
            if (lhs < 2) {
                throw new CommandLine.ParameterException(cl, "--lhs must be at least 2, was " + lhs);
            }
            Map<String, Design.Range> r = new LinkedHashMap<>();
            for (String s : ranges) {
                String[] nv = split(s, "--range", "NAME=LOW:HIGH");
                String[] lh = nv[1].split(":", -1);
                Design.Range range;
                try {
                    range = new Design.Range(Double.parseDouble(lh[0].trim()), Double.parseDouble(lh[lh.length - 1].trim()));
                    if (lh.length != 2) {
                        throw new IllegalArgumentException("expected LOW:HIGH");
                    }
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(cl, "--range " + s + ": expected NAME=LOW:HIGH with numbers LOW <= HIGH, found '"
                            + nv[1] + "'");
                }
                checkFactor(nv[0], cl, range);
                if (r.put(nv[0], range) != null) {
                    throw new CommandLine.ParameterException(cl, "--range: factor '" + nv[0] + "' given twice");
                }
            }
            d = Design.latinHypercube(r, lhs, seed);
        } else {
            Map<String, List<String>> levels = new LinkedHashMap<>();
            for (String s : factorial) {
                String[] nv = split(s, "--factorial", "NAME=V1,V2,...");
                checkFactor(nv[0], cl, null);
                List<String> values = Arrays.stream(nv[1].split(",", -1)).map(String::trim).toList();
                if (values.stream().anyMatch(String::isEmpty) || levels.put(nv[0], values) != null) {
                    throw new CommandLine.ParameterException(cl, "--factorial " + s + ": expected a factor once with non-empty levels");
                }
            }
            try {
                d = Design.fullFactorial(levels);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, "--factorial: " + e.getMessage());
            }
        }
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.writeString(out, d.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        main.out.println("wrote " + out + ": " + d.points().size() + " design points of " + d.factors().size() + " factors ("
                + String.join(", ", d.factors()) + ")");
        return 0;
    }

    private String[] split(String s, String option, String expected) {
        int eq = s.indexOf('=');
        if (eq <= 0 || eq == s.length() - 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": expected " + expected + ", found '" + s + "'");
        }
        return new String[] {s.substring(0, eq).trim(), s.substring(eq + 1).trim()};
    }

    /** A factor must be a lever or a parameter of the catalogue; a parameter's range must lie within the catalogue's. */
    private static void checkFactor(String name, CommandLine cl, Design.Range range) {
        if (PolicyNames.NAMES.contains(name)) {
            return;
        }
        ParameterCatalog catalog = ParameterCatalog.standard();
        ParameterSpec spec = catalog.spec(name);
        if (spec == null) {
            String hint = catalog.closest(name);
            throw new CommandLine.ParameterException(cl, "factor '" + name + "': expected a parameter of parameters.csv or a policy lever ("
                    + String.join(", ", PolicyNames.NAMES) + ")" + (hint == null ? "" : "; did you mean '" + hint + "'?"));
        }
        if (range != null && (range.low() < spec.min() || range.high() > spec.max())) {
            throw new CommandLine.ParameterException(cl, "--range " + name + ": expected a range within " + spec.min() + ":" + spec.max()
                    + " (" + spec.unit() + "), found " + range.low() + ":" + range.high());
        }
    }
}
