package org.akuttsim.chain;

import static org.akuttsim.chain.UnitState.AT_HOSPITAL;
import static org.akuttsim.chain.UnitState.AVAILABLE;
import static org.akuttsim.chain.UnitState.EN_ROUTE;
import static org.akuttsim.chain.UnitState.OFF_DUTY;
import static org.akuttsim.chain.UnitState.ON_SCENE;
import static org.akuttsim.chain.UnitState.RELOCATING;
import static org.akuttsim.chain.UnitState.RETURNING;
import static org.akuttsim.chain.UnitState.TRANSPORTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The unit state machine: exactly the transitions drawn in {@link UnitState}'s diagram are legal. */
class UnitStateTest {

    /** The diagram's edges, written out by hand (the expected list, not read from the class). */
    static final List<int[]> LEGAL = List.of(
            new int[] {OFF_DUTY, AVAILABLE},        // crew comes on duty
            new int[] {AVAILABLE, OFF_DUTY},        // crew goes off duty at the station
            new int[] {AVAILABLE, EN_ROUTE},        // dispatched from the station
            new int[] {EN_ROUTE, ON_SCENE},         // arrives
            new int[] {EN_ROUTE, RETURNING},        // redispatch: turns where it is, free again
            new int[] {ON_SCENE, TRANSPORTING},     // takes the patient to hospital
            new int[] {ON_SCENE, RETURNING},        // treat and leave (or a rapid responder leaves)
            new int[] {TRANSPORTING, AT_HOSPITAL},  // arrives at hospital
            new int[] {AT_HOSPITAL, RETURNING},     // offloaded
            new int[] {RETURNING, AVAILABLE},       // back at the station
            new int[] {RETURNING, OFF_DUTY},        // back at the station after its shift ended
            new int[] {RETURNING, EN_ROUTE},        // a returning unit takes a call
            new int[] {AVAILABLE, RELOCATING},      // moved up from its station
            new int[] {RETURNING, RELOCATING},      // moved up on its way home
            new int[] {RELOCATING, AVAILABLE},      // arrives at the station it was moved to
            new int[] {RELOCATING, OFF_DUTY},       // arrives after its shift ended
            new int[] {RELOCATING, EN_ROUTE});      // a relocating unit takes a call

    @Test
    void exactlyTheDrawnTransitionsAreLegal() {
        Set<Integer> legal = new HashSet<>();
        for (int[] e : LEGAL) {
            legal.add(e[0] * UnitState.COUNT + e[1]);
        }
        for (int from = 0; from < UnitState.COUNT; from++) {
            for (int to = 0; to < UnitState.COUNT; to++) {
                assertEquals(legal.contains(from * UnitState.COUNT + to), UnitState.canChange(from, to),
                        UnitState.name(from) + " -> " + UnitState.name(to));
            }
        }
    }

    @Test
    void shortcutsAndSelfLoopsAreRefused() {
        assertFalse(UnitState.canChange(AVAILABLE, ON_SCENE), "a unit cannot be on scene without driving there");
        assertFalse(UnitState.canChange(AT_HOSPITAL, AVAILABLE), "a unit drives home from hospital before it is available");
        assertFalse(UnitState.canChange(OFF_DUTY, EN_ROUTE), "an uncrewed unit cannot be dispatched");
        assertFalse(UnitState.canChange(TRANSPORTING, RETURNING), "a transport ends at the hospital");
        for (int s = 0; s < UnitState.COUNT; s++) {
            assertFalse(UnitState.canChange(s, s), "no change from " + UnitState.name(s) + " to itself");
        }
    }

    @Test
    void statesOutsideTheRangeAreRefusedNotThrown() {
        assertFalse(UnitState.canChange(-1, AVAILABLE));
        assertFalse(UnitState.canChange(AVAILABLE, UnitState.COUNT));
        assertFalse(UnitState.canChange(UnitState.COUNT, AVAILABLE));
    }

    @Test
    void busyAndFreeStatesPartitionTheCrewedStates() {
        // Mission (busy): en route to at hospital. Free: available, returning and relocating. Off duty is neither.
        for (int s = 0; s < UnitState.COUNT; s++) {
            boolean mission = s == EN_ROUTE || s == ON_SCENE || s == TRANSPORTING || s == AT_HOSPITAL;
            boolean free = s == AVAILABLE || s == RETURNING || s == RELOCATING;
            assertEquals(mission, UnitState.mission(s), UnitState.name(s));
            assertEquals(free, UnitState.free(s), UnitState.name(s));
        }
    }
}
