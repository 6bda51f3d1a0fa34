package org.akuttsim.chain;

import org.akuttsim.engine.Simulator;
import org.akuttsim.experiment.Replication;

/**
 * What a hospital submodel gets to build itself for one replication.
 *
 * @param simulator   the chain's simulator: schedule only kinds in [100, 200)
 * @param region      the region (hospitals with ED spaces and ward beds, zones with population)
 * @param replication replication index and named streams (use your own stream names, e.g. "ed.walkIns")
 * @param offload     to be called when an ambulance may leave
 */
public record HospitalContext(Simulator simulator, Region region, Replication replication, OffloadListener offload) {
}
