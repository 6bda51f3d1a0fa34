package org.akuttsim.scenarios.report;

import org.akuttsim.chain.ChainScenario;

/**
 * What a scenario puts in, beside what it yields: head count and the demand it implies. Growth of an
 * ageing population raises demand faster than head count, and the report shows both.
 *
 * @param scenario          experiment scenario name
 * @param population        inhabitants of the region
 * @param expectedCallsPerYear expected calls per year from the demand rates by age
 */
public record ScenarioFacts(String scenario, double population, double expectedCallsPerYear) {

    /**
     * Facts of {@code s} under the experiment name {@code name}.
     *
     * @param name the scenario's name in the experiment
     * @param s the scenario
     * @return its population and expected demand
     */
    public static ScenarioFacts of(String name, ChainScenario s) {
        return new ScenarioFacts(name, s.region().totalPopulation(), s.expectedCallsPerYear());
    }
}
