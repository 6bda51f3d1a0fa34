package org.akuttsim.chain;

import org.akuttsim.experiment.Responses;

/**
 * The contract between the chain and a hospital submodel (emergency departments and wards) for
 * one replication. The chain owns the {@link org.akuttsim.engine.Simulator}; the hospital submodel
 * schedules its own events on it with kinds in {@code [FIRST_EVENT_KIND, END_EVENT_KIND)}, and the
 * chain's event handler forwards every event of such a kind to {@link #handle}. The submodel
 * generates its own ED walk-ins and legevakt referrals.
 *
 * <p>The {@link HospitalModel} that creates a link starts its own arrival processes (walk-ins,
 * referrals) before returning it; the chain does not call a separate start method.
 *
 * <p>Implementations must follow the chain's hot-loop rules: no allocation, boxing or logging per
 * event. The default is {@link HospitalModel#handoverOnly(DurationModel)}; the full ED/ward model
 * lives in {@code org.akuttsim.chain.hospital}.
 */
public interface HospitalLink {

    /** Smallest event kind reserved for the hospital submodel. */
    int FIRST_EVENT_KIND = 100;
    /** One past the largest event kind reserved for the hospital submodel. */
    int END_EVENT_KIND = 200;

    /**
     * Handles one of the submodel's own events (kind in [100, 200)).
     *
     * @param kind the event kind
     * @param entity the entity the submodel scheduled it for
     */
    void handle(int kind, int entity);

    /**
     * An ambulance arrives at {@code hospital} with a patient. The submodel must eventually call
     * {@link OffloadListener#offloadComplete(int, int)} for this unit (after handover, which waits
     * while the ED is full).
     *
     * @param hospital  index into {@link Region#hospitals()}
     * @param unit      index of the ambulance in {@link Fleet#units()}
     * @param callKey   the call's key: re-seed {@code KeyedRandom(callKey, part)} with a part number of the
     *                  submodel's own (the chain uses parts 0–7) for the patient's ED draws
     * @param trueNeed  the patient's true need ({@link Level} ordinal)
     * @param ageGroup  0–9
     * @param condition {@link Condition} ordinal
     */
    void ambulanceArrival(int hospital, int unit, long callKey, int trueNeed, int ageGroup, int condition);

    /**
     * A patient referred by a doctor (legevakt, GP) arrives now at {@code hospital}'s ED by their own
     * means: a referral like those of the submodel's own referral stream, whose need and age the
     * submodel draws from its referral mix with the patient's own numbers ({@code key}). A submodel
     * without ED capacity ({@link HospitalModel#handoverOnly}) has no referral stream and ignores it
     * (the default does nothing).
     *
     * @param hospital index of the hospital in {@link Region#hospitals()}
     * @param key      the patient's key: re-seed {@code KeyedRandom(key, part)} with a part number of the
     *                 submodel's own for the patient's ED draws
     */
    default void referralArrival(int hospital, long key) {
    }

    /** Discards all statistics so far (end of warm-up); the state (patients in beds) is kept. */
    void resetStatistics();

    /**
     * Records the submodel's metrics (names prefixed {@code ed.} or {@code ward.}) at the end of the run.
     *
     * @param out where the metrics go, by name
     */
    void recordResults(Responses out);
}
