package org.akuttsim.benchmarks;

import org.akuttsim.engine.EventHandler;
import org.akuttsim.engine.Simulator;
import org.akuttsim.random.Exponential;
import org.akuttsim.random.Mrg32k3a;

/**
 * An M/M/c queue on the akuttsim kernel (by default c = 10 servers at utilisation 0.9): arrivals,
 * departures, a FIFO waiting line and the sum of waiting times — a small but complete model, so the
 * benchmark charges the kernel with what a model really does per event (two streams, a branch on the
 * event kind, queue bookkeeping).
 *
 * <p>{@link SsjMmcModel} is the same model on SSJ with the same seeds and formulas; both serve the
 * same customers with the same waits (a test checks this).
 */
final class MmcModel implements EventHandler {

    static final int SERVERS = 10;
    static final double UTILISATION = 0.9;
    static final double MEAN_SERVICE = 1.0;
    /** Mean interarrival time so that λ / (c μ) = utilisation. */
    static final double MEAN_INTERARRIVAL = MEAN_SERVICE / (SERVERS * UTILISATION);

    private static final int ARRIVAL = 0;
    private static final int DEPARTURE = 1;

    private final Simulator sim = new Simulator(this);
    private final Mrg32k3a arrivals;
    private final Mrg32k3a services;
    private final WaitingLine line = new WaitingLine();
    private int busy;
    private long served;
    private double waitSum;
    private long remaining;

    MmcModel(long[] arrivalSeed, long[] serviceSeed) {
        arrivals = new Mrg32k3a(arrivalSeed);
        services = new Mrg32k3a(serviceSeed);
        sim.schedule(Exponential.sample(arrivals, MEAN_INTERARRIVAL), ARRIVAL, 0);
    }

    @Override
    public void handle(int kind, int entity) {
        if (kind == ARRIVAL) {
            sim.schedule(Exponential.sample(arrivals, MEAN_INTERARRIVAL), ARRIVAL, 0);
            if (busy < SERVERS) {
                busy++;
                served++;
                sim.schedule(Exponential.sample(services, MEAN_SERVICE), DEPARTURE, 0);
            } else {
                line.add(sim.now());
            }
        } else if (!line.isEmpty()) {
            waitSum += sim.now() - line.remove();
            served++;
            sim.schedule(Exponential.sample(services, MEAN_SERVICE), DEPARTURE, 0);
        } else {
            busy--;
        }
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

    long served() {
        return served;
    }

    double waitSum() {
        return waitSum;
    }
}
