package org.akuttsim.chain.measure;

/**
 * Units that change something for an observer at a known later time without an event of their own
 * (e.g. the middle of the way home): a short list, the earliest taken first.
 */
final class WaitingUnits {

    private final int[] units;
    private final double[] at;
    private int count;

    WaitingUnits(int unitCount) {
        units = new int[unitCount];
        at = new double[unitCount];
    }

    /** Unit u waits for time t (an earlier wait of it is dropped). */
    void add(int u, double t) {
        drop(u);
        at[u] = t;
        units[count++] = u;
    }

    void drop(int u) {
        for (int i = 0; i < count; i++) {
            if (units[i] == u) {
                units[i] = units[--count];
                return;
            }
        }
    }

    /** The unit waiting for the earliest time, if that time is at most t, taken off the list; else -1. */
    int pollDue(double t) {
        if (count == 0) {
            return -1;
        }
        int k = 0;
        for (int i = 1; i < count; i++) {
            k = at[units[i]] < at[units[k]] ? i : k;
        }
        int u = units[k];
        if (at[u] > t) {
            return -1;
        }
        units[k] = units[--count];
        return u;
    }

    /** The time unit u waits (or waited) for. */
    double time(int u) {
        return at[u];
    }
}
