package org.akuttsim.scenarios.cli;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.experiment.Experiment;
import org.akuttsim.io.InputError;
import org.akuttsim.io.InputErrors;
import org.akuttsim.io.CsvRow;
import org.akuttsim.scenarios.ParameterCatalog;
import org.akuttsim.scenarios.ParameterSpec;
import org.akuttsim.scenarios.PolicyNames;
import org.akuttsim.scenarios.Policy;
import org.akuttsim.scenarios.ScenarioChecks;
import org.akuttsim.scenarios.design.Design;
import org.akuttsim.scenarios.report.KeyMetrics;

/**
 * A study: a base scenario and a design of experiments, every design point a scenario built through
 * the normal path (a factor named like a parameter of {@code parameters.csv} re-assembles the base with
 * that value, {@link ScenarioSet#withParameters}; a factor named like a lever applies it on top, refused
 * if the base applies it already) and refused unless {@link ScenarioChecks} passes it. The experiment's
 * scenarios are the base (the baseline of {@code comparison.csv}) followed by the points, all under
 * common random numbers; only comparisons with the base are kept
 * ({@link Experiment.Builder#comparisonsWithBaselineOnly}).
 *
 * <p>A plan is built from a {@link Recipe}, small and serializable, so that a cluster's workers (the
 * Spark runner) build the same scenarios from the same text.
 */
public final class StudyPlan {

    /**
     * What a study is built from.
     *
     * @param scenarioDir a scenario directory, or null for an embedded region
     * @param region      embedded region name ({@code stolav}, {@code hmn}), or null (St. Olavs); ignored with a directory
     * @param base        the scenario the points vary, or null (2035 for an embedded region, else baseline)
     * @param designText  the design file's text ({@link Design#text()} of a generated design)
     * @param designName  the design file's name, for messages
     */
    public record Recipe(String scenarioDir, String region, String base, String designText, String designName) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final Recipe recipe;
    private final Design design;
    private final String base;
    private final Map<String, ChainScenario> scenarios;
    private final Map<String, String> inputs;

    private StudyPlan(Recipe recipe, Design design, String base, Map<String, ChainScenario> scenarios, Map<String, String> inputs) {
        this.recipe = recipe;
        this.design = design;
        this.base = base;
        this.scenarios = Collections.unmodifiableMap(scenarios);
        this.inputs = Collections.unmodifiableMap(inputs);
    }

    /**
     * Builds every point of the recipe's design and checks it.
     *
     * @throws org.akuttsim.io.InputValidationException naming the design file, line and factor of every point refused
     * @throws IllegalArgumentException                 if the base scenario or the region is unknown
     */
    public static StudyPlan load(Recipe recipe) {
        EmbeddedRegion region = recipe.region() == null ? EmbeddedRegion.STOLAV : EmbeddedRegion.parse(recipe.region());
        ScenarioSet set = ScenarioSet.of(recipe.scenarioDir() == null ? null : Path.of(recipe.scenarioDir()), region);
        return of(set, recipe);
    }

