package org.akuttsim.chain;

/**
 * The chain's event kinds and the component that handles each ({@link ChainRun} routes them). The
 * entity of an event is a call, a unit, a band of the arrival stream or nothing (0).
 */
final class ChainEvents {

    private ChainEvents() {
    }

    /** {@link CallIntake}: the next call of arrival band {@code entity} reaches AMK. */
    static final int CALL_ARRIVES = 0;
    /** {@link CallIntake}: AMK handling of call {@code entity} ends; it is triaged. */
    static final int AMK_DONE = 1;
    /** {@link Dispatcher}: waiting call {@code entity}'s policy time limit has passed. */
    static final int RECONSIDER = 2;
    /** {@link Missions}: unit {@code entity}'s scene ends in treat and leave, or (a rapid responder) without a transport. */
    static final int SCENE_DONE = 4;
    /** {@link Missions}: unit {@code entity} reaches the ED with its patient. */
    static final int AT_HOSPITAL = 5;
    /** {@link Missions}: unit {@code entity} has handed its patient over past the ED. */
    static final int HANDOVER_DONE = 6;
    /** {@link Missions}: unit {@code entity} is back at its station. */
    static final int AT_STATION = 7;
    /** {@link Units}: crews change at this hour. */
    static final int HOUR = 8;
    /** {@link ChainRun}: the warm-up ends; observation starts. */
    static final int WARM_UP_END = 9;
    /** {@link Transfers}: transfer request {@code entity} looks for an ambulance. */
    static final int TRANSFER_REQUEST = 20;
    /** {@link Transfers}: unit {@code entity}'s transfer moves to its next step. */
    static final int TRANSFER_STEP = 21;
    /** {@link Transfers}: day {@code entity} starts; its booked transfers are requested. */
    static final int TRANSFER_DAY = 22;
}
