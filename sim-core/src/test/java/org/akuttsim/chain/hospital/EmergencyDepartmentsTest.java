package org.akuttsim.chain.hospital;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.akuttsim.chain.HospitalLink;
import org.akuttsim.chain.OffloadListener;
import org.akuttsim.engine.EventHandler;
import org.akuttsim.engine.Simulator;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.Exponential;
import org.akuttsim.random.KeyedRandom;
import org.akuttsim.random.StreamFactory;
import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.Queueing;
import org.junit.jupiter.api.Test;

/** The hospital submodel against exact queueing results and its own invariants. */
class EmergencyDepartmentsTest {

    /** A minimal "chain": forwards hospital kinds, records ambulance releases. */
    static final class Harness implements EventHandler, OffloadListener {
        final Simulator sim = new Simulator(this);
        final EmergencyDepartments eds;
        final List<double[]> releases = new ArrayList<>(); // {unit, hospital, time}
        Runnable afterEvent = () -> { };

        Harness(HospitalParameters p, long seed, int replication) {
            eds = new EmergencyDepartments(sim, p, new StreamFactory(seed).forReplication(replication), this);
            eds.start();
        }

        @Override
        public void handle(int kind, int entity) {
            if (kind >= HospitalLink.FIRST_EVENT_KIND && kind < HospitalLink.END_EVENT_KIND) {
                eds.handle(kind, entity);
            }
            afterEvent.run();
        }

        @Override
        public void offloadComplete(int unit, int hospital) {
            releases.add(new double[] {unit, hospital, sim.now()});
        }
    }

    /** One hospital with walk-ins only at a constant rate, exponential treatment, nobody admitted. */
    static HospitalParameters mmc(int spaces, double perHour, double meanHours) {
        EmergencyDepartmentSpec ed = EmergencyDepartmentSpec.constantRates("test", spaces, 10, perHour, 0.0);
        return HospitalParameters.defaults(List.of(ed))
                .withTreatment(HospitalParameters.StayDistribution.EXPONENTIAL, meanHours, 0)
                .withAdmissionProbability(0.0);
    }

    @Test
    void mmcHospitalReproducesErlangCWaitAndOccupancy() {
        int c = 5;
        double lambda = 4.0; // per hour
        double meanHours = 1.0;
        double a = lambda * meanHours; // offered load 4 → utilisation 0.8
        double wqMinutes = Queueing.mmcMeanWait(c, lambda, meanHours) * 60;
        double occupancy = a + lambda * wqMinutes / 60;

        int reps = 20;
        double horizon = 2000 * 60.0;
        double warmUp = 100 * 60.0;
        double[] wait = new double[reps];
        double[] occ = new double[reps];
        double[] busy = new double[reps];
        long arrivals = 0;
        for (int r = 0; r < reps; r++) {
            Harness hz = new Harness(mmc(c, lambda, meanHours), 42, r);
            hz.sim.run(warmUp);
            hz.eds.resetStatistics();
            hz.sim.run(warmUp + horizon);
            Responses out = new Responses();
            hz.eds.recordResults(out);
            wait[r] = out.get("ed.test.wait.mean_min");
            occ[r] = out.get("ed.test.occupancy.mean");
            busy[r] = out.get("ed.test.spacesBusy.mean");
            long n = (long) out.get("ed.test.arrivals.walkIn");
            arrivals += n;
            assertEquals(0.0, out.get("ed.test.arrivals.ambulance"));
            assertEquals(0.0, out.get("ed.test.admissions"));
            assertEquals(1.0, out.get("ed.test.outpatient.share"));
            // Every arrival after the reset got a space except those still queued (and those
            // queued at the reset add theirs): the counts differ by at most the queue lengths.
            assertTrue(Math.abs(hz.eds.waitCount(0) - n) <= 60, "wait observations " + hz.eds.waitCount(0) + " vs arrivals " + n);
        }
        double expectedArrivals = reps * lambda * horizon / 60;
        assertTrue(Math.abs(arrivals - expectedArrivals) < 4 * Math.sqrt(expectedArrivals),
                "arrivals " + arrivals + " vs Poisson mean " + expectedArrivals);
        ConfidenceInterval w = ConfidenceInterval.of(wait, 0.99);
        ConfidenceInterval o = ConfidenceInterval.of(occ, 0.99);
        ConfidenceInterval b = ConfidenceInterval.of(busy, 0.99);
        System.out.printf("M/M/5 rho=0.8: Wq exact %.3f min, sim %s; L exact %.4f, sim %s; busy exact %.1f, sim %s%n",
                wqMinutes, w, occupancy, o, a, b);
        assertTrue(w.contains(wqMinutes), "mean wait " + w + " should contain Erlang C " + wqMinutes);
        assertTrue(o.contains(occupancy), "occupancy " + o + " should contain " + occupancy);
        assertTrue(b.contains(a), "busy spaces " + b + " should contain λ·E[S] = " + a);
    }

