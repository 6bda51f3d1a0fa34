package org.akuttsim.benchmarks;

import org.akuttsim.engine.EventHandler;
import org.akuttsim.engine.Simulator;
import org.akuttsim.random.Exponential;
import org.akuttsim.random.Mrg32k3a;

/**
 * The classic hold model on the akuttsim kernel: a fixed number of pending events; handling one
 * schedules one more at an exponential increment, so the event list stays the same size and each
 * event is exactly one pop and one insert. This isolates the cost of the event list.
 *
 * <p>{@link SsjHoldModel} is the same model, draw for draw, on SSJ: both start from the same
 * MRG32k3a seed and turn each uniform into an increment with the same formula, so after the same
 * number of events both clocks read the same time (a test checks this) and the two do the same work.
 */
final class HoldModel implements EventHandler {

    static final double MEAN_INCREMENT = 1.0;

    private final Simulator sim;
    private final Mrg32k3a stream;
    private long remaining;

    HoldModel(int pending, long[] seed) {
        sim = new Simulator(this, pending);
        stream = new Mrg32k3a(seed);
        for (int i = 0; i < pending; i++) {
            sim.schedule(Exponential.sample(stream, MEAN_INCREMENT), 0, i);
        }
    }

    @Override
    public void handle(int kind, int entity) {
        sim.schedule(Exponential.sample(stream, MEAN_INCREMENT), kind, entity);
        if (--remaining == 0) {
            sim.stop();
        }
    }

    /** Handles {@code events} more events and returns the clock. */
    double runEvents(long events) {
        remaining = events;
        sim.run(Double.POSITIVE_INFINITY);
        return sim.now();
    }

    int pending() {
        return sim.pending();
    }
}
