package org.akuttsim.validation;

import org.akuttsim.engine.EventHandler;
import org.akuttsim.engine.Simulator;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.ReplicationModel;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.Distribution;
import org.akuttsim.random.Exponential;
import org.akuttsim.random.RandomStream;
import org.akuttsim.stats.TimeWeighted;

/**
 * M/G/∞: every arrival is served at once, for a time from any distribution (here, typically,
 * lognormal, like ED lengths of stay). The number present is Poisson with mean λ·E[S] whatever the
 * service distribution, so both its time-average mean and variance should be λ·E[S].
 */
final class InfiniteServer implements EventHandler {

    record Config(double arrivalRate, Distribution service) {
    }

    static final ReplicationModel<Config> MODEL = (config, rep, out) -> new InfiniteServer(config, rep).run(out);

    private static final int ARRIVAL = 0;
    private static final int DEPARTURE = 1;
    private static final int START_OBSERVING = 2;

    private final Config config;
    private final Replication rep;
    private final Simulator sim = new Simulator(this);
    private final RandomStream arrivals;
    private final RandomStream services;
    private final TimeWeighted present = new TimeWeighted();
    private int presentNow;
    private boolean observing;
    private long arrived;
    private long departed;
    private int presentAtStart;

    private InfiniteServer(Config config, Replication rep) {
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
        out.put("departed", departed);
        out.put("presentAtStart", presentAtStart);
        out.put("presentAtEnd", presentNow);
        out.put("meanPresent", present.mean(rep.end()));
        out.put("variancePresent", present.variance(rep.end()));
    }

    @Override
    public void handle(int kind, int entity) {
        double now = sim.now();
        switch (kind) {
            case ARRIVAL -> {
                sim.schedule(Exponential.sample(arrivals, 1.0 / config.arrivalRate()), ARRIVAL, 0);
                sim.schedule(config.service().sample(services), DEPARTURE, 0);
                presentNow++;
                present.update(now, presentNow);
                if (observing) {
                    arrived++;
                }
            }
            case DEPARTURE -> {
                presentNow--;
                present.update(now, presentNow);
                if (observing) {
                    departed++;
                }
            }
            case START_OBSERVING -> {
                observing = true;
                present.reset(now);
                presentAtStart = presentNow;
            }
            default -> throw new IllegalStateException("unknown event kind " + kind);
        }
    }
}
