package org.akuttsim.engine;

import java.util.Arrays;

/**
 * The event kernel: a clock and a future-event list ordered by (time, scheduling order).
 *
 * <p>Events are pairs of small integers ({@code kind}, {@code entity}) handed to one
 * {@link EventHandler}; equal times pop in the order they were scheduled, so a run is
 * deterministic. The event list is a binary heap in one {@code long[]}: each node is the event's
 * time (as the bits of a non-negative double, which order like the time) next to a packed
 * {@code sequence|slot} key, so both children of a node sit in one 32-byte run of memory. Each
 * pending event's kind and entity live in a slot of a second {@code long[]}, next to the slot's key;
 * slots are recycled through a free list. Once the arrays have grown to the largest number of
 * pending events, scheduling and popping allocate nothing.
 *
 * <p>While the handler runs, the event it handles still sits at the root of the heap; the first
 * event the handler schedules takes its place and sinks once from the root (a "replace-top"), instead
 * of the root being removed and the new event rising from the bottom. For the common pop-one,
 * schedule-one pattern this halves the heap work. Sinking is bottom-up with a branch-free choice of
 * the smaller child (see {@code siftDown}). ({@code benchmarks/} measures the kernel against SSJ's
 * event list; a 4-ary layout measured no faster on 1,000 and 100,000 pending events.)
 *
 * <p>Cancellation is lazy: {@link #cancel(long)} marks the slot and the event is skipped when it
 * reaches the top of the heap. A handle from {@link #schedule} stays valid only until the event
 * fires or is cancelled; cancelling a stale handle is a harmless no-op, because the handle carries
 * the event's sequence number and a recycled slot has a different one (also across {@link #reset()},
 * which does not restart sequence numbers).
 *
 * <p>There is no static state: each replication owns its simulator, and two simulators in two
 * threads never interfere. A simulator itself is not thread-safe.
 *
 * <pre>{@code
 * // An M/M/1 queue in a dozen lines: kind 0 = arrival, kind 1 = departure.
 * final class MM1 implements EventHandler {
 *     final Simulator sim = new Simulator(this);
 *     final RandomStream arrivals = streams.stream("arrivals"), services = streams.stream("services");
 *     int inSystem;
 *     public void handle(int kind, int entity) {
 *         if (kind == 0) {
 *             sim.schedule(Exponential.sample(arrivals, 1.0), 0, 0);
 *             if (++inSystem == 1) sim.schedule(Exponential.sample(services, 0.8), 1, 0);
 *         } else if (--inSystem > 0) {
 *             sim.schedule(Exponential.sample(services, 0.8), 1, 0);
 *         }
 *     }
 * }
 * MM1 m = new MM1();
 * m.sim.schedule(0.0, 0, 0);
 * m.sim.run(10_000.0);
 * }</pre>
 */
public final class Simulator {

    /** Bits of the packed key that hold the slot index; the rest hold the sequence number. */
    private static final int SLOT_BITS = 24;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    /** Most events that may be pending at once (about 16.7 million). */
    public static final int MAX_PENDING = 1 << SLOT_BITS;
    /**
     * Largest sequence number that keeps keys non-negative (about 5.5e11 schedules over a
     * simulator's life, resets included, since they do not restart the count).
     */
    private static final long MAX_SEQUENCE = Long.MAX_VALUE >>> SLOT_BITS;

    /** A slot's payload word once its event has fired or been cancelled: kind -1, so negative. */
    private static final long CANCELLED = -1L << 32;

    private final EventHandler handler;

    // Binary heap, 1-based; node i is heap[2i] = time bits, heap[2i + 1] = sequence << SLOT_BITS | slot.
    // The children of node i are nodes 2i and 2i + 1, its parent is node i / 2.
    private long[] heap;
    private int size;
    /** True while the handler runs: the root is the event being handled, not yet removed. */
    private boolean rootFired;

    // Per slot s: slots[2s] = the key of the event last given slot s, slots[2s + 1] = kind << 32 | entity.
    private long[] slots;
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;

