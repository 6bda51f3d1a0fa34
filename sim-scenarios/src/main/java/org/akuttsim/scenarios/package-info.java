/**
 * Scenarios of the chain: the embedded regions ({@link org.akuttsim.scenarios.DefaultRegion}:
 * St. Olavs and Helse Midt-Norge), scenario directories of CSV files
 * ({@link org.akuttsim.scenarios.ScenarioDirectory}) with their parameters and sources
 * ({@link org.akuttsim.scenarios.Parameters}), population growth
 * ({@link org.akuttsim.scenarios.PopulationProjection}) and policy levers as composable
 * {@code ChainScenario → ChainScenario} functions ({@link org.akuttsim.scenarios.Policies}); every
 * scenario is checked before it runs ({@link org.akuttsim.scenarios.ScenarioChecks}).
 */
package org.akuttsim.scenarios;
