package org.akuttsim.chain;

import java.util.Arrays;

import org.akuttsim.engine.Simulator;

/**
 * The calls in the chain: opens a call when it arrives, closes it when the chain is done with it
 * (telling the observers how it ended), and recycles its slot. A run therefore holds only as many
 * {@link Call}s as are in the chain at once, whatever the horizon.
 */
final class CallBook {

    private final Simulator sim;
    private final ChainObservers observers;
    private Call[] calls = new Call[0];
    private int[] freeSlots = new int[0];
    private int freeCount, used, active;

    CallBook(Simulator sim, ChainObservers observers) {
        this.sim = sim;
        this.observers = observers;
        grow(64);
    }

    Call get(int call) {
        return calls[call];
    }

    /** Calls in the chain now. */
    int active() {
        return active;
    }

    /** A fresh call (every field reset) in a free slot. */
    Call open(long key, int zone, int ageGroup, double received) {
        if (freeCount == 0 && used == calls.length) {
            grow(calls.length * 2);
        }
        Call c = calls[freeCount > 0 ? freeSlots[--freeCount] : used++];
        active++;
        c.key = key;
        c.zone = zone;
        c.age = ageGroup;
        c.received = received;
        c.ready = c.dispatched = c.onScene = c.departed = c.atHospital = c.travel = Double.NaN;
        c.level = -1;
        c.unit = -1;
        c.reconsider = -1;
        c.next = c.prev = -1;
        c.needsTransport = false;
        c.referred = false;
        c.ordered = false;
        c.intraMin = c.intraKm = 0;
        c.driveFactor = 1;
        c.state = Call.AT_AMK;
        return c;
    }

    /** The chain is done with the call ({@link CallListener}'s outcomes): observers told, pending events cancelled, slot freed. */
    void close(Call c, int outcome) {
        close(c, outcome, sim.now());
    }

    /** {@link #close(Call, int)} at time {@code t} (at most now: a step booked after the fact). */
    void close(Call c, int outcome, double t) {
        observers.callDone(c, outcome, t);
        if (c.reconsider >= 0) {
            sim.cancel(c.reconsider);
            c.reconsider = -1;
        }
        c.state = Call.FREE;
        active--;
        freeSlots[freeCount++] = c.id;
    }

    private void grow(int n) {
        int old = calls.length;
        calls = Arrays.copyOf(calls, n);
        for (int i = old; i < n; i++) {
            calls[i] = new Call(i);
        }
        freeSlots = Arrays.copyOf(freeSlots, n);
    }

    /** Checks that the slots in use are the active calls. */
    void checkInvariants() {
        if (used - freeCount != active) {
            throw new IllegalStateException("call slots in use " + (used - freeCount) + " != active calls " + active);
        }
    }
}
