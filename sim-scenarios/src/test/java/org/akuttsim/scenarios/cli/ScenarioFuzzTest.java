package org.akuttsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.akuttsim.scenarios.ScenarioDirectoryTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates one cell of one file of a scenario directory at a time (fixed seed) and asserts what issue
 * 21 asks: {@code validate} gives a clean located error (exit 1) or says valid (exit 0), never a stack
 * trace or a raw exception text, and a directory that validates also runs.
 */
class ScenarioFuzzTest {

    static final List<String> FILES = List.of("zones.csv", "stations.csv", "units.csv", "hospitals.csv", "population_growth.csv",
            "policies.csv");
    static final String[] VALUES = {"", "-1", "1e400", "NaN", "Infinity", "abc", "1e9", "0", "1e300", "2.5", "x,y", "\"", "99999999999",
        "24/7", "yes", "-0", "@:", "1", "tydal", "population_year", "parameter"};
    static final String POLICIES = "scenario,policy,value\n2035,population_year,2035\nless,less_overtriage,0.3\n"
            + "closed,close_station,tydal\nopened,open_station,botngard@orkland:1\nassumed,parameter,travel.speed_rural=60\n";

    @Test
    void everyMutationGivesACleanErrorOrAValidDirectoryThatRuns(@TempDir Path root) throws Exception {
        Random rnd = new Random(21);
        int clean = 0;
        int valid = 0;
        for (int i = 0; i < 40; i++) {
            Path d = ScenarioDirectoryTest.copyDefault(Files.createDirectories(root.resolve("m" + i)));
            Files.writeString(d.resolve("policies.csv"), POLICIES);
            String f = FILES.get(rnd.nextInt(FILES.size()));
            List<String> lines = new ArrayList<>(Files.readAllLines(d.resolve(f)));
            int line = 1 + rnd.nextInt(lines.size() - 1);
            int columns = lines.get(0).split(",").length;
            String[] cells = lines.get(line).split(",", columns);
            int c = rnd.nextInt(Math.max(1, cells.length - 1)); // not the last (often a quoted source)
            String v = VALUES[rnd.nextInt(VALUES.length)];
            cells[c] = v;
            lines.set(line, String.join(",", cells));
            Files.write(d.resolve(f), lines);
            String what = f + " line " + (line + 1) + " cell " + (c + 1) + " = '" + v + "'";

            MainTest.Outcome o = MainTest.run("validate", d.toString());
            assertFalse(o.err().contains("\tat ") || o.err().contains("internal error") || o.err().contains("For input string")
                    || o.err().contains("Exception"), what + ":\n" + o.err());
            if (o.code() == 0) {
                valid++;
                MainTest.Outcome r = MainTest.run("run", "-d", d.toString(), "-r", "1", "--length-days", "1", "--warm-up-days", "0", "-q",
                        "-t", "1", "-o", d.resolve("out").toString());
                assertEquals(0, r.code(), what + " validated but did not run:\n" + r.err());
            } else {
                assertEquals(1, o.code(), what + ":\n" + o.err());
                assertTrue(o.err().contains(".csv"), "the message names a file: " + what + ":\n" + o.err());
                clean++;
            }
        }
        assertEquals(40, clean + valid);
        assertTrue(clean > 10 && valid > 3, "both outcomes are exercised: " + clean + " clean errors, " + valid + " valid");
    }
}
