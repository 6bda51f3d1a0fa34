package org.akuttsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.akuttsim.engine.EventHandler;
import org.akuttsim.engine.Simulator;
import org.akuttsim.random.Exponential;
import org.akuttsim.random.RandomStream;
import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.PairedDifference;
import org.akuttsim.stats.TimeWeighted;
import org.junit.jupiter.api.Test;

/**
 * The README's kernel example, compiled and run so it stays true: a model of one's own on the event
 * kernel (an M/M/1 queue), run as a Monte Carlo experiment over two scenarios under common random
 * numbers, checked against the exact mean number in system L = rho / (1 - rho).
 */
class KernelEmbeddingExampleTest {

    // --- README example begins
    /** An M/M/1 queue: arrivals at rate rho, service at rate 1; records the mean number in system. */
    static final class MM1 implements EventHandler {
        static final int ARRIVAL = 0, DEPARTURE = 1, WARM_UP_END = 2;
        final Simulator sim = new Simulator(this);
        final TimeWeighted inSystem = new TimeWeighted();
        final RandomStream arrivals, services;   // named streams: common random numbers across scenarios
        final double rho;
        int n;

        MM1(double rho, Replication rep) {
            this.rho = rho;
            this.arrivals = rep.streams().stream("arrivals");
            this.services = rep.streams().stream("services");
        }

        @Override
        public void handle(int kind, int entity) {
            switch (kind) {
                case ARRIVAL -> {
                    sim.schedule(Exponential.sample(arrivals, 1 / rho), ARRIVAL, 0);
                    if (++n == 1) sim.schedule(Exponential.sample(services, 1.0), DEPARTURE, 0);
                }
                case DEPARTURE -> {
                    if (--n > 0) sim.schedule(Exponential.sample(services, 1.0), DEPARTURE, 0);
                }
                case WARM_UP_END -> inSystem.reset(sim.now());
                default -> throw new IllegalStateException("kind " + kind);
            }
            inSystem.update(sim.now(), n);
        }

        /** One replication: the experiment hands each one its own substream of every named stream. */
        static void run(Double rho, Replication rep, Responses out) {
            MM1 m = new MM1(rho, rep);
            m.sim.schedule(0.0, ARRIVAL, 0);
            m.sim.scheduleAt(rep.warmUp(), WARM_UP_END, 0);
            m.sim.run(rep.end());
            out.put("L", m.inSystem.mean(rep.end()));
        }
    }
    // --- README example ends

    @Test
    void anOwnModelOnTheKernelRunsAsAnExperimentAndMatchesTheExactResult() {
        // --- README example begins
        ExperimentResult r = Experiment.builder(MM1::run)
                .scenario("rho 0.70", 0.70)
                .scenario("rho 0.75", 0.75)
                .replications(20).seed(1).warmUp(1_000).length(200_000)
                .build().run();
        ConfidenceInterval l = r.summary("rho 0.70", "L");                  // exact: 0.7 / 0.3 = 2.333
        PairedDifference d = r.compare("rho 0.70", "rho 0.75", "L");       // exact: 3 - 2.333 = 0.667
        System.out.println(l + "\n" + d);
        // --- README example ends

        assertEquals(20, l.n());
        assertTrue(l.low() < 0.7 / 0.3 && 0.7 / 0.3 < l.high(), "exact L inside the interval: " + l);
        double exactDiff = 0.75 / 0.25 - 0.7 / 0.3;
        assertTrue(d.paired().low() < exactDiff && exactDiff < d.paired().high(), "exact difference inside: " + d);
        assertTrue(d.paired().halfWidth() < d.independent().halfWidth(), "common random numbers sharpen the comparison: " + d);
    }
}