    private long nextSequence;
    private double now;
    private boolean stopped;
    private long eventsHandled;

    /**
     * Creates a simulator whose events go to {@code handler}, with room for 64 pending events.
     *
     * @param handler receives every event this simulator fires, with its kind and entity
     */
    public Simulator(EventHandler handler) {
        this(handler, 64);
    }

    /**
     * @param handler         receives every event
     * @param initialCapacity pending events held before the arrays grow (they grow by doubling)
     */
    public Simulator(EventHandler handler, int initialCapacity) {
        if (handler == null) {
            throw new IllegalArgumentException("handler must not be null");
        }
        int cap = Math.max(4, Math.min(initialCapacity, MAX_PENDING));
        this.handler = handler;
        heap = new long[2 * (cap + 1)];
        slots = new long[2 * cap];
        freeSlots = new int[cap];
    }

    /**
     * The simulation clock.
     *
     * @return the current simulation time, in the model's own unit (minutes in the chain model)
     */
    public double now() {
        return now;
    }

    /**
     * Events scheduled and not yet fired; cancelled events count until they are skipped.
     *
     * @return the number of pending events, cancelled ones included until they reach the head
     */
    public int pending() {
        return rootFired ? size - 1 : size;
    }

    /**
     * Events handed to the handler since construction or the last {@link #reset()}.
     *
     * @return the number of events handed to the handler
     */
    public long eventsHandled() {
        return eventsHandled;
    }

    /**
     * Schedules an event {@code delay} time units from now.
     *
     * @param delay  non-negative, finite
     * @param kind   non-negative event kind passed back to the handler
     * @param entity entity index passed back to the handler
     * @return a handle for {@link #cancel(long)}
     */
    public long schedule(double delay, int kind, int entity) {
        if (!(delay >= 0.0) || delay == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("delay must be finite and >= 0, was " + delay);
        }
        if (kind < 0) {
            throw new IllegalArgumentException("event kind must be >= 0, was " + kind);
        }
        return insert(now + delay, kind, entity);
    }

    /**
     * Schedules an event at absolute time {@code time} (not before {@link #now()}).
     *
     * @param time the absolute firing time; not before {@link #now()}
     * @param kind the event kind passed to the handler
     * @param entity the entity (call, unit, ...) the event is about, passed to the handler
     * @return a handle for {@link #cancel(long)}
     */
    public long scheduleAt(double time, int kind, int entity) {
        if (!(time >= now) || time == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("time must be finite and >= now (" + now + "), was " + time);
        }
        if (kind < 0) {
            throw new IllegalArgumentException("event kind must be >= 0, was " + kind);
        }
        return insert(time, kind, entity);
    }

    /**
     * Cancels a pending event. Returns false, and does nothing, when the event has already fired
     * or been cancelled.
     *
     * @param handle the handle {@link #scheduleAt} or {@link #schedule} returned
     * @return true when the event was pending and is now cancelled
     */
    public boolean cancel(long handle) {
        int slot = (int) (handle & SLOT_MASK);
        // A recycled slot carries a newer key, so a stale handle never cancels a later event.
        if (handle < 0 || slot >= slotsUsed || slots[2 * slot] != handle || slots[2 * slot + 1] < 0) {
            return false;
        }
        slots[2 * slot + 1] = CANCELLED;
        return true;
    }

