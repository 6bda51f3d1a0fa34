package org.akuttsim.chain;

/**
 * One emergency call in a {@link ChainRun}, from its arrival at AMK to its end: what it is (its own
 * attributes and uniforms, all drawn from its key), where it is in the chain, and its timestamps.
 * Observers ({@link ChainObserver}) read it through the public accessors; the fields are written only
 * by the components named next to them.
 *
 * <p>Calls are slots recycled by {@link CallBook}, so a run holds only as many as are in the chain at
 * once (never more with a longer horizon); {@link #id()} is the slot's index, the call's number in
 * events and in the dispatch view while the call lasts.
 */
public final class Call {

    /** States of a call in the chain (written by the component named). */
    static final int FREE = 0, AT_AMK = 1, WAITING = 2, ASSIGNED = 3, READY_AGAIN = 4;

    final int id;

    // What the call is — CallIntake, at arrival (key, zone, age, condition, need) and triage (the rest).
    long key;
    int zone;
    int age;
    int condition;
    int need;
    /** Assigned response level (set at triage). */
    int level;
    /** The call's uniforms of parts 2 (triage) and 3 (activation, on scene, treat and leave). */
    double triageU;
    double activationU;
    double sceneU;
    double leaveU;
    /** The call's own trip inside its zone (minutes before the unit's travel factor, kilometres). */
    double intraMin;
    double intraKm;
    /** Realised ÷ expected minutes of any response drive to the call (1 without drive variation). */
    double driveFactor;

    // Where it is — Dispatcher (state, waiting-list links, reconsider event), Missions (unit, needsTransport).
    int state;
    /** The unit serving it, or -1. */
    int unit;
    /** Needs a transporting unit (after a rapid responder). */
    boolean needsTransport;
    /** A doctor ordered the ambulance through the municipal side (CallIntake, at opening): always referred. */
    boolean ordered;
    /** Its transport was ordered by a doctor rather than through 113 (Missions, at the start of transport). */
    boolean referred;
    /** Links in its level's waiting list. */
    int next;
    int prev;
    /** Handle of its pending RECONSIDER event, or -1. */
    long reconsider;

    // Timestamps (NaN until reached) and the response drive's minutes — the step that reaches them.
    double received;
    double ready;
    double dispatched;
    double onScene;
    double departed;
    double atHospital;
    double travel;

    Call(int id) {
        this.id = id;
    }

    /**
     * The call's number while it lasts (a recycled slot index: not an identity across calls; see {@link
     * #key()}).
     *
     * @return the slot index
     */
    public int id() {
        return id;
    }

    /**
     * The call's key: the root of all its own random numbers, and its identity across scenarios.
     *
     * @return the key
     */
    public long key() {
        return key;
    }

    /** {@return the index of the zone the call comes from} */
    public int zone() {
        return zone;
    }

    /**
     * Age group, 0–9 ({@link AgeGroups}).
     *
     * @return the age group
     */
    public int ageGroup() {
        return age;
    }

    /**
     * {@link Condition} ordinal.
     *
     * @return the condition's ordinal
     */
    public int condition() {
        return condition;
    }

    /**
     * True need, {@link Level} ordinal.
     *
     * @return the true need's ordinal
     */
    public int need() {
        return need;
    }

    /**
     * Assigned level, {@link Level} ordinal (valid from triage on).
     *
     * @return the assigned level's ordinal
     */
    public int level() {
        return level;
    }

    /**
     * The unit serving it now, or -1.
     *
     * @return the unit's index, or -1
     */
    public int unit() {
        return unit;
    }

    /**
     * The patient's ambulance was ordered by a doctor (GP, legevakt, hospital) rather than through 113
     * ({@link Referral}); known from the start of the transport, false for patients not transported.
     *
     * @return true if the transport was a doctor's referral
     */
    public boolean referred() {
        return referred;
    }

    /**
     * Arrival at AMK (minutes).
     *
     * @return the time AMK received the call, in minutes
     */
    public double received() {
        return received;
    }

    /**
     * End of AMK handling: ready for dispatch (NaN before).
     *
     * @return the time, in minutes
     */
    public double ready() {
        return ready;
    }

    /**
     * Last dispatch of a unit to it (NaN before).
     *
     * @return the time, in minutes
     */
    public double dispatched() {
        return dispatched;
    }

    /**
     * First unit on scene (NaN before).
     *
     * @return the time, in minutes
     */
    public double onScene() {
        return onScene;
    }

    /**
     * The transport left the scene (NaN before or without one).
     *
     * @return the time, in minutes
     */
    public double departed() {
        return departed;
    }

    /**
     * Arrival at hospital (NaN before or without one).
     *
     * @return the time, in minutes
     */
    public double atHospital() {
        return atHospital;
    }

    /**
     * Realised response-drive minutes of the unit that reached it first (NaN before a dispatch).
     *
     * @return the drive, in minutes
     */
    public double travel() {
        return travel;
    }
}
