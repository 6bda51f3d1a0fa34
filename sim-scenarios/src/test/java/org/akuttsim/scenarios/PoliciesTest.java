package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Level;
import org.akuttsim.chain.UnitSpec;
import org.junit.jupiter.api.Test;

/** Each lever moves its parameter in the stated direction, keeps the arrival envelope, and composes. */
class PoliciesTest {

    static final ChainScenario BASE = DefaultRegion.stOlav2021();
    static final int R = Level.RED.ordinal();
    static final int Y = Level.YELLOW.ordinal();
    static final int G = Level.GREEN.ordinal();

    static double redShareOfCalls(ChainScenario s, boolean day) {
        double[] need = Policies.needDistribution(s);
        double[][] m = day ? s.triage().daytime() : s.triage().outOfHours();
        double red = 0;
        for (int n = 0; n < Level.COUNT; n++) {
            red += need[n] * m[n][R];
        }
        return red;
    }

    static double ambulanceShareOfCalls(ChainScenario s, boolean day) {
        double[] need = Policies.needDistribution(s);
        double[][] m = day ? s.triage().daytime() : s.triage().outOfHours();
        double a = 0;
        for (int n = 0; n < Level.COUNT; n++) {
            a += need[n] * (m[n][R] + m[n][Y] + m[n][G]);
        }
        return a;
    }

    @Test
    void moreUndertriageMovesTheGivenShareOfCorrectRedAndYellowOneLevelDown() {
        ChainScenario s = Policies.moreUndertriage(0.1).apply(BASE);
        for (boolean day : new boolean[] {true, false}) {
            double[][] before = day ? BASE.triage().daytime() : BASE.triage().outOfHours();
            double[][] after = day ? s.triage().daytime() : s.triage().outOfHours();
            assertEquals(0.9 * before[R][R], after[R][R], 1e-12);
            assertEquals(before[R][Y] + 0.1 * before[R][R], after[R][Y], 1e-12);
            assertEquals(0.9 * before[Y][Y], after[Y][Y], 1e-12);
            assertEquals(before[Y][G] + 0.1 * before[Y][Y], after[Y][G], 1e-12);
            assertEquals(before[G][G], after[G][G], 1e-12, "GREEN has no lower ambulance level");
            assertEquals(before[Y][R], after[Y][R], 1e-12, "over-triage untouched");
        }
        assertTrue(redShareOfCalls(s, true) < redShareOfCalls(BASE, true));
        assertSame(BASE.envelope(), s.envelope(), "common random numbers: same envelope");
        assertEquals("more_undertriage=0.1", PolicyNames.parse("more_undertriage", "0.1", null).label());
    }

    @Test
    void lessOvertriageMovesTheGivenShareOfOverTriagedCellsToTheDiagonal() {
        ChainScenario s = Policies.lessOvertriage(0.3).apply(BASE);
        double[][] before = BASE.triage().daytime();
        double[][] after = s.triage().daytime();
        // true YELLOW assigned RED: 70 % of it remains
        assertEquals(0.7 * before[Y][R], after[Y][R], 1e-12);
        assertEquals(before[Y][Y] + 0.3 * before[Y][R], after[Y][Y], 1e-12);
        assertEquals(before[R][R], after[R][R], 1e-12, "true RED is not over-triaged");
        assertEquals(before[R][Y], after[R][Y], 1e-12, "under-triage untouched");
        assertTrue(redShareOfCalls(s, true) < redShareOfCalls(BASE, true));
        assertTrue(redShareOfCalls(s, false) < redShareOfCalls(BASE, false));
        assertSame(BASE.envelope(), s.envelope(), "common random numbers: same envelope");
        assertEquals(BASE.expectedCallsPerYear(), s.expectedCallsPerYear(), 1e-9);
        // 0 changes nothing, 1 removes all over-triage
        assertEquals(before[Y][R], Policies.lessOvertriage(0).apply(BASE).triage().daytime()[Y][R], 1e-15);
        assertEquals(0, Policies.lessOvertriage(1).apply(BASE).triage().daytime()[G][R], 1e-15);
    }

    @Test
    void daytimeTransferSendsFewerAmbulancesOnlyInOpeningHours() {
        ChainScenario s = Policies.daytimeTransferToMunicipal(0.2).apply(BASE);
        assertTrue(ambulanceShareOfCalls(s, true) < ambulanceShareOfCalls(BASE, true));
        assertEquals(ambulanceShareOfCalls(BASE, false), ambulanceShareOfCalls(s, false), 1e-12);
        assertEquals(BASE.triage().daytime()[R][R], s.triage().daytime()[R][R], 1e-12, "true RED never diverted");
        assertTrue(s.triage().daytime()[G][Level.GP_MUNICIPAL.ordinal()] > BASE.triage().daytime()[G][Level.GP_MUNICIPAL.ordinal()]);
    }

    @Test
    void centralisedLegevaktSendsMoreAmbulances() {
        ChainScenario s = Policies.centralisedLegevakt(0.3).apply(BASE);
        assertTrue(ambulanceShareOfCalls(s, true) > ambulanceShareOfCalls(BASE, true));
        assertTrue(ambulanceShareOfCalls(s, false) > ambulanceShareOfCalls(BASE, false));
        int lv = Level.LEGEVAKT.ordinal();
        assertEquals(0.7 * BASE.triage().outOfHours()[lv][lv], s.triage().outOfHours()[lv][lv], 1e-12);
    }

