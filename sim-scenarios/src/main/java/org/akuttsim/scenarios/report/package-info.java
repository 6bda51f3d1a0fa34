/**
 * Presenting results: the key metrics of the main job ({@link org.akuttsim.scenarios.report.KeyMetrics}),
 * the console table and the self-contained HTML report ({@link org.akuttsim.scenarios.report.HtmlReport},
 * which needs {@code org.webjars.npm:chart.js} on the class path: an optional dependency of
 * sim-scenarios that an embedder adds). The report opens with its
 * {@link org.akuttsim.scenarios.report.Question} answered in a sentence generated from the results,
 * and a forest plot of the paired effects with their intervals; maps of the region
 * ({@link org.akuttsim.scenarios.report.RegionMap}) show each district's readiness, the lever's effect
 * on it and the true-RED response p90 by zone.
 */
package org.akuttsim.scenarios.report;