    /**
     * Runs events in order until the event list is empty, {@link #stop()} is called, or the next
     * event lies after {@code until}; the clock then reads {@code until} (or the stop time).
     *
     * @param until the time limit: events later than this stay pending
     * @return the number of events handled by this call
     */
    public long run(double until) {
        if (Double.isNaN(until) || until < now) {
            throw new IllegalArgumentException("until must be >= now (" + now + "), was " + until);
        }
        stopped = false;
        long handled = 0;
        final EventHandler h = handler;
        dropFiredRoot(); // left by a handler that threw, or by an enclosing run() (re-entrant call)
        while (size > 0 && !stopped) {
            // The handler may grow the arrays: read the fields afresh for every event.
            final long[] hp = heap;
            double t = Double.longBitsToDouble(hp[2]);
            if (t > until) {
                break;
            }
            int slot = (int) (hp[3] & SLOT_MASK);
            final long[] sl = slots;
            long payload = sl[2 * slot + 1];
            sl[2 * slot + 1] = CANCELLED;
            freeSlots[freeCount++] = slot;
            if (payload < 0) {
                removeTop();
                continue;
            }
            now = t;
            handled++;
            rootFired = true;
            h.handle((int) (payload >> 32), (int) payload);
            dropFiredRoot(); // the handler scheduled nothing
        }
        if (!stopped && until != Double.POSITIVE_INFINITY) {
            now = until;
        }
        eventsHandled += handled;
        return handled;
    }

    /** Stops {@link #run(double)} after the event being handled. */
    public void stop() {
        stopped = true;
    }

    /**
     * Empties the event list and sets the clock to zero; keeps the arrays for reuse. Sequence numbers
     * are <em>not</em> restarted: a handle from before the reset then never equals a handle issued
     * after it, so cancelling it stays a harmless no-op instead of cancelling a new event that
     * happens to reuse its slot and sequence number. (Order among equal times only needs sequence
     * numbers to increase, not to start at 0.)
     */
    public void reset() {
        size = 0;
        rootFired = false;
        freeCount = 0;
        slotsUsed = 0;
        now = 0.0;
        stopped = false;
        eventsHandled = 0;
    }

    private long insert(double time, int kind, int entity) {
        int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else {
            if (slotsUsed == freeSlots.length) {
                growSlots();
            }
            slot = slotsUsed++;
        }
        if (nextSequence > MAX_SEQUENCE) {
            throw new IllegalStateException("more than " + MAX_SEQUENCE + " events scheduled on one simulator; use a new one");
        }
        long key = (nextSequence++ << SLOT_BITS) | slot;
        final long[] sl = slots;
        sl[2 * slot] = key;
        sl[2 * slot + 1] = ((long) kind << 32) | (entity & 0xFFFF_FFFFL);
        // + 0.0 turns -0.0 into +0.0: the bits of non-negative doubles order like their values.
        long timeBits = Double.doubleToRawLongBits(time + 0.0);
        if (rootFired) {
            // Replace-top: the new event takes the fired event's place at the root and sinks.
            rootFired = false;
            siftDown(timeBits, key, size);
        } else {
            if (2 * (size + 1) == heap.length) {
                heap = Arrays.copyOf(heap, heap.length * 2);
            }
            siftUp(++size, timeBits, key);
        }
        return key;
    }

    private void growSlots() {
        if (freeSlots.length >= MAX_PENDING) {
            throw new IllegalStateException("more than " + MAX_PENDING + " pending events");
        }
        int n = Math.min(freeSlots.length * 2, MAX_PENDING);
        slots = Arrays.copyOf(slots, 2 * n);
        freeSlots = Arrays.copyOf(freeSlots, n);
    }

    private void dropFiredRoot() {
        if (rootFired) {
            rootFired = false;
            removeTop();
        }
    }

    /** Moves a hole up from node {@code i} and drops (time, key) where it belongs. */
    private void siftUp(int i, long time, long key) {
        final long[] h = heap;
        while (i > 1) {
            int parent = i >>> 1;
            long pt = h[2 * parent];
            long pk = h[2 * parent + 1];
            if (pt < time || (pt == time && pk < key)) {
                break;
            }
            h[2 * i] = pt;
            h[2 * i + 1] = pk;
            i = parent;
        }
        h[2 * i] = time;
        h[2 * i + 1] = key;
    }

    /** Removes the root: the last node moves into the hole at the root and sinks to its place. */
    private void removeTop() {
        int n = size--;
        if (n > 1) {
            siftDown(heap[2 * n], heap[2 * n + 1], n - 1);
        }
    }

