package org.akuttsim.benchmarks;

/**
 * A FIFO of arrival times in a growable ring of doubles, shared verbatim by the akuttsim and SSJ
 * M/M/c models so that they differ only in their event kernel and generator implementation.
 */
final class WaitingLine {
    private double[] times = new double[64];
    private int head;
    private int count;

    boolean isEmpty() {
        return count == 0;
    }

    void add(double arrivalTime) {
        if (count == times.length) {
            double[] bigger = new double[times.length * 2];
            int tail = times.length - head;
            System.arraycopy(times, head, bigger, 0, tail);
            System.arraycopy(times, 0, bigger, tail, head);
            times = bigger;
            head = 0;
        }
        times[(head + count++) & (times.length - 1)] = arrivalTime;
    }

    double remove() {
        double t = times[head];
        head = (head + 1) & (times.length - 1);
        count--;
        return t;
    }
}
