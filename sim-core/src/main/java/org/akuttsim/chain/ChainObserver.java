package org.akuttsim.chain;

import org.akuttsim.experiment.Responses;

/**
 * Watches a running chain: told of every call's milestones and every unit's state changes, as they
 * happen, with the simulation time {@code t} (minutes). Measurement is done by observers — response
 * times, readiness and coverage, unit times, kilometres, dispatch counts, the call trace — so the
 * steps of the chain carry no statistics of their own, and a new metric is a new observer
 * ({@link ChainRun#observe}).
 *
 * <p><b>Contract.</b> Every method has an empty default; a run calls an observer only for the methods
 * it overrides. An observer must not change the chain (it gets read-only {@link Call}s and unit
 * indices) and must not keep a {@code Call} beyond the call: its slot is reused once the call is done.
 * Unit notifications come after the change. {@link #observationStarts} comes at the end of the warm-up
 * (discard everything observed so far, keep the current levels) and at time 0 without one;
 * {@link #observationEnds} at the end of the run, before {@link #record}.
 */
public interface ChainObserver {

    /**
     * The call reached AMK at {@code t}; it waits {@code amkWait} minutes for an operator.
     *
     * @param call the call
     * @param amkWait minutes until an operator answers (0 when one is free)
     * @param t the simulation time, in minutes
     */
    default void callReceived(Call call, double amkWait, double t) {
    }

    /**
     * AMK handling ended and the call was assigned its level ({@link Call#level()}).
     *
     * @param call the call, with its level set
     * @param t the simulation time, in minutes
     */
    default void callTriaged(Call call, double t) {
    }

    /**
     * A unit was sent to the call (also a second unit after a rapid responder, and after a redispatch).
     *
     * @param call the call
     * @param unit the unit's index in the fleet
     * @param t the simulation time, in minutes
     */
    default void callDispatched(Call call, int unit, double t) {
    }

    /**
     * The unit driving to this call was taken for a RED call; the call waits again.
     *
     * @param call the call, waiting again
     * @param unit the unit taken away
     * @param t the simulation time, in minutes
     */
    default void callRedispatched(Call call, int unit, double t) {
    }

    /**
     * The first unit reached the call: its response time is {@code t − call.received()}.
     *
     * @param call the call
     * @param unit the unit that reached it
     * @param t the simulation time, in minutes
     */
    default void callReached(Call call, int unit, double t) {
    }

    /**
     * The call's patient reached a hospital; {@code pastEd}: straight to a ward, lab or clinic.
     *
     * @param call the call
     * @param unit the unit that brought the patient
     * @param hospital the hospital's index in the region
     * @param pastEd true when the patient goes past the ED
     * @param t the simulation time, in minutes
     */
    default void callAtHospital(Call call, int unit, int hospital, boolean pastEd, double t) {
    }

    /**
     * The chain is done with the call: one of {@link CallListener}'s outcomes.
     *
     * @param call the call
     * @param outcome a {@link CallListener} outcome constant
     * @param t the simulation time, in minutes
     */
    default void callDone(Call call, int outcome, double t) {
    }

    /**
     * The unit changed from state {@code from} to {@code to} ({@link UnitState}).
     *
     * @param unit the unit's index in the fleet
     * @param from the state left
     * @param to the state entered
     * @param t the simulation time, in minutes
     */
    default void unitStateChanged(int unit, int from, int to, double t) {
    }

    /**
     * The unit became free for dispatch ({@code free}) or stopped being free.
     *
     * @param unit the unit's index in the fleet
     * @param free whether it is free now
     * @param t the simulation time, in minutes
     */
    default void unitFreeChanged(int unit, boolean free, double t) {
    }

    /**
     * The unit starts a leg from zone {@code from} to zone {@code to}, driving from {@code start} to
     * {@code end} (a response leg starts after the activation, so {@code start} may lie ahead). The
     * unit counts as in {@code from} for the first half of the leg and in {@code to} for the second.
     *
     * @param unit the unit's index in the fleet
     * @param from the zone it leaves
     * @param to the zone it drives to
     * @param start when the driving starts, in minutes
     * @param end when it arrives, in minutes
     */
    default void unitLegStarted(int unit, int from, int to, double start, double end) {
    }

    /**
     * The station the unit stands at or drives to when free (its post) became {@code station}: a
     * relocation (move-up) policy moved it, or it is home again (driving home after a mission, off
     * duty). Told before the state change that always follows; never without a relocation policy.
     *
     * @param unit the unit's index in the fleet
     * @param station the new post's index in {@link Region#stations()}
     * @param t the simulation time, in minutes
     */
    default void unitPosted(int unit, int station, double t) {
    }

    /**
     * The unit finished (or broke off) a leg of {@code km} kilometres.
     *
     * @param unit the unit's index in the fleet
     * @param km the kilometres driven on the leg
     * @param t the simulation time, in minutes
     */
    default void unitDrove(int unit, double km, double t) {
    }

    /**
     * The unit starts a transfer between hospitals (a mission without a call): it drives to hospital
     * {@code from} for a patient to take to hospital {@code to}; {@code urgent}: by rule, with lights and
     * sirens (else booked).
     *
     * @param unit the unit's index in the fleet
     * @param from the sending hospital's index in {@link Region#hospitals()}
     * @param to the receiving hospital's index in {@link Region#hospitals()}
     * @param urgent true for an urgent transfer (lights and sirens), false for a booked one
     * @param t the simulation time, in minutes
     */
    default void transferStarted(int unit, int from, int to, boolean urgent, double t) {
    }

    /**
     * The unit has handed its transferred patient over; it drives home next.
     *
     * @param unit the unit's index in the fleet
     * @param t the simulation time, in minutes
     */
    default void transferDone(int unit, double t) {
    }

    /**
     * Observation starts (end of the warm-up): discard what was observed so far, keep current levels.
     *
     * @param t the simulation time, in minutes
     */
    default void observationStarts(double t) {
    }

    /**
     * The run ends: close time integrals at {@code t}.
     *
     * @param t the simulation time, in minutes (the replication's end)
     */
    default void observationEnds(double t) {
    }

    /**
     * Writes the observer's metrics.
     *
     * @param out where the metrics go, by name
     */
    default void record(Responses out) {
    }
}
