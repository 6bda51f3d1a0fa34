package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.akuttsim.experiment.Replication;
import org.akuttsim.random.StreamFactory;
import org.akuttsim.stats.Queueing;
import org.akuttsim.stats.Tally;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** Exact queueing results the chain must reproduce in its reduced configurations. */
class ChainQueueingTest {

    static Replication rep(int r, double warmUp, double length) {
        return new Replication(r, new StreamFactory(77L).forReplication(r), warmUp, length);
    }

    static void assertInside(double exact, Tally replicationMeans, String what) {
        long n = replicationMeans.count();
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.995) * replicationMeans.standardDeviation() / Math.sqrt(n);
        double m = replicationMeans.mean();
        assertTrue(Math.abs(m - exact) <= half, what + ": exact " + exact + " outside 99 % CI " + m + " ± " + half);
        assertTrue(half < 0.1 * exact, what + ": interval too wide to mean anything: ±" + half);
    }

    /**
     * AMK as M/M/3: Poisson calls at 1.2 per minute, exponential handling with mean 2 minutes, 3
     * operators (utilisation 0.8). Every call is triaged to ADVICE, so only the AMK queue matters.
     */
    @Test
    void amkCallHandlingMatchesErlangC() {
        int c = 3;
        double lambda = 1.2, mean = 2.0;
        Zone z = new Zone("Z", ChainScenarios.populationIn(0, lambda * Demand.MINUTES_PER_YEAR), true, 63, 10, 0);
        Region region = new Region("amk", List.of(z), List.of(new Station("S", 0)), List.of(new Hospital("H", 0, 1, 0, false, false)));
        double[][] advice = new double[Condition.COUNT][];
        for (int k = 0; k < Condition.COUNT; k++) {
            advice[k] = new double[] {0, 0, 0, 0, 0, 1};
        }
        double[] rate = new double[AgeGroups.COUNT];
        Arrays.fill(rate, 1.0);
        double[] profile = new double[Demand.HOURS_PER_WEEK];
        Arrays.fill(profile, 1.0);
        Demand d = ChainScenarios.simpleDemand(1.0).withNeedByCondition(advice);
        ChainScenario s = ChainScenarios.twoZonesOneStation().region(region).travel(TravelModel.zero()).demand(d)
                .triage(Triage.perfect(DurationModel.exponential(mean), c)).build();
        double pWait = Queueing.erlangC(c, Queueing.offeredLoad(lambda, mean));
        double meanWait = Queueing.mmcMeanWait(c, lambda, mean);
        Tally delay = new Tally(), wait = new Tally();
        long answered = 0;
        for (int r = 0; r < 20; r++) {
            ChainRun run = ChainModel.simulate(s, rep(r, 1440, 14 * 1440));
            delay.add(run.amkDelayProbability());
            wait.add(run.amkWait().mean());
            answered += run.amkWait().count();
        }
        // About 1.2 × 20,160 ≈ 24,000 answered calls per replication.
        assertTrue(answered > 20 * 23_000 && answered < 20 * 25_500, "answered " + answered);
        assertInside(pWait, delay, "delay probability");
        assertInside(meanWait, wait, "mean wait");
    }

    /**
     * AMK answers first come, first served on its operators: with a fixed handling time the moment
     * each call is triaged follows from the arrival times alone (start = max(arrival, earliest free
     * operator)). Calls are received ahead of their arrival when they can be, so this also checks that
     * no call is handled out of order, and that a call arriving after the warm-up is counted in it.
     */
    @Test
    void amkAnswersFirstComeFirstServedAndCountsCallsAfterTheWarmUp() {
        // Busy AMK (utilisation 0.9): many calls wait, so the order is really tested.
        int[] busy = amkCallsAndDelays(3.0, 0.6);
        assertTrue(busy[0] > 20_000 && busy[1] > busy[0] / 4, busy[0] + " calls, " + busy[1] + " delayed");
        // Quiet AMK: the last call before the warm-up's end is mostly done before the next arrives,
        // the case where the next call must not be received before the end of the warm-up.
        int[] quiet = amkCallsAndDelays(0.5, 0.1);
        assertTrue(quiet[0] > 3_000, quiet[0] + " calls");
    }

    /** Checks FCFS handling and warm-up counts over 10 replications; returns {calls, delayed calls}. */
    private static int[] amkCallsAndDelays(double handling, double lambda) {
        int c = 2;
        double warmUp = 1440;
        Zone z = new Zone("Z", ChainScenarios.populationIn(0, lambda * Demand.MINUTES_PER_YEAR), true, 63, 10, 0);
        Region region = new Region("amk", List.of(z), List.of(new Station("S", 0)), List.of(new Hospital("H", 0, 1, 0, false, false)));
        double[][] advice = new double[Condition.COUNT][];
        for (int k = 0; k < Condition.COUNT; k++) {
            advice[k] = new double[] {0, 0, 0, 0, 0, 1};
        }
        ChainScenario s = ChainScenarios.twoZonesOneStation().region(region).travel(TravelModel.zero())
                .demand(ChainScenarios.simpleDemand(1.0).withNeedByCondition(advice))
                .triage(Triage.perfect(DurationModel.fixed(handling), c)).build();
        int total = 0, delayed = 0;
        for (int r = 0; r < 10; r++) {
            ChainRun run = new ChainRun(s, rep(r, warmUp, 3 * 1440));
            List<double[]> calls = new java.util.ArrayList<>();
            run.setCallListener((key, zone, age, cond, need, level, received, triaged, dispatched, onScene, atHospital,
                    unit, travel, outcome) -> calls.add(new double[] {received, triaged}));
            run.run();
            calls.sort((x, y) -> Double.compare(x[0], y[0]));
            double[] free = new double[c];
            for (double[] call : calls) {
                int k = free[0] <= free[1] ? 0 : 1;
                double start = Math.max(call[0], free[k]);
                delayed += start > call[0] ? 1 : 0;
                free[k] = start + handling;
                assertEquals(free[k], call[1], "replication " + r + ", call received at " + call[0]);
            }
            total += calls.size();
            // Every call is done at AMK_DONE, so those received after the warm-up are the ones done
            // after it plus the ones still at AMK when the run ends.
            long afterWarmUp = calls.stream().filter(x -> x[0] >= warmUp).count();
            assertEquals(afterWarmUp + run.callsInProgress(), run.callsReceived(), "replication " + r);
            assertEquals(run.callsAtStart() + run.callsReceived(), run.callsCompleted() + run.callsInProgress());
        }
        return new int[] {total, delayed};
    }

    /** One zone, three units, loss: the hypercube reduction is Erlang's loss system M/M/3/3. */
    @Test
    void hypercubeLossReductionWithOneZoneIsErlangB() {
        double lambda = 0.05, mean = 30; // offered load 1.5 Erlang
        ChainScenario s = ChainScenarios.hypercube(new double[] {lambda}, 3, new int[][] {{0, 1, 2}}, mean, true).build();
        Tally loss = new Tally(), busy0 = new Tally();
        for (int r = 0; r < 20; r++) {
            ChainRun run = ChainModel.simulate(s, rep(r, 1440, 60 * 1440));
            loss.add((double) run.callsLost() / run.callsReceived());
            busy0.add(run.busyShare(0));
            run.checkInvariants();
        }
        double b = Queueing.erlangB(3, 1.5);
        assertInside(b, loss, "loss probability");
        // The first-choice unit is busy with probability B(1, 1.5) = 0.6 (it sees the whole stream).
        assertInside(Queueing.erlangB(1, 1.5), busy0, "busy share of the first-choice unit");
        assertEquals(0.1343, b, 1e-4);
    }

    /** One zone, two units, FCFS queue: M/M/2 waiting time from triage to dispatch. */
    @Test
    void hypercubeQueueReductionWithOneZoneIsErlangC() {
        double lambda = 0.05, mean = 30; // 1.5 Erlang on 2 units
        ChainScenario s = ChainScenarios.hypercube(new double[] {lambda}, 2, new int[][] {{0, 1}}, mean, false).build();
        Tally wait = new Tally();
        for (int r = 0; r < 20; r++) {
            ChainRun run = ChainModel.simulate(s, rep(r, 2 * 1440, 120 * 1440));
            wait.add(run.dispatchWait(0).mean());
            assertEquals(0, run.callsLost());
        }
        double exact = Queueing.mmcMeanWait(2, lambda, mean);
        assertInside(exact, wait, "mean wait for a unit");
    }
}
