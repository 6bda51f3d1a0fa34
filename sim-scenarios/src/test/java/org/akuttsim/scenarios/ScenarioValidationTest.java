package org.akuttsim.scenarios;

import static org.akuttsim.scenarios.ScenarioDirectoryTest.copyDefault;
import static org.akuttsim.scenarios.ScenarioDirectoryTest.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.akuttsim.io.InputValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One validation path (issue 21): overrides get the checks parameters.csv gets, levers applied twice
 * are refused, degenerate models are refused or warned about, and every message is located.
 */
public class ScenarioValidationTest {

    static String refused(Path dir) {
        InputValidationException e = assertThrows(InputValidationException.class, () -> ScenarioDirectory.load(dir));
        return e.getMessage();
    }

    /** zones.csv with one cell of line {@code line} (1-based, header = 1) replaced. */
    public static void setZoneCell(Path dir, int line, String column, String value) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("zones.csv")));
        List<String> header = List.of(lines.get(0).split(","));
        int col = header.indexOf(column);
        // the source column is last and quoted: split only the cells before it
        String[] cells = lines.get(line - 1).split(",", header.size());
        cells[col] = value;
        lines.set(line - 1, String.join(",", cells));
        Files.write(dir.resolve("zones.csv"), lines);
    }

    @Test
    void anOverrideIsRefusedWhenItsGroupNoLongerAddsUp(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        Files.writeString(dir.resolve("policies.csv"), message("scenario,policy,value",
                "more_red,parameter,triage.mission_share.red=0.9",
                "balanced,parameter,triage.mission_share.red=0.5",
                "balanced,parameter,triage.mission_share.green=0.14"));
        String m = refused(dir);
        assertTrue(m.contains("policies.csv line 2, column 'value' (3): scenario 'more_red': parameters triage.mission_share.{red,yellow,green}"
                + " add up to 1.47; expected 1 (± 0.005)"), m);
        assertFalse(m.contains("balanced"), "two overrides that keep the sum are fine: " + m);
    }

    @Test
    void populationYearTwiceAndAShareLeverTwiceAreRefusedAtTheSecondRow(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        Files.writeString(dir.resolve("policies.csv"), message("scenario,policy,value",
                "grown,population_year,2035",
                "grown,population_year,2035",
                "less,less_overtriage,0.3",
                "less,less_overtriage,0.2",
                "p,parameter,travel.speed_rural=50",
                "p,parameter,travel.speed_rural=60",
                "c,close_station,tydal",
                "c,close_station,tydal"));
        String m = refused(dir);
        assertTrue(m.contains("policies.csv line 3, column 'policy' (2): expected population_year at most once per scenario")
                && m.contains("first on line 2 (growth would compound"), m);
        assertTrue(m.contains("policies.csv line 5, column 'policy' (2): expected less_overtriage at most once per scenario")
                && m.contains("first on line 4 (shares would stack"), m);
        assertTrue(m.contains("policies.csv line 7, column 'policy' (2): expected parameter at most once"), m);
        assertTrue(m.contains("policies.csv line 9, column 'policy' (2): expected close_station at most once"), m);
    }

    @Test
    void differentStationsAndDifferentLeversCompose(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        Files.writeString(dir.resolve("policies.csv"), message("scenario,policy,value",
                "c,close_station,tydal",
                "c,close_station,oppdal",
                "c,less_overtriage,0.3",
                "c,population_year,2035"));
        ScenarioDefinition d = ScenarioDirectory.load(dir);
        assertEquals(20, d.scenario("c").region().stationCount());
    }

    @Test
    void aPopulationTheRunCannotTakeIsRefusedAtItsCellWithTheLimit(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        setZoneCell(dir, 2, "pop_20_29", "1e9");
        String m = refused(dir);
        assertTrue(m.contains("zones.csv line 2, column 'pop_20_29' (11): expected at most "), m);
        assertTrue(m.contains("above the 500 per hour per ED and source the model handles"), m);
        assertTrue(m.contains("found '1e9'"), m);
        assertFalse(m.contains("walkIn"), "not blamed on a walk-in rate: " + m);
        // below that limit the ED's queue is the limit: 9e7 would leave millions of patients queued (OutOfMemoryError)
        setZoneCell(dir, 2, "pop_20_29", "6e7");
        String backlog = refused(dir);
        assertTrue(backlog.contains("hospitals.csv: the ED of st_olavs receives ") && backlog.contains("expected at most 1,000,000"),
                backlog);
        // an ED at ten times its capacity still runs (warned about): measured to run a year in -Xmx256m
        setZoneCell(dir, 2, "pop_20_29", "8e6");
        assertTrue(ScenarioDirectory.load(dir).warnings().toString().contains("expected ED occupancy 10"));
    }

    @Test
    void aCellBeyondTheWorldsPopulationAndAnAbsurdGrowthFactorAreRefused(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        setZoneCell(dir, 3, "pop_0_9", "1e300");
        List<String> g = new ArrayList<>(Files.readAllLines(dir.resolve("population_growth.csv")));
        String[] c = g.get(1).split(",", 8);
        c[6] = "50";
        g.set(1, String.join(",", c));
        Files.write(dir.resolve("population_growth.csv"), g);
        String m = refused(dir);
        assertTrue(m.contains("zones.csv line 3, column 'pop_0_9' (9): expected at most 10,000,000,000 persons in one cell"), m);
        assertTrue(m.contains("population_growth.csv line 2, column 'factor' (7): expected a growth factor in (0, 10]"), m);
        assertTrue(m.contains("found '50'"), m);
    }

    @Test
    void callsNoUnitCanServeAreRefused(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        Files.writeString(dir.resolve("units.csv"), message("unit_id,station,type,schedule",
                "p1,storen,patient_transport,24/7",
                "p2,oppdal,patient_transport,24/7"));
        String m = refused(dir);
        assertTrue(m.contains("units.csv: calls assigned RED occur but no unit can serve them (found unit types patient_transport);"
                + " expected a unit of a type that serves RED (emergency_ambulance, rapid_responder, air_ambulance, boat_ambulance)"), m);
        assertTrue(m.contains("units.csv: calls assigned YELLOW occur"), m);

        Files.writeString(dir.resolve("units.csv"), message("unit_id,station,type,schedule",
                "r1,storen,rapid_responder,24/7",
                "p1,storen,patient_transport,24/7"));
        // RED/YELLOW by the responder, GREEN and transport by the patient-transport unit: legal
        ScenarioDirectory.load(dir);
    }

    @Test
    void closingEveryStationIsRefusedAtTheScenariosRow(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        StringBuilder p = new StringBuilder("scenario,policy,value\n");
        for (String line : Files.readAllLines(dir.resolve("stations.csv")).subList(1, 23)) {
            p.append("none,close_station,").append(line.split(",")[0]).append('\n');
        }
        Files.writeString(dir.resolve("policies.csv"), p.toString());
        String m = refused(dir);
        assertTrue(m.contains("policies.csv line 2, column 'scenario' (1): scenario 'none' cannot be built: cannot close station"), m);
    }

    @Test
    void wardBedsZeroIsWarnedAboutLoudly(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        String h = Files.readString(dir.resolve("hospitals.csv")).replaceFirst("(orkdal,[^,]*,[^,]*,[^,]*),[0-9]+,", "$1,0,");
        Files.writeString(dir.resolve("hospitals.csv"), h);
        ScenarioDefinition d = ScenarioDirectory.load(dir);
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        assertTrue(d.warnings().get(0).startsWith("hospital orkdal: expected ward occupancy unbounded"), d.warnings().toString());
        assertTrue(ScenarioDirectory.load(copyDefault(Files.createDirectories(dir.resolve("plain")))).warnings().isEmpty());
    }

    @Test
    void aMissingTravelPairIsNamedByItsZones(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        List<String> zones = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("zones.csv")).subList(1, 28)) {
            zones.add(line.split(",")[0]);
        }
        StringBuilder t = new StringBuilder("from_zone,to_zone,minutes\n");
        for (String a : zones) {
            for (String b : zones) {
                if (!(a.equals(zones.get(5)) && b.equals(zones.get(9)))) {
                    t.append(a).append(',').append(b).append(",10\n");
                }
            }
        }
        Files.writeString(dir.resolve("travel.csv"), t.toString());
        String m = refused(dir);
        assertTrue(m.contains("travel.csv: band starting at hour 0 lacks 1 zone pairs (e.g. " + zones.get(5) + " → " + zones.get(9) + ")"), m);
    }

    @Test
    void leverValuesFoundByFuzzingGetLocatedMessages(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        Files.writeString(dir.resolve("policies.csv"), message("scenario,policy,value",
                "a,open_station,new@orkland:99999999999",
                "b,open_station,@:",
                "c,staff_shortage,1",
                "d,staff_shortage,0.9999"));
        String m = refused(dir);
        // was "expected For input string: ..." (int overflow) and an ArrayIndexOutOfBoundsException
        assertTrue(m.contains("policies.csv line 2, column 'value' (3): expected 'station_id@zone_id:ambulances' with 1 to 100"
                + " ambulances"), m);
        assertTrue(m.contains("policies.csv line 3, column 'value' (3): expected 'station_id@zone_id:ambulances'"), m);
        // was "fleet needs at least one unit" although the lever promises one remains
        assertTrue(m.contains("policies.csv line 4, column 'value' (3): expected a share in [0, 1) for staff_shortage"), m);
        assertFalse(m.contains("line 5"), "0.9999 leaves one unit with at least one crewed hour: " + m);
        assertFalse(m.contains("For input string"), m);
    }

    @Test
    void everyPolicyTwiceInOneScenarioIsRefusedInTheFileAndInJava(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        java.util.Map<String, String> sample = new java.util.LinkedHashMap<>();
        for (String n : PolicyNames.NAMES) {
            sample.put(n, "0.1");
        }
        sample.put("close_station", "tydal");
        sample.put("open_station", "botngard@orkland:1");
        sample.put("population_year", "2035");
        sample.put("relocation", "fill-empty-district");
        sample.put("dispatch", "nearest-free");
        sample.put("workforce", "2035");
        assertEquals(PolicyNames.NAMES.size(), sample.size());
        StringBuilder p = new StringBuilder("scenario,policy,value\n");
        sample.forEach((n, v) -> p.append(n).append(',').append(n).append(',').append(v).append('\n')
                .append(n).append(',').append(n).append(',').append(v).append('\n'));
        Files.writeString(dir.resolve("policies.csv"), p.toString());
        String m = refused(dir);
        PolicyNames.Context ctx = new PolicyNames.Context(DefaultRegion.stOlav().projection(), 0);
        int line = 3;
        for (java.util.Map.Entry<String, String> e : sample.entrySet()) {
            assertTrue(m.contains("policies.csv line " + line + ", column 'policy' (2): expected " + e.getKey() + " at most once per scenario"),
                    e.getKey() + ": " + m);
            line += 2;
            Policy once = PolicyNames.parse(e.getKey(), e.getValue(), ctx);
            assertThrows(IllegalArgumentException.class, () -> once.andThen(PolicyNames.parse(e.getKey(), e.getValue(), ctx)), e.getKey());
        }
    }
}
