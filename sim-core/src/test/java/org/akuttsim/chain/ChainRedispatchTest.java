package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.akuttsim.chain.dispatch.DispatchPolicy;
import org.akuttsim.chain.dispatch.DispatchView;
import org.akuttsim.chain.dispatch.FixedPreferenceDispatch;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.junit.jupiter.api.Test;

/**
 * Redispatch ({@link DispatchRules#redispatchToRed()}): a RED call that finds no free unit takes a
 * unit still driving to a YELLOW or GREEN call, and that call waits again.
 *
 * <p>The region: one zone with one station and one ambulance, 20 minutes' drive inside the zone
 * (16 with lights and sirens), so the unit spends long stretches en route; calls at 0.5 per hour,
 * true need RED 30 %, YELLOW 30 %, GREEN 40 %, perfect triage without AMK delay; every mission is
 * treat and leave. The dispatch is "the one unit if free, else wait", wrapped by a {@link Witness}
 * that sees every decision and so knows, for each RED call that must wait, whether the unit was then
 * driving to a lower-level call — exactly the situations where redispatch must happen.
 */
class ChainRedispatchTest {

    static final double DAYS = 60 * 1440;
    static final double RED_TRAVEL = 20 * 0.8;

    static ChainScenario scenario(boolean redispatch, Witness witness) {
        double perMinute = 0.5 / 60;
        Zone z = new Zone("Z", ChainScenarios.populationIn(5, perMinute * Demand.MINUTES_PER_YEAR / 0.1), true, 63, 10, 0);
        Region region = new Region("one zone", List.of(z), List.of(new Station("S", 0)),
                List.of(new Hospital("H", 0, 10, 50, true, true)));
        double[][] need = new double[Condition.COUNT][];
        for (int c = 0; c < Condition.COUNT; c++) {
            need[c] = new double[] {0.3, 0.3, 0.4, 0, 0, 0};
        }
        SceneParameters scene = new SceneParameters(
                new DurationModel[] {DurationModel.fixed(1), DurationModel.fixed(2), DurationModel.fixed(5)},
                SceneParameters.allLevels(DurationModel.fixed(20)), SceneParameters.uniformTreatAndLeave(1.0), 0, true);
        return ChainScenarios.twoZonesOneStation().name(redispatch ? "redispatch" : "no redispatch").region(region)
                .travel(TravelModel.matrix(new double[][] {{20}}, new int[] {0}, new double[] {20}, 1, 0.8))
                .demand(ChainScenarios.simpleDemand(0.1).withNeedByCondition(need))
                .triage(Triage.perfect(DurationModel.fixed(0), 0))
                .scene(scene)
                .dispatch(new DispatchRules(witness, redispatch))
                .build();
    }

    /**
     * One unit, "send it if free, else queue", remembering the level of the call it last took. A test
     * double for one single-threaded run (policies in scenarios must be stateless).
     */
    static final class Witness implements DispatchPolicy {
        final DispatchPolicy inner = new FixedPreferenceDispatch(new int[][] {{0}}, false);
        final boolean redispatch;
        int servingLevel = -1;
        /** Triage times of RED calls that found the unit driving to a YELLOW or GREEN call. */
        final List<Double> redCallsFindingUnitEnRouteToLower = new ArrayList<>();

        Witness(boolean redispatch) {
            this.redispatch = redispatch;
        }

        @Override
        public int choose(DispatchView v, int call) {
            int state = v.unitState(0);
            int u = inner.choose(v, call);
            if (u == 0) {
                servingLevel = v.callLevel(call);
            } else if (v.callLevel(call) == Level.RED.ordinal() && state == UnitState.EN_ROUTE
                    && servingLevel > Level.RED.ordinal()) {
                redCallsFindingUnitEnRouteToLower.add(v.now());
                if (redispatch) {
                    servingLevel = Level.RED.ordinal(); // the model takes the unit for this call
                }
            }
            return u;
        }
    }

    record Done(int level, double triaged, double dispatched, double onScene, int unit, int outcome) {
    }

