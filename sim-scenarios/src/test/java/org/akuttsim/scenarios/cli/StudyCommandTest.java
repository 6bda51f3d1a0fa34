package org.akuttsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** design, study (whole and sharded + merge) and sensitivity on the command line, at a few simulated days. */
class StudyCommandTest {

    static String[] study(Path design, Path out, String... more) {
        String[] base = {"study", "--design", design.toString(), "-r", "3", "--length-days", "2", "--warm-up-days", "1", "-q", "-t", "2",
            "--out", out.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void anLhsStudyShardedAndMergedIsTheWholeStudyAndHasItsSensitivity(@TempDir Path dir) throws Exception {
        Path design = dir.resolve("design.csv");
        // The study at CI size: a Latin hypercube of 10 parameters (14 points, so that 10 slopes and an intercept
        // leave degrees of freedom), 3 replications of 2 days.
        String[] args = {"design", "--lhs", "14", "--seed", "3", "-o", design.toString(),
            "--range", "triage.red_overtriaged=0.65:0.75", "--range", "triage.yellow_overtriaged=0.1:0.3",
            "--range", "triage.green_no_ambulance_need=0.1:0.5", "--range", "triage.undertriage=0:0.1",
            "--range", "amk.call_to_dispatch_mean=1.5:4", "--range", "activation.red=0.5:2", "--range", "activation.yellow=1:4",
            "--range", "on_scene.red=15:30", "--range", "on_scene.cv=0.3:0.8", "--range", "demand.trend_per_year=0:0.02"};
        MainTest.Outcome d = MainTest.run(args);
        assertEquals(0, d.code(), d.err());
        assertEquals(15, Files.readAllLines(design).size());

        MainTest.Outcome whole = MainTest.run(study(design, dir.resolve("whole")));
        assertEquals(0, whole.code(), whole.err());
        String summary = Files.readString(dir.resolve("whole").resolve("summary.csv"));
        assertTrue(summary.contains("\n2035,missions.perYear,") && summary.contains("\np14,missions.perYear,"), "base and points");
        List<String> longPairs = Files.readAllLines(dir.resolve("whole").resolve("comparison-long.csv"));
        assertEquals(1 + 14 * (int) longPairs.stream().filter(l -> l.startsWith("2035,p01,")).count(), longPairs.size(),
                "the long comparison holds the base's pairs only, like comparison.csv");
        List<String> sens = Files.readAllLines(dir.resolve("whole").resolve("sensitivity.csv"));
        assertEquals("metric,factor,points,src,src_ci_low,src_ci_high,prcc,prcc_ci_low,prcc_ci_high,r2,level", sens.get(0));
        assertEquals(1 + 10 * StudyCommand.keyMetrics().size(), sens.size());
        assertTrue(sens.get(1).startsWith("missions.perYear,triage.red_overtriaged,14,"), sens.get(1));
        assertTrue(whole.out().contains("strongest factor"), whole.out());
        String html = Files.readString(dir.resolve("whole").resolve("sensitivity.html"));
        for (String factor : List.of("triage.red_overtriaged", "triage.yellow_overtriaged", "triage.green_no_ambulance_need",
                "triage.undertriage", "amk.call_to_dispatch_mean", "activation.red", "activation.yellow", "on_scene.red", "on_scene.cv",
                "demand.trend_per_year")) {
            assertTrue(html.contains(">" + factor + "</text>") && html.contains("<td class=\"l\">" + factor + "</td>"),
                    "sensitivity.html charts and tabulates " + factor);
        }
        assertTrue(html.contains("14 points"), "the page names the design's size");

        for (int k = 1; k <= 2; k++) {
            MainTest.Outcome s = MainTest.run(study(design, dir.resolve("shard-" + k), "--shard", k + "/2"));
            assertEquals(0, s.code(), s.err());
        }
        MainTest.Outcome m = MainTest.run("merge", "-o", dir.resolve("merged").toString(), dir.resolve("shard-1").toString(),
                dir.resolve("shard-2").toString());
        assertEquals(0, m.code(), m.err());
        for (String f : ShardCommandTest.FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("whole").resolve(f)), Files.readAllBytes(dir.resolve("merged").resolve(f)), f);
        }
        MainTest.Outcome s = MainTest.run("sensitivity", "--design", design.toString(), dir.resolve("merged").toString());
        assertEquals(0, s.code(), s.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("whole").resolve("sensitivity.csv")),
                Files.readAllBytes(dir.resolve("merged").resolve("sensitivity.csv")));
        assertTrue(Files.readString(dir.resolve("merged").resolve("sensitivity.html")).contains(">on_scene.cv</text>"),
                "sensitivity writes the page for merged shards too");
    }

    @Test
    void aDesignOfAnotherStudyCannotBeMergedAndBadPointsAreNamed(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "point,triage.green_no_ambulance_need\nq1,0.2\nq2,0.4\n");
        Path b = dir.resolve("b.csv");
        Files.writeString(b, "point,triage.green_no_ambulance_need\nq1,0.2\nq2,0.45\n");
        assertEquals(0, MainTest.run(study(a, dir.resolve("s1"), "--shard", "1/2")).code());
        assertEquals(0, MainTest.run(study(b, dir.resolve("s2"), "--shard", "2/2")).code());
        MainTest.Outcome m = MainTest.run("merge", "-o", dir.resolve("m").toString(), dir.resolve("s1").toString(),
                dir.resolve("s2").toString());
        assertEquals(1, m.code());
        assertTrue(m.err().contains("input.study.design.sha256"), m.err());

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "point,triage.green_no_ambulance_ned,less_overtriage\nq1,0.2,0.1\nq2,0.4,1.7\n");
        MainTest.Outcome unknown = MainTest.run(study(bad, dir.resolve("x")));
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("bad.csv line 1, column 'triage.green_no_ambulance_ned' (2): expected a parameter of"
                + " parameters.csv or a policy lever"), unknown.err());
        assertTrue(unknown.err().contains("did you mean 'triage.green_no_ambulance_need'?"), unknown.err());

        Files.writeString(bad, "point,triage.green_no_ambulance_need,less_overtriage\nq1,0.2,0.1\nq2,1.4,0.1\nq3,0.2,abc\n");
        MainTest.Outcome values = MainTest.run(study(bad, dir.resolve("x")));
        assertEquals(1, values.code());
        assertTrue(values.err().contains("bad.csv line 3, column 'triage.green_no_ambulance_need' (2): point 'q2': "), values.err());
        assertTrue(values.err().contains("bad.csv line 4, column 'less_overtriage' (3): point 'q3': "), values.err());
        assertTrue(!Files.exists(dir.resolve("x").resolve("summary.csv")), "nothing runs on a bad design");
    }
}
