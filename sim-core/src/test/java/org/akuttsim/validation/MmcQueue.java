package org.akuttsim.validation;

import org.akuttsim.engine.EventHandler;
import org.akuttsim.engine.Simulator;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.ReplicationModel;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.Exponential;
import org.akuttsim.random.RandomStream;
import org.akuttsim.stats.Tally;
import org.akuttsim.stats.TimeWeighted;

/**
 * An M/M/c queue with first-come-first-served order, on the kernel.
 *
 * <p>Observation: customers arriving in the window [warm-up, end] are followed until they leave,
 * even after the window closes (later arrivals cannot overtake them under FIFO, so this changes
 * nothing for them), so their waits and sojourn times are complete rather than cut off at the end.
 * Time averages (number in system and in queue) cover exactly the window. Whether an arrival waits
 * is known when it arrives: all c servers busy.
 *
 * <p>Each customer's service time is drawn when it arrives, from the "services" stream: customer k
 * gets the k-th uniform in every scenario, which is what makes common random numbers work when
 * scenarios differ in their service rate.
 */
final class MmcQueue implements EventHandler {

    /** The scenario. */
    record Config(int servers, double arrivalRate, double meanService) {
    }

    static final ReplicationModel<Config> MODEL = (config, rep, out) -> new MmcQueue(config, rep).run(out);

    private static final int ARRIVAL = 0;
    private static final int DEPARTURE = 1;
    private static final int START_OBSERVING = 2;
    private static final int STOP_OBSERVING = 3;

    private final Config config;
    private final Replication rep;
    private final Simulator sim = new Simulator(this);
    private final RandomStream arrivals;
    private final RandomStream services;

    // Customers in service: one slot per server (the departure event's entity is the server).
    private final double[] servedArrival;
    private final boolean[] servedObserved;
    private final int[] freeServers;
    private int freeCount;
    // Waiting customers, FIFO ring buffer: arrival time, service time, observed flag.
    private double[] waitArrival = new double[256];
    private double[] waitService = new double[256];
    private boolean[] waitObserved = new boolean[256];
    private int head;
    private int waiting;

    private boolean observing;
    private long observedOpen; // observed customers not yet departed
    private final TimeWeighted inSystem = new TimeWeighted();
    private final TimeWeighted inQueue = new TimeWeighted();
    private final Tally wait = new Tally();
    private final Tally sojourn = new Tally();
    private long arrived;
    private long delayed;
    private long served;
    private int inSystemAtStart;
    private int inSystemAtEnd;
    private double meanInSystem;
    private double meanInQueue;

    private MmcQueue(Config config, Replication rep) {
        this.config = config;
        this.rep = rep;
        this.arrivals = rep.streams().stream("arrivals");
        this.services = rep.streams().stream("services");
        this.servedArrival = new double[config.servers()];
        this.servedObserved = new boolean[config.servers()];
        this.freeServers = new int[config.servers()];
        for (int s = config.servers() - 1; s >= 0; s--) {
            freeServers[freeCount++] = s;
        }
    }

    private void run(Responses out) {
        sim.schedule(Exponential.sample(arrivals, 1.0 / config.arrivalRate()), ARRIVAL, 0);
        sim.scheduleAt(rep.warmUp(), START_OBSERVING, 0);
        sim.scheduleAt(rep.end(), STOP_OBSERVING, 0);
        sim.run(Double.POSITIVE_INFINITY); // stopped when the last observed customer leaves
        if (observing || observedOpen != 0) {
            throw new IllegalStateException("run ended before every observed customer left");
        }
        double length = rep.length();
        out.put("arrived", arrived);
        out.put("served", served);
        out.put("inSystemAtStart", inSystemAtStart);
        out.put("inSystemAtEnd", inSystemAtEnd);
        out.put("waitsRecorded", wait.count());
        out.put("delayProbability", (double) delayed / arrived);
        out.put("meanWait", wait.mean());
        out.put("meanSojourn", sojourn.mean());
        out.put("meanInSystem", meanInSystem);
        out.put("meanInQueue", meanInQueue);
        // Little's law on the window: L - λ̂·W, with λ̂ the observed arrival rate.
        out.put("littleGap", meanInSystem - arrived / length * sojourn.mean());
    }

    private int numberInSystem() {
        return config.servers() - freeCount + waiting;
    }

    @Override
    public void handle(int kind, int entity) {
        double now = sim.now();
        switch (kind) {
            case ARRIVAL -> arrive(now);
            case DEPARTURE -> depart(now, entity);
            case START_OBSERVING -> {
                observing = true;
                inSystem.reset(now);
                inQueue.reset(now);
                inSystemAtStart = numberInSystem();
            }
            case STOP_OBSERVING -> {
                observing = false;
                meanInSystem = inSystem.mean(now);
                meanInQueue = inQueue.mean(now);
                inSystemAtEnd = numberInSystem();
                if (observedOpen == 0) {
                    sim.stop();
                }
            }
            default -> throw new IllegalStateException("unknown event kind " + kind);
        }
    }

    private void arrive(double now) {
        sim.schedule(Exponential.sample(arrivals, 1.0 / config.arrivalRate()), ARRIVAL, 0);
        double service = Exponential.sample(services, config.meanService());
        if (observing) {
            arrived++;
            observedOpen++;
        }
        if (freeCount > 0) {
            startService(now, now, service, observing);
        } else {
            if (observing) {
                delayed++;
            }
            enqueue(now, service, observing);
        }
        inSystem.update(now, numberInSystem());
        inQueue.update(now, waiting);
    }

    private void depart(double now, int server) {
        if (observing) {
            served++;
        }
        if (servedObserved[server]) {
            sojourn.add(now - servedArrival[server]);
            if (--observedOpen == 0 && !observing && now >= rep.end()) {
                sim.stop();
            }
        }
        freeServers[freeCount++] = server;
        if (waiting > 0) {
            int i = head;
            head = (head + 1) & (waitArrival.length - 1);
            waiting--;
            startService(now, waitArrival[i], waitService[i], waitObserved[i]);
        }
        inSystem.update(now, numberInSystem());
        inQueue.update(now, waiting);
    }

    private void startService(double now, double arrivedAt, double service, boolean observed) {
        int server = freeServers[--freeCount];
        servedArrival[server] = arrivedAt;
        servedObserved[server] = observed;
        if (observed) {
            wait.add(now - arrivedAt);
        }
        sim.schedule(service, DEPARTURE, server);
    }

    private void enqueue(double arrivedAt, double service, boolean observed) {
        if (waiting == waitArrival.length) {
            grow();
        }
        int i = (head + waiting) & (waitArrival.length - 1);
        waitArrival[i] = arrivedAt;
        waitService[i] = service;
        waitObserved[i] = observed;
        waiting++;
    }

    private void grow() {
        int n = waitArrival.length;
        double[] a = new double[2 * n];
        double[] s = new double[2 * n];
        boolean[] o = new boolean[2 * n];
        for (int k = 0; k < waiting; k++) {
            int i = (head + k) & (n - 1);
            a[k] = waitArrival[i];
            s[k] = waitService[i];
            o[k] = waitObserved[i];
        }
        waitArrival = a;
        waitService = s;
        waitObserved = o;
        head = 0;
    }
}