    /**
     * Puts (time, key) at the root of a heap of {@code last} nodes and sinks it to its place: in a
     * small heap top-down ({@link #SMALL_HEAP}), otherwise bottom-up: the hole at the root first walks down to a leaf along the smaller children, without
     * comparing against (time, key), and then (time, key) rises from that leaf to its place. An
     * event rescheduled into a large heap usually belongs near the bottom (most nodes are there), so
     * the rise is short and each level costs one comparison instead of two. The smaller child is
     * chosen by arithmetic on the sign of differences, not by a branch nor a ternary (with ternaries
     * the 1,000-event hold model still measured ~5 branch misses per event, as if the JIT kept the
     * branch, and ~1 with this arithmetic): which child is smaller is a coin flip,
     * and the mispredicted branches (about 5 per event) were the largest single cost of the old
     * sift-down (hold model, 1,000 pending: ~300 to ~200 cycles per event).
     */
    private void siftDown(long time, long key, int last) {
        if (last > SMALL_HEAP) {
            siftDownBottomUp(time, key, last);
        } else {
            siftDownTopDown(time, key, last);
        }
    }

    /**
     * Heaps up to this many nodes (6 levels) sink top-down with an early stop. Measured on the chain
     * model (St. Olavs, ~55 pending events: 27 zone arrivals hours ahead, unit and ED events minutes
     * ahead): most rescheduled events belong in the upper levels, so stopping there beats walking
     * to a leaf and rising back — 9 % fewer instructions per replication, and fewer branch misses, not
     * more (the stop branch is taken once per sift). Larger heaps (the 1,000-event hold model) keep
     * the bottom-up sift, which suits events that belong near the bottom.
     */
    private static final int SMALL_HEAP = 127;

    /** Top-down sift: the smaller child (chosen without a branch) moves up until (time, key) is not larger. */
    private void siftDownTopDown(long time, long key, int last) {
        final long[] h = heap;
        int i = 1;
        int child;
        while ((child = i << 1) < last) {
            long dt = h[2 * child + 2] - h[2 * child];
            long dk = h[2 * child + 3] - h[2 * child + 1];
            long timesDiffer = (dt | -dt) >> 63;
            int c = child + (int) (((dt & timesDiffer) | (dk & ~timesDiffer)) >>> 63);
            long ct = h[2 * c], ck = h[2 * c + 1];
            if (time < ct || (time == ct && key < ck)) {
                h[2 * i] = time;
                h[2 * i + 1] = key;
                return;
            }
            h[2 * i] = ct;
            h[2 * i + 1] = ck;
            i = c;
        }
        if (child == last) {
            long ct = h[2 * child], ck = h[2 * child + 1];
            if (ct < time || (ct == time && ck < key)) {
                h[2 * i] = ct;
                h[2 * i + 1] = ck;
                i = child;
            }
        }
        h[2 * i] = time;
        h[2 * i + 1] = key;
    }

    /** The bottom-up sift described at {@link #siftDown}. */
    private void siftDownBottomUp(long time, long key, int last) {
        final long[] h = heap;
        int i = 1;
        int child;
        while ((child = i << 1) < last) {
            // Times (bits of non-negative doubles) and keys are non-negative, so differences do not
            // overflow: the time difference decides unless it is 0, then the key difference does.
            long dt = h[2 * child + 2] - h[2 * child];
            long dk = h[2 * child + 3] - h[2 * child + 1];
            long timesDiffer = (dt | -dt) >> 63; // all ones when dt != 0
            int c = child + (int) (((dt & timesDiffer) | (dk & ~timesDiffer)) >>> 63);
            h[2 * i] = h[2 * c];
            h[2 * i + 1] = h[2 * c + 1];
            i = c;
        }
        if (child == last) { // a last node without a sibling
            h[2 * i] = h[2 * child];
            h[2 * i + 1] = h[2 * child + 1];
            i = child;
        }
        siftUp(i, time, key);
    }
}
