package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.akuttsim.chain.relocation.ComplianceTable;
import org.akuttsim.chain.relocation.FillEmptyDistrict;
import org.akuttsim.chain.relocation.RelocationPolicy;
import org.akuttsim.experiment.Responses;
import org.junit.jupiter.api.Test;

/**
 * Relocation (move-up) in whole runs: a compliance table raises readiness in a two-district case and
 * costs kilometres; a policy that is asked but never moves leaves every metric of the run as it was;
 * unit time shares still add up to one; the state stays consistent; bad tables are refused.
 */
class RelocationTest {

    /**
     * Two districts: A (urban, 20,000 persons aged 50–59) with station SA, two 24/7 ambulances and the
     * hospital; B (rural, 10,000) with station SB and one ambulance, 20 minutes away (4 inside a zone).
     * 0.3 calls per person-year (9,000 a year), so B's one ambulance is often away.
     */
    static ChainScenario.Builder twoDistricts() {
        Zone a = new Zone("A", ChainScenarios.populationIn(5, 20_000), true, 63.43, 10.40, 0);
        Zone b = new Zone("B", ChainScenarios.populationIn(5, 10_000), false, 63.30, 10.30, 1);
        Region region = new Region("two districts", List.of(a, b), List.of(new Station("SA", 0), new Station("SB", 1)),
                List.of(new Hospital("H", 0, 10, 50, true, true)));
        double[] minutes = {4, 20, 20, 4};
        return ChainScenario.builder().name("two districts").region(region)
                .travel(TravelModel.matrix(new double[][] {minutes}, new int[] {0}, minutes.clone(), 1, 0.8))
                .demand(ChainScenarios.simpleDemand(0.3))
                .triage(Triage.perfect(DurationModel.fixed(2), 2))
                .fleet(Fleet.ambulances(2, 1))
                .scene(ChainScenarios.simpleScene())
                .hospitals(HospitalModel.handoverOnly(DurationModel.fixed(15)));
    }

    /** One free ambulance: at A; two: A and B; three: two at A, one at B (home positions). */
    static final ComplianceTable TABLE = new ComplianceTable(new int[][] {{0}, {0, 1}, {0, 0, 1}});

    static ChainScenario with(ChainScenario s, RelocationPolicy r) {
        return s.toBuilder().dispatch(s.dispatch().withRelocation(r)).build();
    }

    static Responses run(ChainScenario s, int r) {
        ChainRun run = ChainModel.simulate(s, ChainModelTest.rep(r, 2 * 1440, 180 * 1440));
        run.checkInvariants();
        Responses out = new Responses();
        run.record(out);
        return out;
    }

    @Test
    void complianceTableRaisesReadinessAndCostsKilometres() {
        ChainScenario none = twoDistricts().build();
        ChainScenario table = with(none, TABLE);
        for (int r = 0; r < 3; r++) {
            Responses a = run(none, r), b = run(table, r);
            double readyA = a.get("readiness.meanOverDistricts"), readyB = b.get("readiness.meanOverDistricts");
            System.out.printf("replication %d: readiness %.4f -> %.4f, district SB %.4f -> %.4f, km %.0f -> %.0f, moves/yr %.0f%n",
                    r, readyA, readyB, a.get("readiness.SB"), b.get("readiness.SB"), a.get("km.total"), b.get("km.total"),
                    b.get("relocation.moves_per_year"));
            // B's own ambulance is away about a fifth of the time; the table fills B from A then (a 20-minute drive).
            assertTrue(b.get("readiness.SB") > a.get("readiness.SB") + 0.01, "district SB: " + a.get("readiness.SB") + " -> " + b.get("readiness.SB"));
            assertTrue(readyB > readyA + 0.005, "mean readiness " + readyA + " -> " + readyB);
            assertTrue(b.get("relocation.moves_per_year") > 100, "moves per year " + b.get("relocation.moves_per_year"));
            assertTrue(b.get("relocation.km_per_year") > 20 * b.get("relocation.SB.moves_per_year") * 0.5,
                    "a move from SA to SB drives up to 20 km");
            assertTrue(b.get("km.total") > a.get("km.total"), "relocation drives more: " + a.get("km.total") + " -> " + b.get("km.total"));
            assertTrue(b.get("fleet.share.relocating") > 0, "relocating time is counted");
            double shares = 0;
            for (int st = 0; st < UnitState.COUNT; st++) {
                shares += b.get("fleet.share." + UnitState.name(st));
            }
            assertEquals(1.0, shares, 1e-9, "unit time shares add up to one with relocation");
        }
        // Presence with posts: a unit makes a district ready only while free, and at least while AVAILABLE.
        ChainRun run = ChainModel.simulate(table, ChainModelTest.rep(0, 2 * 1440, 180 * 1440));
        Responses out = new Responses();
        run.record(out);
        double present = 0;
        for (int u = 0; u < table.fleet().size(); u++) {
            double p = out.get("unit." + table.fleet().units().get(u).id() + ".present");
            double free = run.stateShare(u, UnitState.AVAILABLE) + run.stateShare(u, UnitState.RETURNING)
                    + run.stateShare(u, UnitState.RELOCATING);
            assertTrue(p >= run.stateShare(u, UnitState.AVAILABLE) - 1e-12 && p <= free + 1e-12, "unit " + u + ": present " + p);
            present += p;
        }
        assertTrue(present >= run.readiness(0) + run.readiness(1) - 1e-9, "a ready district has a present unit");
    }

