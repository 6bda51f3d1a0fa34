package org.akuttsim.experiment;

import org.akuttsim.engine.EventHandler;
import org.akuttsim.engine.Simulator;
import org.akuttsim.random.Exponential;
import org.akuttsim.random.RandomStream;
import org.akuttsim.stats.Counter;
import org.akuttsim.stats.Tally;
import org.akuttsim.stats.TimeWeighted;

/**
 * A small M/M/c queue on the kernel for experiment tests: arrivals and services come from their own
 * named streams, so two scenarios differing only in servers see the same arrivals (common random numbers).
 */
final class QueueModel implements EventHandler {

    /** The scenario: servers, mean interarrival time, mean service time. */
    record Queue(int servers, double interarrivalMean, double serviceMean) { }

    static final ReplicationModel<Queue> MODEL = (q, rep, out) -> new QueueModel(q, rep).run(out);

    private static final int ARRIVAL = 0;
    private static final int DEPARTURE = 1;
    private static final int END_WARM_UP = 2;

    private final Queue q;
    private final Replication rep;
    private final Simulator sim = new Simulator(this);
    private final RandomStream arrivals;
    private final RandomStream services;
    private final Tally wait = new Tally();
    private final TimeWeighted busy = new TimeWeighted();
    private final Counter arrived = new Counter();
    // FIFO of waiting customers' arrival and service times (ring buffers). The service time is drawn
    // on arrival, so customer k gets the same service time in every scenario (synchronised draws).
    private double[] queue = new double[64];
    private double[] queuedService = new double[64];
    private int head;
    private int size;
    private int inService;

    private QueueModel(Queue q, Replication rep) {
        this.q = q;
        this.rep = rep;
        this.arrivals = rep.streams().stream("arrivals");
        this.services = rep.streams().stream("services");
    }

    private void run(Responses out) {
        sim.schedule(Exponential.sample(arrivals, q.interarrivalMean()), ARRIVAL, 0);
        if (rep.warmUp() > 0) {
            sim.scheduleAt(rep.warmUp(), END_WARM_UP, 0);
        }
        sim.run(rep.end());
        out.put("meanWait", wait.mean());
        out.put("utilisation", busy.mean(rep.end()) / q.servers());
        out.put("arrivals", arrived.value());
    }

    @Override
    public void handle(int kind, int entity) {
        double now = sim.now();
        switch (kind) {
            case ARRIVAL -> {
                arrived.increment();
                sim.schedule(Exponential.sample(arrivals, q.interarrivalMean()), ARRIVAL, 0);
                double service = Exponential.sample(services, q.serviceMean());
                if (inService < q.servers()) {
                    startService(now, now, service);
                } else {
                    if (size == queue.length) {
                        double[] bigger = new double[size * 2];
                        double[] biggerService = new double[size * 2];
                        for (int i = 0; i < size; i++) {
                            bigger[i] = queue[(head + i) % queue.length];
                            biggerService[i] = queuedService[(head + i) % queue.length];
                        }
                        queue = bigger;
                        queuedService = biggerService;
                        head = 0;
                    }
                    int tail = (head + size++) % queue.length;
                    queue[tail] = now;
                    queuedService[tail] = service;
                }
            }
            case DEPARTURE -> {
                inService--;
                busy.update(now, inService);
                if (size > 0) {
                    double arrivedAt = queue[head];
                    double service = queuedService[head];
                    head = (head + 1) % queue.length;
                    size--;
                    startService(now, arrivedAt, service);
                }
            }
            case END_WARM_UP -> {
                wait.reset();
                busy.reset(now);
                arrived.reset();
            }
            default -> throw new IllegalStateException("unknown event kind " + kind);
        }
    }

    private void startService(double now, double arrivedAt, double service) {
        wait.add(now - arrivedAt);
        inService++;
        busy.update(now, inService);
        sim.schedule(service, DEPARTURE, 0);
    }
}
