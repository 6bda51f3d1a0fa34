package org.akuttsim.chain;

/**
 * Kinds of response units. A type says whether it can carry a patient to hospital and which
 * assigned levels it may serve; the default dispatch policies respect both (a researcher's policy
 * may use {@code DispatchView.canServe}).
 */
public enum UnitType {
    /** Fully equipped emergency ambulance: all levels, transports. */
    EMERGENCY_AMBULANCE(true, true, true, true),
    /** Patient-transport vehicle: GREEN only, transports. */
    PATIENT_TRANSPORT(false, false, true, true),
    /** Rapid responder (single paramedic car): RED and YELLOW, does not transport; when the patient
     *  must go to hospital after it, the call asks dispatch for a transporting unit. */
    RAPID_RESPONDER(true, true, false, false),
    /** Air ambulance (helicopter): RED only, transports; flies with a {@link Craft}, without one travel = road
     *  minutes × the unit's travel factor. */
    AIR_AMBULANCE(true, false, false, true),
    /** Ambulance boat: all levels, transports; travels by sea with a {@link Craft} (without one it drives the roads). */
    BOAT_AMBULANCE(true, true, true, true);

    /** Number of unit types (array dimension). */
    public static final int COUNT = 5;

    private final boolean[] serves;
    private final boolean transports;

    UnitType(boolean red, boolean yellow, boolean green, boolean transports) {
        this.serves = new boolean[] {red, yellow, green};
        this.transports = transports;
    }

    /**
     * True if this type may respond to a call assigned {@code level} (RED/YELLOW/GREEN ordinal).
     *
     * @param level a level's ordinal
     * @return whether it serves that level
     */
    public boolean serves(int level) {
        return level < Level.AMBULANCE_LEVELS && serves[level];
    }

    /**
     * True if this type can take a patient to hospital.
     *
     * @return whether it transports
     */
    public boolean transports() {
        return transports;
    }
}
