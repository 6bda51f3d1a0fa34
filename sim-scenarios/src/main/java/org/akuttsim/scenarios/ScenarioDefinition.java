package org.akuttsim.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.akuttsim.chain.ChainScenario;

/**
 * A loaded, validated scenario directory: the baseline {@link ChainScenario} (base-year population),
 * the parameters it was built from, the population projection (null when the directory has no
 * growth table) and the named scenarios of {@code policies.csv}, each a composed {@link Policy}
 * applied to the baseline, or to a baseline re-assembled with the scenario's own parameter values.
 *
 * <p><b>Parameter overrides.</b> A policy moves one lever of an assembled scenario; an assumption such
 * as {@code triage.green_no_ambulance_need} shapes how the scenario is assembled, so varying it means
 * assembling the baseline again ({@link #baselineWith}) before the scenario's policies are applied.
 * The re-assembled baseline keeps the original arrival envelope, so scenarios with different
 * assumptions still thin the same candidate calls (common random numbers); only an override that
 * makes calls possible where the original had none (an age group or hour with rate 0) gets an
 * envelope of its own.
 *
 * @param baseline   the scenario without policies
 * @param parameters the parameters (with their sources)
 * @param projection population growth, or null
 * @param policies   scenario name → its levers, in file order
 * @param overrides  scenario name → parameter values that replace the directory's for that scenario
 * @param assembler  assembles the baseline from other parameter values (same region, fleet, travel)
 * @param warnings   degenerate but legal findings ({@link ScenarioChecks#warnings}), e.g. an expected ward
 *                   occupancy above 100 %, each one sentence; printed by every command
 */
public record ScenarioDefinition(ChainScenario baseline, Parameters parameters, PopulationProjection projection,
                                 Map<String, Policy> policies, Map<String, Map<String, Double>> overrides,
                                 Function<Parameters, ChainScenario> assembler, List<String> warnings) {

    /**
     * Keeps unmodifiable copies of the maps and the warnings.
     *
     * @param baseline the scenario without policies
     * @param parameters the parameters (with their sources)
     * @param projection population growth, or null
     * @param policies scenario name → its levers, in file order
     * @param overrides scenario name → parameter values that replace the directory's for that scenario
     * @param assembler assembles the baseline from other parameter values
     * @param warnings degenerate but legal findings
     */
    public ScenarioDefinition {
        policies = Collections.unmodifiableMap(new LinkedHashMap<>(policies));
        Map<String, Map<String, Double>> o = new LinkedHashMap<>();
        overrides.forEach((k, v) -> o.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        overrides = Collections.unmodifiableMap(o);
        warnings = List.copyOf(warnings);
    }

    /**
     * This definition with {@code w} as its warnings.
     *
     * @param w the warnings
     * @return the new definition
     */
    public ScenarioDefinition withWarnings(List<String> w) {
        return new ScenarioDefinition(baseline, parameters, projection, policies, overrides, assembler, w);
    }

    /**
     * Scenario names: "baseline" first, then those of policies.csv.
     *
     * @return the names
     */
    public List<String> scenarioNames() {
        List<String> names = new ArrayList<>();
        names.add("baseline");
        names.addAll(policies.keySet());
        return names;
    }

    /**
     * The named scenario: the baseline (with the scenario's parameter overrides) with its policies applied,
     * renamed to {@code name}.
     *
     * @param name a scenario name
     * @return the scenario
     */
    public ChainScenario scenario(String name) {
        return scenario(name, Map.of());
    }

    /**
     * The named scenario with further parameter values (e.g. one point of a sensitivity sweep), which
     * take precedence over the scenario's own overrides.
     *
     * @param name a scenario name
     * @param values parameter values by name
     * @return the scenario
     */
    public ChainScenario scenario(String name, Map<String, Double> values) {
        Policy p = Policy.of("baseline", "nothing", s -> s);
        if (!name.equals("baseline")) {
            p = policies.get(name);
            if (p == null) {
                throw new IllegalArgumentException("no scenario '" + name + "'; expected one of " + scenarioNames());
            }
        }
        Map<String, Double> all = new LinkedHashMap<>(overrides.getOrDefault(name, Map.of()));
        all.putAll(values);
        ChainScenario base = all.isEmpty() ? baseline : baselineWith(all);
        return name.equals("baseline") && all.isEmpty() ? baseline : p.apply(base).toBuilder().name(name).build();
    }

    /**
     * The baseline assembled again with some parameter values replaced (checked against the
     * catalogue, then the groups that must add up, {@link Parameters#withAll}; an unknown name, a value out
     * of range or a group that no longer adds up throws {@link IllegalArgumentException}).
     *
     * @param values parameter values by name
     * @return the baseline with those values
     */
    public ChainScenario baselineWith(Map<String, Double> values) {
        Parameters q = parameters.withAll(values, "override");
        ChainScenario b = assembler.apply(q);
        try {
            return b.toBuilder().envelope(baseline.envelope()).build();
        } catch (IllegalArgumentException notCovered) {
            return b; // demand above the original envelope: an envelope of its own (documented above)
        }
    }

    /**
     * Population growth to {@code year} (with the demand trend of the parameters).
     *
     * @param year the population year
     * @return the lever
     */
    public Policy populationYear(int year) {
        if (projection == null) {
            throw new IllegalStateException("this scenario has no population_growth.csv");
        }
        return Policies.populationYear(projection, year, parameters.get("demand.trend_per_year"));
    }
}
