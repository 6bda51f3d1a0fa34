package org.akuttsim.chain;

/**
 * The clinical condition behind a call. Chest pain, stroke and sepsis are the three time-critical
 * conditions of the Trygg akuttmedisin procedures; their call-to-hospital time is measured
 * separately. Ordinals are array indices.
 */
public enum Condition {
    /** Chest pain: possible acute coronary syndrome; with RED need taken to a PCI centre. */
    CHEST_PAIN,
    /** Suspected stroke; with RED need taken to a stroke centre, with a scene-time target. */
    STROKE,
    /** Suspected sepsis. */
    SEPSIS,
    /** Injury. */
    TRAUMA,
    /** Every other reason for a call. */
    OTHER;

    /** Number of conditions (array dimension). */
    public static final int COUNT = 5;

    private static final Condition[] VALUES = values();

    /**
     * The condition with ordinal {@code i}.
     *
     * @param i the ordinal, 0..4
     * @return the condition
     */
    public static Condition of(int i) {
        return VALUES[i];
    }
}
