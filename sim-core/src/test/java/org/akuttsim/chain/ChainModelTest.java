package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.akuttsim.chain.dispatch.DispatchPolicy;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.junit.jupiter.api.Test;

/** The chain on tiny named regions: conservation, invariants, hand-checkable bounds. */
class ChainModelTest {

    static final double YEAR = Demand.MINUTES_PER_YEAR;

    static Replication rep(int r, double warmUp, double length) {
        return new Replication(r, new StreamFactory(20240901L).forReplication(r), warmUp, length);
    }

    @Test
    void twoZonesOneStationConservesCallsAndKeepsUnitsInOneStateAtATime() {
        ChainScenario s = ChainScenarios.twoZonesOneStation().build();
        ChainRun run = new ChainRun(s, rep(0, 7 * 1440, 90 * 1440));
        run.start();
        // Step through the run, checking the invariants (no double booking, consistent free counts) daily.
        for (double t = 1440; t < 97 * 1440; t += 1440) {
            run.advance(t);
            run.checkInvariants();
        }
        run.finish();
        run.checkInvariants();
        assertTrue(run.callsReceived() > 300, "about 370 calls in 90 days, got " + run.callsReceived());
        assertEquals(run.callsAtStart() + run.callsReceived(), run.callsCompleted() + run.callsInProgress());
        double sum = 0;
        for (int st = 0; st < UnitState.COUNT; st++) {
            sum += run.stateShare(0, st);
        }
        assertEquals(1.0, sum, 1e-9);
        assertEquals(0.0, run.stateShare(0, UnitState.OFF_DUTY), 0.0);
        Responses out = new Responses();
        run.record(out);
        // One ambulance, ~1500 calls/yr, 80 % ambulance levels: roughly 1200 missions of about an hour → busy share ~0.1-0.2.
        double util = out.get("fleet.utilisation");
        assertTrue(util > 0.05 && util < 0.4, "utilisation " + util);
        assertEquals(run.readiness(0), out.get("readiness.S"), 0.0);
        assertTrue(out.get("readiness.S") < 1 && out.get("readiness.S") > 0.6);
    }

    /**
     * A policy that dispatches only units at their station: a call that comes while the only unit
     * drives home waits, and must be served the moment the unit arrives home (its AT_STATION event
     * exists only because a call started to wait).
     */
    @Test
    void aWaitingCallIsServedWhenTheReturningUnitReachesItsStation() {
        DispatchPolicy atStationOnly = (view, call) -> {
            for (int u = 0; u < view.units(); u++) {
                if (view.isFree(u) && view.unitState(u) == UnitState.AVAILABLE && view.canServe(u, call)) {
                    return u;
                }
            }
            return DispatchPolicy.QUEUE;
        };
        // Every call YELLOW: the queue is first come, first served, so dispatches must follow triage order.
        double[][] yellow = new double[Condition.COUNT][];
        for (int c = 0; c < Condition.COUNT; c++) {
            yellow[c] = new double[] {0, 1, 0, 0, 0, 0};
        }
        ChainScenario s = ChainScenarios.twoZonesOneStation().dispatch(new DispatchRules(atStationOnly, false))
                .demand(ChainScenarios.simpleDemand(0.4).withNeedByCondition(yellow)).build();
        ChainRun run = new ChainRun(s, rep(2, 0, 30 * 1440));
        List<double[]> calls = new ArrayList<>();
        run.setCallListener((key, zone, age, cond, need, level, rec, tri, dis, on, hosp, unit, travel, outcome) -> {
            if (!Double.isNaN(dis)) {
                calls.add(new double[] {tri, dis});
            }
        });
        run.run();
        run.checkInvariants();
        calls.sort((x, y) -> Double.compare(x[0], y[0]));
        int waited = 0;
        for (int i = 1; i < calls.size(); i++) {
            waited += calls.get(i)[1] > calls.get(i)[0] ? 1 : 0;
            assertTrue(calls.get(i)[1] >= calls.get(i - 1)[1], "call triaged at " + calls.get(i)[0]
                    + " dispatched at " + calls.get(i)[1] + ", before the call triaged at " + calls.get(i - 1)[0]);
        }
        // About 500 calls a month for one unit busy most of the time: many wait.
        assertTrue(waited > 100, "calls that waited for the unit: " + waited);
    }

