package org.akuttsim.stats;

/**
 * A count of events (calls, missions, admissions) with a warm-up {@link #reset()}. A plain
 * {@code long}; it exists so that counts reset together with the tallies around them.
 */
public final class Counter {

    private long value;

    /** Adds one to the count. */
    public void increment() {
        value++;
    }

    /**
     * Adds {@code n} (non-negative) to the count.
     *
     * @param n the amount to add (&ge; 0)
     */
    public void add(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a counter only grows; cannot add " + n);
        }
        value += n;
    }

    /** {@return the count so far} */
    public long value() {
        return value;
    }

    /** Sets the count to zero (end of warm-up). */
    public void reset() {
        value = 0;
    }

    @Override
    public String toString() {
        return "Counter[" + value + "]";
    }
}
