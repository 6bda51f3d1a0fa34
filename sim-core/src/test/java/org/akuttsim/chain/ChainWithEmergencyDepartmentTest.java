package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.akuttsim.chain.hospital.EmergencyDepartmentModel;
import org.akuttsim.chain.hospital.EmergencyDepartmentSpec;
import org.akuttsim.chain.hospital.HospitalParameters;
import org.akuttsim.experiment.Experiment;
import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.PairedDifference;
import org.junit.jupiter.api.Test;

/**
 * The chain with the full ED/ward submodel ({@link EmergencyDepartmentModel}) in the "two zones, one
 * station" region: one ambulance and one hospital H, which also takes walk-ins at 0.1 per hour.
 * Ambulance patients arrive at about 0.12 per hour (about 90 in 30 days); with the default 2.9-hour treatment the ED
 * carries about 0.64 Erlang. With one treatment space ambulances wait to offload for hours; with 50
 * they never wait. The point: ED crowding feeds back into ambulance availability.
 */
class ChainWithEmergencyDepartmentTest {

    static final double WARM_UP = 7 * 1440, LENGTH = 90 * 1440;
    static final int REPLICATIONS = 12;

    static ChainScenario withEdSpaces(int spaces) {
        ChainScenario base = ChainScenarios.twoZonesOneStation().build();
        Region r = base.region();
        Region region = new Region(r.name(), r.zones(), r.stations(), List.of(new Hospital("H", 0, spaces, 50, true, true)));
        // Capacities come from the region; the spec supplies the walk-ins (0.1/h) and no referrals.
        HospitalParameters p = HospitalParameters.defaults(List.of(EmergencyDepartmentSpec.constantRates("H", 1, 1, 0.1, 0.0)));
        return base.toBuilder().name(spaces + " ED spaces").region(region).hospitals(new EmergencyDepartmentModel(p)).build();
    }

    @Test
    void patientsAreConservedAcrossChainAndEd() {
        ChainScenario s = withEdSpaces(1);
        for (int k = 0; k < 3; k++) {
            ChainRun run = new ChainRun(s, new Replication(k, new StreamFactory(5L).forReplication(k), WARM_UP, 30 * 1440));
            run.start();
            for (double t = 1440; t <= WARM_UP + 30 * 1440; t += 1440) {
                run.advance(t);
                run.checkInvariants();
            }
            run.finish();
            Responses out = new Responses();
            run.record(out);
            double transported = out.get("missions.transported");
            assertTrue(transported > 50, "enough transports (about 90 expected) to mean something: " + transported);
            assertEquals(transported, out.get("ed.H.arrivals.ambulance"), "every transported patient arrives at the ED, once");
            assertEquals(out.get("calls.completed"), out.get("calls.noAmbulance") + out.get("missions.treatAndLeave")
                    + transported + out.get("calls.lost"), "every finished call ended one of four ways");
            assertEquals(run.callsAtStart() + run.callsReceived(), run.callsCompleted() + run.callsInProgress(),
                    "calls in = calls finished + calls in progress");
            assertTrue(out.get("ed.H.arrivals.walkIn") > 0, "walk-ins arrive too");
        }
    }

    @Test
    void scarceEdSpacesDelayOffloadAndCostAmbulanceReadiness() {
        ExperimentResult r = Experiment.builder(new ChainModel())
                .scenario("ample", withEdSpaces(50)).scenario("scarce", withEdSpaces(1))
                .replications(REPLICATIONS).seed(31L).warmUp(WARM_UP).length(LENGTH).threads(2).confidenceLevel(0.99).keepValues()
                .build().run();
        for (String s : List.of("ample", "scarce")) {
            double[] transported = r.values(s, "missions.transported");
            double[] edAmbulance = r.values(s, "ed.H.arrivals.ambulance");
            for (int k = 0; k < REPLICATIONS; k++) {
                assertEquals(transported[k], edAmbulance[k], s + " replication " + k + ": transported = ED ambulance arrivals");
            }
        }
        ConfidenceInterval ample = r.summary("ample", "ed.H.offload.delay.mean_min");
        ConfidenceInterval scarce = r.summary("scarce", "ed.H.offload.delay.mean_min");
        // 50 spaces for 0.64 Erlang: P(all busy) is astronomically small, so no ambulance ever waits.
        assertEquals(0.0, ample.mean(), 1e-9, "offload delay with ample spaces " + ample);
        assertTrue(scarce.low() > 30, "offload delay with one space should be large: " + scarce);

        PairedDifference readiness = r.compare("ample", "scarce", "readiness.S");
        PairedDifference redResponse = r.compare("ample", "scarce", "response.RED.mean");
        PairedDifference utilisation = r.compare("ample", "scarce", "fleet.utilisation");
        System.out.printf("ED 1 vs 50 spaces: offload delay %.1f ± %.1f min vs %.3f; readiness %s; RED response %s; utilisation %s%n",
                scarce.mean(), scarce.halfWidth(), ample.mean(), readiness.paired(), redResponse.paired(), utilisation.paired());
        assertTrue(readiness.paired().high() < 0, "readiness should fall when the ED is crowded: " + readiness.paired());
        assertTrue(redResponse.paired().low() > 0, "RED response should lengthen when the ED is crowded: " + redResponse.paired());
        assertTrue(utilisation.paired().low() > 0, "ambulances held at the ED count as busy: " + utilisation.paired());
        assertTrue(readiness.halfWidthRatio() < 1, "common random numbers should narrow the readiness comparison");
    }
}