    static StudyPlan of(ScenarioSet set, Recipe recipe) {
        Design design = Design.parse(recipe.designText(), recipe.designName());
        String base = recipe.base() == null ? set.defaultBase : recipe.base();
        ChainScenario b = set.select(List.of(base)).get(base);
        ParameterCatalog catalog = ParameterCatalog.standard();
        InputErrors errors = new InputErrors();
        String file = design.file();
        List<String> factors = design.factors();
        for (int f = 0; f < factors.size(); f++) {
            String name = factors.get(f);
            if (!PolicyNames.NAMES.contains(name) && !catalog.knows(name)) {
                String hint = catalog.closest(name);
                errors.add(new InputError(file, 1, name, f + 2, "expected a parameter of parameters.csv or a policy lever ("
                        + String.join(", ", PolicyNames.NAMES) + "), found '" + name + "'" + (hint == null ? "" : "; did you mean '" + hint + "'?")));
            }
        }
        errors.throwIfAny();
        Map<String, ChainScenario> scenarios = new LinkedHashMap<>();
        scenarios.put(base, b);
        for (int p = 0; p < design.points().size(); p++) {
            String point = design.points().get(p);
            long line = design.line(p);
            if (scenarios.containsKey(point)) {
                errors.add(new InputError(file, line, Design.POINT, 1, "expected a point name other than the base scenario's, found '"
                        + point + "'"));
                continue;
            }
            String factor = null;
            try {
                Map<String, Double> parameters = new LinkedHashMap<>();
                for (int f = 0; f < factors.size(); f++) {
                    factor = factors.get(f);
                    if (!PolicyNames.NAMES.contains(factor)) {
                        double v = number(design.value(p, f));
                        ParameterSpec spec = catalog.spec(factor);
                        if (v < spec.min() || v > spec.max() || (spec.integer() && v != Math.rint(v))) {
                            throw new IllegalArgumentException("expected " + (spec.integer() ? "a whole number" : "a number") + " in ["
                                    + CsvRow.fmt(spec.min()) + ", " + CsvRow.fmt(spec.max()) + "] (" + spec.unit() + "), found '"
                                    + design.value(p, f) + "'");
                        }
                        parameters.put(factor, v);
                    }
                }
                factor = null;
                ChainScenario sc = parameters.isEmpty() ? b : set.withParameters(base, parameters);
                for (int f = 0; f < factors.size(); f++) {
                    factor = factors.get(f);
                    if (PolicyNames.NAMES.contains(factor)) {
                        Policy lever = set.lever(factor, design.value(p, f));
                        set.policyOf(base).andThen(lever); // refuses a lever the base applies already
                        sc = lever.apply(sc);
                    }
                }
                factor = null;
                List<String> problems = ScenarioChecks.problems(sc);
                if (!problems.isEmpty()) {
                    errors.add(new InputError(file, line, null, 0, "point '" + point + "' is refused: " + String.join("; ", problems)));
                    continue;
                }
                scenarios.put(point, sc.toBuilder().name(point).build());
            } catch (IllegalArgumentException e) {
                int column = factor == null ? 0 : factors.indexOf(factor) + 2;
                errors.add(new InputError(file, line, factor, column, "point '" + point + "': " + e.getMessage()
                        + " (base scenario '" + base + "')"));
            }
        }
        errors.throwIfAny();
        Map<String, String> inputs = new LinkedHashMap<>(set.inputs());
        inputs.put("study.base", base);
        inputs.put("study.design.sha256", sha256(design.text()));
        return new StudyPlan(recipe, design, base, scenarios, inputs);
    }

    private static double number(String v) {
        try {
            double x = Double.parseDouble(v);
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected a finite number (decimal point), found '" + v + "'");
    }

    /** The base scenario, then every design point, by name. */
    public Map<String, ChainScenario> scenarios() {
        return scenarios;
    }

    /** Scenario names in experiment order: the base, then the points. */
    public List<String> names() {
        return new ArrayList<>(scenarios.keySet());
    }

    public String base() {
        return base;
    }

    public Design design() {
        return design;
    }

    public Recipe recipe() {
        return recipe;
    }

    /** What {@code experiment.properties} records of the inputs: the input files' digest, the base and the design's digest. */
    public Map<String, String> inputs() {
        return inputs;
    }

    /**
     * The study's experiment as the command line builds it ({@link KeyMetrics} on every scenario), to
     * be completed with output directory and threads; {@code Experiment.collect} then writes the same
     * files from replications run elsewhere.
     */
    public Experiment.Builder<ChainScenario> experiment(int replications, long seed, double warmUpDays, double lengthDays, double level) {
        Experiment.Builder<ChainScenario> b = Experiment.builder(new KeyMetrics()).replications(replications).seed(seed)
                .warmUp(warmUpDays * 24 * 60).length(lengthDays * 24 * 60).confidenceLevel(level).comparisonsWithBaselineOnly();
        scenarios.forEach(b::scenario);
        inputs.forEach(b::describe);
        return b;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
