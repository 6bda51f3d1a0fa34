package org.akuttsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The event list against a plain reference (a {@link PriorityQueue} ordered by time, then
 * scheduling order) over long random workloads: many ties, cancellations, growth from a small
 * capacity, events scheduled from inside the handler, and a reset in between. Every popped event must
 * be the one the reference pops.
 */
class SimulatorHeapOrderTest {

    /** What the reference keeps per event: time, scheduling order, entity, cancelled flag. */
    private static final class Ref {
        final double time;
        final long order;
        final int entity;
        boolean cancelled;
        boolean fired;

        Ref(double time, long order, int entity) {
            this.time = time;
            this.order = order;
            this.entity = entity;
        }
    }

    private static final class Workload implements EventHandler {
        final SplittableRandom rnd;
        final Simulator sim = new Simulator(this, 4);
        final PriorityQueue<Ref> reference = new PriorityQueue<>(
                (a, b) -> a.time != b.time ? Double.compare(a.time, b.time) : Long.compare(a.order, b.order));
        final List<Long> handles = new ArrayList<>();
        final List<Ref> refs = new ArrayList<>();
        long order;
        int nextEntity;
        long checked;
        /** Events created in all, after which handlers stop adding events so every run ends. */
        static final int BUDGET = 20_000;

        Workload(long seed) {
            rnd = new SplittableRandom(seed);
        }

        void scheduleOne() {
            // Coarse times produce many exact ties, which must pop in scheduling order.
            double delay = rnd.nextInt(4) == 0 ? 0.0 : rnd.nextInt(50) * 0.25;
            int entity = nextEntity++;
            handles.add(sim.schedule(delay, 7, entity));
            Ref r = new Ref(sim.now() + delay, order++, entity);
            refs.add(r);
            reference.add(r);
        }

        void cancelSome() {
            int i = rnd.nextInt(refs.size());
            Ref r = refs.get(i);
            boolean expected = !r.cancelled && !r.fired;
            if (sim.cancel(handles.get(i)) != expected) {
                throw new AssertionError("cancel of entity " + r.entity + " should return " + expected);
            }
            r.cancelled = true;
        }

        @Override
        public void handle(int kind, int entity) {
            assertEquals(7, kind);
            Ref expected = reference.poll();
            while (expected.cancelled) {
                expected = reference.poll();
            }
            expected.fired = true;
            if (expected.entity != entity || expected.time != sim.now()) {
                throw new AssertionError("event " + checked + ": expected entity " + expected.entity + " at "
                        + expected.time + ", got entity " + entity + " at " + sim.now());
            }
            checked++;
            // 0, 1 or 2 new events: the list shrinks and grows, until the budget is spent.
            int children = nextEntity < BUDGET ? rnd.nextInt(3) : 0;
            for (int c = 0; c < children; c++) {
                scheduleOne();
            }
            if (rnd.nextInt(5) == 0) {
                cancelSome();
            }
        }

        void drainAndCheck() {
            sim.run(Double.POSITIVE_INFINITY);
            assertTrue(reference.stream().allMatch(r -> r.cancelled), "reference has live events left");
            assertEquals(0, sim.pending());
        }
    }

    @Test
    void popsInTimeThenSchedulingOrderUnderRandomWorkloads() {
        for (long seed = 1; seed <= 20; seed++) {
            Workload w = new Workload(seed);
            for (int i = 0; i < 3_000; i++) {
                w.scheduleOne();
                if (i % 7 == 0) {
                    w.cancelSome();
                }
            }
            w.drainAndCheck();
            assertTrue(w.checked > 3_000, "seed " + seed + " handled only " + w.checked);
        }
    }

    @Test
    void staysCorrectAfterReset() {
        Workload w = new Workload(99);
        for (int i = 0; i < 500; i++) {
            w.scheduleOne();
        }
        w.sim.run(3.0);
        w.sim.reset();
        // Handles from before a reset are not valid afterwards (sequence numbers restart).
        w.reference.clear();
        w.refs.clear();
        w.handles.clear();
        long before = w.checked;
        for (int i = 0; i < 2_000; i++) {
            w.scheduleOne();
        }
        w.drainAndCheck();
        assertTrue(w.checked - before >= 2_000);
    }

    @Test
    void negativeZeroTimeSortsAsZero() {
        List<Integer> seen = new ArrayList<>();
        Simulator sim = new Simulator((k, e) -> seen.add(e));
        sim.scheduleAt(0.0, 0, 1);
        sim.scheduleAt(-0.0, 0, 2);
        sim.schedule(-0.0, 0, 3);
        sim.run(1.0);
        assertEquals(List.of(1, 2, 3), seen);
        assertFalse(sim.cancel(0L));
    }

    @Test
    void theHandledEventIsNoLongerPendingWhileItsHandlerRuns() {
        int[] seenPending = new int[3];
        Simulator[] box = new Simulator[1];
        box[0] = new Simulator((k, e) -> seenPending[e] = box[0].pending());
        box[0].schedule(1.0, 0, 0);
        box[0].schedule(2.0, 0, 1);
        box[0].schedule(3.0, 0, 2);
        assertEquals(3, box[0].run(10.0));
        assertEquals(2, seenPending[0]);
        assertEquals(1, seenPending[1]);
        assertEquals(0, seenPending[2]);
    }

    @Test
    void aHandlerThatThrowsLeavesTheListConsistent() {
        List<Integer> seen = new ArrayList<>();
        Simulator sim = new Simulator((k, e) -> {
            seen.add(e);
            if (e == 1) {
                throw new IllegalStateException("model failure");
            }
        });
        for (int e = 0; e < 4; e++) {
            sim.schedule(e + 1.0, 0, e);
        }
        try {
            sim.run(10.0);
        } catch (IllegalStateException expected) {
            // the event that threw counts as fired
        }
        assertEquals(2, sim.pending());
        sim.run(10.0);
        assertEquals(List.of(0, 1, 2, 3), seen);
        assertEquals(0, sim.pending());
    }
}
