package org.akuttsim.chain;

/**
 * A response level of the Norwegian index for medical emergency assistance, plus the three
 * "no ambulance" outcomes of AMK triage. The same scale describes a call's <em>true</em> clinical
 * need and the response AMK <em>assigns</em>; the difference between the two is over- or
 * under-triage. Ordinals are used as array indices throughout the chain (0 = most urgent).
 */
public enum Level {
    /** Akutt: immediate response with lights and sirens. */
    RED,
    /** Haster: immediate response without lights and sirens. */
    YELLOW,
    /** Vanlig: may wait or be planned. */
    GREEN,
    /** Referred to the out-of-hours GP service (legevakt); no ambulance. */
    LEGEVAKT,
    /** Referred to the patient's GP or a municipal service; only weekdays in opening hours. */
    GP_MUNICIPAL,
    /** Advice on the phone; no further service. */
    ADVICE;

    /** Number of levels (array dimension). */
    public static final int COUNT = 6;
    /** Number of ambulance levels (RED, YELLOW, GREEN): ordinals below this send a unit. */
    public static final int AMBULANCE_LEVELS = 3;

    private static final Level[] VALUES = values();

    /**
     * True for RED, YELLOW and GREEN: the levels that send a unit.
     *
     * @return whether the level dispatches a unit
     */
    public boolean sendsUnit() {
        return ordinal() < AMBULANCE_LEVELS;
    }

    /**
     * The level with ordinal {@code i}.
     *
     * @param i the ordinal
     * @return the level
     */
    public static Level of(int i) {
        return VALUES[i];
    }
}
