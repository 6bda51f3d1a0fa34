package org.akuttsim.scenarios;

import static org.akuttsim.scenarios.ScenarioDirectoryTest.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.DispatchRules;
import org.akuttsim.chain.dispatch.DefaultDispatch;
import org.akuttsim.chain.dispatch.NearestFreeDispatch;
import org.akuttsim.chain.relocation.ComplianceTable;
import org.akuttsim.chain.relocation.FillEmptyDistrict;
import org.akuttsim.chain.relocation.RelocationPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dispatch.csv, preferences.csv, relocation.csv and durations.csv: what they choose reaches the
 * scenario, the {@code relocation} and {@code dispatch} levers work, and bad files get located
 * messages saying what was expected.
 */
class ModelSettingsTest {

    /** The hypercube directory without its dispatch and duration choices: four stations S0..S3, units U0..U3. */
    static Path fourStations(Path dir) throws Exception {
        Path src = Path.of(ModelSettingsTest.class.getResource("hypercube-loss").toURI());
        for (String f : new String[] {"zones.csv", "stations.csv", "units.csv", "hospitals.csv", "travel.csv", "parameters.csv"}) {
            Files.copy(src.resolve(f), dir.resolve(f));
        }
        return dir;
    }

    static String refused(Path dir) {
        return ScenarioValidationTest.refused(dir);
    }

    @Test
    void withoutTheFilesTheScenarioKeepsTheDefaultDispatch(@TempDir Path dir) throws Exception {
        ChainScenario s = ScenarioDirectory.load(fourStations(dir)).baseline();
        assertEquals(DispatchRules.defaults(), s.dispatch());
    }

    @Test
    void aComplianceTableAndDurationFamiliesReachTheScenario(@TempDir Path dir) throws Exception {
        fourStations(dir);
        Files.writeString(dir.resolve("dispatch.csv"), message("setting,value,source",
                "policy,readiness-protecting,",
                "green_max_wait_minutes,20,test",
                "relocation,compliance-table,"));
        Files.writeString(dir.resolve("relocation.csv"), message("free_units,place,station",
                "1,1,S0", "2,1,S0", "2,2,S2", "3,1,S0", "3,2,S2", "3,3,S1"));
        Files.writeString(dir.resolve("durations.csv"), message("step,level,family,mean,cv,values",
                "on_scene,red,gamma,25,0.5,",
                "on_scene,yellow,empirical,,,10;20;30",
                "activation,green,lognormal,4,0.5,",
                "direct_handover,,exponential,12,,"));
        Files.writeString(dir.resolve("policies.csv"), message("scenario,policy,value",
                "fill,relocation,fill-empty-district:45",
                "nearest,dispatch,nearest-free",
                "off,relocation,none"));
        ScenarioDefinition d = ScenarioDirectory.load(dir);
        ChainScenario s = d.baseline();
        assertEquals(new DefaultDispatch(Double.POSITIVE_INFINITY, 0, 20), s.dispatch().policy());
        assertEquals(new ComplianceTable(new int[][] {{0}, {0, 2}, {0, 2, 1}}), s.dispatch().relocation());
        assertEquals(25, s.scene().onScene()[0].mean(), 1e-9);
        assertEquals(20, s.scene().onScene()[1].mean(), 1e-9);
        assertEquals(20, s.scene().onScene()[1].minutes(0.5), 1e-9, "the median of 10, 20, 30 interpolated");
        assertEquals(4, s.scene().activation()[2].mean(), 1e-9);
        assertEquals(12, s.scene().directHandover().mean(), 1e-9);
        assertEquals(new FillEmptyDistrict(45), d.scenario("fill").dispatch().relocation());
        assertEquals(new NearestFreeDispatch(false), d.scenario("nearest").dispatch().policy());
        assertEquals(s.dispatch().relocation(), d.scenario("nearest").dispatch().relocation(), "the dispatch lever keeps relocation");
        assertSame(RelocationPolicy.NONE, d.scenario("off").dispatch().relocation());
    }

    @Test
    void badRelocationTablesAreRefusedSayingWhatWasExpected(@TempDir Path dir) throws Exception {
        fourStations(dir);
        Files.writeString(dir.resolve("dispatch.csv"), message("setting,value", "relocation,compliance-table"));
        Files.writeString(dir.resolve("relocation.csv"), message("free_units,place,station",
                "1,1,S0", "2,1,S0", "3,1,S0", "3,2,SX", "3,4,S1"));
        String m = refused(dir);
        assertTrue(m.contains("relocation.csv line 5, column 'station' (3): expected a station_id from stations.csv, found 'SX'"), m);
        assertTrue(m.contains("relocation.csv line 6, column 'place' (2): expected a place from 1 to free_units (3), found '4'"), m);
        assertTrue(m.contains("relocation.csv: free_units 2 has places [1]; expected places 1 to 2 (one station per free unit)"), m);

        Files.writeString(dir.resolve("relocation.csv"), message("free_units,place,station", "2,1,S0", "2,2,S1"));
        m = refused(dir);
        assertTrue(m.contains("relocation.csv: no places for 1 free units; expected rows for every number of free units from 1 to 2"), m);

        Files.delete(dir.resolve("relocation.csv"));
        m = refused(dir);
        assertTrue(m.contains("dispatch.csv line 2, column 'value' (2): relocation compliance-table needs relocation.csv"), m);
        Files.writeString(dir.resolve("policies.csv"), message("scenario,policy,value", "t,relocation,compliance-table"));
        Files.delete(dir.resolve("dispatch.csv"));
        m = refused(dir);
        assertTrue(m.contains("policies.csv line 2, column 'value' (3): expected relocation.csv (free_units,place,station)"), m);
        Files.writeString(dir.resolve("policies.csv"), message("scenario,policy,value", "t,relocation,fill-empty-district:-5"));
        m = refused(dir);
        assertTrue(m.contains("policies.csv line 2, column 'value' (3): expected fill-empty-district:<minutes> with minutes in (0, 10080]"), m);
    }