    @Test
    void fillEmptyDistrictMovesOnlyIntoEmptyDistrictsAndKeepsTheStateConsistent() {
        ChainScenario none = twoDistricts().build();
        ChainScenario fill = with(none, FillEmptyDistrict.standard());
        Responses a = run(none, 0), b = run(fill, 0);
        assertTrue(b.get("relocation.SB.moves_per_year") > 100, "SB is filled from SA: " + b.get("relocation.SB.moves_per_year"));
        // SA keeps at least one ambulance posted whenever it gives one, so it is never filled from SB (1 ambulance).
        assertTrue(b.get("readiness.SB") > a.get("readiness.SB"), a.get("readiness.SB") + " -> " + b.get("readiness.SB"));
        assertTrue(b.get("relocation.SA.moves_per_year") > 0, "covering ambulances go home to SA when SB's own is back");
        assertTrue(b.get("relocation.SA.moves_per_year") <= b.get("relocation.SB.moves_per_year"), "never more returns than covers");
    }

    @Test
    void aPolicyThatIsAskedButNeverMovesChangesNoMetric() {
        ChainScenario none = ChainScenarios.ringOfFourStations().demand(ChainScenarios.simpleDemand(0.3)).build();
        int[] asked = {0};
        RelocationPolicy idle = v -> {
            asked[0]++;
            for (int u = 0; u < v.units(); u++) {
                v.unitState(u); // reads (and catches up) every unit
            }
        };
        Map<String, Double> a = new TreeMap<>(run(none, 1).asMap());
        Map<String, Double> b = new TreeMap<>(run(with(none, idle), 1).asMap());
        assertTrue(asked[0] > 10_000, "asked " + asked[0] + " times");
        b.keySet().removeIf(k -> k.startsWith("relocation.") || k.equals("fleet.share.relocating"));
        assertEquals(0.0, run(with(none, idle), 1).get("fleet.share.relocating"));
        assertEquals(a, b);
    }

    @Test
    void badTablesAreRefusedSayingWhatWasExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ComplianceTable(new int[][] {{0}, {0}}));
        assertEquals("compliance table row for 2 free ambulances must list exactly 2 stations, found 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> with(twoDistricts().build(), new ComplianceTable(new int[][] {{0}, {0, 2}})));
        assertEquals("compliance table row 2 names station 2 but the region has 2 stations (0..1)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FillEmptyDistrict(0));
        assertTrue(e.getMessage().contains("must be > 0 minutes"), e.getMessage());
    }

    @Test
    void aPolicyMovingABusyUnitIsAnError() {
        RelocationPolicy bad = v -> {
            for (int u = 0; u < v.units(); u++) {
                if (UnitState.mission(v.unitState(u))) {
                    v.move(u, 1 - v.homeStation(u));
                }
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(with(twoDistricts().build(), bad), 0));
        assertTrue(e.getMessage().contains("which is not a free emergency ambulance"), e.getMessage());
    }
}
