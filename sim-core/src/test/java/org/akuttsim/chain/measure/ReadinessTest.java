package org.akuttsim.chain.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.akuttsim.chain.ChainObserver;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.ChainScenarios;
import org.akuttsim.chain.Fleet;
import org.akuttsim.chain.Hospital;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.Station;
import org.akuttsim.chain.TravelModel;
import org.akuttsim.chain.UnitSpec;
import org.akuttsim.chain.UnitState;
import org.akuttsim.chain.UnitType;
import org.akuttsim.chain.CrewSchedule;
import org.akuttsim.chain.Zone;
import org.akuttsim.experiment.Responses;
import org.junit.jupiter.api.Test;

/**
 * {@link Readiness} fed a scripted sequence of unit changes, as the chain tells them, no simulation.
 *
 * <p>Two zones, each with its own station and one unit (unit 0 at station A in zone A, unit 1 at B
 * in zone B). A has 10,000 persons, B 5,000. Travel minutes (before lights and sirens × 0.8):
 * A→A 5, A→B 20, B→A 35, B→B 5. So, with RED travel: station A reaches A within 12 minutes (4) and B
 * within 25 (16); station B reaches B within 12 (4) and A not even within 25 (28).
 *
 * <p>The script, over a 120-minute observation: unit A busy from minute 30 to 90, unit B busy from
 * 20 to 70. So A is ready in [0, 30) ∪ [90, 120) and B in [0, 20) ∪ [70, 120).
 */
class ReadinessTest {

    static final int A = 0, B = 1;
    static final double POP_A = 10_000, POP_B = 5_000, POP = POP_A + POP_B;

    static ChainScenario twoStations() {
        Zone a = new Zone("A", ChainScenarios.populationIn(4, POP_A), true, 63.43, 10.40, A);
        Zone b = new Zone("B", ChainScenarios.populationIn(8, POP_B), false, 63.30, 10.30, B);
        Region region = new Region("two stations", List.of(a, b), List.of(new Station("SA", A), new Station("SB", B)),
                List.of(new Hospital("H", A, 10, 50, true, true)));
        double[] minutes = {5, 20, 35, 5};
        return ChainScenarios.twoZonesOneStation().region(region)
                .travel(TravelModel.matrix(new double[][] {minutes}, new int[] {0}, minutes.clone(), 1, 0.8))
                .fleet(Fleet.ambulances(1, 1)).build();
    }

    /** Both units free at 0; A busy 30–90, B busy 20–70; {@code warmUpEnd} (if ≥ 0) in between. */
    static Readiness script(double warmUpEnd) {
        return script(new Readiness(twoStations()), warmUpEnd);
    }

    /** The same script told to any observer. */
    static <T extends ChainObserver> T script(T r, double warmUpEnd) {
        r.observationStarts(0);
        onDuty(r, 0, 0);
        onDuty(r, 1, 0);
        if (warmUpEnd >= 0) {
            r.observationStarts(warmUpEnd);
        }
        dispatched(r, 1, 20);
        dispatched(r, 0, 30);
        homeFrom(r, 1, B, 70, 5);
        homeFrom(r, 0, A, 90, 5);
        r.observationEnds(120);
        return r;
    }

    /** The crew comes on duty at its station, as the chain tells it. */
    static void onDuty(ChainObserver r, int u, double t) {
        r.unitStateChanged(u, UnitState.OFF_DUTY, UnitState.AVAILABLE, t);
        r.unitFreeChanged(u, true, t);
    }

    /** The free unit is sent to a call. */
    static void dispatched(ChainObserver r, int u, double t) {
        r.unitStateChanged(u, UnitState.AVAILABLE, UnitState.EN_ROUTE, t);
        r.unitFreeChanged(u, false, t);
    }

    /** The unit leaves a scene in zone {@code from} for home, a drive of {@code minutes}: leg, state, free. */
    static void homeFrom(ChainObserver r, int u, int from, double t, double minutes) {
        r.unitLegStarted(u, from, u == 0 || u == 2 ? A : B, t, t + minutes);
        r.unitStateChanged(u, UnitState.ON_SCENE, UnitState.RETURNING, t);
        r.unitFreeChanged(u, true, t);
    }

    @Test
    void readinessIsTheShareOfTimeTheStationHasAFreeUnit() {
        Readiness r = script(-1);
        assertEquals(60.0 / 120, r.of(A), 1e-12, "A busy 30-90 of 120 minutes");
        assertEquals(70.0 / 120, r.of(B), 1e-12, "B busy 20-70");
    }

    @Test
    void readinessByHourOfDaySplitsIntervalsAtTheHour() {
        Readiness r = script(-1);
        assertEquals(30.0 / 60, r.of(A, 0), 1e-12, "hour 0: ready 0-30");
        assertEquals(30.0 / 60, r.of(A, 1), 1e-12, "hour 1: ready 90-120");
        assertEquals(20.0 / 60, r.of(B, 0), 1e-12, "hour 0: ready 0-20");
        assertEquals(50.0 / 60, r.of(B, 1), 1e-12, "hour 1: ready 70-120");
        assertTrue(Double.isNaN(r.of(A, 2)), "hour 2 was not observed");
    }

