package org.akuttsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.akuttsim.scenarios.cli.MainTest.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --region stolav|hmn}: which embedded region run/compare/sweep and the main job simulate. */
class RegionOptionTest {

    static String[] compare(Path out, String... more) {
        String[] base = {"compare", "-s", "2021,2035", "-r", "1", "--length-days", "3", "--warm-up-days", "1", "-q", "--out", out.toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void hmnRunsTheHelseMidtNorgeScenariosAndSaysSo(@TempDir Path dir) throws Exception {
        Outcome o = MainTest.run(compare(dir, "--region", "hmn"));
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.readString(dir.resolve("report.html")).contains("Helse Midt-Norge"), "the report names the region");
        // the per-hospital metrics of the eight EDs are in the summary
        String summary = Files.readString(dir.resolve("summary.csv"));
        for (String ed : new String[] {"st_olavs", "orkdal", "levanger", "namsos", "kristiansund", "molde", "alesund", "volda"}) {
            assertTrue(summary.contains("ed." + ed + "."), ed);
        }
    }

    @Test
    void theDigestIsOfTheChosenRegionSoResumeRefusesTheOtherRegionsResults(@TempDir Path dir) throws Exception {
        assertNotEquals(InputDigest.embedded(EmbeddedRegion.STOLAV), InputDigest.embedded(EmbeddedRegion.HMN));
        assertEquals(InputDigest.embedded(), InputDigest.embedded(EmbeddedRegion.STOLAV), "the default is St. Olavs");

        Outcome stolav = MainTest.run(compare(dir));
        assertEquals(0, stolav.code(), stolav.err());
        String props = Files.readString(dir.resolve("experiment.properties"));
        assertTrue(props.contains("input.files.sha256=" + InputDigest.embedded(EmbeddedRegion.STOLAV)), props);

        // same scenario names ("2021", "2035"), other region: the St. Olavs results must not be read back
        Outcome hmn = MainTest.run(compare(dir, "--region", "hmn", "--resume"));
        assertNotEquals(0, hmn.code());
        assertTrue(hmn.err().contains("input.files.sha256"), hmn.err());
    }

    @Test
    void anUnknownRegionOrARegionWithAScenarioDirectoryIsAnOptionError(@TempDir Path dir) {
        Outcome unknown = MainTest.run(compare(dir, "--region", "nord"));
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--region: expected an embedded region: stolav, hmn; found 'nord'"), unknown.err());

        Outcome both = MainTest.run("run", "--region", "hmn", "-d", dir.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--region and --scenario-dir exclude each other"), both.err());

        Outcome mainJob = MainTest.run("--region", "x", "--out", dir.toString());
        assertEquals(2, mainJob.code());
        assertTrue(mainJob.err().contains("--region"), mainJob.err());
    }
}
