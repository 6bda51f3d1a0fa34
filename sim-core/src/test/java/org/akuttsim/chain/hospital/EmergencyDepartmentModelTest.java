package org.akuttsim.chain.hospital;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.akuttsim.chain.Hospital;
import org.junit.jupiter.api.Test;

/** The scenario-side factory takes capacities from the region and rates from the specs. */
class EmergencyDepartmentModelTest {

    @Test
    void regionCapacitiesReplaceTheSpecsAndOrderFollowsTheRegion() {
        HospitalParameters p = HospitalParameters.defaults(List.of(
                EmergencyDepartmentSpec.weeklyProfile("A", 5, 50, 2, 10),
                EmergencyDepartmentSpec.weeklyProfile("B", 6, 60, 3, 12)));
        EmergencyDepartmentModel m = new EmergencyDepartmentModel(p);
        List<EmergencyDepartmentSpec> aligned = m.alignedWith(List.of(
                new Hospital("B", 0, 20, 200, true, true), new Hospital("A", 1, 9, 90, false, false)));
        assertEquals("B", aligned.get(0).id());
        assertEquals(20, aligned.get(0).treatmentSpaces());
        assertEquals(200, aligned.get(0).wardBeds());
        assertEquals(9, aligned.get(1).treatmentSpaces());
        assertEquals(p.hospitals().get(1).walkInPerHour()[10], aligned.get(0).walkInPerHour()[10]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.alignedWith(List.of(new Hospital("C", 0, 1, 1, false, false))));
        assertTrue(e.getMessage().contains("'C' has no EmergencyDepartmentSpec"), e.getMessage());
    }
}
