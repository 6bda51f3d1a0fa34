package org.akuttsim.benchmarks;

import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * {@link MmcModel} on SSJ 3.3.2: a non-static {@link Simulator} with its default event list, one
 * arrival event that reschedules itself and one departure event per server, recycled through a stack
 * of idle servers, so SSJ allocates nothing per event either (SSJ's own examples allocate a new
 * departure event per customer; reusing them is the faster, fairer peer).
 */
final class SsjMmcModel {

    private final Simulator sim = new Simulator();
    private final MRG32k3a arrivals = new MRG32k3a();
    private final MRG32k3a services = new MRG32k3a();
    private final WaitingLine line = new WaitingLine();
    private final Departure[] idle = new Departure[MmcModel.SERVERS];
    private int idleCount;
    private long served;
    private double waitSum;
    private long remaining;

    private final class Arrival extends Event {
        Arrival(Simulator sim) {
            super(sim);
        }

        @Override
        public void actions() {
            schedule(-MmcModel.MEAN_INTERARRIVAL * Math.log(1.0 - arrivals.nextDouble()));
            if (idleCount > 0) {
                served++;
                idle[--idleCount].schedule(-MmcModel.MEAN_SERVICE * Math.log(1.0 - services.nextDouble()));
            } else {
                line.add(sim.time());
            }
            countDown();
        }
    }

    private final class Departure extends Event {
        Departure(Simulator sim) {
            super(sim);
        }

        @Override
        public void actions() {
            if (!line.isEmpty()) {
                waitSum += sim.time() - line.remove();
                served++;
                schedule(-MmcModel.MEAN_SERVICE * Math.log(1.0 - services.nextDouble()));
            } else {
                idle[idleCount++] = this;
            }
            countDown();
        }
    }

    SsjMmcModel(long[] arrivalSeed, long[] serviceSeed) {
        arrivals.setSeed(arrivalSeed.clone());
        services.setSeed(serviceSeed.clone());
        sim.init();
        for (int i = 0; i < MmcModel.SERVERS; i++) {
            idle[idleCount++] = new Departure(sim);
        }
        new Arrival(sim).schedule(-MmcModel.MEAN_INTERARRIVAL * Math.log(1.0 - arrivals.nextDouble()));
    }

    private void countDown() {
        if (--remaining == 0) {
            sim.stop();
        }
    }

    /** Handles {@code events} more events and returns the clock. */
    double runEvents(long events) {
        remaining = events;
        sim.start();
        return sim.time();
    }

    long served() {
        return served;
    }

    double waitSum() {
        return waitSum;
    }
}