    @Test
    void aStationIsReadyWhileAnyOfItsUnitsIsFree() {
        Readiness r = new Readiness(twoStationsTwoUnitsAtA()); // units 0 and 1 at A
        r.observationStarts(0);
        onDuty(r, 0, 0);
        onDuty(r, 1, 20); // a second free unit: ready already
        dispatched(r, 0, 40); // one of two busy: still ready
        dispatched(r, 1, 60); // both busy
        homeFrom(r, 0, A, 80, 5);
        r.observationEnds(100);
        assertEquals(80.0 / 100, r.of(A), 1e-12, "not ready 60-80 only");
    }

    static ChainScenario twoStationsTwoUnitsAtA() {
        return twoStations().toBuilder().fleet(Fleet.ambulances(2, 1)).build();
    }

    /** The warm-up ends at minute 10, with both units free: time before is dropped, the free counts are kept. */
    @Test
    void observationStartsDiscardsEarlierTimeButKeepsWhoIsFree() {
        Readiness r = script(10);
        // Observed 10-120. A ready 10-30 and 90-120; B ready 10-20 and 70-120.
        assertEquals(50.0 / 110, r.of(A), 1e-12);
        assertEquals(60.0 / 110, r.of(B), 1e-12);
        assertEquals(20.0 / 50, r.of(A, 0), 1e-12, "hour 0 observed from minute 10 only");
    }

    @Test
    void recordReportsEachStationByIdAndTheirMean() {
        Readiness r = script(-1);
        Responses out = new Responses();
        r.record(out);
        assertEquals(0.5, out.get("readiness.SA"), 1e-12);
        assertEquals(70.0 / 120, out.get("readiness.SB"), 1e-12);
        assertEquals((0.5 + 70.0 / 120) / 2, out.get("readiness.meanOverDistricts"), 1e-12);
        assertEquals((30.0 / 60 + 50.0 / 60) / 2, out.get("readiness.h01"), 1e-12);
    }

    /**
     * Presence: unit A returns from a scene in zone B (outside its district) on a 20-minute drive
     * starting at minute 30: it counts as in B for the first half of the leg, so A is not ready
     * until minute 40 although its only unit is free from minute 30.
     */
    @Test
    void aDistrictWhoseOnlyUnitDrivesHomeFromOutsideIsReadyFromTheMiddleOfTheLeg() {
        Readiness r = new Readiness(twoStations());
        r.observationStarts(0);
        onDuty(r, 0, 0);
        dispatched(r, 0, 10);
        homeFrom(r, 0, B, 30, 20);
        r.unitStateChanged(0, UnitState.RETURNING, UnitState.AVAILABLE, 50); // home
        r.observationEnds(60);
        assertEquals((10.0 + 20) / 60, r.of(A), 1e-12, "ready 0-10 and 40-60; not 30-40 while still outside");
        assertEquals((10.0 + 20) / 60, r.presentShare(0), 1e-12);
    }

    @Test
    void aUnitDrivingHomeFromInsideItsDistrictIsPresentAtOnce() {
        Readiness r = new Readiness(twoStations());
        r.observationStarts(0);
        onDuty(r, 0, 0);
        dispatched(r, 0, 10);
        homeFrom(r, 0, A, 30, 20);
        r.observationEnds(60);
        assertEquals((10.0 + 30) / 60, r.of(A), 1e-12, "ready 0-10 and from 30: the scene was in its own district");
    }

    /** A unit sent out again before it comes inside its district never makes it ready on that leg. */
    @Test
    void aUnitDispatchedBeforeItComesInsideNeverCounts() {
        Readiness r = new Readiness(twoStations());
        r.observationStarts(0);
        onDuty(r, 0, 0);
        dispatched(r, 0, 10);
        homeFrom(r, 0, B, 30, 20); // inside from 40
        r.unitStateChanged(0, UnitState.RETURNING, UnitState.EN_ROUTE, 35);
        r.unitFreeChanged(0, false, 35);
        r.observationEnds(60);
        assertEquals(10.0 / 60, r.of(A), 1e-12);
    }

    @Test
    void rapidRespondersAndPatientTransportDoNotMakeADistrictReady() {
        ChainScenario s = twoStations().toBuilder().fleet(new Fleet(List.of(
                new UnitSpec("rr", UnitType.RAPID_RESPONDER, A, CrewSchedule.twentyFourSeven(), 1.0),
                new UnitSpec("pts", UnitType.PATIENT_TRANSPORT, B, CrewSchedule.twentyFourSeven(), 1.0)))).build();
        Readiness r = new Readiness(s);
        r.observationStarts(0);
        onDuty(r, 0, 0);
        onDuty(r, 1, 0);
        r.observationEnds(60);
        assertEquals(0.0, r.of(A), 0.0);
        assertEquals(0.0, r.of(B), 0.0);
    }

    @Test
    void theRegionalFigureWeighsDistrictsByPopulation() {
        Readiness r = script(-1);
        // A (10,000 persons) ready 0.5, B (5,000) ready 70/120.
        assertEquals((POP_A * 0.5 + POP_B * 70.0 / 120) / POP, r.populationWeighted(), 1e-12);
        Responses out = new Responses();
        r.record(out);
        assertEquals(r.populationWeighted(), out.get("readiness.populationWeighted"), 0.0);
        assertEquals(0.5, out.get("unit.A0.0.present"), 1e-12);
    }
}