    /** A crowded default hospital: lognormal stays, admissions, ward at ≈ 88 % load (boarding). 70/day × 0.6 × 4.25 d ≈ 180 beds busy. */
    static HospitalParameters crowded() {
        EmergencyDepartmentSpec ed = EmergencyDepartmentSpec.weeklyProfile("crowd", 16, 205, 10, 60);
        return HospitalParameters.defaults(List.of(ed));
    }

    @Test
    void patientsAreConservedAndBoardOnlyWhenTheWardIsFull() {
        Harness hz = new Harness(crowded(), 7, 0);
        long[] boardingEvents = {0};
        hz.afterEvent = () -> {
            int boarding = hz.eds.boardingNow(0);
            if (boarding > 0) {
                boardingEvents[0]++;
                assertEquals(205, hz.eds.wardBedsInUse(0), "boarding while a ward bed is free at t=" + hz.sim.now());
            }
            assertTrue(hz.eds.wardBedsInUse(0) <= 205);
            assertTrue(hz.eds.spacesInUse(0) <= 16);
            assertTrue(hz.eds.spacesInUse(0) >= hz.eds.boardingNow(0));
            assertTrue(hz.eds.patientsInEd(0) >= hz.eds.spacesInUse(0));
            // Nobody waits while a space is free.
            assertTrue(hz.eds.patientsInEd(0) == hz.eds.spacesInUse(0) || hz.eds.spacesInUse(0) == 16);
        };
        // Some ambulance patients too.
        for (int i = 0; i < 200; i++) {
            hz.sim.run(i * 180.0);
            hz.eds.ambulanceArrival(0, i, 1000 + i, i % 3, 5 + i % 5, 0);
        }
        hz.sim.run(60 * 1440.0);
        long arrived = hz.eds.arrivedTotal(0);
        assertTrue(arrived > 60 * 60, "arrivals " + arrived);
        assertEquals(arrived, hz.eds.dischargedTotal(0) + hz.eds.admittedToWardTotal(0) + hz.eds.patientsInEd(0),
                "arrived = discharged + admitted + in ED");
        assertTrue(boardingEvents[0] > 0, "this configuration is meant to board patients");
        assertEquals(200, hz.releases.size(), "every ambulance released once the run has gone on long enough");
    }

    @Test
    void littlesLawHoldsForTheEd() {
        Harness hz = new Harness(crowded(), 11, 3);
        double warmUp = 14 * 1440.0;
        double end = warmUp + 365 * 1440.0;
        hz.sim.run(warmUp);
        hz.eds.resetStatistics();
        hz.sim.run(end);
        Responses out = new Responses();
        hz.eds.recordResults(out);
        double lambdaPerMinute = out.get("ed.crowd.arrivals.total") / (end - warmUp);
        double l = out.get("ed.crowd.occupancy.mean");
        double w = out.get("ed.crowd.los.mean_min");
        System.out.printf("Little: L=%.4f, lambda*W=%.4f (W=%.1f min, boarding share %.3f, >4h %.3f)%n",
                l, lambdaPerMinute * w, w, out.get("ed.crowd.boarding.share"), out.get("ed.crowd.los.over4h.share"));
        assertEquals(l, lambdaPerMinute * w, 0.01 * l, "L = λW within 1 %");
        assertTrue(out.get("ed.crowd.boarding.share") > 0);
        // Hourly means average (time-weighted, equal hours over whole days) to the overall mean.
        double s = 0;
        for (int h = 0; h < 24; h++) {
            s += out.get(String.format("ed.crowd.occupancy.hour%02d.mean", h));
        }
        assertEquals(l, s / 24, 1e-6 * l);
    }

