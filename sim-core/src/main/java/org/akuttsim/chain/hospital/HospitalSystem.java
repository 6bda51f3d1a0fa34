package org.akuttsim.chain.hospital;

import org.akuttsim.experiment.Responses;

/**
 * The emergency departments and wards of a region, as a component that runs on the chain's
 * {@link org.akuttsim.engine.Simulator}.
 *
 * <h2>Contract with the chain</h2>
 * <ul>
 *   <li><b>Clock.</b> The simulation clock counts <em>minutes</em>; time 0 is Monday 00:00, so hour
 *       of week = {@code floor(t / 60) mod 168}.</li>
 *   <li><b>Events.</b> The hospital system schedules its own events on the shared simulator with
 *       kinds in [{@link #FIRST_EVENT_KIND}, {@link #END_EVENT_KIND}). The chain's event handler
 *       forwards every such kind, with its entity, to {@link #handle(int, int)}; the chain uses no
 *       kind in that range itself.</li>
 *   <li><b>Start.</b> After building the simulator, the chain calls {@link #start()} once (at time 0)
 *       so that walk-ins and legevakt referrals begin to arrive.</li>
 *   <li><b>Ambulance patients.</b> When a unit reaches a hospital with its patient, the chain calls
 *       {@link #ambulanceArrival}. The unit is held until the patient has a treatment space and the
 *       handover is done; then the hospital system calls
 *       {@link OffloadListener#offloadComplete(int, int)}. ED crowding thus delays the unit.</li>
 *   <li><b>Randomness.</b> An ambulance patient's own draws (treatment time, admission, ward stay,
 *       handover) come from {@link org.akuttsim.random.KeyedRandom} re-seeded with
 *       {@code (callKey, }{@link #CALL_KEY_PART}{@code )}, so they do not shift when the fleet or the
 *       dispatch rule changes. The chain should not use that part for other draws of the call.</li>
 *   <li><b>Statistics.</b> {@link #resetStatistics()} at the end of the warm-up;
 *       {@link #recordResponses(Responses)} at the end of the run (metric names
 *       {@code ed.<hospital>.<metric>}).</li>
 * </ul>
 */
public interface HospitalSystem {

    /** Lowest event kind the hospital system uses. */
    int FIRST_EVENT_KIND = 100;
    /** One past the highest event kind the hospital system uses. */
    int END_EVENT_KIND = 200;
    /** The {@link org.akuttsim.random.KeyedRandom} part used for a call's hospital draws. */
    int CALL_KEY_PART = 1;

    /** True for the event kinds the chain must forward to {@link #handle(int, int)}. */
    static boolean owns(int kind) {
        return kind >= FIRST_EVENT_KIND && kind < END_EVENT_KIND;
    }

    /** Number of hospitals; hospital indices run from 0. */
    int hospitalCount();

    /** Schedules the first walk-in and referral arrivals; call once, at time 0. */
    void start();

    /** Handles one of the hospital system's own events (kind in [100, 200)). */
    void handle(int kind, int entity);

    /**
     * An ambulance has arrived at {@code hospital} with the patient of call {@code callKey}.
     *
     * @param hospital  hospital index, in [0, hospitalCount())
     * @param unit      the chain's unit index, echoed back in {@link OffloadListener#offloadComplete}
     * @param callKey   the call's key for {@link org.akuttsim.random.KeyedRandom}
     * @param trueNeed  clinical need, 0 = most urgent (served first in the ED)
     * @param ageGroup  age group index (decades: 0 = 0–9, …, 9 = 90+ by default)
     * @param condition the call's condition code (kept for future condition-specific ED paths)
     */
    void ambulanceArrival(int hospital, int unit, long callKey, int trueNeed, int ageGroup, int condition);

    /** Patients now in the ED of {@code hospital}: waiting, in treatment or boarding. */
    int patientsInEd(int hospital);

    /** Discards all statistics gathered so far (end of warm-up); the model state is kept. */
    void resetStatistics();

    /** Writes this replication's ED and ward metrics, closing time averages at the current time. */
    void recordResponses(Responses out);
}
