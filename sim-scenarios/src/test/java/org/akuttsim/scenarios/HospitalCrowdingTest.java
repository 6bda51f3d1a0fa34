package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.akuttsim.chain.ChainModel;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Hospital;
import org.akuttsim.chain.Region;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.junit.jupiter.api.Test;

/**
 * The St. Olavs hospitals crowd as real ones do (issue 24): wards at the published ≈ 89 % occupancy
 * in 2021 with the ward relief (discharge pressure, corridor beds), no gridlock with 2035 demand,
 * and boarding, ED occupancy and offload delay that rise with demand and fall with outpatient
 * handling, holding ambulances longer. Every comparison is paired: the same replication's streams
 * for both scenarios (common random numbers), and each replication must show the effect.
 */
class HospitalCrowdingTest {

    static final int REPS = 2;
    static final double DAY = 24 * 60;
    static final StreamFactory STREAMS = new StreamFactory(20210101L);
    static final ChainScenario Y2021 = DefaultRegion.stOlav(2021);
    static final ChainScenario Y2035 = DefaultRegion.stOlav(2035);
    static final String SO = "ed.st_olavs.";

    /** One year after a week's warm-up. */
    static Responses year(ChainScenario s, int rep) {
        Responses out = new Responses();
        new ChainModel().run(s, new Replication(rep, STREAMS.forReplication(rep), 7 * DAY, 365 * DAY), out);
        return out;
    }

    /** Ward patients ÷ ward beds over all hospitals. */
    static double wardOccupancy(ChainScenario s, Responses out) {
        double patients = 0;
        double beds = 0;
        for (Hospital h : s.region().hospitals()) {
            patients += out.get("ed." + h.id() + ".ward.occupancy.mean");
            beds += h.wardBeds();
        }
        return patients / beds;
    }

    @Test
    void wardsRunAtThePublishedOccupancyIn2021AndDoNotGridlockIn2035() {
        double target = DefaultRegion.defaultParameters().get("calibration.ward_occupancy");
        for (int r = 0; r < REPS; r++) {
            Responses a = year(Y2021, r);
            double occ = wardOccupancy(Y2021, a);
            assertEquals(target, occ, 0.03, "2021 ward occupancy near the published " + target);
            assertEquals(79, a.get(SO + "arrivals.perDay"), 2.0, "St. Olavs ED arrivals per day (published 79, 2021)");
            Responses b = year(Y2035, r);
            double occ35 = wardOccupancy(Y2035, b);
            System.out.printf(Locale.ROOT, "rep %d: ward occupancy 2021 %.3f, 2035 %.3f; corridor 2035 %.2f patients%n", r, occ, occ35,
                    b.get(SO + "ward.corridor.mean"));
            assertTrue(occ35 > occ && occ35 < 1.05, "2035 ward fuller but bounded by the relief: " + occ35);
            // No gridlock: boarding is capped by the corridor beds, calls keep being served, and the ED
            // is not filling up over the year.
            double maxBoarding = DefaultRegion.defaultParameters().get("ward.max_boarding") * 60;
            assertTrue(b.get(SO + "boarding.mean_min") < maxBoarding, "mean boarding below the limit");
            assertTrue(b.get(SO + "occupancy.mean") < 40, "ED occupancy bounded: " + b.get(SO + "occupancy.mean"));
            assertTrue(b.get(SO + "offload.delay.p90_min") < 240, "offload delay p90 " + b.get(SO + "offload.delay.p90_min"));
            assertTrue(b.get("calls.completed") > 0.99 * b.get("calls.received"), "calls completed as received");
        }
    }

    @Test
    void boardingEdOccupancyAndOffloadDelayRiseWithDemand() {
        for (int r = 0; r < REPS; r++) {
            Responses a = year(Y2021, r);
            Responses b = year(Y2035, r);
            for (String m : List.of("occupancy.mean", "boarding.mean_min", "boarding.share", "offload.delay.mean_min",
                    "offload.time.mean_min", "ward.occupancy.share")) {
                assertTrue(b.get(SO + m) > a.get(SO + m), m + " 2021 " + a.get(SO + m) + " -> 2035 " + b.get(SO + m));
            }
            assertTrue(b.get(SO + "boarding.share") > 0.1, "2035 boards a tenth of admissions at least");
        }
    }

    @Test
    void outpatientHandlingLowersEdAndWardLoad() {
        ChainScenario lever = Policies.outpatientHandling(0.3).apply(Y2035);
        for (int r = 0; r < REPS; r++) {
            Responses b = year(Y2035, r);
            Responses c = year(lever, r);
            assertTrue(c.get(SO + "admissions") < 0.8 * b.get(SO + "admissions"), "fewer admissions");
            for (String m : List.of("ward.occupancy.share", "boarding.mean_min", "occupancy.mean", "offload.delay.mean_min")) {
                assertTrue(c.get(SO + m) < b.get(SO + m), m + " 2035 " + b.get(SO + m) + " -> with 30 % outpatient handling "
                        + c.get(SO + m));
            }
            assertTrue(b.get(SO + "occupancy.mean") - c.get(SO + "occupancy.mean") > 1.0,
                    "the lever moves ED occupancy by more than a patient");
        }
    }

    /**
     * The same 2035 scenario with ten times the ward beds (nobody boards, no crowding surcharge from
     * boarders): ambulances spend less time at the ED and more of the fleet is free, so the offload
     * delay of the realistic wards is what holds them.
     */
    @Test
    void offloadDelayHoldsAmbulancesIn2035() {
        Region r0 = Y2035.region();
        List<Hospital> ample = new ArrayList<>();
        for (Hospital h : r0.hospitals()) {
            ample.add(new Hospital(h.id(), h.zone(), h.edSpaces(), 10 * h.wardBeds(), h.pci(), h.strokeCentre()));
        }
        ChainScenario amp = Y2035.toBuilder().region(new Region(r0.name(), r0.zones(), r0.stations(), ample)).build();
        for (int r = 0; r < REPS; r++) {
            Responses b = year(Y2035, r);
            Responses w = year(amp, r);
            double held = b.get(SO + "offload.time.mean_min") - w.get(SO + "offload.time.mean_min");
            double hours = held * b.get(SO + "arrivals.ambulance") / 60;
            System.out.printf(Locale.ROOT, "rep %d: 2035 offload time %.1f vs %.1f min with ample beds: %.0f ambulance-hours a year;"
                    + " RED p90 urban %.2f vs %.2f; readiness %.2f vs %.2f%n", r, b.get(SO + "offload.time.mean_min"),
                    w.get(SO + "offload.time.mean_min"), hours, b.get("response.RED.urban.p90"), w.get("response.RED.urban.p90"),
                    b.get("readiness.meanOverDistricts"), w.get("readiness.meanOverDistricts"));
            assertTrue(hours > 1000, "offload delay holds ambulances for > 1,000 hours a year: " + hours);
            assertTrue(b.get("response.RED.urban.p90") > w.get("response.RED.urban.p90"), "and lengthens RED responses");
        }
    }
}
