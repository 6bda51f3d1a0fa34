package org.akuttsim.chain;

/**
 * Emergency calls to AMK (113): how many, when, and what they are.
 *
 * <p>The call rate of zone z and age group g at hour-of-week h (0 = Monday 00–01) is
 * {@code population[z][g] × ratePerPersonYear[g] × weeklyProfile[h] / mean(weeklyProfile) / 525,960}
 * calls per minute (a year is 365.25 days = 525,960 minutes). So {@code ratePerPersonYear} sets the
 * yearly volume and the profile only its shape.
 *
 * @param ratePerPersonYear AMK calls per person per year, by age group (10 entries, &ge; 0)
 * @param weeklyProfile     relative call intensity by hour of week (168 entries, &ge; 0, not all 0;
 *                          normalised to mean 1 here)
 * @param conditionMix      probability of each {@link Condition} given the age group ([10][5], rows sum to 1)
 * @param needByCondition   probability of each true need {@link Level} given the condition ([5][6], rows sum to 1)
 */
public record Demand(double[] ratePerPersonYear, double[] weeklyProfile, double[][] conditionMix,
                     double[][] needByCondition) {

    /** Minutes in a year of 365.25 days. */
    public static final double MINUTES_PER_YEAR = 525_960.0;
    /** Hours in a week. */
    public static final int HOURS_PER_WEEK = 168;

    /**
     * Checks the dimensions and that rates are &ge; 0 and mixes are distributions; normalises the weekly
     * profile to mean 1.
     *
     * @param ratePerPersonYear AMK calls per person per year, by age group
     * @param weeklyProfile relative call intensity by hour of week
     * @param conditionMix probability of each condition given the age group
     * @param needByCondition probability of each true need given the condition
     */
    public Demand {
        ratePerPersonYear = Check.length("calls per person-year by age group", ratePerPersonYear, AgeGroups.COUNT);
        for (int g = 0; g < AgeGroups.COUNT; g++) {
            Check.nonNegative("calls per person-year for age group " + AgeGroups.label(g), ratePerPersonYear[g]);
        }
        weeklyProfile = Check.length("weekly profile (hours of week)", weeklyProfile, HOURS_PER_WEEK);
        double sum = 0;
        for (int h = 0; h < HOURS_PER_WEEK; h++) {
            sum += Check.nonNegative("weekly profile at hour " + h, weeklyProfile[h]);
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weekly profile must have a positive hour, was all zero");
        }
        double mean = sum / HOURS_PER_WEEK;
        for (int h = 0; h < HOURS_PER_WEEK; h++) {
            weeklyProfile[h] /= mean;
        }
        conditionMix = Check.distributions("condition mix by age group", conditionMix, AgeGroups.COUNT, Condition.COUNT);
        needByCondition = Check.distributions("true need by condition", needByCondition, Condition.COUNT, Level.COUNT);
    }

    /** {@return the AMK calls per person per year by age group (a copy)} */
    @Override
    public double[] ratePerPersonYear() {
        return ratePerPersonYear.clone();
    }

    /**
     * The weekly profile normalised to mean 1 (a copy).
     *
     * @return the 168 multipliers
     */
    @Override
    public double[] weeklyProfile() {
        return weeklyProfile.clone();
    }

    /** {@return the probability of each {@link Condition} by age group, [10][5] (a copy)} */
    @Override
    public double[][] conditionMix() {
        return Check.copy(conditionMix);
    }

    /** {@return the probability of each true need {@link Level} by condition, [5][6] (a copy)} */
    @Override
    public double[][] needByCondition() {
        return Check.copy(needByCondition);
    }

    /**
     * {@return the AMK calls per person per year in {@code ageGroup}}
     *
     * @param ageGroup the age group, 0..9
     */
    public double ratePerPersonYear(int ageGroup) {
        return ratePerPersonYear[ageGroup];
    }

    /**
     * Profile multiplier (mean 1) at hour of week {@code h}.
     *
     * @param hourOfWeek the hour of the week, 0..167
     * @return the multiplier
     */
    public double profile(int hourOfWeek) {
        return weeklyProfile[hourOfWeek];
    }

    /**
     * Largest profile multiplier.
     *
     * @return the peak multiplier (&ge; 1)
     */
    public double peakProfile() {
        double m = 0;
        for (double v : weeklyProfile) {
            m = Math.max(m, v);
        }
        return m;
    }

    /**
     * Expected AMK calls per year in {@code region}.
     *
     * @param region the region whose zone populations the rates apply to
     * @return the expected calls a year
     */
    public double expectedCallsPerYear(Region region) {
        double s = 0;
        for (Zone z : region.zones()) {
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                s += z.population(g) * ratePerPersonYear[g];
            }
        }
        return s;
    }

    /**
     * This demand with rates per person-year scaled by {@code factors} per age group (growth levers).
     *
     * @param newRatePerPersonYear the new rates by age group
     * @return the new demand
     */
    public Demand withRates(double[] newRatePerPersonYear) {
        return new Demand(newRatePerPersonYear, weeklyProfile, conditionMix, needByCondition);
    }

    /**
     * This demand with a different true-need distribution per condition.
     *
     * @param newNeedByCondition probability of each true need by condition, [5][6]
     * @return the new demand
     */
    public Demand withNeedByCondition(double[][] newNeedByCondition) {
        return new Demand(ratePerPersonYear, weeklyProfile, conditionMix, newNeedByCondition);
    }
}
