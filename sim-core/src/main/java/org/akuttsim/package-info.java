/**
 * The library's root: {@link org.akuttsim.BuildInfo}, the version and git commit a build of akuttsim
 * was made from (recorded in every run's provenance and printed by {@code akuttsim --version}). The
 * model itself lives in the subpackages: the event kernel ({@code engine}), random streams
 * ({@code random}), statistics ({@code stats}), replications and experiments ({@code experiment}),
 * the acute-medicine chain ({@code chain}) and CSV input ({@code io}).
 */
package org.akuttsim;