    static List<Done> run(ChainScenario s, Responses out) {
        List<Done> done = new ArrayList<>();
        ChainRun run = new ChainRun(s, new Replication(0, new StreamFactory(606L).forReplication(0), 0, DAYS));
        run.setCallListener((key, zone, age, cond, need, level, received, triaged, dispatched, onScene, atHospital, unit,
                travel, outcome) -> done.add(new Done(level, triaged, dispatched, onScene, unit, outcome)));
        run.start();
        for (double t = 60; t <= DAYS; t += 60) {
            run.advance(t);
            run.checkInvariants(); // no unit on two calls, no call with two units, free counts right
        }
        run.finish();
        assertEquals(run.callsReceived(), run.callsCompleted() + run.callsInProgress(), "calls in = finished + in progress");
        run.record(out);
        return done;
    }

    @Test
    void aRedCallTakesTheUnitDrivingToAYellowOrGreenCall() {
        Witness w = new Witness(true);
        Responses out = new Responses();
        List<Done> done = run(scenario(true, w), out);
        int expected = w.redCallsFindingUnitEnRouteToLower.size();
        assertTrue(expected >= 10, "the scenario should exercise redispatch (about 25 cases expected), had " + expected);
        assertEquals(expected, out.get("missions.redispatched"), "one redispatch per RED call finding the unit en route to a lower level");

        Set<Double> redispatchedAt = new HashSet<>(w.redCallsFindingUnitEnRouteToLower);
        int seen = 0;
        for (Done d : done) {
            assertTrue(d.outcome() != CallListener.LOST, "no call is lost: an interrupted call waits again");
            if (d.level() == Level.RED.ordinal() && redispatchedAt.contains(d.triaged())) {
                seen++;
                assertEquals(d.triaged(), d.dispatched(), 0.0, "the RED call gets the unit at once");
                // The unit turns where it is: no activation delay, the RED drive of the zone.
                assertEquals(d.triaged() + RED_TRAVEL, d.onScene(), 1e-9, "on scene after the RED drive only");
                assertEquals(0, d.unit());
            }
        }
        assertEquals(expected, seen, "every redispatched RED call finished and was seen");
    }

    @Test
    void withoutTheOptionTheRedCallWaitsAndTheLowerCallKeepsItsUnit() {
        Witness on = new Witness(true);
        Witness off = new Witness(false);
        Responses outOn = new Responses(), outOff = new Responses();
        run(scenario(true, on), outOn);
        List<Done> done = run(scenario(false, off), outOff);
        assertEquals(0, outOff.get("missions.redispatched"));
        Set<Double> waitedAt = new HashSet<>(off.redCallsFindingUnitEnRouteToLower);
        assertTrue(waitedAt.size() >= 10, "RED calls finding the unit en route to a lower level: " + waitedAt.size());
        for (Done d : done) {
            if (d.level() == Level.RED.ordinal() && waitedAt.contains(d.triaged())) {
                assertTrue(d.dispatched() > d.triaged(), "without redispatch the RED call waits for the unit");
            }
        }
        // Same calls (common random numbers): RED responds faster with redispatch, the lower levels pay.
        assertEquals(outOff.get("calls.received"), outOn.get("calls.received"));
        assertTrue(outOn.get("response.RED.mean") < outOff.get("response.RED.mean"),
                "RED mean response with redispatch " + outOn.get("response.RED.mean") + " vs " + outOff.get("response.RED.mean"));
        assertTrue(outOn.get("response.GREEN.mean") + outOn.get("response.YELLOW.mean")
                        > outOff.get("response.GREEN.mean") + outOff.get("response.YELLOW.mean"),
                "lower levels wait longer when their unit is taken");
        System.out.printf("redispatch: %d RED calls took a unit from a lower call; RED mean response %.1f vs %.1f min without%n",
                on.redCallsFindingUnitEnRouteToLower.size(), outOn.get("response.RED.mean"), outOff.get("response.RED.mean"));
    }
}
