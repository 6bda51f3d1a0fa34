package org.akuttsim.validation;

import org.akuttsim.engine.EventHandler;
import org.akuttsim.engine.Simulator;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.ReplicationModel;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.Exponential;
import org.akuttsim.random.RandomStream;
import org.akuttsim.stats.TimeWeighted;

/**
 * Erlang's loss system M/M/c/c: an arrival that finds all c servers busy is lost (an ambulance
 * district with no queue). Counts and the time-average number busy cover the window
 * [warm-up, end].
 */
final class LossSystem implements EventHandler {

    record Config(int servers, double arrivalRate, double meanService) {
    }

    static final ReplicationModel<Config> MODEL = (config, rep, out) -> new LossSystem(config, rep).run(out);

    private static final int ARRIVAL = 0;
    private static final int DEPARTURE = 1;
    private static final int START_OBSERVING = 2;

    private final Config config;
    private final Replication rep;
    private final Simulator sim = new Simulator(this);
    private final RandomStream arrivals;
    private final RandomStream services;
    private final TimeWeighted busy = new TimeWeighted();
    private int busyNow;
    private boolean observing;
    private long arrived;
    private long admitted;
    private long lost;
    private long departed;
    private int busyAtStart;

    private LossSystem(Config config, Replication rep) {
        this.config = config;
        this.rep = rep;
        this.arrivals = rep.streams().stream("arrivals");
        this.services = rep.streams().stream("services");
    }

    private void run(Responses out) {
        sim.schedule(Exponential.sample(arrivals, 1.0 / config.arrivalRate()), ARRIVAL, 0);
        sim.scheduleAt(rep.warmUp(), START_OBSERVING, 0);
        sim.run(rep.end());
        out.put("arrived", arrived);
        out.put("admitted", admitted);
        out.put("lost", lost);
        out.put("departed", departed);
        out.put("busyAtStart", busyAtStart);
        out.put("busyAtEnd", busyNow);
        out.put("lossProbability", (double) lost / arrived);
        out.put("meanBusy", busy.mean(rep.end()));
    }

    @Override
    public void handle(int kind, int entity) {
        double now = sim.now();
        switch (kind) {
            case ARRIVAL -> {
                sim.schedule(Exponential.sample(arrivals, 1.0 / config.arrivalRate()), ARRIVAL, 0);
                double service = Exponential.sample(services, config.meanService());
                boolean admit = busyNow < config.servers();
                if (observing) {
                    arrived++;
                    if (admit) {
                        admitted++;
                    } else {
                        lost++;
                    }
                }
                if (admit) {
                    busyNow++;
                    busy.update(now, busyNow);
                    sim.schedule(service, DEPARTURE, 0);
                }
            }
            case DEPARTURE -> {
                busyNow--;
                busy.update(now, busyNow);
                if (observing) {
                    departed++;
                }
            }
            case START_OBSERVING -> {
                observing = true;
                busy.reset(now);
                busyAtStart = busyNow;
            }
            default -> throw new IllegalStateException("unknown event kind " + kind);
        }
    }
}
