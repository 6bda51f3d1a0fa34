package org.akuttsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.akuttsim.random.Exponential;
import org.akuttsim.random.Mrg32k3a;
import org.junit.jupiter.api.Test;

/** The kernel's contract: order, cancellation, run limits, growth, and independence of instances. */
class SimulatorTest {

    /** Records every event it receives as (time, kind, entity). */
    private static final class Recorder implements EventHandler {
        Simulator sim;
        final List<double[]> seen = new ArrayList<>();

        @Override
        public void handle(int kind, int entity) {
            seen.add(new double[] {sim.now(), kind, entity});
        }

        int[] entities() {
            return seen.stream().mapToInt(e -> (int) e[2]).toArray();
        }
    }

    private static Recorder recorder(int capacity) {
        Recorder r = new Recorder();
        r.sim = new Simulator(r, capacity);
        return r;
    }

    @Test
    void equalTimesPopInSchedulingOrder() {
        Recorder r = recorder(64);
        r.sim.schedule(5.0, 0, 1);
        r.sim.schedule(2.0, 0, 2);
        r.sim.schedule(5.0, 0, 3);
        r.sim.schedule(5.0, 0, 4);
        r.sim.scheduleAt(2.0, 0, 5);
        r.sim.schedule(5.0, 0, 6);
        assertEquals(6, r.sim.run(Double.POSITIVE_INFINITY));
        assertArrayEquals(new int[] {2, 5, 1, 3, 4, 6}, r.entities());
    }

    @Test
    void cancelledEventsNeverFireAndStaleHandlesAreHarmless() {
        Recorder r = recorder(4);
        long a = r.sim.schedule(1.0, 0, 1);
        long b = r.sim.schedule(2.0, 0, 2);
        r.sim.schedule(3.0, 0, 3);
        assertTrue(r.sim.cancel(b));
        assertFalse(r.sim.cancel(b), "cancelling twice does nothing");
        r.sim.run(1.5);
        assertArrayEquals(new int[] {1}, r.entities());
        assertFalse(r.sim.cancel(a), "the event already fired");
        // Slots are recycled: a new event may reuse a's slot, and a's stale handle must not touch it.
        long c = r.sim.schedule(0.5, 0, 4);
        assertFalse(r.sim.cancel(a));
        assertFalse(r.sim.cancel(-1L));
        assertFalse(r.sim.cancel(Long.MAX_VALUE));
        r.sim.run(10.0);
        assertArrayEquals(new int[] {1, 4, 3}, r.entities());
        assertFalse(r.sim.cancel(c));
        assertEquals(3, r.sim.eventsHandled());
    }

    @Test
    void runUntilHandlesEventsAtTheLimitAndLeavesTheClockThere() {
        Recorder r = recorder(8);
        r.sim.schedule(1.0, 0, 1);
        r.sim.schedule(4.0, 0, 2);
        r.sim.schedule(4.0000001, 0, 3);
        assertEquals(2, r.sim.run(4.0));
        assertEquals(4.0, r.sim.now());
        assertEquals(1, r.sim.pending());
        assertEquals(0, r.sim.run(4.0), "running to the same time again handles nothing");
        assertEquals(0, r.sim.run(4.00000005));
        assertEquals(4.00000005, r.sim.now(), "the clock moves to the limit when nothing is left before it");
        assertEquals(1, r.sim.run(100.0));
        assertEquals(100.0, r.sim.now());
        assertThrows(IllegalArgumentException.class, () -> r.sim.run(50.0));
    }

    @Test
    void stopEndsTheRunAfterTheCurrentEventAndARunCanResume() {
        final Simulator[] holder = new Simulator[1];
        final List<Integer> seen = new ArrayList<>();
        Simulator sim = new Simulator((kind, entity) -> {
            seen.add(entity);
            if (entity == 2) {
                holder[0].stop();
            }
        });
        holder[0] = sim;
        for (int i = 1; i <= 4; i++) {
            sim.schedule(i, 0, i);
        }
        assertEquals(2, sim.run(10.0));
        assertEquals(2.0, sim.now(), "a stopped run leaves the clock at the stopping event");
        assertEquals(List.of(1, 2), seen);
        assertEquals(2, sim.run(10.0));
        assertEquals(List.of(1, 2, 3, 4), seen);
        assertEquals(10.0, sim.now());
    }

