package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The input model validates on construction and names what is wrong. */
class ChainScenarioTest {

    @Test
    void tinyScenariosBuildAndHaveHandCheckableVolumes() {
        ChainScenario two = ChainScenarios.twoZonesOneStation().build();
        assertEquals(1_500, two.expectedCallsPerYear(), 1e-9);
        ChainScenario ring = ChainScenarios.ringOfFourStations().build();
        assertEquals(8_000, ring.expectedCallsPerYear(), 1e-9);
        // By default the envelope is the scenario's own demand: 10,000 persons × 0.1 calls a year.
        assertEquals(10_000 * 0.1 / Demand.MINUTES_PER_YEAR, two.envelope().perMinute(0, 4), 1e-15);
        assertEquals(0, two.envelope().perMinute(0, 5));
    }

    @Test
    void derivedScenarioKeepsTheBaseEnvelopeForAnyGrowthButNotForCallsWhereItHasNone() {
        ChainScenario base = ChainScenarios.twoZonesOneStation().build();
        Region r = base.region();
        List<Zone> grown = new ArrayList<>();
        for (Zone z : r.zones()) {
            double[] p = z.population();
            for (int g = 0; g < p.length; g++) {
                p[g] *= 1.5;
            }
            grown.add(z.withPopulation(p));
        }
        ChainScenario g15 = base.toBuilder().region(r.withZones(grown)).build();
        assertSame(base.envelope(), g15.envelope());
        Demand tripled = base.demand().withRates(new double[] {0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3});
        assertSame(base.envelope(), base.toBuilder().demand(tripled).build().envelope());
        // Zone A has no one aged 50-59 in the base: the envelope has no points there to thin.
        List<Zone> newGroup = new ArrayList<>(r.zones());
        double[] p = r.zones().get(0).population();
        p[5] = 100;
        newGroup.set(0, r.zones().get(0).withPopulation(p));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> base.toBuilder().region(r.withZones(newGroup)).build());
        assertTrue(e.getMessage().contains("zone A age group 50-59") && e.getMessage().contains("arrival envelope"), e.getMessage());
    }

    @Test
    void badInputsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Zone("X", new double[9], true, 63, 10, 0));
        assertTrue(e.getMessage().contains("population of zone X"), e.getMessage());
        double[][] m = new double[6][6];
        e = assertThrows(IllegalArgumentException.class, () -> Triage.of(DurationModel.fixed(1), 1, m));
        assertTrue(e.getMessage().contains("must sum to 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ChainScenarios.twoZonesOneStation().fleet(Fleet.ambulances(1, 1)).build());
        assertTrue(e.getMessage().contains("station of unit A1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Region("r",
                List.of(new Zone("A", new double[10], true, 63, 10, 3)), List.of(new Station("S", 0)),
                List.of(new Hospital("H", 0, 1, 0, false, false))));
        assertTrue(e.getMessage().contains("district 3"), e.getMessage());
    }

    @Test
    void outOfHoursTriageSendsGpCallsToLegevakt() {
        Triage t = Triage.perfect(DurationModel.fixed(1), 1);
        int gp = Level.GP_MUNICIPAL.ordinal();
        assertEquals(1.0, t.probability(true, gp, gp));
        assertEquals(1.0, t.probability(false, gp, Level.LEGEVAKT.ordinal()));
        assertTrue(t.gpOpen(8));            // Monday 08-09
        assertTrue(!t.gpOpen(16));          // Monday 16-17
        assertTrue(!t.gpOpen(5 * 24 + 10)); // Saturday 10-11
    }

    @Test
    void lognormalDurationHasItsMeanAndMedian() {
        DurationModel d = DurationModel.lognormal(20, 0.5);
        double sigma2 = Math.log1p(0.25);
        assertEquals(20 * Math.exp(-0.5 * sigma2), d.minutes(0.5), 1e-6);
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            sum += d.minutes((i + 0.5) / n);
        }
        assertEquals(20, sum / n, 0.05);
    }

    @Test
    void derivedTravelUsesDetourAndSpeed() {
        ChainScenario s = ChainScenarios.twoZonesOneStation().travel(TravelModel.fromCoordinates(1.4, 60, 60, 2, 0.8)).build();
        double km = s.region().greatCircleKm(0, 1);
        double[] minutes = s.travel().minutes(s.region(), 0);
        assertEquals(km * 1.4, minutes[1], 1e-9); // 60 km/h: minutes = km
        assertEquals(2, minutes[0], 1e-9);
    }
}
