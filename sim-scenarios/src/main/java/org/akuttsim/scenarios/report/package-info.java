/**
 * Presenting results: the key metrics of the main job ({@link org.akuttsim.scenarios.report.KeyMetrics}),
 * the console table and the self-contained HTML report ({@link org.akuttsim.scenarios.report.HtmlReport},
 * which needs {@code org.webjars.npm:chart.js} on the class path: an optional dependency of
 * sim-scenarios that an embedder adds).
 */
package org.akuttsim.scenarios.report;
