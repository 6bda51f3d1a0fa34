package org.akuttsim.chain;

/**
 * The reference call rates that every scenario compared with one base scenario thins from: a rate per
 * (zone, age group) cell and one weekly shape, normally the base scenario's own demand.
 *
 * <p><b>Why it is part of the scenario.</b> Calls are generated as the points of a Poisson process in
 * (time, cell, level v ≥ 0) with intensity {@code reference_c × shape(h)} per minute and per unit of
 * v; a scenario keeps the points with {@code v < rate_c(t) / (reference_c × shape(h))}, which leaves
 * exactly its own Poisson call process. Two scenarios with the <em>same envelope</em> see the same
 * points in replication r (same times, cells, levels and call keys), so a scenario whose rate is at
 * least as high in every cell and hour receives a superset of the other's calls, with the same
 * attributes. Scenario functions ({@code ChainScenario -> ChainScenario}) therefore keep the base's
 * envelope (they do automatically with {@link ChainScenario#toBuilder()}).
 *
 * <p><b>Levels in bands.</b> The level axis is cut into bands: band 0 is [0, 1), band j ≥ 1 is
 * [(9/8)^(j−1), (9/8)^j). A run generates only the bands its largest rate ratio reaches, each as one
 * region-wide candidate stream (see {@link CallArrivals}). So the base scenario itself (ratio 1
 * everywhere) generates exactly its calls and rejects none, a scenario with 30 % more calls in its
 * fastest-growing cell generates bands up to 1.42 (at most 12.5 % above its largest ratio), and any
 * growth is covered — only a positive rate where the reference is zero (an empty cell, an hour of
 * shape 0) cannot be, and is refused by {@link #checkCovers}.
 *
 * @param zones              number of zones the envelope was built for
 * @param referencePerMinute reference rate per cell in calls per minute at shape 1, index
 *                           {@code zone * 10 + ageGroup}
 * @param weeklyShape        reference intensity by hour of week (168 entries, ≥ 0, not all 0)
 */
public record ArrivalEnvelope(int zones, double[] referencePerMinute, double[] weeklyShape) {

    /** Ratio of consecutive band edges above band 0 (an exact binary fraction, so edges are exact for 16 bands). */
    static final double BAND_GROWTH = 1.125;

    /**
     * Checks the dimensions, that every rate is &ge; 0 and that the weekly shape has a positive hour.
     *
     * @param zones number of zones the envelope was built for
     * @param referencePerMinute reference rate per (zone, age group) cell, calls per minute at shape 1
     * @param weeklyShape reference intensity by hour of week (168 entries)
     */
    public ArrivalEnvelope {
        if (zones < 1) {
            throw new IllegalArgumentException("envelope must cover >= 1 zone, was " + zones);
        }
        referencePerMinute = Check.length("arrival envelope (zones × age groups)", referencePerMinute, zones * AgeGroups.COUNT);
        for (int i = 0; i < referencePerMinute.length; i++) {
            Check.nonNegative("arrival envelope of zone " + (i / AgeGroups.COUNT) + " age group " + (i % AgeGroups.COUNT),
                    referencePerMinute[i]);
        }
        weeklyShape = Check.length("arrival envelope weekly shape (hours of week)", weeklyShape, Demand.HOURS_PER_WEEK);
        double sum = 0;
        for (int h = 0; h < Demand.HOURS_PER_WEEK; h++) {
            sum += Check.nonNegative("arrival envelope weekly shape at hour " + h, weeklyShape[h]);
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("arrival envelope weekly shape must have a positive hour, was all zero");
        }
    }

    /**
     * The envelope whose reference is {@code demand} in {@code region} itself (ratio 1 in every cell and
     * hour).
     *
     * @param region the region whose zones and populations the rates apply to
     * @param demand the demand whose rates become the reference
     * @return the envelope
     */
    public static ArrivalEnvelope of(Region region, Demand demand) {
        int n = region.zoneCount();
        double[] r = new double[n * AgeGroups.COUNT];
        for (int z = 0; z < n; z++) {
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                r[z * AgeGroups.COUNT + g] = baseRate(region, demand, z, g);
            }
        }
        return new ArrivalEnvelope(n, r, demand.weeklyProfile());
    }

    /** Calls per minute of cell (zone, group) at profile factor 1. */
    static double baseRate(Region region, Demand demand, int zone, int group) {
        return region.zones().get(zone).population(group) * demand.ratePerPersonYear(group) / Demand.MINUTES_PER_YEAR;
    }

    /**
     * Fails, naming the cell or hour, unless every positive call rate of ({@code region}, {@code demand})
     * falls where the reference is positive.
     */
    void checkCovers(Region region, Demand demand) {
        if (region.zoneCount() != zones) {
            throw new IllegalArgumentException("arrival envelope is for " + zones + " zones, region has " + region.zoneCount());
        }
        for (int h = 0; h < Demand.HOURS_PER_WEEK; h++) {
            if (demand.profile(h) > 0 && weeklyShape[h] == 0) {
                throw new IllegalArgumentException("call profile is positive at hour " + h + " of the week, where the arrival"
                        + " envelope's weekly shape is 0: build the base scenario with a profile that is positive there");
            }
        }
        for (int z = 0; z < zones; z++) {
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                double rate = baseRate(region, demand, z, g);
                if (rate > 0 && referencePerMinute[z * AgeGroups.COUNT + g] == 0) {
                    throw new IllegalArgumentException("call rate of zone " + region.zones().get(z).id() + " age group "
                            + AgeGroups.label(g) + " is " + rate * Demand.MINUTES_PER_YEAR + " calls/year, but the arrival"
                            + " envelope's reference rate there is 0: build the base scenario with that cell populated");
                }
            }
        }
    }

    /**
     * Reference rate of one cell, calls per minute at shape 1.
     *
     * @param zone the zone's index
     * @param ageGroup the age group, 0..9
     * @return the rate, in calls per minute
     */
    public double perMinute(int zone, int ageGroup) {
        return referencePerMinute[zone * AgeGroups.COUNT + ageGroup];
    }

    /** {@return the reference rates per (zone, age group) cell, calls per minute at shape 1 (a copy)} */
    @Override
    public double[] referencePerMinute() {
        return referencePerMinute.clone();
    }

    /** {@return the reference intensity by hour of week (a copy)} */
    @Override
    public double[] weeklyShape() {
        return weeklyShape.clone();
    }

    /** Reference shape at hour of week {@code h}. */
    double shape(int hourOfWeek) {
        return weeklyShape[hourOfWeek];
    }
}