    /**
     * Patients taken past the ED: the unit stays at the hospital exactly the direct handover time
     * after its arrival (booked without an arrival event), then drives home.
     */
    @Test
    void aPatientPastTheEdHoldsTheUnitForTheHandoverOnly() {
        SceneParameters simple = ChainScenarios.simpleScene();
        SceneParameters bypass = new SceneParameters(simple.activation(), simple.onScene(), simple.treatAndLeave(),
                simple.specialCentreNeedUpTo(), true, new double[] {1, 1, 1}, DurationModel.fixed(7));
        ChainScenario s = ChainScenarios.twoZonesOneStation().scene(bypass).build();
        ChainRun run = new ChainRun(s, rep(5, 0, 60 * 1440));
        int[] transported = new int[1];
        List<String> bad = new ArrayList<>();
        run.setCallListener((key, zone, age, cond, need, level, rec, tri, dis, on, hosp, unit, travel, outcome) -> {
            if (outcome == CallListener.TRANSPORTED) {
                transported[0]++;
                if (!(hosp > on)) {
                    bad.add(key + ": at hospital " + hosp + " not after on scene " + on);
                }
            }
        });
        run.run();
        run.checkInvariants();
        double atHospital = run.stateShare(0, UnitState.AT_HOSPITAL) * 60 * 1440;
        assertTrue(transported[0] > 100, "transported " + transported[0]);
        // Every transport holds the unit 7 minutes at the hospital (the last may be cut by the end).
        assertEquals(7.0 * transported[0], atHospital, 7.0, "minutes at hospital for " + transported[0] + " transports");
        assertTrue(bad.isEmpty(), bad.toString());
    }

    @Test
    void responseTimeIsAtLeastTheTravelTime() {
        ChainScenario s = ChainScenarios.ringOfFourStations().build();
        List<String> bad = new ArrayList<>();
        int[] n = new int[1];
        ChainRun run = new ChainRun(s, rep(1, 0, 60 * 1440));
        run.setCallListener((key, zone, age, cond, need, level, rec, tri, dis, on, hosp, unit, travel, outcome) -> {
            if (!Double.isNaN(on)) {
                n[0]++;
                if (on - rec < travel - 1e-9 || travel < 0.8 * 4 - 1e-9) {
                    bad.add(key + ": response " + (on - rec) + " < travel " + travel);
                }
            }
        });
        run.run();
        assertTrue(n[0] > 800, "responses observed: " + n[0]);
        assertTrue(bad.isEmpty(), bad.toString());
    }

    @Test
    void readinessIsOneAndCoverageIsGeographyWhenThereAreNoCalls() {
        ChainScenario base = ChainScenarios.ringOfFourStations().build();
        ChainScenario s = base.toBuilder().demand(base.demand().withRates(new double[AgeGroups.COUNT])).envelope(null).build();
        ChainRun run = ChainModel.simulate(s, rep(0, 1440, 14 * 1440));
        assertEquals(0, run.callsReceived());
        for (int st = 0; st < 4; st++) {
            assertEquals(1.0, run.readiness(st), 1e-12);
            assertEquals(1.0, run.readiness(st, 17), 1e-12);
        }
        // Every zone has its own station 4 × 0.8 minutes away: all covered within 12 minutes at every hour.
        assertEquals(1.0, run.populationCovered(12, -1), 1e-12);
        assertEquals(1.0, run.populationCovered(25, 3), 1e-12);
    }

    @Test
    void coverageFallsWhenTheOnlyUnitIsBusy() {
        // Two zones one station: zone B is 10 × 0.8 = 8 minutes away, so both are covered while the unit is free.
        ChainScenario s = ChainScenarios.twoZonesOneStation().build();
        ChainRun run = ChainModel.simulate(s, rep(2, 0, 60 * 1440));
        double ready = run.readiness(0);
        assertEquals(ready, run.populationCovered(12, -1), 1e-9);
        assertTrue(ready < 1);
    }

    @Test
    void moreAmbulancesGiveNoWorseMeanResponseUnderCommonRandomNumbers() {
        ChainScenario one = ChainScenarios.ringOfFourStations().demand(ChainScenarios.simpleDemand(0.4)).build();
        ChainScenario two = one.toBuilder().fleet(Fleet.ambulances(2, 2, 2, 2)).build();
        double sumOne = 0, sumTwo = 0;
        for (int r = 0; r < 4; r++) {
            double a = ChainModel.simulate(one, rep(r, 1440, 30 * 1440)).responseTime(0).mean();
            double b = ChainModel.simulate(two, rep(r, 1440, 30 * 1440)).responseTime(0).mean();
            assertTrue(b <= a + 1e-9, "replication " + r + ": RED mean " + b + " with 8 units vs " + a + " with 4");
            sumOne += a;
            sumTwo += b;
        }
        assertTrue(sumTwo < sumOne);
    }

