package org.akuttsim.chain;

/**
 * An ambulance station. Its index in {@link Region#stations()} also names its district: zones
 * whose {@link Zone#district()} equals that index form the station's district.
 *
 * @param id   unique name
 * @param zone index of the zone the station sits in (travel times start there)
 */
public record Station(String id, int zone) {
    /**
     * Checks that the id is not blank and the zone index not negative.
     *
     * @param id unique name
     * @param zone index of the zone the station sits in
     */
    public Station {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("station id must not be empty");
        }
        if (zone < 0) {
            throw new IllegalArgumentException("zone of station " + id + " must be an index >= 0, was " + zone);
        }
    }
}
