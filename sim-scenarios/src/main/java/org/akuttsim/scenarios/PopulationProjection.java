package org.akuttsim.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.akuttsim.chain.AgeGroups;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.Zone;

/**
 * Projects a region's population by age group from its base year to a later year, zone by zone:
 * each zone follows one {@link GrowthProfile} (in the St. Olavs default the urban core follows the
 * St. Olav table, the rest of the catchment the "rest of Central Norway" table, so the core grows
 * and rural zones shrink in the young groups and age).
 *
 * <p>Demand is what grows, not head count: {@link #summary} reports both, head count and expected
 * missions = Σ population × age-specific rate.
 *
 * <p>Immutable.
 */
public final class PopulationProjection {

    private final Map<String, GrowthProfile> profiles;
    private final Map<String, String> profileOfZone;
    private final int baseYear;

    /**
     * @param profiles      growth profiles by name (all with the same from-year: the base year)
     * @param profileOfZone profile name by zone id; every zone of a projected region must have one
     */
    public PopulationProjection(Map<String, GrowthProfile> profiles, Map<String, String> profileOfZone) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("a projection needs at least one growth profile");
        }
        int base = -1;
        for (GrowthProfile p : profiles.values()) {
            if (base >= 0 && p.fromYear() != base) {
                throw new IllegalArgumentException("growth profiles must share one base year; found " + base + " and " + p.fromYear());
            }
            base = p.fromYear();
        }
        for (Map.Entry<String, String> e : profileOfZone.entrySet()) {
            if (!profiles.containsKey(e.getValue())) {
                throw new IllegalArgumentException("zone " + e.getKey() + " follows unknown growth profile '" + e.getValue() + "'");
            }
        }
        this.profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        this.profileOfZone = Collections.unmodifiableMap(new LinkedHashMap<>(profileOfZone));
        this.baseYear = base;
    }

    /** {@return the year whose populations the zones hold} */
    public int baseYear() {
        return baseYear;
    }

    /** {@return the growth profiles by name} */
    public Map<String, GrowthProfile> profiles() {
        return profiles;
    }

    /** {@return the growth profile's name for each zone id} */
    public Map<String, String> profileOfZone() {
        return profileOfZone;
    }

    private GrowthProfile profileOf(String zoneId) {
        String p = profileOfZone.get(zoneId);
        if (p == null) {
            throw new IllegalArgumentException("zone " + zoneId + " has no growth profile");
        }
        return profiles.get(p);
    }

    /**
     * Growth factor of {@code zoneId}'s age group {@code g} from the base year to {@code year}.
     *
     * @param zoneId the zone's id
     * @param g the age group, 0..9
     * @param year the target year
     * @return the factor
     */
    public double factor(String zoneId, int g, int year) {
        return profileOf(zoneId).factor(g, year);
    }

    /**
     * {@code baseRegion} (population of the base year) projected to {@code year}. Populations stay
     * fractional: rounding would break the common-random-number subset property of small cells.
     *
     * @param baseRegion the region with base-year populations
     * @param year the target year
     * @return the region with projected populations
     */
    public Region project(Region baseRegion, int year) {
        List<Zone> zones = new ArrayList<>();
        for (Zone z : baseRegion.zones()) {
            double[] p = z.population();
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                p[g] *= factor(z.id(), g, year);
            }
            zones.add(z.withPopulation(p));
        }
        return baseRegion.withZones(zones);
    }

    /** Head count and demand of one year. */
    public record YearSummary(int year, double headCount, double missions, double headCountIndex, double missionsIndex,
                              double[] headCountByAge, double[] missionsByAge) {
    }

    /**
     * Head count and expected missions (population × {@code missionsPerPersonYear} per age group) of
     * {@code baseRegion} projected to each of {@code years}; the indices are relative to the base year.
     *
     * @param baseRegion the region with base-year populations
     * @param missionsPerPersonYear missions per person and year by age group
     * @param years the years to summarise
     * @return one summary per year
     */
    public List<YearSummary> summary(Region baseRegion, double[] missionsPerPersonYear, int... years) {
        double[] base = totals(baseRegion, missionsPerPersonYear, baseYear);
        List<YearSummary> out = new ArrayList<>();
        for (int y : years) {
            double[] t = totals(baseRegion, missionsPerPersonYear, y);
            double[] hc = new double[AgeGroups.COUNT];
            double[] ms = new double[AgeGroups.COUNT];
            System.arraycopy(t, 2, hc, 0, AgeGroups.COUNT);
            System.arraycopy(t, 2 + AgeGroups.COUNT, ms, 0, AgeGroups.COUNT);
            out.add(new YearSummary(y, t[0], t[1], t[0] / base[0], t[1] / base[1], hc, ms));
        }
        return out;
    }

    private double[] totals(Region baseRegion, double[] rate, int year) {
        double[] t = new double[2 + 2 * AgeGroups.COUNT];
        for (Zone z : baseRegion.zones()) {
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                double p = z.population(g) * factor(z.id(), g, year);
                t[0] += p;
                t[1] += p * rate[g];
                t[2 + g] += p;
                t[2 + AgeGroups.COUNT + g] += p * rate[g];
            }
        }
        return t;
    }
}
