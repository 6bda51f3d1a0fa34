/**
 * Long ("tidy") result files and what the metrics mean.
 * {@link org.akuttsim.scenarios.results.MetricDictionary} is the one list of metric definitions (name,
 * key pattern, unit, definition), written out as {@code metrics.csv} with every run;
 * {@link org.akuttsim.scenarios.results.MetricNames} splits a metric key such as
 * {@code ed.st_olavs.occupancy.hour13.mean} into its name and its
 * {@link org.akuttsim.scenarios.results.Dimension}s (hospital, district, hour, level, …);
 * {@link org.akuttsim.scenarios.results.TidyResults} writes {@code results-long.csv},
 * {@code summary-long.csv} and {@code comparison-long.csv} with one value per row and the dimensions as
 * columns, for pandas or R.
 */
package org.akuttsim.scenarios.results;
