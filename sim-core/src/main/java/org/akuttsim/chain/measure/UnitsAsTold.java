package org.akuttsim.chain.measure;

import java.util.Arrays;

import org.akuttsim.chain.UnitState;

/**
 * What an observer knows of each unit from what the chain tells it: its state, its free flag and its
 * last leg. (Each observer keeps its own copy: the chain's units are not shared with measurement.)
 */
final class UnitsAsTold {

    final int[] state;
    final boolean[] free;
    final int[] legFrom, legTo;
    final double[] legStart, legEnd;

    UnitsAsTold(int units) {
        state = new int[units];
        Arrays.fill(state, UnitState.OFF_DUTY);
        free = new boolean[units];
        legFrom = new int[units];
        legTo = new int[units];
        legStart = new double[units];
        legEnd = new double[units];
    }

    void leg(int u, int from, int to, double start, double end) {
        legFrom[u] = from;
        legTo[u] = to;
        legStart[u] = start;
        legEnd[u] = end;
    }

    /** The middle of the unit's last leg. */
    double legMiddle(int u) {
        return legStart[u] + (legEnd[u] - legStart[u]) / 2;
    }

    /**
     * Whether a change between these states can matter to where a free unit is: one of them is
     * AVAILABLE, RETURNING, RELOCATING or OFF_DUTY. Changes between mission states (some told after the fact,
     * with an earlier time) never do.
     */
    static boolean matters(int from, int to) {
        return free(from) || free(to);
    }

    private static boolean free(int s) {
        return s == UnitState.AVAILABLE || s == UnitState.RETURNING || s == UnitState.RELOCATING || s == UnitState.OFF_DUTY;
    }
}
