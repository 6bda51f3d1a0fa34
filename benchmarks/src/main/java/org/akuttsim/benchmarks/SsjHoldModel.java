package org.akuttsim.benchmarks;

import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * {@link HoldModel} on SSJ 3.3.2: a non-static {@link Simulator} with its default event list (a
 * splay tree), one {@link Event} object per pending event that reschedules itself when it fires
 * (no allocation per event), and SSJ's own MRG32k3a seeded like ours.
 */
final class SsjHoldModel {

    private final Simulator sim = new Simulator();
    private final MRG32k3a stream = new MRG32k3a();
    private long remaining;

    private final class Hold extends Event {
        Hold(Simulator sim) {
            super(sim);
        }

        @Override
        public void actions() {
            schedule(-HoldModel.MEAN_INCREMENT * Math.log(1.0 - stream.nextDouble()));
            if (--remaining == 0) {
                sim.stop();
            }
        }
    }

    SsjHoldModel(int pending, long[] seed) {
        stream.setSeed(seed.clone());
        sim.init();
        for (int i = 0; i < pending; i++) {
            new Hold(sim).schedule(-HoldModel.MEAN_INCREMENT * Math.log(1.0 - stream.nextDouble()));
        }
    }

    /** Handles {@code events} more events and returns the clock. */
    double runEvents(long events) {
        remaining = events;
        sim.start();
        return sim.time();
    }

    int pending() {
        int n = 0;
        for (Event ignored : sim.getEventList()) {
            n++;
        }
        return n;
    }
}
