package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.akuttsim.chain.AgeGroups;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Level;
import org.akuttsim.chain.UnitType;
import org.akuttsim.chain.Zone;
import org.akuttsim.io.InputErrors;
import org.junit.jupiter.api.Test;

class DefaultRegionTest {

    @Test
    void stOlavsCatchmentHasTheMunicipalPopulationAndTheSourcedStations() {
        ChainScenario s = DefaultRegion.stOlav2021();
        assertEquals(27, s.region().zoneCount());
        assertEquals(22, s.region().stationCount(), "St. Olavs runs 22 stations (stolav.no 2024)");
        assertEquals(2, s.region().hospitalCount());
        // SSB 2021 sum of the 20 catchment municipalities, split by age without losing a person
        assertEquals(337_293, s.region().totalPopulation(), 1e-6);
        assertEquals(32, s.fleet().size());
        long emergency = s.fleet().units().stream().filter(u -> u.type() == UnitType.EMERGENCY_AMBULANCE).count();
        assertEquals(29, emergency);
        long alwaysOn = s.fleet().units().stream().filter(u -> u.schedule().alwaysOn()).count();
        assertEquals(25, alwaysOn, "25 ambulances crewed at night");
    }

    @Test
    void defaultParametersFileIsCompleteAndValid() {
        InputErrors errors = new InputErrors();
        Parameters p = DefaultRegion.readDefaultParameters(errors);
        assertTrue(errors.isEmpty(), errors.asList().toString());
        assertEquals(ParameterCatalog.standard().names().size(), p.asMap().size());
        for (String name : p.asMap().keySet()) {
            assertTrue(!p.source(name).isBlank(), name + " has a source");
        }
        assertEquals(0.08, p.get("scene.treat_and_leave"));
        assertEquals(2.66, p.get("emissions.co2_per_litre"));
    }

    @Test
    void expectedMissionsFollowAgeRatesAndTheMissionMixIsTheBriefs() {
        // without the municipal side, whose legevakt doctors' ambulances come out of AMK's rates (MunicipalAssembly)
        ChainScenario s = DefaultRegion.stOlav().baselineWith(java.util.Map.of("municipal.model", 0.0));
        Parameters p = DefaultRegion.defaultParameters();
        double[] rate = p.missionsPerPersonYear();
        double missions = 0;
        for (Zone z : s.region().zones()) {
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                missions += z.population(g) * rate[g];
            }
        }
        double[][] joint = ScenarioAssembler.jointTriage(p);
        double ambulanceShare = 0;
        double red = 0;
        for (int n = 0; n < Level.COUNT; n++) {
            for (int a = 0; a < Level.AMBULANCE_LEVELS; a++) {
                ambulanceShare += joint[n][a];
            }
            red += joint[n][Level.RED.ordinal()];
        }
        assertEquals(1 / ScenarioAssembler.callsPerMission(p), ambulanceShare, 1e-12);
        assertEquals(0.43, red / ambulanceShare, 1e-12);
        // calls × share sent an ambulance = missions
        assertEquals(missions, s.expectedCallsPerYear() * ambulanceShare, 1e-6 * missions);
        // 140 per 1,000 was calibrated on the younger core; the whole catchment is older
        double per1000 = missions / s.region().totalPopulation() * 1000;
        assertTrue(per1000 > 138 && per1000 < 150, "missions per 1,000: " + per1000);
    }

    @Test
    void stOlavIn2035HasTheSeedTablesGrowth() {
        ChainScenario s21 = DefaultRegion.stOlav2021();
        ChainScenario s35 = DefaultRegion.stOlav(2035);
        double g = s35.region().totalPopulation() / s21.region().totalPopulation();
        assertTrue(g > 1.05 && g < 1.12, "head-count growth " + g);
        double d = s35.expectedCallsPerYear() / s21.expectedCallsPerYear();
        assertTrue(d > g + 0.1, "demand grows faster than head count: " + d + " vs " + g);
    }
}
