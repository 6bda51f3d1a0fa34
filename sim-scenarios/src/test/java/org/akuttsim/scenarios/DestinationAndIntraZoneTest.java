package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.akuttsim.chain.ChainModel;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.DurationModel;
import org.akuttsim.chain.Referral;
import org.akuttsim.chain.SceneParameters;
import org.akuttsim.chain.TravelModel;
import org.akuttsim.chain.Triage;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.junit.jupiter.api.Test;

/** The ED-bypass share and the intra-zone disc: their arithmetic, validation, and effect in a run. */
class DestinationAndIntraZoneTest {

    /**
     * Without the municipal side (issue 20): the ambulances legevakt doctors order are always referred, and
     * these tests are about how 113 and referred transports draw their destination.
     */
    static final ChainScenario BASE = DefaultRegion.stOlav2021().toBuilder().municipal(null).build();

    static Responses run(ChainScenario s) {
        Responses out = new Responses();
        new ChainModel().run(s, new Replication(0, new StreamFactory(7).forReplication(0), 24 * 60, 28 * 24 * 60), out);
        return out;
    }

    static double edAmbulance(Responses out) {
        return out.get("ed.st_olavs.arrivals.ambulance") + out.get("ed.orkdal.arrivals.ambulance");
    }

    @Test
    void discDistanceIsRadiusTimesRootUTimesDetour() {
        TravelModel t = TravelModel.fromCoordinates(1.5, 40, 60, 6, 0.8).withIntraZoneDisc(4, 0);
        assertTrue(t.hasIntraZoneDisc());
        assertEquals(4 * Math.sqrt(0.25) * 1.5, t.intraZoneKm(true, 0.25), 1e-12);
        assertEquals(3.0 / 40 * 60, t.intraZoneMinutes(true, 0.25), 1e-12);
        assertEquals(6, t.intraZoneKm(false, 0.25), 1e-12, "radius 0 keeps the fixed intra-zone km");
        assertThrows(IllegalArgumentException.class, () -> TravelModel.fromCoordinates(1.5, 40, 60, 6, 0.8).withIntraZoneDisc(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> TravelModel.matrix(new double[][] {{0}}, new int[] {0}, null, 1.2, 1)
                .withIntraZoneDisc(1, 1));
    }

    @Test
    void bypassProbabilitiesAreValidated() {
        SceneParameters s = BASE.scene();
        assertThrows(IllegalArgumentException.class, () -> s.withBypassEd(new double[] {0.1, 1.2, 0}));
        assertThrows(IllegalArgumentException.class, () -> s.withBypassEd(new double[] {0.1, 0.2}));
        assertEquals(0.75, s.bypassEd()[2], 0, "default GREEN bypass of 113 patients from parameters.csv");
        assertEquals(0.9, s.referral().bypassEd()[2], 0, "default GREEN bypass of referred patients");
        assertThrows(IllegalArgumentException.class, () -> new Referral(new double[] {0.1, -0.2, 0}, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new Referral(new double[3], new double[] {0, 0}));
    }

    /**
     * The calibrated split keeps the RED and YELLOW shares past the ED that were fitted to the published
     * ED arrivals (referred × their bypass + 113 × theirs = 0.2 / 0.6); GREEN's 113 share was refitted.
     */
    @Test
    void referralSplitKeepsTheCalibratedBypassPerNeed() {
        SceneParameters s = BASE.scene();
        double[] overall = {0.2, 0.6};
        for (int l = 0; l < overall.length; l++) {
            double r = s.referral().share()[l];
            assertEquals(overall[l], r * s.referral().bypassEd()[l] + (1 - r) * s.bypassEd()[l], 0.001, "need " + l);
        }
    }

    /** Referral is a criterion of its own: who was referred decides which bypass share applies. */
    @Test
    void referredPatientsTakeTheirOwnBypassShare() {
        double[] one = {1, 1, 1};
        double[] zero = new double[3];
        ChainScenario allReferredPastEd = BASE.toBuilder().scene(BASE.scene().withBypassEd(zero)
                .withReferral(new Referral(one, one))).build();
        ChainScenario noneReferred = BASE.toBuilder().scene(BASE.scene().withBypassEd(one)
                .withReferral(new Referral(zero, zero))).build();
        Responses a = run(allReferredPastEd);
        Responses n = run(noneReferred);
        // Everyone of true need GREEN or above referred and past the ED; below GREEN: 113 calls, to the ED.
        assertEquals(a.get("missions.referred"), a.get("missions.directToDestination"));
        assertEquals(a.get("missions.referred"), a.get("missions.referred.directToDestination"));
        double notReferred = a.get("missions.transported") - a.get("missions.referred");
        assertTrue(notReferred > 0 && notReferred < 0.2 * a.get("missions.transported"), "below-GREEN transports " + notReferred);
        assertEquals(notReferred, edAmbulance(a),
                "transports of 113 calls go to the ED (bypass 0)");
        assertEquals(0, n.get("missions.referred"));
        assertEquals(n.get("missions.transported"), n.get("missions.directToDestination"), "113 patients take the 113 share");
        Responses b = run(BASE);
        double referredShare = b.get("missions.referred") / b.get("missions.transported");
        assertTrue(referredShare > 0.45 && referredShare < 0.7, "default referred share of transports " + referredShare);
        double referredPast = b.get("missions.referred.directToDestination") / b.get("missions.referred");
        double otherPast = (b.get("missions.directToDestination") - b.get("missions.referred.directToDestination"))
                / (b.get("missions.transported") - b.get("missions.referred"));
        assertTrue(referredPast > otherPast + 0.3, "referred " + referredPast + " vs 113 " + otherPast + " past the ED");
    }

    /** Less over-triage removes 113 missions only: the referred patients are the same ones. */
    @Test
    void lessOvertriageRemovesNoReferredTransport() {
        Responses b = run(BASE);
        Responses q = run(Policies.lessOvertriage(0.5).apply(BASE));
        double transported = q.get("missions.transported") - b.get("missions.transported");
        double referred = q.get("missions.referred") - b.get("missions.referred");
        assertTrue(transported < -50, "the lever removes transports: " + transported);
        assertTrue(Math.abs(referred) < 0.1 * -transported, "referred transports change by " + referred + " of " + transported);
    }

    /** No referred share means no referral draw at all: results identical to {@link Referral#NONE}. */
    @Test
    void zeroReferredShareLeavesEveryDrawAsWithout() {
        double[] zero = new double[3];
        Responses none = run(BASE.toBuilder().scene(BASE.scene().withReferral(Referral.NONE)).build());
        Responses zeroShare = run(BASE.toBuilder().scene(BASE.scene().withReferral(new Referral(zero, new double[] {1, 1, 1}))).build());
        assertEquals(none.asMap(), zeroShare.asMap());
        for (String k : none.metrics()) {
            assertEquals(none.get(k), zeroShare.get(k), 0, k);
        }
    }

    @Test
    void bypassSendsPatientsPastTheEdWithoutChangingTheCalls() {
        double[] one = {1, 1, 1};
        ChainScenario none = BASE.toBuilder().scene(BASE.scene().withBypassEd(new double[3])
                .withReferral(new Referral(BASE.scene().referral().share(), new double[3]))).build();
        ChainScenario all = BASE.toBuilder().scene(BASE.scene().withBypassEd(one)
                .withReferral(new Referral(BASE.scene().referral().share(), one))).build();
        Responses b = run(BASE);
        Responses n = run(none);
        Responses a = run(all);
        assertEquals(0, a.get("ed.st_olavs.arrivals.ambulance") + a.get("ed.orkdal.arrivals.ambulance"));
        assertEquals(a.get("missions.transported"), a.get("missions.directToDestination"));
        assertEquals(0, n.get("missions.directToDestination"));
        assertEquals(b.get("calls.received"), n.get("calls.received"), "same calls under CRN");
        // Shares of transports, not counts: without bypass the ED crowds and holds ambulances (ward relief,
        // issue 24), so fewer missions finish in the same time.
        double edShareNone = edAmbulance(n) / n.get("missions.transported");
        double edShareBase = edAmbulance(b) / b.get("missions.transported");
        assertTrue(edShareNone > 2 * edShareBase, "ED share of transports: no bypass " + edShareNone + " vs default " + edShareBase);
        double share = b.get("missions.directToDestination") / b.get("missions.transported");
        assertTrue(share > 0.5 && share < 0.7, "default bypass share of transports " + share);
    }

    @Test
    void largerRuralDiscLengthensRuralButNotUrbanResponse() {
        Parameters p = DefaultRegion.defaultParameters();
        TravelModel small = TravelModel.fromCoordinates(p.get("travel.detour_factor"), p.get("travel.speed_urban"),
                p.get("travel.speed_rural"), 6, p.get("travel.lights_and_sirens_factor")).withIntraZoneDisc(8, 8);
        Responses s = run(BASE.toBuilder().travel(small).build());
        Responses b = run(BASE);
        assertTrue(b.get("response.RED.rural.p50") > s.get("response.RED.rural.p50") + 2,
                "rural median " + s.get("response.RED.rural.p50") + " -> " + b.get("response.RED.rural.p50"));
        assertEquals(s.get("response.RED.urban.p50"), b.get("response.RED.urban.p50"), 0.5);
        assertEquals(0, DurationModel.fixed(10).minutes(0.3) - BASE.scene().directHandover().minutes(0.3), 1e-12);
    }

    /**
     * Whether a patient bypasses the ED follows the patient's true need, never the AMK label: relabel a
     * fifth of the calls triaged RED as YELLOW (nothing removed) and the same patients are transported,
     * the same ones bypass the ED, and the EDs receive the same number of ambulance patients.
     */
    @Test
    void relabellingCallsAtAmkDoesNotMovePatientsPastTheEd() {
        Triage t = BASE.triage();
        ChainScenario relabelled = BASE.toBuilder().triage(new Triage(t.callHandling(), t.operators(), redToYellow(t.daytime()),
                redToYellow(t.outOfHours()), t.gpOpenHour(), t.gpCloseHour())).build();
        Responses b = run(BASE);
        Responses r = run(relabelled);
        assertTrue(r.get("calls.assigned.YELLOW") > b.get("calls.assigned.YELLOW") + 100, "the labels did change");
        assertEquals(b.get("missions.transported"), r.get("missions.transported"));
        assertEquals(b.get("missions.directToDestination"), r.get("missions.directToDestination"));
        assertEquals(b.get("missions.referred"), r.get("missions.referred"), "the same patients were referred");
        assertEquals(b.get("missions.referred.directToDestination"), r.get("missions.referred.directToDestination"));
        assertEquals(edAmbulance(b), edAmbulance(r));
    }

    /** A fifth of each need's RED assignments moved to YELLOW. */
    static double[][] redToYellow(double[][] m) {
        double[][] c = new double[m.length][];
        for (int need = 0; need < m.length; need++) {
            c[need] = m[need].clone();
            double moved = 0.2 * c[need][0];
            c[need][0] -= moved;
            c[need][1] += moved;
        }
        return c;
    }
}
