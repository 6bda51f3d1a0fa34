package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.akuttsim.chain.AgeGroups;
import org.akuttsim.chain.CallListener;
import org.akuttsim.chain.ChainRun;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Level;
import org.akuttsim.chain.Region;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.junit.jupiter.api.Test;

/**
 * Each policy lever, simulated on the default region, moves its outcome in the stated direction under
 * common random numbers: every replication runs the base and the policy scenario with the same
 * streams, and the assertion holds for each replication's paired difference (not only on average),
 * so a lever that worked only by luck of the draw would fail. Three replications of eight weeks
 * (after two days' warm-up) keep the class to a few seconds.
 */
class PolicyEffectsTest {

    static final int REPS = 3;
    static final double DAY = 24 * 60;
    static final ChainScenario BASE = DefaultRegion.stOlav2021();
    static final StreamFactory STREAMS = new StreamFactory(20240601L);

    /** One replication's responses plus the RED response times of calls in a set of zones. */
    record Run(Responses out, double redMeanInZones, int redInZones, Map<Long, Integer> cellOfKey) {
        double get(String k) {
            return out.get(k);
        }
    }

    static Run run(ChainScenario s, int rep, boolean[] zones) {
        ChainRun run = new ChainRun(s, new Replication(rep, STREAMS.forReplication(rep), 2 * DAY, 56 * DAY));
        double[] sum = new double[1];
        int[] n = new int[1];
        Map<Long, Integer> keys = new HashMap<>();
        run.setCallListener((CallListener) (key, zone, age, cond, need, level, received, triaged, dispatched, onScene,
                atHospital, unit, travel, outcome) -> {
            keys.put(key, zone * AgeGroups.COUNT + age);
            if (zones != null && zones[zone] && level == Level.RED.ordinal() && !Double.isNaN(onScene)) {
                sum[0] += onScene - received;
                n[0]++;
            }
        });
        run.run();
        Responses out = new Responses();
        run.record(out);
        return new Run(out, n[0] > 0 ? sum[0] / n[0] : Double.NaN, n[0], keys);
    }

    static double ambulanceMissions(Run r) {
        return r.get("missions.RED") + r.get("missions.YELLOW") + r.get("missions.GREEN");
    }

    static double edAmbulanceArrivals(Run r, Region region) {
        double a = 0;
        for (var h : region.hospitals()) {
            a += r.get("ed." + h.id() + ".arrivals.ambulance");
        }
        return a;
    }

    static double admissionShare(Run r, Region region) {
        double adm = 0;
        double arr = 0;
        for (var h : region.hospitals()) {
            adm += r.get("ed." + h.id() + ".admissions");
            arr += r.get("ed." + h.id() + ".arrivals.total");
        }
        return adm / arr;
    }

    /** Paired differences policy − base of {@code metric}, one per replication. */
    static double[] paired(Policy policy, ToDoubleFunction<Run> metric) {
        ChainScenario s = policy.apply(BASE);
        double[] d = new double[REPS];
        for (int r = 0; r < REPS; r++) {
            d[r] = metric.applyAsDouble(run(s, r, null)) - metric.applyAsDouble(run(BASE, r, null));
        }
        return d;
    }

    static void assertAll(String what, double[] d, boolean negative) {
        for (int r = 0; r < d.length; r++) {
            assertTrue(negative ? d[r] < 0 : d[r] > 0, what + ": replication " + r + " paired difference " + d[r]
                    + " should be " + (negative ? "< 0" : "> 0") + "; all " + java.util.Arrays.toString(d));
        }
    }

    static double mean(double[] d) {
        return java.util.Arrays.stream(d).average().orElse(Double.NaN);
    }

    @Test
    void lessOvertriageMeansFewerRedMissionsAndBetterReadinessAtSomeCostInRedResponse() {
        Policy p = Policies.lessOvertriage(0.5);
        ChainScenario s = p.apply(BASE);
        double[] red = new double[REPS];
        double[] ready = new double[REPS];
        double[] redResponse = new double[REPS];
        double[] missions = new double[REPS];
        for (int r = 0; r < REPS; r++) {
            Run b = run(BASE, r, null);
            Run q = run(s, r, null);
            red[r] = q.get("missions.RED") - b.get("missions.RED");
            missions[r] = ambulanceMissions(q) - ambulanceMissions(b);
            ready[r] = q.get("readiness.meanOverDistricts") - b.get("readiness.meanOverDistricts");
            redResponse[r] = q.get("response.RED.mean") - b.get("response.RED.mean");
        }
        assertAll("RED missions", red, true);
        // GREEN missions whose true need was legevakt go to legevakt: fewer ambulance missions in total.
        assertAll("ambulance missions", missions, true);
        assertAll("readiness (share of time with >= 1 free unit, mean over districts)", ready, false);
        // The cost: the remaining RED calls are no faster to reach by construction, but YELLOW calls that
        // were RED lose lights and sirens; report the RED response change (not asserted: it may go either way).
        System.out.printf(Locale.ROOT, "less overtriage 50 %%: RED missions %+.0f, all missions %+.0f, readiness %+.4f, RED mean response %+.2f min (per replication %s)%n",
                mean(red), mean(missions), mean(ready), mean(redResponse), java.util.Arrays.toString(redResponse));
    }

