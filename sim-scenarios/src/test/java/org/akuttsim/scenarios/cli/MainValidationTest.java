package org.akuttsim.scenarios.cli;

import static org.akuttsim.scenarios.cli.MainTest.run;
import static org.akuttsim.scenarios.cli.MainTest.tiny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21 on the command line: every input gets a located message and an exit code, never a stack trace. */
class MainValidationTest {

    static Path copyDefault(Path dir) throws Exception {
        return org.akuttsim.scenarios.ScenarioDirectoryTest.copyDefault(dir);
    }

    static void noStackTrace(MainTest.Outcome o) {
        assertFalse(o.err().contains("\tat ") || o.err().contains("Exception:") && !o.err().contains("internal error"), o.err());
        assertFalse(o.err().contains("For input string"), o.err());
    }

    @Test
    void aHorizonBeyondHundredYearsIsRefusedNamingTheOptions(@TempDir Path dir) {
        MainTest.Outcome o = run("run", "--length-days", "1e300", "--out", dir.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--warm-up-days 7 plus --length-days 1.0E300: expected at most 36,525 days in all (100 years)"), o.err());
        MainTest.Outcome main = run("--length-days", "36519", "--out", dir.toString());
        assertEquals(2, main.code(), main.err());
        assertTrue(main.err().contains("expected at most 36,525 days"), main.err());
        assertFalse(Files.exists(dir.resolve("replications.csv")));
    }

    @Test
    void validateRefusesAPopulationTheRunCannotTakeAtItsCell(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        org.akuttsim.scenarios.ScenarioValidationTest.setZoneCell(dir, 2, "pop_20_29", "1e9");
        MainTest.Outcome v = run("validate", dir.toString());
        assertEquals(1, v.code(), v.err());
        assertTrue(v.err().contains("zones.csv line 2, column 'pop_20_29' (11): expected at most"), v.err());
        assertTrue(v.err().contains("found '1e9'"), v.err());
        noStackTrace(v);
        MainTest.Outcome r = run("run", "-d", dir.toString(), "-r", "1", "--length-days", "1", "-q", "--out", dir.resolve("out").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("zones.csv line 2, column 'pop_20_29'"), r.err());
        noStackTrace(r);
    }

    @Test
    void validateWarnsLoudlyAboutWardBedsZeroAndStillExitsZero(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        String h = Files.readString(dir.resolve("hospitals.csv")).replaceFirst("(orkdal,[^,]*,[^,]*,[^,]*),[0-9]+,", "$1,0,");
        Files.writeString(dir.resolve("hospitals.csv"), h);
        MainTest.Outcome v = run("validate", dir.toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.err().contains("warning: hospital orkdal: expected ward occupancy unbounded"), v.err());
        assertTrue(v.out().contains("valid with 1 warning"), v.out());
    }

    @Test
    void sweepParameterOverridesGetTheGroupChecksAndNumbersAreChecked(@TempDir Path dir) {
        MainTest.Outcome group = run("sweep", "--parameter", "triage.mission_share.red", "--values", "0.43,0.9", "--out", dir.toString());
        assertEquals(2, group.code(), group.err());
        assertTrue(group.err().contains("--parameter triage.mission_share.red --values '0.9': parameters triage.mission_share."
                + "{red,yellow,green} add up to 1.47; expected 1 (± 0.005)"), group.err());
        MainTest.Outcome notANumber = run("sweep", "--parameter", "travel.speed_rural", "--values", "50,fast", "--out", dir.toString());
        assertEquals(2, notANumber.code(), notANumber.err());
        assertTrue(notANumber.err().contains("--parameter travel.speed_rural --values: expected a finite number (decimal point), found 'fast'"),
                notANumber.err());
        noStackTrace(notANumber);
        MainTest.Outcome unknown = run("sweep", "--parameter", "no.such", "--values", "1", "--out", dir.toString());
        assertEquals(2, unknown.code(), unknown.err());
        assertTrue(unknown.err().contains("unknown parameter 'no.such'"), unknown.err());
        assertFalse(Files.exists(dir.resolve("replications.csv")));
    }

    @Test
    void aSweepRefusesALeverItsBaseAppliesAlready(@TempDir Path dir) {
        MainTest.Outcome o = run("sweep", "--lever", "less_overtriage", "--values", "0.1", "--base", "2035 less overtriage 30%",
                "--out", dir.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("applies less_overtriage twice"), o.err());
        MainTest.Outcome grow = run("sweep", "--lever", "population_year", "--values", "2030", "--out", dir.toString());
        assertEquals(2, grow.code(), grow.err());
        assertTrue(grow.err().contains("applies population_year twice"), grow.err());
    }

    @Test
    void badInputsGetMessagesNotStackTraces(@TempDir Path dir) throws Exception {
        MainTest.Outcome unknown = run("validate", "--strict", dir.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--strict"), unknown.err());
        MainTest.Outcome seed = run("run", "--seed", "1.5e3", "--out", dir.toString());
        assertEquals(2, seed.code());
        assertTrue(seed.err().contains("--seed") && seed.err().contains("1.5e3"), seed.err());
        noStackTrace(seed);
        MainTest.Outcome days = run("run", "--length-days", "a year", "--out", dir.toString());
        assertEquals(2, days.code());
        assertTrue(days.err().contains("--length-days") && days.err().contains("a year"), days.err());
        noStackTrace(days);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        MainTest.Outcome missing = run("validate", empty.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("zones.csv"), missing.err());
        noStackTrace(missing);
        MainTest.Outcome noDir = run("run", "-d", dir.resolve("nowhere").toString(), "--out", dir.toString());
        assertEquals(2, noDir.code());
        assertTrue(noDir.err().contains("--scenario-dir") && noDir.err().contains("is not a directory"), noDir.err());
    }

    @Test
    void aTrueBugPrintsOneLineAndWhereItsStackTraceWentWithExitCode70(@TempDir Path dir) throws Exception {
        MainTest.Outcome o = MainTest.run((done, total) -> {
            throw new NullPointerException("a bug planted by the test");
        }, tiny(dir, 1));
        assertEquals(Main.EXIT_BUG, o.code(), o.err());
        assertTrue(o.err().contains("internal error (a bug in akuttsim, not in your input)"), o.err());
        assertFalse(o.err().contains("\tat "), o.err());
        String path = o.err().replaceFirst("(?s).*stack trace written to (\\S+) .*", "$1");
        String trace = Files.readString(Path.of(path));
        assertTrue(trace.contains("a bug planted by the test") && trace.contains("\tat "), trace);
        Files.delete(Path.of(path));
    }

    @Test
    void calibrationRefusesABadArgumentWithAUsageError() {
        for (String[] args : List.of(new String[] {"many"}, new String[] {"0"}, new String[] {"3", "mars"}, new String[] {"1", "hmn", "x"})) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = org.akuttsim.scenarios.Calibration.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String e = err.toString(StandardCharsets.UTF_8);
            assertEquals(2, code, String.join(" ", args) + ": " + e);
            assertTrue(e.contains("usage: Calibration") && e.contains("expected"), e);
            assertEquals("", out.toString(StandardCharsets.UTF_8), "no table (no NaN table) on a bad argument");
        }
    }

    @Test
    void aLongerRunIsCheckedAgainForTheEdQueueItWouldBuild(@TempDir Path dir) throws Exception {
        copyDefault(dir);
        org.akuttsim.scenarios.ScenarioValidationTest.setZoneCell(dir, 2, "pop_20_29", "1.7e7");
        assertEquals(0, run("validate", dir.toString()).code(), "a default-length run's queue stays below 1,000,000");
        MainTest.Outcome o = run("run", "-d", dir.toString(), "--length-days", "3650", "-q", "--out", dir.resolve("out").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--warm-up-days plus --length-days: scenario 'baseline': the ED of st_olavs receives")
                && o.err().contains("expected at most 1,000,000"), o.err());
        assertFalse(Files.exists(dir.resolve("out").resolve("replications.csv")));
    }
}
