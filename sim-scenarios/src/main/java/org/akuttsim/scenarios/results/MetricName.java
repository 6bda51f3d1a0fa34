package org.akuttsim.scenarios.results;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A metric key split into what it measures and where: {@code ed.st_olavs.occupancy.hour13.mean} is
 * {@code ed.occupancy.mean} at hospital {@code st_olavs}, hour 13, in patients. Made by
 * {@link MetricNames#parse}; the grammar is {@link MetricDictionary}'s.
 *
 * @param key        the key as recorded ({@code replications.csv}, {@code summary.csv})
 * @param name       the metric's name in {@code metrics.csv}
 * @param unit       its unit of measure
 * @param dimensions the dimensions the key carries, canonical values (hours without a leading zero)
 */
public record MetricName(String key, String name, String unit, Map<Dimension, String> dimensions) {

    /**
     * Copies the dimensions (an unmodifiable map in dimension order).
     *
     * @param key the key as recorded
     * @param name the metric's name in {@code metrics.csv}
     * @param unit its unit of measure
     * @param dimensions the dimensions the key carries, with canonical values
     */
    public MetricName {
        dimensions = Collections.unmodifiableMap(dimensions.isEmpty() ? new EnumMap<>(Dimension.class) : new EnumMap<>(dimensions));
    }

    /**
     * The value of dimension {@code d}.
     *
     * @param d a dimension
     * @return its canonical value in this key, or "" where the metric has none (over all of them)
     */
    public String get(Dimension d) {
        return dimensions.getOrDefault(d, "");
    }
}
