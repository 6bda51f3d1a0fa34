package org.akuttsim.chain.hospital;

/**
 * A hospital's pending end times — treatment ends with their patients, or ward discharges — as a
 * binary min-heap in primitive arrays of a fixed capacity (the treatment spaces, the ward beds), so
 * the ED settles them in time order without events and without allocating.
 */
final class EndTimes {

    private final double[] time;
    private final int[] patient;
    private int size;

    EndTimes(int capacity) {
        time = new double[Math.max(1, capacity)];
        patient = new int[time.length];
    }

    int size() {
        return size;
    }

    /** The earliest end time, +∞ when there is none. */
    double first() {
        return size > 0 ? time[0] : Double.POSITIVE_INFINITY;
    }

    /** Adds an end at {@code t} for patient {@code p} (at most the capacity at once). */
    void add(double t, int p) {
        int i = size++;
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

    /** Removes the earliest end and returns its patient. */
    int removeFirst() {
        int top = patient[0];
        int n = --size;
        double last = time[n];
        int lastPatient = patient[n];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= n) {
                break;
            }
            if (c + 1 < n && time[c + 1] < time[c]) {
                c++;
            }
            if (time[c] >= last) {
                break;
            }
            time[i] = time[c];
            patient[i] = patient[c];
            i = c;
        }
        time[i] = last;
        patient[i] = lastPatient;
        return top;
    }
}
