package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.akuttsim.chain.dispatch.DispatchPolicy;
import org.akuttsim.chain.dispatch.DispatchView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Dispatcher} with a stub policy and a fleet that comes on duty one unit an hour, so the test
 * decides when units free up. No call intake and no events: the test hands triaged calls to dispatch
 * and changes crews itself (as the HOUR event does). {@code Dispatcher} starts missions through the
 * real {@link Missions} (a final class, wired as in {@link ChainRun}); a dispatch shows as the
 * observers' {@code callDispatched}.
 *
 * <p>The ring of four stations; ambulance k (0–5) at station k mod 4 is crewed daily from hour k + 1
 * to midnight; unit 6, a patient-transport car at station 0, from noon.
 */
class DispatcherTest {

    static final int RED = 0, YELLOW = 1, GREEN = 2, TRANSPORT_CAR = 6;

    /** The lowest-numbered free unit able to serve the call, else wait. */
    static final DispatchPolicy FIRST_FREE = (v, call) -> {
        for (int u = 0; u < v.units(); u++) {
            if (v.isFree(u) && v.canServe(u, call)) {
                return u;
            }
        }
        return DispatchPolicy.QUEUE;
    };

    /** What the stub policy answers; each test sets it. The calls it was asked about, in order. */
    DispatchPolicy answer = (v, call) -> DispatchPolicy.QUEUE;
    final List<Integer> asked = new ArrayList<>();
    ChainParts parts;
    Dispatcher dispatcher;
    long key;

