package org.akuttsim.chain.hospital;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.akuttsim.chain.hospital.EmergencyDepartmentsTest.Harness;
import org.akuttsim.experiment.Responses;
import org.junit.jupiter.api.Test;

/** The ward's relief (discharge pressure, corridor beds) on its own, with scripted ambulance arrivals. */
class WardReliefTest {

    @Test
    void stayFactorIsOneUpToTheThresholdThenFallsLinearlyToItsFloor() {
        WardRelief r = new WardRelief(0.85, 0.10, 0.5, 240);
        assertEquals(1.0, r.stayFactor(85, 100), 1e-12);
        assertEquals(0.95, r.stayFactor(90, 100), 1e-12);
        assertEquals(0.85, r.stayFactor(100, 100), 1e-12);
        assertEquals(0.75, r.stayFactor(110, 100), 1e-12, "corridor patients press harder");
        assertEquals(0.5, r.stayFactor(300, 100), 1e-12, "never below the floor");
        assertEquals(0.5, r.stayFactor(1, 0), 1e-12, "a ward without beds is always over the threshold");
        assertEquals(1.0, WardRelief.NONE.stayFactor(1000, 1), 1e-12);
        assertEquals(1.0, new WardRelief(0.85, 0.0, 0.5, 240).stayFactor(1, 0), 1e-12, "no reduction: no NaN either");
        assertThrows(IllegalArgumentException.class, () -> new WardRelief(0.85, 0.1, 0.0, 240));
        assertThrows(IllegalArgumentException.class, () -> new WardRelief(0.85, 0.1, 0.5, 0));
    }

    /** {@code spaces} ED spaces, {@code beds} ward beds, no walk-ins, everyone admitted, long near-fixed ward stays. */
    static HospitalParameters ward(int spaces, int beds, WardRelief relief) {
        EmergencyDepartmentSpec ed = EmergencyDepartmentSpec.constantRates("w", spaces, beds, 0.0, 0.0);
        return HospitalParameters.defaults(List.of(ed))
                .withTreatment(HospitalParameters.StayDistribution.EXPONENTIAL, 2.0, 0)
                .withAdmissionProbability(1.0)
                .withWardStay(30.0, 0.01)
                .withHandover(15.0, 0.0, 10.0, 0.0)
                .withWardRelief(relief);
    }

    /**
     * One bed, three patients in treatment at once: the first to finish takes the bed, the other two
     * board and move to corridor beds after exactly the boarding limit, so nobody holds a space for
     * longer and an ambulance arriving later gets a space.
     */
    @Test
    void boardersMoveToCorridorBedsAtTheBoardingLimit() {
        Harness hz = new Harness(ward(3, 1, new WardRelief(Double.MAX_VALUE, 0.0, 1.0, 60.0)), 3, 0);
        hz.eds.ambulanceArrival(0, 1, 701L, 1, 6, 0);
        hz.eds.ambulanceArrival(0, 2, 702L, 1, 6, 0);
        hz.eds.ambulanceArrival(0, 3, 703L, 1, 6, 0);
        double[] ends = {EmergencyDepartmentsTest.treatmentOf(701L), EmergencyDepartmentsTest.treatmentOf(702L),
            EmergencyDepartmentsTest.treatmentOf(703L)};
        java.util.Arrays.sort(ends);
        hz.sim.run(ends[1] + 1e-6);
        assertEquals(1, hz.eds.boardingNow(0), "the second to finish boards");
        assertEquals(1, hz.eds.wardBedsInUse(0));
        hz.sim.run(ends[1] + 60.0 + 1e-6);
        assertEquals(2, hz.eds.wardBedsInUse(0), "after 60 min of boarding: a corridor bed");
        hz.sim.run(ends[2] + 60.0 + 1e-6);
        assertEquals(0, hz.eds.boardingNow(0));
        assertEquals(3, hz.eds.wardBedsInUse(0), "two corridor patients above the one bed");
        assertEquals(0, hz.eds.patientsInEd(0));
        hz.eds.ambulanceArrival(0, 4, 704L, 1, 6, 0);
        hz.sim.run(ends[2] + 60.0 + 20.0);
        assertEquals(4, hz.releases.size(), "a later ambulance is released after its 15-minute handover");
        Responses out = new Responses();
        hz.eds.recordResults(out);
        assertEquals(120.0 / 3, out.get("ed.w.boarding.mean_min"), 1e-6, "boarding 0, 60 and 60 minutes");
        assertEquals(2.0 / 3, out.get("ed.w.ward.corridor.share"), 1e-12);
        assertEquals(0.0, out.get("ed.w.ward.stay.shortened.share"), "no discharge pressure in this ward");
    }

    /** Without relief the same three patients board until a bed frees, 30 days later. */
    @Test
    void withoutReliefTheBoardersHoldTheirSpaces() {
        Harness hz = new Harness(ward(3, 1, WardRelief.NONE), 3, 0);
        hz.eds.ambulanceArrival(0, 1, 701L, 1, 6, 0);
        hz.eds.ambulanceArrival(0, 2, 702L, 1, 6, 0);
        hz.eds.ambulanceArrival(0, 3, 703L, 1, 6, 0);
        hz.sim.run(10 * 1440.0);
        assertEquals(2, hz.eds.boardingNow(0));
        assertEquals(1, hz.eds.wardBedsInUse(0));
    }

    /**
     * Ten beds, threshold 85 %, 10 % shorter per 10 % above it: patients are admitted one at a time,
     * so the ninth enters at 90 % (stay × 0.95) and the tenth at 100 % (× 0.85); the first eight keep
     * their drawn stays (about 30 days, CV 1 %).
     */
    @Test
    void dischargePressureShortensStaysAdmittedAboveTheThreshold() {
        Harness hz = new Harness(ward(20, 10, new WardRelief(0.85, 0.10, 0.5, Double.POSITIVE_INFINITY)), 5, 0);
        for (int i = 0; i < 10; i++) {
            hz.sim.run(i * 24 * 60.0); // a day apart: each is in the ward before the next arrives
            hz.eds.ambulanceArrival(0, i, 800L + i, 1, 6, 0);
        }
        hz.sim.run(10 * 24 * 60.0);
        assertEquals(10, hz.eds.wardBedsInUse(0));
        Responses out = new Responses();
        hz.eds.recordResults(out);
        assertEquals(0.2, out.get("ed.w.ward.stay.shortened.share"), 1e-12, "the ninth and the tenth");
        assertEquals(30.0 * (8 + 0.95 + 0.85) / 10, out.get("ed.w.ward.stay.mean_days"), 0.1);
        assertEquals(0.0, out.get("ed.w.ward.corridor.mean"));
    }
}
