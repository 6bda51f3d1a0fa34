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

    /** Class-path folder of the Helse Midt-Norge resources. */
    public static final String HMN = "/org/akuttsim/scenarios/region/hmn/";

    private static volatile ScenarioDefinition stOlav;
    private static volatile ScenarioDefinition helseMidtNorge;

    private DefaultRegion() {
    }

    /**
     * The St. Olavs catchment with its 2021 population (loaded once, then shared: it is immutable).
     *
     * @return the region's definition (scenarios, parameters, growth)
     */
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

    /**
     * The 2021 baseline scenario of the St. Olavs catchment.
     *
     * @return the scenario
     */
    public static ChainScenario stOlav2021() {
        return stOlav().baseline().toBuilder().name("St. Olavs 2021").build();
    }

    /**
     * The St. Olavs catchment with the population projected to {@code year} (2021–2040).
     *
     * @param year the population year
     * @return the scenario
     */
    public static ChainScenario stOlav(int year) {
        return stOlav().populationYear(year).apply(stOlav().baseline()).toBuilder().name("St. Olavs " + year).build();
    }

    /**
     * The second embedded region: all of Helse Midt-Norge, the 64 municipalities of Trøndelag and Møre og
     * Romsdal (736,668 inhabitants on 1 Jan 2021: 471,124 + 265,544, SSB 07459), 77 zones, 67 stations,
     * 8 EDs, loaded from {@code org/akuttsim/scenarios/region/hmn/} with its {@code parameters.csv} laid
     * over the St. Olavs defaults. The St. Olavs catchment inside it is the St. Olavs region unchanged
     * (zones, stations, units, St. Olavs and Orkdal hospitals).
     *
     * <p>What is assumed (each row's {@code source} cell says so, the directory's {@code README.md}
     * explains): the age split of every municipality outside the urban core (the seed table's Helse
     * Midt-Norge rows minus its St. Olav rows); 28 of the 44 stations outside St. Olavs (HMN had 66 in
     * 2018; only 16 outside St. Olavs are named in a source) and one boat base; nearly all vehicle counts
     * and crew schedules (one 24/7 ambulance per station, more by district population, sized so the fleet
     * is close to SSB's 79 round-the-clock + 15 part-day HMN ambulances of 2008); ED spaces (Little's law
     * × 2) and ward beds (SAMDATA 2008 trust beds × 61 % emergency share, split by catchment); that the
     * primary ambulance takes RED chest pain from Namdalen and Møre og Romsdal to the local hospital
     * rather than by road to the only PCI centre, St. Olavs; and age-specific mission rates equal to the
     * St. Olavs rates × 0.90, so that 2021 gives the published 99,958 HMN missions.
     *
     * @return the region's definition (scenarios, parameters, growth)
     */
    public static ScenarioDefinition helseMidtNorge() {
        ScenarioDefinition d = helseMidtNorge;
        if (d == null) {
            synchronized (DefaultRegion.class) {
                d = helseMidtNorge;
                if (d == null) {
                    d = ScenarioDirectory.load(new ScenarioDirectory.Source.Resources(HMN), stOlav().parameters());
                    helseMidtNorge = d;
                }
            }
        }
        return d;
    }

    /**
     * Helse Midt-Norge with the population projected to {@code year} (2021–2040).
     *
     * @param year the population year
     * @return the scenario
     */
    public static ChainScenario helseMidtNorge(int year) {
        return helseMidtNorge().populationYear(year).apply(helseMidtNorge().baseline()).toBuilder()
                .name("Helse Midt-Norge " + year).build();
    }

    /**
     * The complete default parameters (the base over which a scenario directory's parameters.csv is laid).
     *
     * @return the parameters
     */
    public static Parameters defaultParameters() {
        return stOlav().parameters();
    }

    /** Reads only the default parameters (for tests of the parameter file itself). */
    static Parameters readDefaultParameters(InputErrors errors) {
        return Parameters.complete(org.akuttsim.io.CsvTable.readResource(DefaultRegion.class, STOLAV + "parameters.csv",
                "parameters.csv", Parameters.SCHEMA, errors), ParameterCatalog.standard(), errors);
    }
}
