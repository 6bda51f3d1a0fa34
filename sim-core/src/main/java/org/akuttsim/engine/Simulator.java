package org.akuttsim.engine;

import java.util.Arrays;

/**
 * The event kernel: a clock and a future-event list ordered by (time, scheduling order).
 *
 * <p>Events are pairs of small integers ({@code kind}, {@code entity}) handed to one
 * {@link EventHandler}; equal times pop in the order they were scheduled, so a run is
 * deterministic. The event list is a binary heap kept in two primitive arrays (event times and a
 * packed {@code sequence|slot} key); each pending event's payload lives in a slot of parallel
 * {@code int[]} arrays, and slots are recycled through a free list. Once the arrays have grown to
 * the largest number of pending events, scheduling and popping allocate nothing.
 *
 * <p>Cancellation is lazy: {@link #cancel(long)} marks the slot and the event is skipped when it
 * reaches the top of the heap. A handle from {@link #schedule} stays valid only until the event
 * fires or is cancelled; cancelling a stale handle is a harmless no-op, because the handle carries
 * the event's sequence number and a recycled slot has a different one.
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

    private static final int CANCELLED = -1;

    private final EventHandler handler;

    // Heap, 1-based: heapTime[i] and heapKey[i] (= sequence << SLOT_BITS | slot).
    private double[] heapTime;
    private long[] heapKey;
    private int size;

    // Payload per slot.
    private int[] slotKind;
    private int[] slotEntity;
    private long[] slotKey;
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;

    private long nextSequence;
    private double now;
    private boolean stopped;
    private long eventsHandled;

    /** Creates a simulator whose events go to {@code handler}, with room for 64 pending events. */
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
        heapTime = new double[cap + 1];
        heapKey = new long[cap + 1];
        slotKind = new int[cap];
        slotEntity = new int[cap];
        slotKey = new long[cap];
        freeSlots = new int[cap];
    }

    /** The simulation clock. */
    public double now() {
        return now;
    }

    /** Events scheduled and not yet fired; cancelled events count until they are skipped. */
    public int pending() {
        return size;
    }

    /** Events handed to the handler since construction or the last {@link #reset()}. */
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
     */
    public boolean cancel(long handle) {
        int slot = (int) (handle & SLOT_MASK);
        // A recycled slot carries a newer key, so a stale handle never cancels a later event.
        if (handle < 0 || slot >= slotsUsed || slotKey[slot] != handle || slotKind[slot] == CANCELLED) {
            return false;
        }
        slotKind[slot] = CANCELLED;
        return true;
    }

    /**
     * Runs events in order until the event list is empty, {@link #stop()} is called, or the next
     * event lies after {@code until}; the clock then reads {@code until} (or the stop time).
     *
     * @return the number of events handled by this call
     */
    public long run(double until) {
        if (Double.isNaN(until) || until < now) {
            throw new IllegalArgumentException("until must be >= now (" + now + "), was " + until);
        }
        stopped = false;
        long handled = 0;
        final EventHandler h = handler;
        while (size > 0 && !stopped) {
            double t = heapTime[1];
            if (t > until) {
                break;
            }
            long key = heapKey[1];
            removeTop();
            int slot = (int) (key & SLOT_MASK);
            int kind = slotKind[slot];
            int entity = slotEntity[slot];
            freeSlots[freeCount++] = slot;
            slotKind[slot] = CANCELLED;
            if (kind == CANCELLED) {
                continue;
            }
            now = t;
            handled++;
            h.handle(kind, entity);
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

    /** Empties the event list and sets the clock to zero; keeps the arrays for reuse. */
    public void reset() {
        size = 0;
        freeCount = 0;
        slotsUsed = 0;
        nextSequence = 0;
        now = 0.0;
        stopped = false;
        eventsHandled = 0;
    }

    private long insert(double time, int kind, int entity) {
        int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else {
            if (slotsUsed == slotKind.length) {
                growSlots();
            }
            slot = slotsUsed++;
        }
        slotKind[slot] = kind;
        slotEntity[slot] = entity;
        long key = (nextSequence++ << SLOT_BITS) | slot;
        slotKey[slot] = key;
        if (++size == heapTime.length) {
            heapTime = Arrays.copyOf(heapTime, heapTime.length * 2);
            heapKey = Arrays.copyOf(heapKey, heapKey.length * 2);
        }
        siftUp(size, time, key);
        return key;
    }

    private void growSlots() {
        if (slotKind.length >= MAX_PENDING) {
            throw new IllegalStateException("more than " + MAX_PENDING + " pending events");
        }
        int n = Math.min(slotKind.length * 2, MAX_PENDING);
        slotKind = Arrays.copyOf(slotKind, n);
        slotEntity = Arrays.copyOf(slotEntity, n);
        slotKey = Arrays.copyOf(slotKey, n);
        freeSlots = Arrays.copyOf(freeSlots, n);
    }

    /** Moves a hole up from {@code i} and drops (time, key) where it belongs. */
    private void siftUp(int i, double time, long key) {
        final double[] ht = heapTime;
        final long[] hk = heapKey;
        while (i > 1) {
            int parent = i >>> 1;
            double pt = ht[parent];
            if (pt < time || (pt == time && hk[parent] < key)) {
                break;
            }
            ht[i] = pt;
            hk[i] = hk[parent];
            i = parent;
        }
        ht[i] = time;
        hk[i] = key;
    }

    private void removeTop() {
        final double[] ht = heapTime;
        final long[] hk = heapKey;
        int n = size--;
        if (n == 1) {
            return;
        }
        double time = ht[n];
        long key = hk[n];
        int last = n - 1;
        int i = 1;
        int child;
        while ((child = i << 1) <= last) {
            double ct = ht[child];
            long ck = hk[child];
            int right = child + 1;
            if (right <= last) {
                double rt = ht[right];
                long rk = hk[right];
                if (rt < ct || (rt == ct && rk < ck)) {
                    child = right;
                    ct = rt;
                    ck = rk;
                }
            }
            if (time < ct || (time == ct && key < ck)) {
                break;
            }
            ht[i] = ct;
            hk[i] = ck;
            i = child;
        }
        ht[i] = time;
        hk[i] = key;
    }
}
