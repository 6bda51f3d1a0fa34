package org.akuttsim.chain.hospital;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The heap of end times against java.util.PriorityQueue, through fills, drains and interleavings. */
class EndTimesTest {

    @Test
    void emptyHeapsFirstEndIsInfinity() {
        EndTimes e = new EndTimes(3);
        assertEquals(Double.POSITIVE_INFINITY, e.first());
        e.add(5.0, 7);
        assertEquals(5.0, e.first());
        assertEquals(7, e.removeFirst());
        assertEquals(0, e.size());
        assertEquals(Double.POSITIVE_INFINITY, e.first(), "the freed root must read as no end");
    }

    @Test
    void removesInTimeOrderWithTheirPatientsLikeAPriorityQueue() {
        check(1);
    }

    /** Beyond its capacity (corridor patients of a ward) the heap grows and keeps its order. */
    @Test
    void growsBeyondItsCapacityAndStaysInOrder() {
        check(3);
    }

    /** Random adds and removals against a PriorityQueue; at most {@code overfill} × the capacity held. */
    private static void check(int overfill) {
        SplittableRandom rnd = new SplittableRandom(17);
        for (int capacity : new int[] {1, 2, 3, 7, 64, 300}) {
            EndTimes heap = new EndTimes(capacity);
            PriorityQueue<double[]> reference = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
            int removed = 0;
            for (int step = 0; step < 20_000; step++) {
                boolean add = heap.size() == 0 || (heap.size() < overfill * capacity && rnd.nextBoolean());
                if (add) {
                    double t = rnd.nextDouble() * 1000;   // distinct with probability 1
                    int p = rnd.nextInt(1_000_000);
                    heap.add(t, p);
                    reference.add(new double[] {t, p});
                } else {
                    double[] expected = reference.poll();
                    assertEquals(expected[0], heap.first(), "first end, capacity " + capacity + ", step " + step);
                    assertEquals((int) expected[1], heap.removeFirst(), "patient, capacity " + capacity + ", step " + step);
                    removed++;
                }
                assertEquals(reference.size(), heap.size());
                assertEquals(reference.isEmpty() ? Double.POSITIVE_INFINITY : reference.peek()[0], heap.first());
            }
            assertEquals(true, removed > 5_000, "the test must exercise removals, had " + removed);
        }
    }
}
