package org.akuttsim.chain.hospital;

/**
 * Told when an ambulance may leave a hospital: its patient has a treatment space and the handover
 * is done. The chain implements this to put the unit back on the road (usually "returning").
 *
 * <p>Called from inside {@link HospitalSystem#handle(int, int)}, i.e. from the chain's own event
 * loop at the current simulation time, never from inside
 * {@link HospitalSystem#ambulanceArrival(int, int, long, int, int, int)}. The implementation may
 * schedule events and dispatch the unit at once.
 */
@FunctionalInterface
public interface OffloadListener {

    /**
     * @param unit     the unit index given to {@code ambulanceArrival}
     * @param hospital the hospital index where the unit is released
     */
    void offloadComplete(int unit, int hospital);
}
