package org.akuttsim.chain;

import static org.akuttsim.chain.UnitState.AT_HOSPITAL;
import static org.akuttsim.chain.UnitState.AVAILABLE;
import static org.akuttsim.chain.UnitState.EN_ROUTE;
import static org.akuttsim.chain.UnitState.OFF_DUTY;
import static org.akuttsim.chain.UnitState.ON_SCENE;
import static org.akuttsim.chain.UnitState.RETURNING;
import static org.akuttsim.chain.UnitState.TRANSPORTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Units} on its own: the state machine, free flags and counts, legs and positions, crew
 * changes. The clock is moved by hand; nothing else runs.
 *
 * <p>The ring of four stations (zones N, E, S, W = 0..3) with four units: 0 and 1 at station 0
 * around the clock, 2 at station 1 crewed 08–20 every day, 3 at station 2 crewed 08–20 on weekdays.
 */
class UnitsTest {

    static final int DAILY = 2, WEEKDAYS = 3;

    ChainParts parts;
    Units units;
    RecordingObserver rec;

    static Fleet fleet() {
        return new Fleet(List.of(
                UnitSpec.ambulance("A0", 0),
                UnitSpec.ambulance("A1", 0),
                new UnitSpec("D2", UnitType.EMERGENCY_AMBULANCE, 1, CrewSchedule.daily(8, 20, false), 1.0),
                new UnitSpec("W3", UnitType.EMERGENCY_AMBULANCE, 2, CrewSchedule.daily(8, 20, true), 1.0)));
    }

    @BeforeEach
    void start() {
        parts = new ChainParts(ChainScenarios.ringOfFourStations().fleet(fleet()).build());
        units = parts.units;
        rec = parts.recorder;
        units.start();
    }

    /** Walks unit {@code u} from AVAILABLE to ON_SCENE at time {@code t} (a dispatch and an arrival). */
    void toScene(int u, double t) {
        parts.at(t);
        units.change(u, EN_ROUTE);
        units.change(u, ON_SCENE);
    }

    @Test
    void startPutsCrewedUnitsOnDutyAndFreeAndTheOthersOffDuty() {
        assertEquals(List.of(
                "state 0 off_duty>available @0.0", "free 0 true @0.0",
                "state 1 off_duty>available @0.0", "free 1 true @0.0"), rec.take(), "the uncrewed units 2 and 3 are not told of");
        assertEquals(AVAILABLE, units.get(0).state);
        assertTrue(units.isFree(0) && units.isFree(1));
        assertEquals(OFF_DUTY, units.get(DAILY).state);
        assertFalse(units.isFree(DAILY));
        assertEquals(2, units.freeAtStation(0));
        assertEquals(0, units.freeAtStation(1));
        assertEquals(2, units.freeUnits());
    }

    @Test
    void anIllegalChangeThrowsNamingTheUnitAndBothStatesAndChangesNothing() {
        rec.take();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> units.change(1, ON_SCENE));
        assertEquals("unit 1 cannot go from available to on_scene", e.getMessage());
        assertEquals(AVAILABLE, units.get(1).state);
        assertTrue(units.isFree(1));
        assertEquals(2, units.freeAtStation(0));

