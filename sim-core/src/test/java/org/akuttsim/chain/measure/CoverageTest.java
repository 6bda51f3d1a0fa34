package org.akuttsim.chain.measure;

import static org.akuttsim.chain.measure.ReadinessTest.A;
import static org.akuttsim.chain.measure.ReadinessTest.B;
import static org.akuttsim.chain.measure.ReadinessTest.POP;
import static org.akuttsim.chain.measure.ReadinessTest.POP_A;
import static org.akuttsim.chain.measure.ReadinessTest.POP_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.akuttsim.chain.UnitState;
import org.akuttsim.experiment.Responses;
import org.junit.jupiter.api.Test;

/**
 * {@link Coverage} fed {@link ReadinessTest}'s scripts: two zones A (10,000 persons) and B (5,000),
 * a unit at each; with RED travel, a unit in A reaches A within 12 minutes and B within 25; a unit
 * in B reaches B within 12 and A not within 25.
 */
class CoverageTest {

    /** While the free units sit at their stations, coverage follows them: A's unit free 0–30 and 90–120, B's 0–20 and 70–120. */
    @Test
    void coverageIsThePopulationShareWithinTheTargetOfAFreeAmbulance() {
        Coverage c = ReadinessTest.script(new Coverage(ReadinessTest.twoStations()), -1);
        // Minutes covered over the 120: A's 10,000 for 60; B's 5,000 for 70 within 12, and for 80 within 25 (A's or B's unit).
        assertEquals((60 * POP_A + 70 * POP_B) / (120 * POP), c.populationCovered(12, -1), 1e-12);
        assertEquals((60 * POP_A + 80 * POP_B) / (120 * POP), c.populationCovered(25, -1), 1e-12);
        assertEquals((30 * POP_A + 20 * POP_B) / (60 * POP), c.populationCovered(12, 0), 1e-12);
        assertEquals((30 * POP_A + 30 * POP_B) / (60 * POP), c.populationCovered(25, 0), 1e-12);
        assertEquals((30 * POP_A + 50 * POP_B) / (60 * POP), c.populationCovered(12, 1), 1e-12);
        assertEquals((30 * POP_A + 50 * POP_B) / (60 * POP), c.populationCovered(25, 1), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> c.populationCovered(15, -1), "kept for 12 and 25 minutes only");
        Responses out = new Responses();
        c.record(out);
        assertEquals(c.populationCovered(25, 0), out.get("coverage.pop25.h00"), 0.0);
    }

    /**
     * Where the unit actually is: A's unit (B's is off duty) drives home from a scene in B, minutes
     * 30–50. For the first half of the leg it counts as in B (covering B within 12 minutes, A not at all),
     * for the second half as at home in A (covering A within 12, B within 25).
     */
    @Test
    void aUnitDrivingHomeCoversWhereItIs() {
        Coverage c = new Coverage(ReadinessTest.twoStations());
        c.observationStarts(0);
        ReadinessTest.onDuty(c, 0, 0);
        ReadinessTest.dispatched(c, 0, 10);
        ReadinessTest.homeFrom(c, 0, B, 30, 20);
        c.unitStateChanged(0, UnitState.RETURNING, UnitState.AVAILABLE, 50);
        c.observationEnds(60);
        // Within 12: A covered 0-10 and 40-60 (30 min); B covered 30-40 (10 min).
        assertEquals((30 * POP_A + 10 * POP_B) / (60 * POP), c.populationCovered(12, -1), 1e-12);
        // Within 25: A 0-10 and 40-60; B 0-10, 30-40 (from B) and 40-60 (from A).
        assertEquals((30 * POP_A + 40 * POP_B) / (60 * POP), c.populationCovered(25, -1), 1e-12);
    }
}
