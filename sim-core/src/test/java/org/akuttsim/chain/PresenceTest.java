package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.akuttsim.experiment.Responses;
import org.junit.jupiter.api.Test;

/**
 * Readiness means presence, in a whole run: on the ring of four stations (hospital in N), each unit's
 * time splits into busy (on a mission), off duty, free and present (at its station or inside its
 * district on the way home) and free but away; these add up to one, and a unit is present at least
 * while at its station and at most while at its station or driving home.
 */
class PresenceTest {

    @Test
    void eachUnitsTimeIsBusyOffDutyPresentOrFreeAway() {
        ChainScenario s = ChainScenarios.ringOfFourStations().build();
        ChainRun run = ChainModel.simulate(s, ChainModelTest.rep(1, 2 * 1440, 60 * 1440));
        Responses out = new Responses();
        run.record(out);
        for (int u = 0; u < s.fleet().size(); u++) {
            String id = s.fleet().units().get(u).id();
            double available = run.stateShare(u, UnitState.AVAILABLE), returning = run.stateShare(u, UnitState.RETURNING);
            double busy = run.busyShare(u), off = run.stateShare(u, UnitState.OFF_DUTY), present = out.get("unit." + id + ".present");
            double away = available + returning - present;
            assertEquals(1.0, busy + off + present + away, 1e-9, id);
            assertTrue(present >= available - 1e-12, id + ": present at least while at its station");
            assertTrue(away >= -1e-12, id + ": present at most while at its station or on its way home");
            if (s.fleet().units().get(u).station() != 0) {
                // E, S and W drive home from the hospital in N, outside their district: away for half of it.
                assertTrue(away > 0.2 * returning, id + ": away " + away + " of returning " + returning);
            }
        }
        double mean = 0;
        for (int st = 0; st < 4; st++) {
            mean += run.readiness(st) / 4;
        }
        assertEquals(mean, out.get("readiness.meanOverDistricts"), 1e-12);
        assertEquals(mean, out.get("readiness.populationWeighted"), 1e-12, "equal populations: the same mean");
    }
}