    /** What a call is, independent of what the chain does with it. */
    record Attributes(int zone, int age, int condition, int need, int level) {
    }

    static Map<Long, Attributes> attributes(ChainScenario s, Replication r) {
        Map<Long, Attributes> m = new HashMap<>();
        ChainRun run = new ChainRun(s, r);
        run.setCallListener((key, zone, age, cond, need, level, rec, tri, dis, on, hosp, unit, travel, outcome) -> {
            if (m.put(key, new Attributes(zone, age, cond, need, level)) != null) {
                throw new AssertionError("call key " + key + " seen twice");
            }
        });
        run.run();
        return m;
    }

    @Test
    void callAttributesDoNotDependOnTheFleet() {
        ChainScenario small = ChainScenarios.ringOfFourStations().demand(ChainScenarios.simpleDemand(0.4)).build();
        ChainScenario big = small.toBuilder().fleet(Fleet.ambulances(3, 1, 2, 1)).build();
        Map<Long, Attributes> a = attributes(small, rep(3, 0, 20 * 1440));
        Map<Long, Attributes> b = attributes(big, rep(3, 0, 20 * 1440));
        int common = 0;
        for (Map.Entry<Long, Attributes> e : a.entrySet()) {
            Attributes other = b.get(e.getKey());
            if (other != null) {
                common++;
                assertEquals(e.getValue(), other, "call " + e.getKey());
            }
        }
        // Arrivals do not depend on the fleet either: only calls still open at the end may differ.
        assertTrue(common > 0.98 * a.size() && a.size() > 1500, common + " common of " + a.size());
    }

    @Test
    void grownScenarioReceivesASupersetOfTheBaseCalls() {
        ChainScenario base = ChainScenarios.twoZonesOneStation().fleet(Fleet.ambulances(3)).build();
        List<Zone> grown = new ArrayList<>();
        for (Zone z : base.region().zones()) {
            double[] p = z.population();
            for (int g = 0; g < p.length; g++) {
                p[g] *= z.id().equals("B") ? 1.9 : 1.2;
            }
            grown.add(z.withPopulation(p));
        }
        ChainScenario big = base.toBuilder().region(base.region().withZones(grown)).build();
        Replication r = rep(4, 0, 200 * 1440);
        Map<Long, Attributes> a = attributes(base, r);
        Map<Long, Attributes> b = attributes(big, rep(4, 0, 200 * 1440));
        Set<Long> missing = new HashSet<>(a.keySet());
        missing.removeAll(b.keySet());
        // Calls still open at the end of one run are the only possible exceptions (a handful).
        assertTrue(missing.size() <= 5, missing.size() + " base calls missing from the grown scenario");
        for (Long k : a.keySet()) {
            if (b.containsKey(k)) {
                assertEquals(a.get(k), b.get(k));
            }
        }
        double ratio = (double) b.size() / a.size();
        // Expected (1.2·1000 + 1.9·500) / 1500 = 1.433.
        assertTrue(ratio > 1.35 && ratio < 1.52, "grown/base calls " + ratio);
    }

    @Test
    void onlyUnitsOnDutyAreDispatched() {
        Fleet f = new Fleet(List.of(new UnitSpec("day", UnitType.EMERGENCY_AMBULANCE, 0, CrewSchedule.dayOnly(), 1.0),
                UnitSpec.ambulance("always", 0)));
        ChainScenario s = ChainScenarios.twoZonesOneStation().fleet(f).build();
        ChainRun run = new ChainRun(s, rep(5, 0, 28 * 1440));
        run.start();
        for (double t = 30; t < 28 * 1440; t += 30) {
            run.advance(t);
            run.checkInvariants();
        }
        run.finish();
        // 12 of 24 hours on duty: the off-duty share is about a half (a mission can overrun a shift end).
        assertEquals(0.5, run.stateShare(0, UnitState.OFF_DUTY), 0.02);
        double sum = 0;
        for (int st = 0; st < UnitState.COUNT; st++) {
            sum += run.stateShare(0, st);
        }
        assertEquals(1.0, sum, 1e-9);
    }
}
