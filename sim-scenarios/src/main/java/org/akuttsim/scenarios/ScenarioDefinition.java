package org.akuttsim.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.akuttsim.chain.ChainScenario;

/**
 * A loaded, validated scenario directory: the baseline {@link ChainScenario} (base-year population),
 * the parameters it was built from, the population projection (null when the directory has no
 * growth table) and the named scenarios of {@code policies.csv}, each a composed {@link Policy}.
 *
 * @param baseline   the scenario without policies
 * @param parameters the parameters (with their sources)
 * @param projection population growth, or null
 * @param policies   scenario name → its levers, in file order
 */
public record ScenarioDefinition(ChainScenario baseline, Parameters parameters, PopulationProjection projection,
                                 Map<String, Policy> policies) {

    public ScenarioDefinition {
        policies = Collections.unmodifiableMap(new LinkedHashMap<>(policies));
    }

    /** Scenario names: "baseline" first, then those of policies.csv. */
    public List<String> scenarioNames() {
        List<String> names = new ArrayList<>();
        names.add("baseline");
        names.addAll(policies.keySet());
        return names;
    }

    /** The named scenario: the baseline with its policies applied, renamed to {@code name}. */
    public ChainScenario scenario(String name) {
        if (name.equals("baseline")) {
            return baseline;
        }
        Policy p = policies.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no scenario '" + name + "'; expected one of " + scenarioNames());
        }
        return p.apply(baseline).toBuilder().name(name).build();
    }

    /** Population growth to {@code year} (with the demand trend of the parameters). */
    public Policy populationYear(int year) {
        if (projection == null) {
            throw new IllegalStateException("this scenario has no population_growth.csv");
        }
        return Policies.populationYear(projection, year, parameters.get("demand.trend_per_year"));
    }
}