    @Test
    void treatAndLeaveRaisesNonRedProbabilities() {
        ChainScenario s = Policies.treatAndLeave(0.25).apply(BASE);
        for (int n = 1; n < Level.COUNT; n++) {
            assertTrue(s.scene().treatAndLeave(n, 0) > BASE.scene().treatAndLeave(n, 0), "need " + n);
        }
        assertEquals(BASE.scene().treatAndLeave(R, 0), s.scene().treatAndLeave(R, 0), 1e-15);
        assertEquals(BASE.scene().treatAndLeave(Y, 0), Policies.treatAndLeave(0.01).apply(BASE).scene().treatAndLeave(Y, 0), 1e-15,
                "a lower target does not lower it");
    }

    @Test
    void outpatientHandlingLowersEveryAdmissionProbability() {
        ChainScenario s = Policies.outpatientHandling(0.2).apply(BASE);
        double[][] before = ((org.akuttsim.chain.hospital.EmergencyDepartmentModel) BASE.hospitals()).parameters().admissionProbability();
        double[][] after = ((org.akuttsim.chain.hospital.EmergencyDepartmentModel) s.hospitals()).parameters().admissionProbability();
        for (int n = 0; n < before.length; n++) {
            for (int a = 0; a < before[n].length; a++) {
                assertEquals(0.8 * before[n][a], after[n][a], 1e-12);
            }
        }
    }

    @Test
    void staffShortageRemovesTheShareOfCrewedHours() {
        int before = hours(BASE);
        ChainScenario s = Policies.staffShortage(0.1).apply(BASE);
        assertEquals(Math.round(0.9 * before), hours(s), 1.0);
        assertEquals(BASE.region().stationCount(), s.fleet().units().stream().mapToInt(UnitSpec::station).distinct().count(),
                "10 % is taken from multi-unit stations: every station keeps a unit");
        assertEquals(0, hours(BASE) - hours(Policies.staffShortage(0).apply(BASE)));
    }

    static int hours(ChainScenario s) {
        return s.fleet().units().stream().mapToInt(u -> u.schedule().hoursPerWeek()).sum();
    }

    @Test
    void closingAStationRemovesItsUnitsAndRehomesItsZones() {
        ChainScenario s = Policies.closeStation("tydal").apply(BASE);
        assertEquals(21, s.region().stationCount());
        assertEquals(BASE.fleet().size() - 1, s.fleet().size());
        int tydalZone = s.region().zoneIndex("tydal");
        // Ålen is 28 km from Tydal as the crow flies, Selbu 36 km: the nearest remaining station by derived minutes
        assertEquals("alen", s.region().stations().get(s.region().zones().get(tydalZone).district()).id());
        ChainScenario o = Policies.openStation("botngard", "orland", 1).apply(s);
        assertEquals(22, o.region().stationCount());
        assertEquals(BASE.fleet().size(), o.fleet().size());
        assertThrows(IllegalArgumentException.class, () -> Policies.closeStation("nowhere").apply(BASE));
    }

    @Test
    void populationYearGrowsDemandAndKeepsTheEnvelope() {
        ChainScenario s35 = DefaultRegion.stOlav().populationYear(2035).apply(BASE);
        assertTrue(s35.expectedCallsPerYear() > 1.2 * BASE.expectedCallsPerYear());
        assertSame(BASE.envelope(), s35.envelope());
        // 2040 is inside the envelope too (building it would throw otherwise)
        assertTrue(DefaultRegion.stOlav(2040).expectedCallsPerYear() > s35.expectedCallsPerYear());
    }

    @Test
    void leversCompose() {
        Policy p = DefaultRegion.stOlav().populationYear(2035).andThen(Policies.lessOvertriage(0.3));
        ChainScenario s = p.apply(BASE);
        ChainScenario byHand = Policies.lessOvertriage(0.3).apply(DefaultRegion.stOlav().populationYear(2035).apply(BASE));
        assertEquals(byHand.expectedCallsPerYear(), s.expectedCallsPerYear(), 1e-9);
        assertEquals(byHand.triage().daytime()[Y][R], s.triage().daytime()[Y][R], 1e-15);
        assertTrue(p.label().contains("population_year=2035") && p.label().contains("less_overtriage=0.3"), p.label());
        // a share lever twice would stack (1 − (1 − s)²), population_year twice would compound: both refused
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> Policies.lessOvertriage(0.3).andThen(Policies.lessOvertriage(0.2)));
        assertTrue(twice.getMessage().contains("applies less_overtriage twice"), twice.getMessage());
        IllegalArgumentException grown = assertThrows(IllegalArgumentException.class,
                () -> p.andThen(DefaultRegion.stOlav().populationYear(2030)));
        assertTrue(grown.getMessage().contains("applies population_year twice"), grown.getMessage());
        // different stations compose
        Policy two = Policies.closeStation("tydal").andThen(Policies.closeStation("oppdal"));
        assertEquals(BASE.region().stationCount() - 2, two.apply(BASE).region().stationCount());
        assertThrows(IllegalArgumentException.class, () -> Policies.closeStation("tydal").andThen(Policies.closeStation("tydal")));
    }

    @Test
    void parseNamesWhatWasExpected() {
        PolicyNames.Context ctx = new PolicyNames.Context(DefaultRegion.stOlav().projection(), 0);
        assertEquals("less_overtriage=0.3", PolicyNames.parse("less_overtriage", "0.3", ctx).label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyNames.parse("less_overtriage", "30%", ctx));
        assertTrue(e.getMessage().startsWith("expected a share in [0, 1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PolicyNames.parse("more_money", "1", ctx));
        assertTrue(e.getMessage().startsWith("expected a policy name"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PolicyNames.parse("population_year", "2050", ctx));
        assertTrue(e.getMessage().contains("2021 to 2040"), e.getMessage());
    }
}
