package org.akuttsim.chain;

/**
 * Told about every call when the chain is done with it (treated and left, handed to a hospital,
 * no ambulance needed, or lost). For traces and tests; the model calls it only when one is set,
 * so the default run pays nothing. Times are minutes of simulation time; NaN where a step did not
 * happen (e.g. no unit for an ADVICE call).
 */
@FunctionalInterface
public interface CallListener {

    /** How a call ended. */
    int NO_AMBULANCE = 0, TREAT_AND_LEAVE = 1, TRANSPORTED = 2, LOST = 3;

    /**
     * @param key        the call's key (its identity across scenarios in one replication)
     * @param zone       zone index
     * @param ageGroup   0–9
     * @param condition  {@link Condition} ordinal
     * @param need       true need ({@link Level} ordinal)
     * @param level      assigned level ({@link Level} ordinal)
     * @param received   call received by AMK (answer queue entered)
     * @param triaged    AMK handling done, ready for dispatch
     * @param dispatched last unit dispatched (activation starts)
     * @param onScene    first unit on scene
     * @param atHospital arrival at hospital
     * @param unit       last unit that served the call, -1 if none
     * @param travel     travel minutes of the unit that reached the scene first (NaN if none)
     * @param outcome    one of the constants above
     */
    void callDone(long key, int zone, int ageGroup, int condition, int need, int level, double received, double triaged,
                  double dispatched, double onScene, double atHospital, int unit, double travel, int outcome);
}