    static Fleet fleet() {
        List<UnitSpec> units = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            units.add(new UnitSpec("A" + k, UnitType.EMERGENCY_AMBULANCE, k % 4, CrewSchedule.daily(k + 1, 24, false), 1.0));
        }
        units.add(new UnitSpec("PT", UnitType.PATIENT_TRANSPORT, 0, CrewSchedule.daily(12, 24, false), 1.0));
        return new Fleet(units);
    }

    @BeforeEach
    void assemble() {
        DispatchPolicy stub = new DispatchPolicy() {
            @Override
            public int choose(DispatchView v, int call) {
                asked.add(call);
                return answer.choose(v, call);
            }

            @Override
            public double reconsiderAfter(DispatchView v, int call) {
                return answer.reconsiderAfter(v, call);
            }
        };
        parts = new ChainParts(ChainScenarios.ringOfFourStations().fleet(fleet()).dispatch(new DispatchRules(stub, false)).build());
        dispatcher = parts.dispatcher;
        parts.units.start();
    }

    /** A call of {@code level} from zone 0, triaged at {@code t} and handed to dispatch. */
    Call triaged(int level, double t) {
        parts.at(t);
        Call c = parts.calls.open(++key, 0, 4, t);
        c.level = c.need = level;
        c.condition = Condition.OTHER.ordinal();
        c.ready = t;
        c.activationU = c.sceneU = c.leaveU = 0.5;
        dispatcher.callReady(c);
        return c;
    }

    /** Crews change at {@code hour}; if a unit came on duty, waiting calls are offered (as ChainRun does). */
    void unitsFreeUpAt(int hour) {
        if (parts.crewsChangeAt(hour)) {
            dispatcher.serveQueue();
        }
    }

    /** The dispatches observers were told of since the last look. */
    List<String> dispatches() {
        return parts.recorder.take().stream().filter(l -> l.startsWith("dispatched")).toList();
    }

    static String dispatched(Call c, int unit, double t) {
        return "dispatched " + c.id() + " unit " + unit + " @" + t;
    }

    @Test
    void waitingCallsAreServedRedBeforeYellowBeforeGreenAndFirstComeFirstServedWithinALevel() {
        answer = FIRST_FREE;
        Call g1 = triaged(GREEN, 1), y1 = triaged(YELLOW, 2), r1 = triaged(RED, 3);
        Call g2 = triaged(GREEN, 4), r2 = triaged(RED, 5), y2 = triaged(YELLOW, 6);
        assertEquals(6, dispatcher.waiting(), "no crew on duty before 01:00: all wait");
        for (int hour = 1; hour <= 6; hour++) {
            unitsFreeUpAt(hour); // unit hour − 1 comes on duty
        }
        assertEquals(List.of(dispatched(r1, 0, 60.0), dispatched(r2, 1, 120.0), dispatched(y1, 2, 180.0),
                dispatched(y2, 3, 240.0), dispatched(g1, 4, 300.0), dispatched(g2, 5, 360.0)), dispatches());
        assertEquals(0, dispatcher.waiting());
        assertEquals(UnitState.EN_ROUTE, parts.units.get(5).state, "the mission started");
        assertEquals(5, g2.unit());
    }

    @Test
    void whenAUnitFreesUpThePolicyIsAskedAboutEveryWaitingCallInPriorityOrder() {
        Call g1 = triaged(GREEN, 1), y1 = triaged(YELLOW, 2), r1 = triaged(RED, 3), y2 = triaged(YELLOW, 4);
        asked.clear();
        unitsFreeUpAt(1); // the stub keeps answering QUEUE
        assertEquals(List.of(r1.id(), y1.id(), y2.id(), g1.id()), asked);
        assertEquals(4, dispatcher.waiting());
        asked.clear();
        dispatcher.unitFreed(0); // the unit is free and calls wait: asked again
        assertEquals(4, asked.size());
    }

    @Test
    void aCallOfferedAgainKeepsItsPlaceByTheTimeItFirstBecameReady() {
        answer = FIRST_FREE;
        Call y1 = triaged(YELLOW, 10), y2 = triaged(YELLOW, 20);
        // A rapid responder's patient who now needs a transport: ready since 5, offered again at 30.
        parts.at(30);
        Call again = parts.calls.open(++key, 0, 4, 3);
        again.level = again.need = YELLOW;
        again.condition = Condition.OTHER.ordinal();
        again.ready = 5;
        again.state = Call.READY_AGAIN;
        dispatcher.callReady(again);
        for (int hour = 1; hour <= 3; hour++) {
            unitsFreeUpAt(hour);
        }
        assertEquals(List.of(dispatched(again, 0, 60.0), dispatched(y1, 1, 120.0), dispatched(y2, 2, 180.0)), dispatches());
    }

    @Test
    void aCallThePolicyLosesIsClosedAsLost() {
        answer = (v, call) -> DispatchPolicy.LOSE;
        Call c = triaged(GREEN, 5);
        assertEquals(List.of("done " + c.id() + " LOST @5.0"), parts.recorder.take());
        assertEquals(0, parts.calls.active());
        assertEquals(0, dispatcher.waiting());
    }

    @Test
    void aWaitingCallLostOnReconsiderationLeavesTheQueueAndTheOthersKeepTheirOrder() {
        answer = (v, call) -> v.callWaited(call) >= 30 ? DispatchPolicy.LOSE : DispatchPolicy.QUEUE;
        Call a = triaged(YELLOW, 0), b = triaged(YELLOW, 10), c = triaged(YELLOW, 20);
        parts.at(40);
        int lostId = b.id();
        dispatcher.reconsider(b.id()); // its time limit passed: waited 30 minutes
        assertEquals(List.of("done " + lostId + " LOST @40.0"), parts.recorder.take());
        assertEquals(2, dispatcher.waiting());
        answer = FIRST_FREE;
        unitsFreeUpAt(1);
        unitsFreeUpAt(2);
        assertEquals(List.of(dispatched(a, 0, 60.0), dispatched(c, 1, 120.0)), dispatches());
    }

    @Test
    void aWaitingCallIsOfferedAgainWhenThePolicysTimeLimitPasses() {
        answer = new DispatchPolicy() {
            @Override
            public int choose(DispatchView v, int call) {
                return v.callWaited(call) >= 30 ? DispatchPolicy.LOSE : DispatchPolicy.QUEUE;
            }

            @Override
            public double reconsiderAfter(DispatchView v, int call) {
                return 30;
            }
        };
        parts.route = (kind, entity) -> {
            if (kind == ChainEvents.RECONSIDER) {
                dispatcher.reconsider(entity);
            }
        };
        Call c = triaged(GREEN, 5);
        int id = c.id();
        asked.clear();
        parts.at(34.9);
        assertEquals(List.of(), asked, "not asked again before the limit");
        parts.at(35);
        assertEquals(List.of(id), asked, "asked again 30 minutes after it became ready");
        assertEquals(List.of("done " + id + " LOST @35.0"), parts.recorder.take());
    }

    @Test
    void aPolicyChoosingAUnitThatIsNotFreeIsAnError() {
        answer = (v, call) -> 0;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> triaged(RED, 1));
        assertTrue(e.getMessage().contains("chose unit 0, which is not a free unit able to serve call level RED"), e.getMessage());

        answer = FIRST_FREE;
        unitsFreeUpAt(1);
        triaged(RED, 61); // unit 0 (the only one on duty) is sent: now busy
        answer = (v, call) -> 0;
        e = assertThrows(IllegalStateException.class, () -> triaged(YELLOW, 62));
        assertTrue(e.getMessage().contains("chose unit 0, which is not a free unit"), e.getMessage());
    }

    @Test
    void aPolicyChoosingAUnitThatCannotServeTheCallOrNoUnitAtAllIsAnError() {
        for (int hour = 1; hour <= 12; hour++) {
            parts.crewsChangeAt(hour); // everyone on duty, the patient-transport car too
        }
        answer = (v, call) -> TRANSPORT_CAR;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> triaged(RED, 721));
        assertTrue(e.getMessage().contains("chose unit 6, which is not a free unit able to serve call level RED"), e.getMessage());

        answer = (v, call) -> v.units();
        e = assertThrows(IllegalStateException.class, () -> triaged(GREEN, 722));
        assertTrue(e.getMessage().contains("chose unit 7"), e.getMessage());

        answer = (v, call) -> -3;
        e = assertThrows(IllegalStateException.class, () -> triaged(GREEN, 723));
        assertEquals("dispatch policy returned -3; expected a unit index, QUEUE or LOSE", e.getMessage());
    }

    @Test
    void thePolicySeesTheCallAndTheFleetThroughTheView() {
        List<String> seen = new ArrayList<>();
        answer = (DispatchView v, int call) -> {
            seen.add(v.callLevel(call) + " " + v.callZone(call) + " " + v.callWaited(call) + " " + v.freeUnitsAtHome(0));
            return DispatchPolicy.QUEUE;
        };
        triaged(YELLOW, 50);
        unitsFreeUpAt(1);
        assertEquals(List.of("1 0 0.0 0", "1 0 10.0 1"), seen, "level, zone, minutes waited, free units at station 0");
    }
}