    /** Two spaces, no walk-ins, deterministic 15-minute handover, no crowding surcharge. */
    static HospitalParameters twoSpaces() {
        EmergencyDepartmentSpec ed = EmergencyDepartmentSpec.constantRates("two", 2, 10, 0.0, 0.0);
        return HospitalParameters.defaults(List.of(ed))
                .withTreatment(HospitalParameters.StayDistribution.EXPONENTIAL, 2.0, 0)
                .withAdmissionProbability(0.0)
                .withHandover(15.0, 0.0, 0.85, 0.0);
    }

    @Test
    void offloadIsOnlyTheHandoverWhileSpacesAreFreeAndWaitsForASpaceWhenFull() {
        Harness hz = new Harness(twoSpaces(), 3, 0);
        hz.eds.ambulanceArrival(0, 10, 501L, 1, 6, 0);
        hz.eds.ambulanceArrival(0, 11, 502L, 1, 6, 0);
        hz.eds.ambulanceArrival(0, 12, 503L, 1, 6, 0); // ED full: waits for a space
        assertEquals(3, hz.eds.patientsInEd(0));
        assertEquals(2, hz.eds.spacesInUse(0));
        hz.sim.run(100_000);
        assertEquals(3, hz.releases.size());
        assertEquals(10, hz.releases.get(0)[0]);
        assertEquals(15.0, hz.releases.get(0)[2], 1e-9);
        assertEquals(11, hz.releases.get(1)[0]);
        assertEquals(15.0, hz.releases.get(1)[2], 1e-9);
        // Unit 12 waits for the shorter of the first two treatments (drawn from the calls' keys).
        double first = Math.min(treatmentOf(501L), treatmentOf(502L));
        assertEquals(12, hz.releases.get(2)[0]);
        assertEquals(first + 15.0, hz.releases.get(2)[2], 1e-9);
        Responses out = new Responses();
        hz.eds.recordResults(out);
        assertEquals(3, hz.eds.offloadCount(0));
        assertEquals(first / 3, out.get("ed.two.offload.delay.mean_min"), 1e-9, "delays 0, 0 and the wait for a space");
        assertEquals((first + 45) / 3, out.get("ed.two.offload.time.mean_min"), 1e-9);
    }

    /** The treatment time the model draws for an ambulance call: handover uniform, then treatment. */
    static double treatmentOf(long callKey) {
        KeyedRandom k = new KeyedRandom().reseed(callKey, EmergencyDepartments.CALL_KEY_PART);
        k.nextDouble();
        return Exponential.inverse(k.nextDouble(), 120.0);
    }

    /**
     * One space, one ward bed, everybody admitted: A takes the space and then the bed, B boards in
     * the space, so the waiting ambulance patient C gets the space only when A leaves the ward and B
     * moves into the bed. C's ambulance is released exactly then plus the handover, although no
     * ward discharge is an event of its own.
     */
    @Test
    void aWaitingAmbulanceGetsTheSpaceFreedWhenABoarderMovesToTheWard() {
        EmergencyDepartmentSpec ed = EmergencyDepartmentSpec.constantRates("one", 1, 1, 0.0, 0.0);
        HospitalParameters p = HospitalParameters.defaults(List.of(ed))
                .withTreatment(HospitalParameters.StayDistribution.EXPONENTIAL, 2.0, 0)
                .withAdmissionProbability(1.0)
                .withWardStay(2.0, 0.5)
                .withHandover(15.0, 0.0, 10.0, 0.0);
        Harness hz = new Harness(p, 3, 0);
        hz.eds.ambulanceArrival(0, 1, 601L, 1, 6, 0); // A
        hz.eds.ambulanceArrival(0, 2, 602L, 1, 6, 0); // B: waits for A's space
        hz.eds.ambulanceArrival(0, 3, 603L, 1, 6, 0); // C: waits behind B
        double treatA = treatmentOf(601L);
        double treatB = treatmentOf(602L);
        KeyedRandom k = new KeyedRandom().reseed(601L, EmergencyDepartments.CALL_KEY_PART);
        k.nextDouble(); // handover
        k.nextDouble(); // treatment
        k.nextDouble(); // admission
        double wardA = LogNormalTime.ofMeanCv(2.0 * 1440, 0.5).inverse(k.nextDouble());
        assertTrue(treatB < wardA, "this key set is meant to make B board");
        hz.sim.run(treatA + treatB + 1e-6);
        assertEquals(1, hz.eds.boardingNow(0), "B boards in the only space");
        assertEquals(2, hz.eds.patientsInEd(0), "B boarding, C waiting");
        hz.sim.run(1_000_000);
        assertEquals(3, hz.releases.size());
        assertEquals(treatA + 15.0, hz.releases.get(1)[2], 1e-9, "B got the space when A went to the ward");
        assertEquals(3, hz.releases.get(2)[0]);
        assertEquals(treatA + wardA + 15.0, hz.releases.get(2)[2], 1e-6, "C got the space when B moved into A's bed");
    }

