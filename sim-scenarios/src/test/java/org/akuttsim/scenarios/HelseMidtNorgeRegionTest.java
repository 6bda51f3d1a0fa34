package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.akuttsim.chain.AgeGroups;
import org.akuttsim.chain.ChainModel;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Hospital;
import org.akuttsim.chain.Station;
import org.akuttsim.chain.UnitType;
import org.akuttsim.chain.Zone;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.io.CsvRow;
import org.akuttsim.io.CsvTable;
import org.akuttsim.io.InputErrors;
import org.akuttsim.random.StreamFactory;
import org.junit.jupiter.api.Test;

/** The second embedded region, Helse Midt-Norge: its data add up, and a short run behaves like the published region. */
class HelseMidtNorgeRegionTest {

    static final double TRONDELAG = 471_124;
    static final double MORE_OG_ROMSDAL = 265_544;
    /** HMN ambulance missions in 2021 (helse-midt.no 2022, domain-brief §2). */
    static final double MISSIONS_2021 = 99_958;

    @Test
    void loadsValidatesAndHoldsTheSsbPopulationOfBothCounties() {
        ChainScenario s = DefaultRegion.helseMidtNorge(2021);
        assertEquals(77, s.region().zoneCount());
        assertEquals(67, s.region().stationCount(), "66 road stations (HMN readiness analysis 2018) + one boat base");
        assertEquals(8, s.region().hospitalCount(), "EDs at St. Olavs, Orkdal, Levanger, Namsos, Kristiansund, Molde, Ålesund, Volda");
        assertEquals(TRONDELAG + MORE_OG_ROMSDAL, s.region().totalPopulation(), 1e-6);

        // per county, from the kommunenr column: Trøndelag numbers start with 50, Møre og Romsdal with 15
        InputErrors errors = new InputErrors();
        CsvTable zones = CsvTable.readResource(DefaultRegion.class, DefaultRegion.HMN + "zones.csv", "zones.csv",
                ScenarioDirectory.ZONES, errors);
        assertTrue(errors.isEmpty(), errors.asList().toString());
        double trondelag = 0;
        double more = 0;
        Set<String> kommuner = new HashSet<>();
        for (CsvRow r : zones.rows()) {
            double p = 0;
            for (String c : ScenarioDirectory.POP_COLUMNS) {
                p += r.nonNegative(c);
            }
            String k = r.raw("kommunenr");
            kommuner.add(k);
            if (k.startsWith("50")) {
                trondelag += p;
            } else if (k.startsWith("15")) {
                more += p;
            } else {
                throw new AssertionError("zone " + r.raw("zone_id") + " has kommunenr " + k);
            }
            assertTrue(!r.raw("source").isBlank(), "zone " + r.raw("zone_id") + " has a source");
        }
        assertEquals(64, kommuner.size(), "all 38 + 26 municipalities");
        assertEquals(TRONDELAG, trondelag, 1e-6);
        assertEquals(MORE_OG_ROMSDAL, more, 1e-6);
    }

    @Test
    void everyZonesDistrictStationExistsAndTheStOlavsPartIsTheStOlavsRegion() {
        ChainScenario h = DefaultRegion.helseMidtNorge(2021);
        ChainScenario so = DefaultRegion.stOlav2021();
        int n = h.region().stationCount();
        boolean[] hasZone = new boolean[n];
        for (Zone z : h.region().zones()) {
            assertTrue(z.district() >= 0 && z.district() < n, z.id() + " district " + z.district());
            hasZone[z.district()] = true;
        }
        for (int i = 0; i < n; i++) {
            Station st = h.region().stations().get(i);
            assertTrue(st.zone() >= 0 && st.zone() < h.region().zoneCount(), st.id());
            assertTrue(hasZone[i], "station " + st.id() + " has a district");
        }
        // the 27 St. Olavs zones come first, unchanged, in the same districts
        for (int i = 0; i < so.region().zoneCount(); i++) {
            Zone a = so.region().zones().get(i);
            Zone b = h.region().zones().get(i);
            assertEquals(a.id(), b.id());
            assertEquals(so.region().stations().get(a.district()).id(), h.region().stations().get(b.district()).id());
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                assertEquals(a.population(g), b.population(g), 0.0);
            }
        }
        long ambulances = h.fleet().units().stream().filter(u -> u.type() == UnitType.EMERGENCY_AMBULANCE).count();
        long roundTheClock = h.fleet().units().stream().filter(u -> u.type() == UnitType.EMERGENCY_AMBULANCE && u.schedule().alwaysOn()).count();
        // SSB 2008: 79 round-the-clock + 15 part-day ambulances and 6 boats in HMN; the model has 5 ambulance boats
        assertEquals(92 + 5, ambulances);
        assertEquals(75 + 5, roundTheClock);
    }

    @Test
    void demandByAgeGrowsFasterThanHeadCountTo2035() {
        ChainScenario s21 = DefaultRegion.helseMidtNorge(2021);
        ChainScenario s35 = DefaultRegion.helseMidtNorge(2035);
        double g = s35.region().totalPopulation() / s21.region().totalPopulation();
        // the seed table's HMN rows: 738,065 → 778,150 (+5.4 %); core and rest profiles together must land close
        assertEquals(1.054, g, 0.01, "head-count growth");
        double d = s35.expectedCallsPerYear() / s21.expectedCallsPerYear();
        assertTrue(d > g + 0.1, "expected missions grow faster than head count: " + d + " vs " + g);
        assertTrue(d > 1.15 && d < 1.30, "2021→2035 demand growth " + d);
    }

    @Test
    void aTwoWeekRunHasThePublishedMissionRateAndEveryEdReceivesAmbulancePatients() {
        ChainScenario s = DefaultRegion.helseMidtNorge(2021);
        double days = 14;
        Responses out = new Responses();
        new ChainModel().run(s, new Replication(0, new StreamFactory(4_2021L).forReplication(0), 24 * 60, days * 24 * 60), out);
        double missions = out.get("missions.RED") + out.get("missions.YELLOW") + out.get("missions.GREEN");
        // The age rates are scaled so that 2021 gives the published 99,958 missions (135.7 per 1,000); over two whole weeks
        // the weekly profile averages out, so the count is Poisson around 99,958 × 14 / 365.25 ≈ 3,831. 99 % interval:
        // ± 2.58 √3,831 ≈ ± 160 (± 4 %); plus 1 % for rapid-responder calls that dispatch a second unit.
        double expected = MISSIONS_2021 * days / 365.25;
        assertEquals(expected, missions, 2.58 * Math.sqrt(expected) + 0.01 * expected, "missions in 14 days");
        double per1000 = missions / s.region().totalPopulation() * 1000 * 365.25 / days;
        assertTrue(per1000 > 128 && per1000 < 143, "missions per 1,000 per year " + per1000);
        for (Hospital h : s.region().hospitals()) {
            double amb = out.get("ed." + h.id() + ".arrivals.ambulance");
            double all = out.get("ed." + h.id() + ".arrivals.total");
            assertTrue(amb >= 10, h.id() + " receives ambulance patients: " + amb);
            assertTrue(all > amb, h.id() + " also receives walk-ins and referrals: " + all);
        }
        assertTrue(out.get("response.RED.urban.p50") > 0 && out.get("response.RED.rural.p50") > out.get("response.RED.urban.p50"),
                "rural RED responses are slower than urban");
    }
}
