package org.akuttsim.chain.hospital;

import java.util.Arrays;

/**
 * A hospital's pending end times — treatment ends with their patients, or ward discharges — as a
 * binary min-heap in primitive arrays of an initial capacity (the treatment spaces, the ward beds), so
 * the ED settles them in time order without events and without allocating.
 *
 * <p>Two choices for speed (the ED reads the first end at every happening, and the ward's heap holds
 * a few hundred discharges): a free slot holds +∞, so {@link #first} is one load with no test for
 * emptiness; and {@link #removeFirst} moves the hole left at the root down to a leaf along the
 * smaller children, then lifts the last end up from there ("bottom-up" removal). The last end
 * usually belongs near the bottom, so this saves one comparison per level of the usual sift-down.
 */
final class EndTimes {

    private double[] time;
    private int[] patient;
    private int size;

    EndTimes(int capacity) {
        time = new double[Math.max(1, capacity)];
        patient = new int[time.length];
        Arrays.fill(time, Double.POSITIVE_INFINITY);
    }

    int size() {
        return size;
    }

    /** The earliest end time, +∞ when there is none. */
    double first() {
        return time[0];
    }

    /**
     * Adds an end at {@code t} (a time on the clock, so &ge; 0) for patient {@code p}. Beyond the
     * capacity the arrays double (a ward's corridor patients, {@link WardRelief}). {@code + 0.0} turns a −0.0 into
     * +0.0, whose bits order like the value ({@link #removeFirst} compares bits).
     */
    void add(double t, int p) {
        if (size == time.length) {
            grow();
        }
        siftUp(size++, t + 0.0, p);
    }

    private void grow() {
        int n = 2 * time.length;
        int old = time.length;
        time = Arrays.copyOf(time, n);
        patient = Arrays.copyOf(patient, n);
        Arrays.fill(time, old, n, Double.POSITIVE_INFINITY);
    }

    /** Moves the hole at {@code i} up past later ends and puts (t, p) there. */
    private void siftUp(int i, double t, int p) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (time[parent] <= t) {
                break;
            }
            time[i] = time[parent];
            patient[i] = patient[parent];
            i = parent;
        }
        time[i] = t;
        patient[i] = p;
    }

    /** Removes the earliest end (there must be one) and returns its patient. */
    int removeFirst() {
        final double[] tm = time;
        final int[] pt = patient;
        int top = pt[0];
        int n = --size;
        double last = tm[n];
        int lastPatient = pt[n];
        // Slot n is free from now on: with +∞ in it every slot from n on holds +∞, so a left child
        // without a right sibling needs no test (the +∞ never wins), and the array has room for the
        // sibling slot (c < n ≤ capacity − 1).
        tm[n] = Double.POSITIVE_INFINITY;
        // The hole at the root goes down to a leaf, the smaller child moving up at each level. Which
        // child is smaller is a coin flip, so it is chosen by arithmetic, not a branch (a branch here
        // mispredicted about every other level, and the ward's heap holds a few hundred ends): the
        // bits of non-negative doubles order like their values, and their difference cannot
        // overflow, so its sign bit is 1 exactly when the right child is strictly earlier (ties keep
        // the left child).
        int i = 0;
        for (int c = 1; c < n; c = 2 * i + 1) {
            c += (int) ((Double.doubleToRawLongBits(tm[c + 1]) - Double.doubleToRawLongBits(tm[c])) >>> 63);
            tm[i] = tm[c];
            pt[i] = pt[c];
            i = c;
        }
        // The last end goes into the hole and up to its place.
        siftUp(i, last, lastPatient);
        tm[n] = Double.POSITIVE_INFINITY; // again when the heap empties (i = n = 0)
        return top;
    }
}