    @Test
    void eventsScheduledWhileHandlingFitIntoTheOrder() {
        final Simulator[] holder = new Simulator[1];
        final List<String> seen = new ArrayList<>();
        Simulator sim = new Simulator((kind, entity) -> {
            Simulator s = holder[0];
            seen.add(s.now() + ":" + entity);
            if (entity == 1) {
                s.schedule(0.0, 0, 10);   // same time: after the already scheduled event 2 at t = 1
                s.schedule(0.5, 0, 11);   // between 1 and 2
                s.schedule(5.0, 0, 12);
            }
        });
        holder[0] = sim;
        sim.schedule(1.0, 0, 1);
        sim.schedule(1.0, 0, 2);
        sim.schedule(3.0, 0, 3);
        sim.run(Double.POSITIVE_INFINITY);
        assertEquals(List.of("1.0:1", "1.0:2", "1.0:10", "1.5:11", "3.0:3", "6.0:12"), seen);
        assertEquals(6.0, sim.now(), "running to infinity leaves the clock at the last event");
    }

    @Test
    void theEventListGrowsBeyondItsInitialCapacity() {
        Recorder r = recorder(4);
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            r.sim.schedule(rnd.nextInt(1000), 0, i);
        }
        assertEquals(n, r.sim.pending());
        assertEquals(n, r.sim.run(Double.POSITIVE_INFINITY));
        for (int i = 1; i < n; i++) {
            double[] prev = r.seen.get(i - 1);
            double[] cur = r.seen.get(i);
            assertTrue(prev[0] < cur[0] || (prev[0] == cur[0] && prev[2] < cur[2]), "order at " + i);
        }
    }

    @Test
    void badArgumentsAreRejectedWithMessages() {
        Simulator sim = new Simulator((k, e) -> { });
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(-1.0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(Double.NaN, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(Double.POSITIVE_INFINITY, 0, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.schedule(1.0, -2, 0));
        assertTrue(e.getMessage().contains("event kind must be >= 0, was -2"));
        sim.schedule(3.0, 0, 0);
        sim.run(2.0);
        e = assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(1.0, 0, 0));
        assertTrue(e.getMessage().contains("time must be finite and >= now (2.0), was 1.0"));
        assertThrows(IllegalArgumentException.class, () -> new Simulator(null));
    }

    /** A reference event list: java.util.PriorityQueue ordered by (time, sequence), lazy cancellation. */
    private record RefEvent(double time, long seq, int entity) {
    }

    @Test
    void agreesWithAReferencePriorityQueueOverManyRandomOperations() {
        final List<double[]> fired = new ArrayList<>();
        final Simulator[] holder = new Simulator[1];
        Simulator sim = new Simulator((kind, entity) -> {
            fired.add(new double[] {holder[0].now(), entity});
            holder[0].stop(); // pop exactly one event per run
        }, 8);
        holder[0] = sim;

        PriorityQueue<RefEvent> ref = new PriorityQueue<>((a, b) ->
                a.time() != b.time() ? Double.compare(a.time(), b.time()) : Long.compare(a.seq(), b.seq()));
        Set<Integer> refCancelled = new HashSet<>();
        List<long[]> live = new ArrayList<>(); // (handle, entity) of events that may still be pending
        SplittableRandom rnd = new SplittableRandom(2024);
        long seq = 0;
        int entity = 0;
        int pops = 0;
        int cancels = 0;
        int staleCancels = 0;
        for (int op = 0; op < 100_000; op++) {
            int choice = rnd.nextInt(10);
            if (choice < 5 || ref.isEmpty()) {
                // Integer-valued delays make ties frequent; some events are scheduled at "now".
                double delay = rnd.nextInt(4) == 0 ? 0.0 : rnd.nextInt(50) + (rnd.nextBoolean() ? 0.0 : 0.25);
                double time = sim.now() + delay;
                long handle = sim.schedule(delay, op % 7, entity);
                ref.add(new RefEvent(time, seq++, entity));
                live.add(new long[] {handle, entity});
                entity++;
            } else if (choice < 7 && !live.isEmpty()) {
                long[] victim = live.remove(rnd.nextInt(live.size()));
                int e = (int) victim[1];
                boolean stillPending = ref.stream().anyMatch(x -> x.entity() == e) && !refCancelled.contains(e);
                assertEquals(stillPending, sim.cancel(victim[0]), "cancel of entity " + e);
                if (stillPending) {
                    refCancelled.add(e);
                    cancels++;
                } else {
                    staleCancels++;
                }
            } else {
                RefEvent next;
                do {
                    next = ref.poll();
                } while (next != null && refCancelled.remove(next.entity()));
                int before = fired.size();
                sim.run(Double.POSITIVE_INFINITY);
                if (next == null) {
                    assertEquals(before, fired.size());
                } else {
                    pops++;
                    assertEquals(before + 1, fired.size(), "one event fired at op " + op);
                    double[] got = fired.get(before);
                    assertEquals(next.time(), got[0], 0.0, "time at op " + op);
                    assertEquals(next.entity(), (int) got[1], "entity at op " + op);
                }
            }
        }
        assertTrue(pops > 20_000 && cancels > 5_000 && staleCancels > 1_000,
                "the mix exercised everything: pops " + pops + ", cancels " + cancels + ", stale " + staleCancels);
    }

    /** A small closed model (M/M/1 with a checksum of event times) used for thread independence. */
    private static double[] mm1Checksum(long seed) {
        final class Model implements EventHandler {
            final Simulator sim = new Simulator(this);
            final Mrg32k3a arrivals = new Mrg32k3a(new long[] {seed, 2, 3, 4, 5, 6});
            final Mrg32k3a services = new Mrg32k3a(new long[] {seed, 7, 8, 9, 10, 11});
            int inSystem;
            double sum;

            @Override
            public void handle(int kind, int e) {
                sum += sim.now() * (kind + 1);
                if (kind == 0) {
                    sim.schedule(Exponential.sample(arrivals, 1.0), 0, 0);
                    if (++inSystem == 1) {
                        sim.schedule(Exponential.sample(services, 0.9), 1, 0);
                    }
                } else if (--inSystem > 0) {
                    sim.schedule(Exponential.sample(services, 0.9), 1, 0);
                }
            }
        }
        Model m = new Model();
        m.sim.schedule(0.0, 0, 0);
        m.sim.run(50_000.0);
        return new double[] {m.sum, m.sim.eventsHandled(), m.inSystem};
    }

    @Test
    void twoSimulatorsInTwoThreadsGiveTheSameResultsAsOneAfterTheOther() throws Exception {
        double[] a = mm1Checksum(101);
        double[] b = mm1Checksum(202);
        assertTrue(a[1] > 90_000, "the model ran: " + a[1] + " events");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                Future<double[]> fa = pool.submit(() -> mm1Checksum(101));
                Future<double[]> fb = pool.submit(() -> mm1Checksum(202));
                assertArrayEquals(a, fa.get());
                assertArrayEquals(b, fb.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void resetEmptiesTheListAndRewindsTheClock() {
        Recorder r = recorder(4);
        for (int i = 0; i < 10; i++) {
            r.sim.schedule(i, 0, i);
        }
        r.sim.run(4.5);
        r.sim.reset();
        assertEquals(0.0, r.sim.now());
        assertEquals(0, r.sim.pending());
        assertEquals(0, r.sim.eventsHandled());
        r.sim.schedule(1.0, 0, 99);
        assertEquals(1, r.sim.run(Double.POSITIVE_INFINITY));
        assertEquals(99, (int) r.seen.get(r.seen.size() - 1)[2]);
    }

    @Test
    void aHandleFromBeforeAResetCannotCancelAnEventScheduledAfterIt() {
        Recorder r = recorder(4);
        long before = r.sim.schedule(1.0, 0, 1); // first slot, first sequence number
        r.sim.reset();
        long after = r.sim.schedule(1.0, 0, 2); // same slot again after the reset
        assertNotEquals(before, after);
        assertFalse(r.sim.cancel(before), "a stale handle from before the reset must be a no-op");
        assertEquals(1, r.sim.pending());
        assertEquals(1, r.sim.run(Double.POSITIVE_INFINITY));
        assertEquals(2, (int) r.seen.get(r.seen.size() - 1)[2]);
        assertFalse(r.sim.cancel(after), "the event has fired");
    }
}
