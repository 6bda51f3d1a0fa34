package org.akuttsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.akuttsim.experiment.ProgressListener;
import org.akuttsim.scenarios.DefaultRegion;
import org.akuttsim.scenarios.ScenarioDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: options, exit codes, files written, resume. */
class MainTest {

    /** What one invocation printed and returned. */
    record Outcome(int code, String out, String err) {
    }

    static Outcome run(ProgressListener extra, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8), extra);
        return new Outcome(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    static Outcome run(String... args) {
        return run(ProgressListener.NONE, args);
    }

    /** Short replications of the embedded 2021 and 2035 scenarios: seconds, not minutes. */
    static String[] tiny(Path out, String... more) {
        return tiny(out, 2, more);
    }

    static String[] tiny(Path out, int replications, String... more) {
        String[] base = {"compare", "-s", "2021,2035", "-r", Integer.toString(replications), "--length-days", "10", "--warm-up-days", "1",
            "-q", "--out", out.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void badOptionsAreRejectedWithExitCode2AndAMessageNamingTheOption(@TempDir Path dir) {
        Outcome unknown = run("run", "--replicates", "5");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--replicates"), unknown.err());

        Outcome notANumber = run("run", "--replications", "many");
        assertEquals(2, notANumber.code());
        assertTrue(notANumber.err().contains("--replications") && notANumber.err().contains("many"), notANumber.err());

        Outcome zero = run("run", "--replications", "0", "--out", dir.toString());
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("--replications must be at least 1, was 0"), zero.err());

        Outcome length = run("compare", "--length-days", "-3", "--out", dir.toString());
        assertEquals(2, length.code());
        assertTrue(length.err().contains("--length-days must be a finite number > 0, was -3.0"), length.err());

        Outcome lever = run("sweep", "--lever", "less_overtriage", "--values", "0,30%", "--out", dir.toString());
        assertEquals(2, lever.code());
        assertTrue(lever.err().contains("'30%': expected a share in [0, 1]"), lever.err());

        Outcome noLever = run("sweep", "--values", "0,0.1");
        assertEquals(2, noLever.code());
        assertTrue(noLever.err().contains("--lever"), noLever.err());

        Outcome scenario = run("run", "-s", "2050", "--out", dir.toString());
        assertEquals(1, scenario.code());
        assertTrue(scenario.err().contains("no scenario '2050'"), scenario.err());

        assertFalse(Files.exists(dir.resolve("replications.csv")), "nothing is simulated on bad options");
    }

    @Test
    void helpListsTheSubCommands() {
        Outcome help = run("--help");
        assertEquals(0, help.code());
        for (String c : List.of("run", "compare", "sweep", "validate", "--replications", "--resume", "--seed", "--threads", "--out")) {
            assertTrue(help.out().contains(c), c + " missing from\n" + help.out());
        }
    }

    @Test
    void validateNamesFileLineAndColumnOfABrokenDirectoryAndExitsNonZero(@TempDir Path dir) throws Exception {
        for (String f : List.of("zones.csv", "stations.csv", "units.csv", "hospitals.csv", "population_growth.csv")) {
            try (InputStream in = ScenarioDirectory.class.getResourceAsStream(DefaultRegion.STOLAV + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
        Outcome ok = run("validate", dir.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("valid"), ok.out());

        Files.writeString(dir.resolve("policies.csv"), "scenario,policy,value\n2035,population_year,2035\nbad,less_overtriage,lots\n");
        Files.writeString(dir.resolve("units.csv"), "unit_id,station,type,schedule\na1,storen,emergency_ambulance,24/7\n"
                + "a2,storen,hovercraft,24/7\n");
        Outcome bad = run("validate", dir.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("units.csv line 3, column 'type' (3)"), bad.err());
        assertTrue(bad.err().contains("policies.csv line 3, column 'value' (3)"), bad.err());
        assertTrue(bad.err().contains("expected"), bad.err());

        Outcome missing = run("validate", dir.resolve("nowhere").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("not a directory"), missing.err());
    }

    @Test
    void aRunWritesEveryResultFileAndTheReport(@TempDir Path dir) throws Exception {
        Outcome o = run(tiny(dir));
        assertEquals(0, o.code(), o.err());
        for (String f : List.of("summary.csv", "comparison.csv", "replications.csv", "report.html", "experiment.properties")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
        assertTrue(summary.stream().anyMatch(l -> l.startsWith("2035,missions.perYear,2,")), "derived metrics are summarised");
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("const DATA = {"), "data inlined");
        assertTrue(html.contains("Chart.js v4.4.1") || html.contains("Chart.js v4"), "Chart.js inlined");
        assertFalse(html.contains("<script src="), "no external scripts");
        for (String chart : List.of("id=\"forest\"", "id=\"mapReadiness\"", "id=\"mapEffect\"", "id=\"mapP90\"", "id=\"districtEffects\"")) {
            assertTrue(html.contains(chart), "compare's report draws " + chart);
        }
        assertTrue(o.out().contains("A = 2021, B = 2035"), o.out());
        assertTrue(o.out().contains("compare: 4 replications run, 0 read back"), o.out());
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            for (String f : List.of("summary.csv", "comparison.csv", "replications.csv", "experiment.properties")) {
                assertEquals(Files.getPosixFilePermissions(dir.resolve("report.html")), Files.getPosixFilePermissions(dir.resolve(f)),
                        f + " is as readable as report.html");
            }
        }
    }

    @Test
    void aRunThatFailsKeepsTheEarlierResultsInOut(@TempDir Path dir) throws Exception {
        assertEquals(0, run(tiny(dir, 3)).code());
        List<String> files = List.of("summary.csv", "comparison.csv", "replications.csv", "experiment.properties", "report.html");
        List<byte[]> before = new java.util.ArrayList<>();
        for (String f : files) {
            before.add(Files.readAllBytes(dir.resolve(f)));
        }
        AtomicInteger seen = new AtomicInteger();
        Outcome failed = run((done, total) -> {
            if (seen.incrementAndGet() == 2) {
                throw new IllegalStateException("simulated failure");
            }
        }, tiny(dir, 3, "--seed", "5", "-t", "1"));
        assertEquals(70, failed.code(), "a failure inside a replication is a bug in akuttsim: exit 70");
        assertTrue(failed.err().contains("the earlier results in " + dir + " are untouched"), failed.err());
        for (int i = 0; i < files.size(); i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(before.get(i), Files.readAllBytes(dir.resolve(files.get(i))), files.get(i));
        }
    }

    @Test
    void resumeRerunsAnAlteredReplicationAndSaysWhichAndWhy(@TempDir Path dir) throws Exception {
        assertEquals(0, run(tiny(dir, 3)).code());
        byte[] summary = Files.readAllBytes(dir.resolve("summary.csv"));
        byte[] replications = Files.readAllBytes(dir.resolve("replications.csv"));
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(dir.resolve("replications.csv")));
        // Alter one value of replication 1 of 2035 (the fourth block), keeping the CSV well formed.
        int at = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("2035,1,")) {
                at = i;
                break;
            }
        }
        String[] f = lines.get(at).split(",", -1);
        f[3] = Double.toString(Double.parseDouble(f[3]) + 1);
        lines.set(at, String.join(",", f));
        Files.write(dir.resolve("replications.csv"), lines);

        Outcome resumed = run(tiny(dir, 3, "--resume"));
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("note: " + dir.resolve("replications.csv") + " line "), resumed.err());
        assertTrue(resumed.err().contains("the block was altered; replication 1 of scenario '2035' is run again"), resumed.err());
        assertTrue(resumed.out().contains("3 replications run, 3 read back"), resumed.out());
        org.junit.jupiter.api.Assertions.assertArrayEquals(replications, Files.readAllBytes(dir.resolve("replications.csv")));
        org.junit.jupiter.api.Assertions.assertArrayEquals(summary, Files.readAllBytes(dir.resolve("summary.csv")));
    }

    @Test
    void aSecondRunIntoAnOutputDirectoryInUseIsRefusedNamingTheLock(@TempDir Path dir) throws Exception {
        java.util.concurrent.CompletableFuture<org.akuttsim.experiment.OutputLock> other =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> org.akuttsim.experiment.OutputLock.acquire(dir));
        try (org.akuttsim.experiment.OutputLock held = other.get()) {
            Outcome refused = run(tiny(dir));
            assertEquals(1, refused.code());
            assertTrue(refused.err().contains("output directory '" + dir + "' is in use by another run (lock file "
                    + dir.resolve(".akuttsim.lock") + ", pid "), refused.err());
            assertTrue(refused.err().contains("wait for it or choose another --out"), refused.err());
            assertFalse(Files.exists(dir.resolve("replications.csv")));
        }
        assertEquals(0, run(tiny(dir)).code(), "free again once the other run has ended");
    }

    @Test
    void resumeAfterAnInterruptionGivesTheUninterruptedSummaryWithoutRerunning(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        Path broken = dir.resolve("broken");
        assertEquals(0, run(tiny(whole, 4)).code());

        AtomicInteger seen = new AtomicInteger();
        Outcome interrupted = run((done, total) -> {
            if (seen.incrementAndGet() == 3) {
                throw new IllegalStateException("simulated interruption");
            }
        }, tiny(broken, 4, "-t", "1"));
        assertNotEquals(0, interrupted.code());
        assertFalse(Files.exists(broken.resolve("summary.csv")), "no summary from an interrupted run");
        assertTrue(interrupted.err().contains("kept in " + broken.resolve(".akuttsim-partial")), interrupted.err());
        long rowsBefore = Files.lines(broken.resolve(".akuttsim-partial/replications.csv")).count();

        List<Integer> firstDone = new java.util.ArrayList<>();
        Outcome resumed = run((done, total) -> firstDone.add(done), tiny(broken, 4, "--resume"));
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("5 replications run, 3 read back from an earlier run"), resumed.out());
        assertEquals(4, firstDone.get(0), "counting starts after the 3 finished replications");
        assertTrue(Files.lines(broken.resolve("replications.csv")).count() > rowsBefore);
        assertEquals(Files.readString(whole.resolve("summary.csv")), Files.readString(broken.resolve("summary.csv")));
        assertEquals(Files.readString(whole.resolve("comparison.csv")), Files.readString(broken.resolve("comparison.csv")));

        Outcome fresh = run(tiny(broken, 4));
        assertTrue(fresh.out().contains("8 replications run, 0 read back"), "without --resume the run starts afresh");
        assertTrue(fresh.err().contains("replaced the earlier results"), fresh.err());
    }
    @Test
    void resumeRefusesResultsOfAScenarioDirectoryWhoseFilesChangedSince(@TempDir Path dir) throws Exception {
        Path region = dir.resolve("region");
        Files.createDirectories(region);
        for (String f : List.of("zones.csv", "stations.csv", "units.csv", "hospitals.csv", "population_growth.csv")) {
            try (InputStream in = ScenarioDirectory.class.getResourceAsStream(DefaultRegion.STOLAV + f)) {
                Files.copy(in, region.resolve(f));
            }
        }
        Path out = dir.resolve("out");
        String[] args = {"run", "-d", region.toString(), "-r", "2", "--length-days", "5", "--warm-up-days", "1", "-q", "--out", out.toString()};
        Outcome first = run(args);
        assertEquals(0, first.code(), first.err());
        assertTrue(Files.readString(out.resolve("experiment.properties")).contains("input.files.sha256="));

        String[] resume = java.util.Arrays.copyOf(args, args.length + 1);
        resume[args.length] = "--resume";
        Outcome same = run(resume);
        assertEquals(0, same.code(), same.err());
        assertTrue(same.out().contains("0 replications run, 2 read back"), same.out());

        // Same scenario name ("baseline"), other inputs: the old results must not be mixed in.
        Files.writeString(region.resolve("parameters.csv"), "name,value,unit,source\ntriage.undertriage,0.05,fraction,test\n");
        Outcome changed = run(resume);
        assertNotEquals(0, changed.code());
        assertTrue(changed.err().contains("input.files.sha256"), changed.err());
    }
    @Test
    void sweepVariesAnAssumptionOfParametersCsvAsWellAsALever(@TempDir Path dir) throws Exception {
        Outcome o = run("sweep", "--parameter", "triage.green_no_ambulance_need", "--values", "0.1,0.6", "--base", "2021", "-r", "2",
                "--length-days", "10", "--warm-up-days", "1", "-q", "--out", dir.toString());
        assertEquals(0, o.code(), o.err());
        List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
        assertTrue(summary.stream().anyMatch(l -> l.startsWith("triage.green_no_ambulance_need=0.6,missions.perYear,2,")), "points named by value");
        assertTrue(o.out().contains("Sweep of triage.green_no_ambulance_need on 2021"), o.out());

        Outcome both = run("sweep", "--parameter", "travel.speed_rural", "--lever", "less_overtriage", "--values", "0.1", "-q");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("exactly one of --lever or --parameter"), both.err());
        Outcome unknown = run("sweep", "--parameter", "travel.warp_speed", "--values", "1", "-q", "--out", dir.resolve("x").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown parameter 'travel.warp_speed'"), unknown.err());
        Outcome range = run("sweep", "--parameter", "triage.undertriage", "--values", "0.9", "-q", "--out", dir.resolve("y").toString());
        assertEquals(2, range.code());
        assertTrue(range.err().contains("triage.undertriage"), range.err());
    }

    /** Found by the fuzz suite: an empty value is the working directory, and a NUL character showed a raw exception text. */
    @Test
    void emptyOrImpossiblePathsAreRefusedNamingTheOption(@TempDir Path dir) {
        Outcome out = run("run", "-r", "1", "--length-days", "1", "-q", "--out", "");
        assertEquals(2, out.code());
        assertTrue(out.err().contains("--out: expected a directory, found an empty value"), out.err());

        Outcome scenarios = run("run", "-d", " ", "-q", "--out", dir.toString());
        assertEquals(2, scenarios.code());
        assertTrue(scenarios.err().contains("--scenario-dir: expected a scenario directory, found an empty value"), scenarios.err());

        Outcome validate = run("validate", "");
        assertEquals(1, validate.code());
        assertTrue(validate.err().contains("validate DIR: expected a scenario directory, found an empty argument"), validate.err());

        Outcome nul = run("run", "-d", "a\0b", "-q", "--out", dir.toString());
        assertEquals(2, nul.code());
        assertTrue(nul.err().contains("Invalid value for option '--scenario-dir': expected a path, found 'a\\0b'"), nul.err());
        assertFalse(nul.err().contains("Exception"), nul.err());
        assertFalse(Files.exists(dir.resolve("replications.csv")), "nothing is simulated");
    }

    /** Found by the fuzz suite: the message named neither the option nor the value. */
    @Test
    void compareWithOneScenarioNamesTheOption(@TempDir Path dir) {
        Outcome one = run("compare", "-s", "2035", "-r", "1", "--length-days", "1", "-q", "--out", dir.toString());
        assertEquals(2, one.code());
        assertTrue(one.err().contains("compare needs at least two scenarios (--scenario), got [2035]"), one.err());
    }

    /**
     * Found by the fuzz suite: the main job resumed with another --sweep-replications replaced its main
     * results and removed report.html before the sweep refused to resume; now the sweep is checked first.
     */
    @Test
    void aMainJobWhoseSweepCannotResumeChangesNothing(@TempDir Path dir) throws Exception {
        String[] first = {"--sweep-replications", "1", "-r", "1", "--length-days", "1", "--warm-up-days", "0", "-q", "-t", "1", "--out",
            dir.toString()};
        assertEquals(0, run(first).code());
        List<String> files = List.of("summary.csv", "comparison.csv", "comparison-vs-2035.csv", "replications.csv", "experiment.properties",
                "report.html", "overtriage-sweep/summary.csv", "overtriage-sweep/replications.csv");
        List<byte[]> before = new java.util.ArrayList<>();
        for (String f : files) {
            before.add(Files.readAllBytes(dir.resolve(f)));
        }
        String[] again = java.util.Arrays.copyOf(first, first.length + 1);
        again[again.length - 1] = "--resume";
        again[1] = "3";
        Outcome refused = run(again);
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("cannot resume: " + dir.resolve("overtriage-sweep") + " holds results of a different experiment"
                + " (replications: directory has 1, this experiment has 3)"), refused.err());
        for (int i = 0; i < files.size(); i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(before.get(i), Files.readAllBytes(dir.resolve(files.get(i))), files.get(i));
        }
    }
}
