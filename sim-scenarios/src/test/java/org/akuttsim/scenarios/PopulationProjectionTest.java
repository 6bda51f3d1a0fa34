package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.akuttsim.chain.Hospital;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.Station;
import org.akuttsim.chain.Zone;
import org.junit.jupiter.api.Test;

/** Growth arithmetic against the seed table (St. Olav 2021 → 2035) and hand-computed values. */
class PopulationProjectionTest {

    static final double[] P2021 = {26305, 27733, 41542, 36148, 31547, 29806, 24097, 18072, 7237, 1736};
    static final double[] P2035 = {28167, 27347, 41051, 39740, 37287, 30671, 29410, 22453, 14123, 2904};
    static final double[] MISSIONS_PER_PERSON = {0.084, 0.063, 0.098, 0.084, 0.091, 0.119, 0.183, 0.323, 0.632, 1.054};

    static GrowthProfile core() {
        double[] f = new double[10];
        for (int g = 0; g < 10; g++) {
            f[g] = P2035[g] / P2021[g];
        }
        return new GrowthProfile("core", 2021, 2035, f);
    }

    static Region oneZone(double[] pop) {
        return new Region("seed", List.of(new Zone("z", pop, true, 63.4, 10.4, 0)), List.of(new Station("s", 0)),
                List.of(new Hospital("h", 0, 1, 0, false, false)));
    }

    @Test
    void reproducesTheSeedTableIn2035AndTheBaseIn2021() {
        PopulationProjection p = new PopulationProjection(Map.of("core", core()), Map.of("z", "core"));
        Region r35 = p.project(oneZone(P2021), 2035);
        for (int g = 0; g < 10; g++) {
            assertEquals(P2035[g], r35.zones().get(0).population(g), 1e-9);
        }
        assertEquals(273_153, r35.totalPopulation(), 1e-6);
        assertEquals(244_223, p.project(oneZone(P2021), 2021).totalPopulation(), 1e-9);
    }

    @Test
    void interpolatesLinearlyBetweenTableYears() {
        // 80-89: factor 14123/7237 = 1.95150; 2028 is halfway: 1 + 0.95150 / 2
        assertEquals(1.4757496200, core().factor(8, 2028), 1e-9);
        assertEquals(7237 * 1.4757496200, new PopulationProjection(Map.of("core", core()), Map.of("z", "core"))
                .project(oneZone(P2021), 2028).zones().get(0).population(8), 1e-5);
    }

    @Test
    void extrapolatesTo2040WithTheSameAnnualRate() {
        // f^(19/14) for 80-89 = 2.4778293
        assertEquals(2.4778292860, core().factor(8, 2040), 1e-9);
        // continuous at 2035 and the annual rate after 2035 equals f^(1/14)
        GrowthProfile c = core();
        assertEquals(c.factor(8, 2035), P2035[8] / P2021[8], 1e-12);
        assertEquals(Math.pow(P2035[8] / P2021[8], 1.0 / 14), c.factor(8, 2036) / c.factor(8, 2035), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> c.factor(8, 2041));
        assertThrows(IllegalArgumentException.class, () -> c.factor(8, 2020));
    }

    @Test
    void demandGrowsFasterThanHeadCount() {
        PopulationProjection p = new PopulationProjection(Map.of("core", core()), Map.of("z", "core"));
        List<PopulationProjection.YearSummary> s = p.summary(oneZone(P2021), MISSIONS_PER_PERSON, 2021, 2035);
        // Σ pop × rate by hand: 34,132.573 (2021) and 43,113.914 (2035); the brief rounds to 34,190 → 43,180
        assertEquals(34_132.573, s.get(0).missions(), 1e-6);
        assertEquals(43_113.914, s.get(1).missions(), 1e-6);
        assertEquals(273_153.0 / 244_223, s.get(1).headCountIndex(), 1e-12);
        assertEquals(43_113.914 / 34_132.573, s.get(1).missionsIndex(), 1e-9);
        assertEquals(7237 * 0.632, s.get(0).missionsByAge()[8], 1e-9);
    }

    @Test
    void eachZoneFollowsItsOwnProfile() {
        double[] shrink = new double[10];
        java.util.Arrays.fill(shrink, 0.9);
        GrowthProfile rest = new GrowthProfile("rest", 2021, 2035, shrink);
        Region two = new Region("two", List.of(new Zone("city", P2021, true, 63.4, 10.4, 0),
                new Zone("rural", P2021, false, 63.0, 10.0, 0)), List.of(new Station("s", 0)),
                List.of(new Hospital("h", 0, 1, 0, false, false)));
        PopulationProjection p = new PopulationProjection(Map.of("core", core(), "rest", rest),
                Map.of("city", "core", "rural", "rest"));
        Region r = p.project(two, 2035);
        assertEquals(273_153, r.zones().get(0).totalPopulation(), 1e-6);
        assertEquals(244_223 * 0.9, r.zones().get(1).totalPopulation(), 1e-6);
        assertEquals(244_223 * (1 - 0.1 * 7 / 14.0), p.project(two, 2028).zones().get(1).totalPopulation(), 1e-6);
    }
}
