package org.akuttsim.scenarios;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.io.InputErrors;

/**
 * The embedded default region: the St. Olavs hospital catchment (20 municipalities of Trøndelag,
 * 337,293 inhabitants in 2021, 27 zones, 22 stations, 2 EDs), loaded from the CSV resources in
 * {@code org/akuttsim/scenarios/region/stolav/} — the same format and the same validating loader as
 * a user's scenario directory. The data, their sources and every assumption are described in that
 * directory's {@code README.md}.
 */
public final class DefaultRegion {

    /** Class-path folder of the St. Olavs resources. */
    public static final String STOLAV = "/org/akuttsim/scenarios/region/stolav/";

    private static volatile ScenarioDefinition stOlav;

    private DefaultRegion() {
    }

    /** The St. Olavs catchment with its 2021 population (loaded once, then shared: it is immutable). */
    public static ScenarioDefinition stOlav() {
        ScenarioDefinition d = stOlav;
        if (d == null) {
            synchronized (DefaultRegion.class) {
                d = stOlav;
                if (d == null) {
                    d = ScenarioDirectory.load(new ScenarioDirectory.Source.Resources(STOLAV), null);
                    stOlav = d;
                }
            }
        }
        return d;
    }

    /** The 2021 baseline scenario of the St. Olavs catchment. */
    public static ChainScenario stOlav2021() {
        return stOlav().baseline().toBuilder().name("St. Olavs 2021").build();
    }

    /** The St. Olavs catchment with the population projected to {@code year} (2021–2040). */
    public static ChainScenario stOlav(int year) {
        return stOlav().populationYear(year).apply(stOlav().baseline()).toBuilder().name("St. Olavs " + year).build();
    }

    /** The complete default parameters (the base over which a scenario directory's parameters.csv is laid). */
    public static Parameters defaultParameters() {
        return stOlav().parameters();
    }

    /** Reads only the default parameters (for tests of the parameter file itself). */
    static Parameters readDefaultParameters(InputErrors errors) {
        return Parameters.complete(org.akuttsim.io.CsvTable.readResource(DefaultRegion.class, STOLAV + "parameters.csv",
                "parameters.csv", Parameters.SCHEMA, errors), ParameterCatalog.standard(), errors);
    }
}