    @Test
    void moreUndertriageSlowsTheResponseToCallsWhoseTrueNeedIsRed() {
        // Downgraded RED-need calls lose lights and sirens and may wait for a unit.
        double[] d = paired(Policies.moreUndertriage(0.2), r -> r.get("response.need.RED.mean"));
        assertAll("mean response time of true-RED calls", d, false);
        double[] red = paired(Policies.moreUndertriage(0.2), r -> r.get("missions.RED"));
        assertAll("RED missions", red, true);
    }

    @Test
    void moreTreatAndLeaveMeansFewerAmbulanceArrivalsAtTheEd() {
        double[] d = paired(Policies.treatAndLeave(0.25), r -> edAmbulanceArrivals(r, BASE.region()));
        assertAll("ED ambulance arrivals", d, true);
    }

    @Test
    void daytimeTransferMeansFewerAmbulanceMissions() {
        double[] d = paired(Policies.daytimeTransferToMunicipal(0.5), PolicyEffectsTest::ambulanceMissions);
        assertAll("ambulance missions", d, true);
    }

    @Test
    void moreOutpatientHandlingMeansALowerAdmissionShare() {
        double[] d = paired(Policies.outpatientHandling(0.3), r -> admissionShare(r, BASE.region()));
        assertAll("admission share of ED arrivals", d, true);
    }

    @Test
    void staffShortageMeansLowerReadinessAndLongerResponse() {
        Policy p = Policies.staffShortage(0.2);
        assertAll("readiness", paired(p, r -> r.get("readiness.meanOverDistricts")), true);
        assertAll("RED mean response", paired(p, r -> r.get("response.RED.mean")), false);
    }

    @Test
    void closingAStationLengthensResponseInItsDistrict() {
        Region region = BASE.region();
        int st = region.stationIndex("storen");
        boolean[] district = new boolean[region.zoneCount()];
        for (int z = 0; z < district.length; z++) {
            district[z] = region.zones().get(z).district() == st;
        }
        ChainScenario closed = Policies.closeStation("storen").apply(BASE);
        // closing a station does not renumber zones, so the same zone indices mean the same places
        assertEquals(region.zoneCount(), closed.region().zoneCount());
        for (int r = 0; r < REPS; r++) {
            Run b = run(BASE, r, district);
            Run c = run(closed, r, district);
            assertTrue(b.redInZones() >= 10, "too few RED calls in the district to compare: " + b.redInZones());
            assertEquals(b.redInZones(), c.redInZones(), 0.1 * b.redInZones(), "same calls under CRN, up to end effects");
            assertTrue(c.redMeanInZones() > b.redMeanInZones() + 5, "replication " + r + ": RED mean response in the Støren district "
                    + b.redMeanInZones() + " -> " + c.redMeanInZones() + " min; expected at least 5 min longer");
        }
    }

    @Test
    void populationGrowthBringsMoreCallsAndKeepsEveryBaseCallWhereDemandGrows() {
        ChainScenario grown = DefaultRegion.stOlav(2035);
        Region a = BASE.region();
        Region b = grown.region();
        boolean[] grows = new boolean[a.zoneCount() * AgeGroups.COUNT];
        int growing = 0;
        for (int z = 0; z < a.zoneCount(); z++) {
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                grows[z * AgeGroups.COUNT + g] = b.zones().get(z).population(g) >= a.zones().get(z).population(g);
                growing += grows[z * AgeGroups.COUNT + g] ? 1 : 0;
            }
        }
        assertTrue(growing > grows.length / 3, "the 2035 projection should raise demand in many (zone, age) cells, did in " + growing);
        // The superset property is one of AMK's calls: ambulances legevakt doctors order (issue 20) come from the
        // legevakt's own patients, not from the AMK envelope, so the property is checked without the municipal side.
        ChainScenario base0 = BASE.toBuilder().municipal(null).build();
        ChainScenario grown0 = grown.toBuilder().municipal(null).build();
        for (int r = 0; r < REPS; r++) {
            Run base = run(base0, r, null);
            Run g = run(grown0, r, null);
            assertTrue(g.get("calls.received") > base.get("calls.received"), "replication " + r + ": calls 2021 "
                    + base.get("calls.received") + " vs 2035 " + g.get("calls.received"));
            // Thinning of one envelope: in every cell whose rate does not fall, the 2035 calls are a superset
            // of the 2021 calls (same keys). Calls still open at the end are not reported, hence a tiny slack.
            int checked = 0;
            int missing = 0;
            for (Map.Entry<Long, Integer> e : base.cellOfKey().entrySet()) {
                if (grows[e.getValue()]) {
                    checked++;
                    if (!e.getValue().equals(g.cellOfKey().get(e.getKey()))) {
                        missing++;
                    }
                }
            }
            assertTrue(checked > 1000, "too few base calls in growing cells: " + checked);
            assertTrue(missing <= 0.002 * checked, "replication " + r + ": " + missing + " of " + checked
                    + " base calls in growing cells absent from the 2035 run (expected a superset)");
        }
    }
}
