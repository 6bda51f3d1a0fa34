package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.io.InputError;
import org.akuttsim.io.InputValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Public for its {@link #copyDefault} fixture, which the command-line tests use too. */
public class ScenarioDirectoryTest {

    static final List<String> FILES = List.of("zones.csv", "stations.csv", "units.csv", "hospitals.csv", "population_growth.csv",
            "crossings.csv");

    /** Copies the embedded St. Olavs region's files (not its parameters.csv) into {@code dir}. */
    public static Path copyDefault(Path dir) throws Exception {
        for (String f : FILES) {
            try (InputStream in = ScenarioDirectory.class.getResourceAsStream(DefaultRegion.STOLAV + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
        return dir;
    }

    static String message(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aCopyOfTheDefaultRegionLoadsAsADirectoryWithPoliciesAndParameterOverrides(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        Files.writeString(dir.resolve("parameters.csv"), message("name,value,unit,source",
                "scene.treat_and_leave,0.15,fraction,scenario test"));
        Files.writeString(dir.resolve("policies.csv"), message("scenario,policy,value",
                "grown,population_year,2035",
                "grown_less_ot,population_year,2035",
                "grown_less_ot,less_overtriage,0.3",
                "closed,close_station,tydal"));
        ScenarioDefinition d = ScenarioDirectory.load(dir);
        assertEquals(List.of("baseline", "grown", "grown_less_ot", "closed"), d.scenarioNames());
        assertEquals(0.15, d.parameters().get("scene.treat_and_leave"));
        assertEquals("scenario test", d.parameters().source("scene.treat_and_leave"));
        assertEquals(0.43, d.parameters().get("triage.mission_share.red"), "others keep the default");
        ChainScenario g = d.scenario("grown_less_ot");
        assertEquals("grown_less_ot", g.name());
        assertEquals(DefaultRegion.stOlav(2035).expectedCallsPerYear(), g.expectedCallsPerYear(), 1e-6);
        assertTrue(g.triage().daytime()[1][0] < d.baseline().triage().daytime()[1][0]);
        assertEquals(21, d.scenario("closed").region().stationCount());
    }

    @Test
    void aScenarioMayChangeAnAssumptionAndKeepsTheBaselineCallsForCommonRandomNumbers(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        Files.writeString(dir.resolve("policies.csv"), message("scenario,policy,value",
                // The override row comes after the lever, yet the baseline is re-assembled first and the lever applied after.
                "more_legevakt_need,less_overtriage,0.5",
                "more_legevakt_need,parameter,triage.green_no_ambulance_need=0.6",
                "slow_roads,parameter,travel.speed_rural=50"));
        ScenarioDefinition d = ScenarioDirectory.load(dir);
        assertEquals(List.of("baseline", "more_legevakt_need", "slow_roads"), d.scenarioNames());
        int lv = org.akuttsim.chain.Level.LEGEVAKT.ordinal();
        int g = org.akuttsim.chain.Level.GREEN.ordinal();
        ChainScenario reassembled = d.baselineWith(java.util.Map.of("triage.green_no_ambulance_need", 0.6));
        ChainScenario expected = Policies.lessOvertriage(0.5).apply(reassembled);
        ChainScenario s = d.scenario("more_legevakt_need");
        assertEquals(expected.triage().daytime()[lv][g], s.triage().daytime()[lv][g], 1e-15);
        assertTrue(reassembled.triage().daytime()[lv][g] > d.baseline().triage().daytime()[lv][g],
                "more GREEN missions whose true need is legevakt");
        // The same candidate calls: the envelope is the baseline's, so calls stay paired.
        assertSame(d.baseline().envelope(), s.envelope());
        assertSame(d.baseline().envelope(), d.scenario("slow_roads").envelope());
        assertEquals(d.baseline().expectedCallsPerYear(), s.expectedCallsPerYear(), 1e-9);
        // A sweep point on top of a scenario: its value wins over the scenario's own.
        ChainScenario point = d.scenario("more_legevakt_need", java.util.Map.of("triage.green_no_ambulance_need", 0.1));
        assertTrue(point.triage().daytime()[lv][g] < s.triage().daytime()[lv][g]);
        // Any higher demand thins the same envelope: its calls are a superset of the baseline's.
        ChainScenario busier = d.baselineWith(java.util.Map.of("demand.missions_per_1000.80-89", 5000.0));
        assertTrue(busier.expectedCallsPerYear() > d.baseline().expectedCallsPerYear());
        assertSame(d.baseline().envelope(), busier.envelope());
    }

    @Test
    void badParameterOverridesNameTheirLineAndWhatWasExpected(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        Files.writeString(dir.resolve("policies.csv"), message("scenario,policy,value",
                "a,parameter,no_such.parameter=1",
                "b,parameter,triage.undertriage=0.9",
                "c,parameter,triage.undertriage",
                "d,parameter,triage.undertriage=lots"));
        InputValidationException e = assertThrows(InputValidationException.class, () -> ScenarioDirectory.load(dir));
        String m = e.getMessage();
        assertTrue(m.contains("policies.csv line 2, column 'value'") && m.contains("unknown parameter 'no_such.parameter'"), m);
        assertTrue(m.contains("policies.csv line 3, column 'value'") && m.contains("triage.undertriage"), m);
        assertTrue(m.contains("policies.csv line 4, column 'value'") && m.contains("name=number"), m);
        assertTrue(m.contains("policies.csv line 5, column 'value'") && m.contains("a number after '='"), m);
    }

    @Test
    void everyProblemOfEveryFileIsReportedBeforeAnythingIsBuilt(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        String zones = Files.readString(dir.resolve("zones.csv"));
        // line 3 of zones.csv: population 'lots' in pop_80_89, and a station that does not exist
        String[] lines = zones.split("\n", -1);
        lines[2] = lines[2].replaceFirst(",trondheim_ost,core,(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),",
                ",trondheim_west,core,$1,$2,$3,$4,$5,$6,$7,$8,lots,");
        Files.writeString(dir.resolve("zones.csv"), String.join("\n", lines));
        Files.writeString(dir.resolve("units.csv"), message("unit_id,station,type,schedule",
                "a1,storen,emergency_ambulance,24/7",
                "a2,storen,helicopter,24/7",
                "a3,nowhere,emergency_ambulance,8 to 4"));
        Files.writeString(dir.resolve("parameters.csv"), message("name,value,unit,source",
                "on_scene.red,0.33,h,typo in unit",
                "on_scen.yellow,20,min,typo in name",
                "scene.treat_and_leave,1.5,fraction,"));
        Files.writeString(dir.resolve("policies.csv"), message("scenario,policy,value",
                "x,less_overtriage,30%",
                "y,close_station,atlantis"));
        InputValidationException e = assertThrows(InputValidationException.class, () -> ScenarioDirectory.load(dir));
        List<String> msgs = e.errors().stream().map(InputError::toString).toList();
        String all = String.join("\n", msgs);
        assertTrue(all.contains("parameters.csv line 2, column 'unit' (3): expected 'min' for on_scene.red, found 'h'"), all);
        assertTrue(all.contains("parameters.csv line 3, column 'name' (1): expected a known parameter name (did you mean 'on_scene.yellow'?), found 'on_scen.yellow'"), all);
        assertTrue(all.contains("parameters.csv line 4, column 'value' (2): expected a number in [0, 1] (fraction) for scene.treat_and_leave, found '1.5'"), all);
        assertTrue(all.contains("parameters.csv line 4, column 'source' (4): expected where the value comes from"), all);
        assertTrue(all.contains("zones.csv line 3, column 'pop_80_89' (17): expected a non-negative number, found 'lots'"), all);
        assertTrue(all.contains("zones.csv line 3, column 'station' (7): expected a station_id from stations.csv, found 'trondheim_west'"), all);
        assertTrue(all.contains("units.csv line 3, column 'type' (3): expected one of emergency_ambulance, patient_transport, rapid_responder, air_ambulance, boat_ambulance, found 'helicopter'"), all);
        assertTrue(all.contains("units.csv line 4, column 'station' (2): expected a station_id from stations.csv, found 'nowhere'"), all);
        assertTrue(all.contains("units.csv line 4, column 'schedule' (4): expected a schedule such as"), all);
        assertTrue(all.contains("policies.csv line 2, column 'value' (3): expected a share in [0, 1] (e.g. 0.3 for 30 %), found '30%'"), all);
        assertTrue(all.contains("policies.csv line 3, column 'value' (3): expected a station_id from stations.csv, found 'atlantis'"), all);
        assertEquals(11, msgs.size(), all);
    }

    @Test
    void missingFilesAndColumnsAreNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("zones.csv"), message("zone_id,lat,lon", "a,63,10"));
        InputValidationException e = assertThrows(InputValidationException.class, () -> ScenarioDirectory.load(dir));
        String all = e.getMessage();
        assertTrue(all.contains("zones.csv line 1: missing required column 'urban'"), all);
        assertTrue(all.contains("stations.csv: file not found"), all);
        assertTrue(all.contains("units.csv: file not found"), all);
        assertTrue(all.contains("hospitals.csv: file not found"), all);
    }

    @Test
    void incompleteTravelMatrixIsReported(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        Files.writeString(dir.resolve("travel.csv"), message("from_zone,to_zone,minutes", "trd_midtbyen,trd_ostbyen,7",
                "trd_midtbyen,mars,9"));
        InputValidationException e = assertThrows(InputValidationException.class, () -> ScenarioDirectory.load(dir));
        String all = e.getMessage();
        assertTrue(all.contains("travel.csv line 3, column 'to_zone' (2): expected a zone_id from zones.csv, found 'mars'"), all);
        assertTrue(all.contains("travel.csv: band starting at hour 0 lacks 728 zone pairs"), all);
    }
}
