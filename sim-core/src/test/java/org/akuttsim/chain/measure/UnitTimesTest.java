package org.akuttsim.chain.measure;

import static org.akuttsim.chain.UnitState.AVAILABLE;
import static org.akuttsim.chain.UnitState.EN_ROUTE;
import static org.akuttsim.chain.UnitState.OFF_DUTY;
import static org.akuttsim.chain.UnitState.ON_SCENE;
import static org.akuttsim.chain.UnitState.RETURNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.akuttsim.chain.Fleet;
import org.akuttsim.chain.UnitState;
import org.akuttsim.experiment.Responses;
import org.junit.jupiter.api.Test;

/**
 * {@link UnitTimes} fed a scripted sequence of state changes over a 120-minute observation: unit 0
 * (A0.0) comes on duty at 0, is dispatched at 30, on scene 40–60, drives home 60–70 and goes off duty
 * at 100; unit 1 (A1.0) is available throughout; unit 2 (A2.0) never comes on duty.
 */
class UnitTimesTest {

    static UnitTimes script(double warmUpEnd) {
        UnitTimes u = new UnitTimes(Fleet.ambulances(1, 1, 1));
        u.observationStarts(0);
        u.unitStateChanged(0, OFF_DUTY, AVAILABLE, 0);
        u.unitStateChanged(1, OFF_DUTY, AVAILABLE, 0);
        if (warmUpEnd >= 0) {
            u.observationStarts(warmUpEnd);
        }
        u.unitStateChanged(0, AVAILABLE, EN_ROUTE, 30);
        u.unitStateChanged(0, EN_ROUTE, ON_SCENE, 40);
        u.unitStateChanged(0, ON_SCENE, RETURNING, 60);
        u.unitStateChanged(0, RETURNING, AVAILABLE, 70);
        u.unitStateChanged(0, AVAILABLE, OFF_DUTY, 100);
        u.observationEnds(120);
        return u;
    }

    @Test
    void eachUnitsStateSharesSumToOne() {
        UnitTimes u = script(-1);
        for (int unit = 0; unit < 3; unit++) {
            double sum = 0;
            for (int s = 0; s < UnitState.COUNT; s++) {
                sum += u.share(unit, s);
            }
            assertEquals(1.0, sum, 1e-12, "unit " + unit);
        }
        assertEquals(60.0 / 120, u.share(0, AVAILABLE), 1e-12, "0-30 and 70-100");
        assertEquals(10.0 / 120, u.share(0, EN_ROUTE), 1e-12);
        assertEquals(20.0 / 120, u.share(0, ON_SCENE), 1e-12);
        assertEquals(10.0 / 120, u.share(0, RETURNING), 1e-12);
        assertEquals(20.0 / 120, u.share(0, OFF_DUTY), 1e-12);
        assertEquals(1.0, u.share(2, OFF_DUTY), 0.0);
        assertEquals(30.0 / 120, u.missionShare(0), 1e-12, "en route and on scene; returning is not a mission");
    }

    @Test
    void utilisationIsMissionTimePerCrewedTimeAndTheDriveHomeIsNotBusy() {
        Responses out = new Responses();
        script(-1).record(out);
        assertEquals(30.0 / 100, out.get("unit.A0.0.utilisation"), 1e-12, "on a mission 30-60 of 100 crewed minutes");
        assertEquals(0.0, out.get("unit.A1.0.utilisation"), 0.0);
        assertTrue(Double.isNaN(out.get("unit.A2.0.utilisation")), "never crewed: no utilisation");
        assertEquals(30.0 / (100 + 120), out.get("fleet.utilisation"), 1e-12, "pooled over crewed minutes");
        double sum = 0;
        for (int s = 0; s < UnitState.COUNT; s++) {
            sum += s == UnitState.RELOCATING ? 0 : out.get("fleet.share." + UnitState.name(s));
        }
        assertEquals(1.0, sum, 1e-12, "the fleet's time by state adds up to one");
        assertTrue(!out.asMap().containsKey("fleet.share.relocating"), "no relocating share without a relocation policy");
        assertEquals(10.0 / 360, out.get("fleet.share.returning"), 1e-12);
    }

    @Test
    void observationStartsDiscardsEarlierTimeButKeepsTheStates() {
        UnitTimes u = script(20); // observed 20-120: unit 0 available since 0
        assertEquals(40.0 / 100, u.share(0, AVAILABLE), 1e-12, "20-30 and 70-100");
        assertEquals(10.0 / 100, u.share(0, EN_ROUTE), 1e-12);
        assertEquals(1.0, u.share(1, AVAILABLE), 1e-12);
    }
}
