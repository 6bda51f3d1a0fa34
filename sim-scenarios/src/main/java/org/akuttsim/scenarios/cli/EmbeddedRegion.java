package org.akuttsim.scenarios.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.scenarios.DefaultRegion;
import org.akuttsim.scenarios.ScenarioDefinition;

/**
 * The regions embedded in the jar, as the command line names them ({@code --region stolav|hmn}).
 * Each knows its resource folder, so that {@link InputDigest} digests the files the chosen region
 * was actually built from.
 */
enum EmbeddedRegion {

    /** The St. Olavs hospital catchment (the default). */
    STOLAV("stolav", "St. Olavs", "St. Olavs catchment (embedded default region)", DefaultRegion.STOLAV, List.of()),
    /** All of Helse Midt-Norge; its parameters.csv is laid over the St. Olavs parameters, so those are inputs too. */
    HMN("hmn", "Helse Midt-Norge", "Helse Midt-Norge (embedded region: Trøndelag and Møre og Romsdal)", DefaultRegion.HMN,
            List.of(DefaultRegion.STOLAV + "parameters.csv"));

    /** The name on the command line. */
    final String cliName;
    /** Short name for titles ("St. Olavs 2021 vs 2035 …"). */
    final String shortName;
    /** Label of the scenario set (printed and in the report's settings). */
    final String label;
    /** Class-path folder of the region's CSV files. */
    final String resources;
    /** Further class-path files the region is built from (absolute resource paths). */
    final List<String> extraInputs;

    EmbeddedRegion(String cliName, String shortName, String label, String resources, List<String> extraInputs) {
        this.cliName = cliName;
        this.shortName = shortName;
        this.label = label;
        this.resources = resources;
        this.extraInputs = extraInputs;
    }

    /** The region's definition (loaded once by {@link DefaultRegion}). */
    ScenarioDefinition definition() {
        return this == STOLAV ? DefaultRegion.stOlav() : DefaultRegion.helseMidtNorge();
    }

    /** The region with its population projected to {@code year}. */
    ChainScenario year(int year) {
        return this == STOLAV ? DefaultRegion.stOlav(year) : DefaultRegion.helseMidtNorge(year);
    }

    /** The region named {@code name} on the command line; a clear message listing the names otherwise. */
    static EmbeddedRegion parse(String name) {
        for (EmbeddedRegion r : values()) {
            if (r.cliName.equalsIgnoreCase(name.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("expected an embedded region: " + names() + "; found '" + name + "'");
    }

    static String names() {
        return Arrays.stream(values()).map(r -> r.cliName).collect(Collectors.joining(", "));
    }

    /** Names for picocli's help and completion. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(values()).map(r -> r.cliName).iterator();
        }
    }
}
