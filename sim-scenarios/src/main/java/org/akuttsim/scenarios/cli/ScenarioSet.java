package org.akuttsim.scenarios.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.scenarios.Policies;
import org.akuttsim.scenarios.PolicyNames;
import org.akuttsim.scenarios.Policy;
import org.akuttsim.scenarios.ScenarioDefinition;
import org.akuttsim.scenarios.ScenarioDirectory;

/**
 * The named scenarios a command can run: those of a scenario directory ({@code baseline} and the
 * scenarios of its {@code policies.csv}), or an embedded region's set of the main job (St. Olavs by
 * default, or Helse Midt-Norge).
 */
final class ScenarioSet {

    static final String Y2021 = "2021";
    static final String Y2035 = "2035";
    static final String Y2035_POLICY = "2035 less overtriage 30%";

    final String label;
    final ScenarioDefinition definition;
    final Map<String, ChainScenario> scenarios;
    /** The scenario a sweep varies when none is named. */
    final String defaultBase;
    /** SHA-256 of the input files ({@link InputDigest}): a resumed run must have been built from the same. */
    final String inputDigest;
    /** Builds a named scenario again with some parameter values replaced (a sensitivity sweep's points). */
    private final BiFunction<String, Map<String, Double>, ChainScenario> withParameters;
    /** The levers each scenario applies (the identity for the baseline). */
    private final Map<String, Policy> recipes;

    private ScenarioSet(String label, ScenarioDefinition definition, Map<String, ChainScenario> scenarios, String defaultBase,
                        String inputDigest, BiFunction<String, Map<String, Double>, ChainScenario> withParameters,
                        Map<String, Policy> recipes) {
        this.label = label;
        this.definition = definition;
        this.scenarios = scenarios;
        this.defaultBase = defaultBase;
        this.inputDigest = inputDigest;
        this.withParameters = withParameters;
        this.recipes = recipes;
    }

    /** The levers scenario {@code name} applies: a sweep's lever on top of them is refused when it repeats one (Policy#andThen). */
    Policy policyOf(String name) {
        select(List.of(name));
        return recipes.getOrDefault(name, Policy.none());
    }

    /**
     * Scenario {@code name} built again with {@code values} replacing its parameters (the baseline is
     * re-assembled, then the scenario's policies are applied; see {@link ScenarioDefinition#baselineWith}).
     */
    ChainScenario withParameters(String name, Map<String, Double> values) {
        select(List.of(name));
        return withParameters.apply(name, values);
    }

    /** What {@code experiment.properties} records about the inputs, besides the scenario names. */
    java.util.Map<String, String> inputs() {
        return Map.of("files.sha256", inputDigest);
    }

    /** St. Olavs 2021, 2035, and 2035 with 30 % less overtriage (illustrative). */
    static ScenarioSet defaultRegion() {
        return embedded(EmbeddedRegion.STOLAV);
    }

    /** An embedded region in 2021, 2035, and 2035 with 30 % less overtriage (illustrative). */
    static ScenarioSet embedded(EmbeddedRegion region) {
        ScenarioDefinition d = region.definition();
        Map<String, Policy> recipe = new LinkedHashMap<>();
        recipe.put(Y2021, d.populationYear(2021));
        recipe.put(Y2035, d.populationYear(2035));
        recipe.put(Y2035_POLICY, d.populationYear(2035).andThen(Policies.lessOvertriage(0.3)));
        Map<String, ChainScenario> m = new LinkedHashMap<>();
        m.put(Y2021, region.year(2021));
        ChainScenario y2035 = region.year(2035);
        m.put(Y2035, y2035);
        m.put(Y2035_POLICY, Policies.lessOvertriage(0.3).apply(y2035));
        return new ScenarioSet(region.label, d, m, Y2035, InputDigest.embedded(region),
                (name, values) -> recipe.get(name).apply(d.baselineWith(values)).toBuilder().name(m.get(name).name()).build(), recipe);
    }

    /** Every scenario of a directory; throws {@link org.akuttsim.io.InputValidationException} on bad input. */
    static ScenarioSet directory(Path dir) {
        ScenarioDefinition d = ScenarioDirectory.load(dir);
        Map<String, ChainScenario> m = new LinkedHashMap<>();
        for (String n : d.scenarioNames()) {
            m.put(n, d.scenario(n));
        }
        return new ScenarioSet("scenario directory " + dir, d, m, "baseline", InputDigest.directory(dir), d::scenario, d.policies());
    }

    static ScenarioSet of(Path dirOrNull) {
        return dirOrNull == null ? defaultRegion() : directory(dirOrNull);
    }

    /** The scenario directory if given, else the embedded region. */
    static ScenarioSet of(Path dirOrNull, EmbeddedRegion region) {
        return dirOrNull == null ? embedded(region) : directory(dirOrNull);
    }

    /** The named scenarios in the given order (all when {@code names} is empty). */
    Map<String, ChainScenario> select(List<String> names) {
        if (names == null || names.isEmpty()) {
            return scenarios;
        }
        Map<String, ChainScenario> m = new LinkedHashMap<>();
        for (String n : names) {
            ChainScenario s = scenarios.get(n);
            if (s == null) {
                throw new IllegalArgumentException("no scenario '" + n + "' in " + label + "; expected one of " + scenarios.keySet());
            }
            if (m.put(n, s) != null) {
                throw new IllegalArgumentException("scenario '" + n + "' named twice");
            }
        }
        return m;
    }

    /** A lever from its name and a value, as in {@code policies.csv}. */
    Policy lever(String name, String value) {
        PolicyNames.Context ctx = new PolicyNames.Context(definition.projection(), definition.parameters().get("demand.trend_per_year"));
        return PolicyNames.parse(name, value, ctx);
    }
}
