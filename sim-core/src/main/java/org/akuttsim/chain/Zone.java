package org.akuttsim.chain;

/**
 * A demand zone (e.g. a municipality or a grid cell): where calls arise and where stations and
 * hospitals sit.
 *
 * @param id         unique name, e.g. a municipality number
 * @param population persons by age group ({@link AgeGroups#COUNT} entries, each &ge; 0)
 * @param urban      true if the zone counts as urban (12-minute RED target), false if rural (25 minutes)
 * @param lat        latitude, degrees WGS84 (used when travel times are derived from coordinates)
 * @param lon        longitude, degrees WGS84
 * @param district   index of the station whose district this zone belongs to (local readiness is
 *                   reported per district)
 */
public record Zone(String id, double[] population, boolean urban, double lat, double lon, int district) {
    /**
     * Checks the id, the population (ten counts &ge; 0), the coordinates (degrees) and the district index;
     * keeps a copy of the population.
     *
     * @param id unique name, e.g. a municipality number
     * @param population persons by age group
     * @param urban true if urban (12-minute RED target), false if rural (25 minutes)
     * @param lat latitude, degrees WGS84
     * @param lon longitude, degrees WGS84
     * @param district index of the station whose district this zone belongs to
     */
    public Zone {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("zone id must not be empty");
        }
        population = Check.length("population of zone " + id, population, AgeGroups.COUNT);
        for (int g = 0; g < AgeGroups.COUNT; g++) {
            Check.nonNegative("population of zone " + id + " age group " + AgeGroups.label(g), population[g]);
        }
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates of zone " + id + " must be degrees (lat in [-90,90], lon in [-180,180]), were " + lat + ", " + lon);
        }
        if (district < 0) {
            throw new IllegalArgumentException("district of zone " + id + " must be a station index >= 0, was " + district);
        }
    }

    /**
     * Persons by age group (a copy).
     *
     * @return ten counts
     */
    @Override
    public double[] population() {
        return population.clone();
    }

    /**
     * Persons in age group {@code g}.
     *
     * @param g the age group, 0..9
     * @return the persons in it
     */
    public double population(int g) {
        return population[g];
    }

    /**
     * Persons in all age groups.
     *
     * @return the number of inhabitants
     */
    public double totalPopulation() {
        double s = 0;
        for (double p : population) {
            s += p;
        }
        return s;
    }

    /**
     * This zone with another population (e.g. a projection year), same everything else.
     *
     * @param newPopulation persons by age group
     * @return the new zone
     */
    public Zone withPopulation(double[] newPopulation) {
        return new Zone(id, newPopulation, urban, lat, lon, district);
    }
}
