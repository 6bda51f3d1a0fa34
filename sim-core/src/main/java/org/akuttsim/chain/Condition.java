package org.akuttsim.chain;

/**
 * The clinical condition behind a call. Chest pain, stroke and sepsis are the three time-critical
 * conditions of the Trygg akuttmedisin procedures; their call-to-hospital time is measured
 * separately. Ordinals are array indices.
 */
public enum Condition {
    CHEST_PAIN, STROKE, SEPSIS, TRAUMA, OTHER;

    /** Number of conditions (array dimension). */
    public static final int COUNT = 5;

    private static final Condition[] VALUES = values();

    /** The condition with ordinal {@code i}. */
    public static Condition of(int i) {
        return VALUES[i];
    }
}
