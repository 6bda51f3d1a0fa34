/**
 * Relocation (move-up) policies: which free emergency ambulances drive to which stations so that
 * districts left without a unit are covered again. A
 * {@link org.akuttsim.chain.relocation.RelocationPolicy} (its contract says when it is asked and what
 * it may do) sees the running chain through a {@link org.akuttsim.chain.relocation.RelocationView} and
 * orders moves; a moving unit is in the state {@code RELOCATING} and stays free for dispatch. Two
 * policies come with the library: {@link org.akuttsim.chain.relocation.FillEmptyDistrict} (a
 * neighbour covers an empty district, as AMK centres do by hand) and
 * {@link org.akuttsim.chain.relocation.ComplianceTable} (the literature's compliance table). Set one in
 * {@link org.akuttsim.chain.DispatchRules#relocation()}; the default
 * {@link org.akuttsim.chain.relocation.RelocationPolicy#NONE} never moves a unit. What moves cost is
 * measured by {@link org.akuttsim.chain.measure.Relocations}.
 */
package org.akuttsim.chain.relocation;
