package org.akuttsim.scenarios.report;

/**
 * A paired comparison to show: {@code alternative − base}, replication by replication (common random
 * numbers).
 */
public record Pair(String base, String alternative) {
    /**
     * Refuses a missing scenario name or a comparison of a scenario with itself.
     *
     * @param base the scenario compared with
     * @param alternative the scenario compared
     */
    public Pair {
        if (base == null || alternative == null || base.equals(alternative)) {
            throw new IllegalArgumentException("a comparison needs two different scenarios, got " + base + " and " + alternative);
        }
    }
}
