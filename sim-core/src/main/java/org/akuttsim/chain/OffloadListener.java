package org.akuttsim.chain;

/** Told by the hospital submodel when an ambulance has handed over its patient and may leave. */
@FunctionalInterface
public interface OffloadListener {
    /**
     * The crew of {@code unit} has handed over its patient at {@code hospital} (index into
     * {@link Region#hospitals()}); the chain then sends the unit back to its station. Called from
     * inside {@link HospitalLink#handle} or {@link HospitalLink#ambulanceArrival}, at the current
     * simulation time.
     *
     * @param unit the unit's index in the fleet
     * @param hospital the hospital's index in the region
     */
    void offloadComplete(int unit, int hospital);
}