        e = assertThrows(IllegalStateException.class, () -> units.change(DAILY, EN_ROUTE), "an uncrewed unit cannot be sent");
        assertEquals("unit 2 cannot go from off_duty to en_route", e.getMessage());
        assertEquals(OFF_DUTY, units.get(DAILY).state);
        assertEquals(List.of(), rec.take(), "observers hear nothing of a refused change");
    }

    @Test
    void freeFlagsAndStationCountsFollowTheStateMachine() {
        rec.take();
        parts.at(10);
        units.change(0, EN_ROUTE); // dispatched: no longer free
        assertEquals(1, units.freeAtStation(0));
        assertEquals(1, units.freeUnits());
        units.change(0, ON_SCENE);
        units.change(0, TRANSPORTING);
        units.change(0, AT_HOSPITAL);
        assertEquals(1, units.freeAtStation(0), "busy all the way to the hospital");
        assertTrue(units.awayFromHome().isEmpty());
        parts.at(50);
        units.change(0, RETURNING); // free again while driving home
        assertEquals(2, units.freeAtStation(0));
        assertTrue(units.awayFromHome().get(0));
        parts.at(70);
        units.change(0, AVAILABLE); // home: still free, so no free-flag notification
        assertTrue(units.awayFromHome().isEmpty());
        assertEquals(2, units.freeAtStation(0));
        assertEquals(List.of(
                "state 0 available>en_route @10.0", "free 0 false @10.0",
                "state 0 en_route>on_scene @10.0",
                "state 0 on_scene>transporting @10.0",
                "state 0 transporting>at_hospital @10.0",
                "state 0 at_hospital>returning @50.0", "free 0 true @50.0",
                "state 0 returning>available @70.0"), rec.take());
    }

    @Test
    void aChangeMayBeBookedAtAnEarlierTime() {
        // A planned step carried out late (Missions' silent steps) tells observers its own time.
        rec.take();
        parts.at(100);
        units.change(0, EN_ROUTE);
        units.change(0, ON_SCENE, 95);
        assertEquals(List.of("state 0 available>en_route @100.0", "free 0 false @100.0", "state 0 en_route>on_scene @95.0"),
                rec.take());
    }

    @Test
    void anInterruptedLegCountsTheKilometresDrivenSoFar() {
        parts.at(5);
        units.change(0, EN_ROUTE);
        units.startLeg(0, 0, 1, 10, 20, 8); // activation until 10, then 20 minutes for 8 km
        rec.take();
        parts.at(20);
        units.endLeg(0, true); // half way: 4 km
        parts.at(30);
        units.endLeg(0, false); // the leg was already closed: nothing left to count
        assertEquals(List.of("drove 0 4.0 @20.0", "drove 0 0.0 @30.0"), rec.take());

        units.startLeg(0, 1, 1, 40, 20, 8);
        parts.at(35);
        units.endLeg(0, true); // broken off during activation: not a metre driven
        units.startLeg(0, 1, 2, 40, 20, 8);
        parts.at(80);
        units.endLeg(0, false); // completed: all of it
        assertEquals(List.of("drove 0 0.0 @35.0", "drove 0 8.0 @80.0"), rec.take());
    }

    @Test
    void aMovingUnitIsAtItsOriginForTheFirstHalfOfTheLegAndAtItsDestinationForTheSecond() {
        toScene(0, 0);
        parts.at(100);
        units.change(0, RETURNING);
        units.startLeg(0, 2, 0, 100, 20, 20); // from zone S (2) home to N (0), 100-120
        parts.at(109.9);
        assertEquals(2, units.positionZone(0));
        parts.at(110.1);
        assertEquals(0, units.positionZone(0));

        parts.at(130);
        units.change(0, EN_ROUTE);
        units.startLeg(0, 0, 3, 135, 10, 10); // activation 130-135, then 135-145 to W (3)
        parts.at(132);
        assertEquals(0, units.positionZone(0), "still at the origin while activating");
        parts.at(141);
        assertEquals(3, units.positionZone(0));
    }

    @Test
    void aUnitAtItsStationIsInItsHomeZoneWhateverItsLastLeg() {
        toScene(1, 0);
        units.change(1, RETURNING);
        units.startLeg(1, 2, 3, 0, 20, 20); // a leg that never touches home
        parts.at(15);
        units.change(1, AVAILABLE);
        assertEquals(0, units.positionZone(1));
        assertEquals(1, units.get(DAILY).homeZone);
        assertEquals(1, units.positionZone(DAILY), "an off-duty unit is at its station");
    }

    @Test
    void crewChangesComeAtTheHoursWhereSomeScheduleFlips() {
        assertEquals(8, units.nextCrewChange(0), "Monday 08:00");
        assertEquals(8, units.nextCrewChange(8), "the hour itself counts");
        assertEquals(20, units.nextCrewChange(9));
        assertEquals(32, units.nextCrewChange(21), "Tuesday 08:00");
        assertEquals(128, units.nextCrewChange(117), "after Friday 20:00 only the daily unit changes, Saturday 08:00");
        assertEquals(176, units.nextCrewChange(165), "after Sunday 20:00: Monday 08:00 of the next week, hour 176");
        assertEquals(176 + 168, units.nextCrewChange(165 + 168), "hours keep counting past the first week");

        ChainParts allDay = new ChainParts(ChainScenarios.ringOfFourStations().build());
        assertEquals(-1, allDay.units.nextCrewChange(0), "a fleet crewed around the clock never changes");
    }

    @Test
    void aShiftEndSendsAnAvailableUnitOffDutyAndStopsAReturningOneBeingFree() {
        assertTrue(parts.crewsChangeAt(8), "two units came on duty");
        assertEquals(AVAILABLE, units.get(DAILY).state);
        assertEquals(AVAILABLE, units.get(WEEKDAYS).state);
        assertEquals(1, units.freeAtStation(1));
        toScene(DAILY, 600);
        units.change(DAILY, RETURNING);
        rec.take();

        assertFalse(parts.crewsChangeAt(20), "no unit became free");
        assertEquals(OFF_DUTY, units.get(WEEKDAYS).state);
        assertEquals(RETURNING, units.get(DAILY).state, "the returning unit drives home first");
        assertFalse(units.isFree(DAILY), "but may no longer be sent");
        assertTrue(units.awayFromHome().get(DAILY));
        assertEquals(0, units.freeAtStation(1));
        assertEquals(2, units.freeUnits());
        assertEquals(List.of(
                "free 2 false @1200.0",
                "state 3 available>off_duty @1200.0", "free 3 false @1200.0"), rec.take());

        parts.at(1210);
        units.change(DAILY, OFF_DUTY); // home after the shift
        assertEquals(List.of("state 2 returning>off_duty @1210.0"), rec.take(), "it was not free already");
    }

    @Test
    void aBusyUnitFinishesItsMissionAfterItsShiftAndIsNotFreeOnTheWayHome() {
        parts.crewsChangeAt(8);
        toScene(DAILY, 1190);
        parts.crewsChangeAt(20);
        assertEquals(ON_SCENE, units.get(DAILY).state);
        parts.at(1230);
        units.change(DAILY, RETURNING);
        assertFalse(units.isFree(DAILY));
        assertEquals(0, units.freeAtStation(1));
    }

    @Test
    void aReturningUnitWhoseCrewComesBackOnDutyIsFreeAgain() {
        parts.crewsChangeAt(8);
        toScene(DAILY, 1190);
        units.change(DAILY, RETURNING);
        parts.crewsChangeAt(20);
        rec.take();
        assertTrue(parts.crewsChangeAt(32), "Tuesday 08:00: units became free");
        assertTrue(units.isFree(DAILY));
        assertEquals(RETURNING, units.get(DAILY).state);
        assertEquals(List.of(
                "free 2 true @1920.0",
                "state 3 off_duty>available @1920.0", "free 3 true @1920.0"), rec.take());
    }
}
