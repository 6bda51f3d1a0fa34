/**
 * The chain's metrics, each a {@link org.akuttsim.chain.ChainObserver} that keeps its own statistics:
 * calls and AMK waits ({@code calls.*}, {@code amk.*}), response times by level, area and true need,
 * unit time by state and utilisation, local readiness (a district is ready while an emergency
 * ambulance of its own is free and present), population coverage from where the free ambulances are,
 * kilometres and CO2 (air and boat units with a craft by hours under way), dispatch shares,
 * relocation moves and their kilometres ({@code relocation.*}, only with a relocation policy),
 * transfers between hospitals, the per-call trace and the event trace
 * ({@link org.akuttsim.chain.measure.EventTrace}). Observation starts at the end of the
 * warm-up; each writes its metrics by name in {@code record}.
 */
package org.akuttsim.chain.measure;
