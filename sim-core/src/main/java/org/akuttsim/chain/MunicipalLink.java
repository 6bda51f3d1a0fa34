package org.akuttsim.chain;

import org.akuttsim.experiment.Responses;

/**
 * The contract between the chain and its municipal side for one replication. The municipal side
 * schedules its own events on the chain's simulator with kinds in {@code [FIRST_EVENT_KIND,
 * END_EVENT_KIND)}; the chain forwards every event of such a kind to {@link #handle}. It is told of
 * every call AMK closes without an ambulance ({@link #noAmbulanceCall}), refers patients to the ED
 * through {@link HospitalLink#referralArrival} and orders ambulances through
 * {@link MunicipalContext#ambulances()}, which become calls of the chain.
 *
 * <p>Hot-loop rules as for {@link HospitalLink}: no allocation, boxing or logging per event.
 */
public interface MunicipalLink {

    /** Smallest event kind reserved for the municipal side. */
    int FIRST_EVENT_KIND = 200;
    /** One past the largest event kind reserved for the municipal side. */
    int END_EVENT_KIND = 300;

    /**
     * Handles one of the municipal side's own events (kind in [200, 300)).
     *
     * @param kind   the event kind the municipal side scheduled, in [{@link #FIRST_EVENT_KIND},
     *               {@link #END_EVENT_KIND})
     * @param entity the entity number it scheduled with the event (its own meaning, e.g. a patient slot)
     */
    void handle(int kind, int entity);

    /**
     * AMK closed a call with no ambulance at time {@code t}: {@code level} is {@link Level#LEGEVAKT},
     * {@link Level#GP_MUNICIPAL} or {@link Level#ADVICE}. The call's key, zone, age group, condition
     * and true need describe the patient; the key roots the patient's own random numbers.
     *
     * @param key       the call's key
     * @param zone      index of the caller's zone in the scenario's region
     * @param ageGroup  0–9 ({@link AgeGroups})
     * @param condition {@link Condition} ordinal
     * @param need      the patient's true need ({@link Level} ordinal)
     * @param level     AMK's outcome ({@link Level} ordinal of LEGEVAKT, GP_MUNICIPAL or ADVICE)
     * @param t         the simulation time the call was closed, minutes
     */
    void noAmbulanceCall(long key, int zone, int ageGroup, int condition, int need, int level, double t);

    /** Discards all statistics so far (end of warm-up); the state (patients waiting) is kept. */
    void resetStatistics();

    /**
     * Records the municipal side's metrics (names prefixed {@code legevakt.} or {@code municipal.}) at
     * the end of the run.
     *
     * @param out where the metrics go, by name
     */
    void recordResults(Responses out);
}
