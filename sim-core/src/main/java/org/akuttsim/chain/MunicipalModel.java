package org.akuttsim.chain;

/**
 * The municipal side of the chain as part of an immutable scenario: legevakt (out-of-hours service,
 * 116117) and daytime municipal services (GP, municipal acute beds) with their capacity, plus a
 * factory for one replication's state. The model of {@code org.akuttsim.chain.municipal} implements
 * it; a scenario without one ({@link ChainScenario#municipal()} null) lets AMK's no-ambulance
 * outcomes leave the chain as before.
 *
 * <p>Implementations must be immutable and thread-safe: replications of one scenario run in
 * parallel, each calling {@link #start} once.
 */
@FunctionalInterface
public interface MunicipalModel {

    /**
     * Builds this model's state for one replication and schedules its first own events (time 0).
     *
     * @param context the replication's simulator, scenario, streams and the chain's hospital and
     *                ambulance links
     * @return the replication's municipal side, to which the chain forwards its events and calls
     * @throws IllegalArgumentException if the model does not fit the scenario (e.g. its zones)
     */
    MunicipalLink start(MunicipalContext context);
}