    @Test
    void crowdingLengthensTheHandover() {
        HospitalParameters p = twoSpaces().withHandover(15.0, 0.0, 0.85, 5.0);
        Harness hz = new Harness(p, 3, 0);
        hz.eds.ambulanceArrival(0, 1, 501L, 1, 6, 0); // occupancy 1/2 = 0.5: no surcharge
        hz.eds.ambulanceArrival(0, 2, 502L, 1, 6, 0); // occupancy 2/2 = 1.0: +5 × 1.5 = 7.5 min
        hz.sim.run(30);
        assertEquals(15.0, hz.releases.get(0)[2], 1e-9);
        assertEquals(22.5, hz.releases.get(1)[2], 1e-9);
    }

    @Test
    void moreUrgentNeedIsServedFirst() {
        Harness hz = new Harness(twoSpaces(), 3, 0);
        hz.eds.ambulanceArrival(0, 0, 1L, 2, 6, 0);
        hz.eds.ambulanceArrival(0, 1, 2L, 2, 6, 0);
        hz.eds.ambulanceArrival(0, 2, 3L, 3, 6, 0); // non-urgent, queued first
        hz.eds.ambulanceArrival(0, 3, 4L, 0, 6, 0); // acute, queued later, served first
        hz.sim.run(1_000_000);
        assertEquals(4, hz.releases.size());
        assertEquals(3, hz.releases.get(2)[0], "the acute patient's ambulance is released third");
        assertEquals(2, hz.releases.get(3)[0]);
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        Harness hz = new Harness(twoSpaces(), 3, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> hz.eds.ambulanceArrival(1, 0, 1L, 0, 0, 0));
        assertTrue(e.getMessage().contains("hospital must be in [0, 1)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> hz.eds.ambulanceArrival(0, 0, 1L, 6, 0, 0));
        assertTrue(e.getMessage().contains("trueNeed"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> EmergencyDepartmentSpec.constantRates("Bad Id", 2, 1, 1, 1));
        assertTrue(e.getMessage().contains("[A-Za-z0-9_-]+"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EmergencyDepartmentSpec.constantRates("x", 2, 1, -1, 1));
        assertTrue(e.getMessage().contains("walkInPerHour[0] must be finite and >= 0"), e.getMessage());
    }

    @Test
    void defaultsAdmitAboutSixtyOnePerCentAndKeepTheBriefsStOlavsVolume() {
        HospitalParameters p = HospitalParameters.defaults(List.of(EmergencyDepartmentSpec.stOlavsDefault()));
        double[][] m = p.admissionProbability();
        double[] need = p.walkInNeedMix();
        double[] age = p.walkInAgeMix();
        double admitted = 0;
        for (int n = 0; n < need.length; n++) {
            for (int a = 0; a < age.length; a++) {
                admitted += need[n] * age[a] * m[n][a];
            }
        }
        assertEquals(0.61, admitted, 0.02, "default admission share (S: 61 % at St. Olavs 2021)");
        double perWeek = 0;
        for (double r : p.hospitals().get(0).walkInPerHour()) {
            perWeek += r;
        }
        for (double r : p.hospitals().get(0).referralPerHour()) {
            perWeek += r;
        }
        assertEquals(52.0, perWeek / 7, 1e-9, "non-ambulance arrivals per day");
    }
}
