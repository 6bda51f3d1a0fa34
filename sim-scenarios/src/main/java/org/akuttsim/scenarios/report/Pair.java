package org.akuttsim.scenarios.report;

/**
 * A paired comparison to show: {@code alternative − base}, replication by replication (common random
 * numbers).
 */
public record Pair(String base, String alternative) {
    public Pair {
        if (base == null || alternative == null || base.equals(alternative)) {
            throw new IllegalArgumentException("a comparison needs two different scenarios, got " + base + " and " + alternative);
        }
    }
}