    @Test
    void badDispatchAndDurationFilesAreRefusedSayingWhatWasExpected(@TempDir Path dir) throws Exception {
        fourStations(dir);
        Files.writeString(dir.resolve("dispatch.csv"), message("setting,value",
                "policy,fixed-preference",
                "when_none_free,lose",
                "green_max_wait_minutes,10",
                "polcy,nearest-free",
                "neighbour_minutes,30"));
        Files.writeString(dir.resolve("durations.csv"), message("step,level,family,mean,cv,values",
                "on_scene,red,lognormal,20,,",
                "on_scene,all,exponential,20,,",
                "call_handling,red,fixed,1,,",
                "activation,all,empirical,,,5",
                "handover,all,fixed,1,,"));
        String m = refused(dir);
        assertTrue(m.contains("dispatch.csv line 2, column 'value' (2): policy fixed-preference needs preferences.csv (zone,rank,unit)"), m);
        assertTrue(m.contains("dispatch.csv line 4, column 'setting' (1): expected green_max_wait_minutes only with policy readiness-protecting"
                + " (the policy here is fixed-preference)"), m);
        assertTrue(m.contains("dispatch.csv line 5, column 'setting' (1): expected one of policy, yellow_accept_minutes"), m);
        assertTrue(m.contains("dispatch.csv line 6, column 'setting' (1): expected neighbour_minutes only with relocation fill-empty-district"), m);
        assertTrue(m.contains("durations.csv line 2, column 'cv' (5): expected a number"), m);
        assertTrue(m.contains("durations.csv line 4, column 'level' (2): expected empty or 'all' for step call_handling"), m);
        assertTrue(m.contains("durations.csv line 5, column 'values' (6): expected at least two different observed minutes"), m);
        assertTrue(m.contains("durations.csv line 6, column 'step' (1): expected one of call_handling, activation, on_scene, direct_handover"), m);

        Files.writeString(dir.resolve("durations.csv"), message("step,level,family,mean", "on_scene,red,fixed,10", "on_scene,all,fixed,20"));
        Files.writeString(dir.resolve("dispatch.csv"), message("setting,value", "policy,readiness-protecting", "when_none_free,lose"));
        Files.writeString(dir.resolve("preferences.csv"), message("zone,rank,unit", "Z0,1,U0"));
        m = refused(dir);
        assertTrue(m.contains("durations.csv line 3, column 'level' (2): expected one duration per step and level, but on_scene for RED is given"
                + " already on line 2"), m);
        assertTrue(m.contains("dispatch.csv line 3, column 'value' (2): expected queue: policy readiness-protecting lets calls wait"), m);
        assertTrue(m.contains("preferences.csv: preference lists are used only with 'policy,fixed-preference' in dispatch.csv"), m);
    }

    @Test
    void badPreferenceListsAreRefusedSayingWhatWasExpected(@TempDir Path dir) throws Exception {
        fourStations(dir);
        Files.writeString(dir.resolve("dispatch.csv"), message("setting,value", "policy,fixed-preference"));
        Files.writeString(dir.resolve("preferences.csv"), message("zone,rank,unit",
                "Z0,1,U0", "Z0,3,U1", "Z1,1,U1", "Z1,2,U1", "Z2,1,U9", "Z3,1,U3", "Z3,1,U2"));
        String m = refused(dir);
        assertTrue(m.contains("preferences.csv: zone Z0 has ranks [1, 3]; expected 1 to 2 without gaps"), m);
        assertTrue(m.contains("preferences.csv line 5, column 'unit' (3): expected each unit once per zone, but unit U1 is listed twice for zone Z1"), m);
        assertTrue(m.contains("preferences.csv line 6, column 'unit' (3): expected a unit_id from units.csv, found 'U9'"), m);
        assertTrue(m.contains("preferences.csv line 8, column 'rank' (2): expected each rank once per zone, but zone Z3 has rank 1 twice"), m);
        assertTrue(m.contains("preferences.csv: zone Z4 has no preference list"), m);
    }
}
