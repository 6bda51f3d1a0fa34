package org.akuttsim.chain;

/**
 * One emergency call's state in a {@link ChainRun}, from its receipt at AMK to its end: what it is
 * (its own attributes and uniforms, drawn from its key), where it is in the chain, and its timestamps.
 *
 * <p>Calls are slots recycled through a free list, so a run allocates only as many as are in the
 * chain at once (never with the horizon); the slot's index is the call's id in events and in the
 * dispatch view. An object per call rather than arrays indexed by call for the same reason as
 * {@link Unit}: each step reads and writes many of one call's values. Fields are package-private and
 * changed only by {@link ChainRun}.
 */
final class Call {

    // What the call is: its key (root of all its own random numbers) and attributes.
    long key;
    int zone;
    int age;
    int condition;
    int need;
    /** Assigned response level (set at triage). */
    int level;
    /**
     * The call's uniforms of parts 2 (triage) and 3 (activation, on scene, treat and leave), drawn
     * once instead of re-seeding and skipping at each step: the same numbers, fewer draws.
     */
    double triageU;
    double activationU;
    double sceneU;
    double leaveU;
    /** The call's own trip inside its zone (minutes before the unit's travel factor, kilometres). */
    double intraMin;
    double intraKm;
    /** Realised ÷ expected minutes of any response drive to the call (1 without drive variation). */
    double driveFactor;

    // Where it is.
    int state;
    /** The unit serving it, or -1. */
    int unit;
    /** Needs a transporting unit (after a rapid responder). */
    boolean needsTransport;
    /** Its AMK_DONE receives the next call of the arrival stream (it arrives no earlier). */
    boolean receivesNext;
    /** Links in its level's waiting list. */
    int next;
    int prev;
    /** Handle of its pending RECONSIDER event, or -1. */
    long reconsider;

    // Timestamps (NaN until reached) and the response drive's minutes.
    double received;
    double ready;
    double dispatched;
    double onScene;
    double travel;
}
