package org.akuttsim.chain;

/**
 * The ten age groups of every per-age array in the chain: group g covers ages 10·g to 10·g+9 years,
 * group 9 is 90 and over (the grouping of the population projections in {@code seed-data}).
 */
public final class AgeGroups {
    /** Number of age groups (array dimension). */
    public static final int COUNT = 10;

    private AgeGroups() {
    }

    /**
     * A label such as {@code "0-9"}, {@code "80-89"} or {@code "90+"}.
     *
     * @param group the age group, 0..9
     * @return its label
     */
    public static String label(int group) {
        if (group < 0 || group >= COUNT) {
            throw new IllegalArgumentException("age group must be in [0, " + COUNT + "), was " + group);
        }
        return group == COUNT - 1 ? "90+" : (10 * group) + "-" + (10 * group + 9);
    }
}
