package org.akuttsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.akuttsim.BuildInfo;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every run writes beside its results (issue 23): long files, dictionary, provenance, traces, and --version. */
class OutputFilesTest {

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    @Test
    void versionIsThePomsVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
        assertTrue(m.find(), "the module's pom names its parent's version");
        MainTest.Outcome o = MainTest.run("--version");
        assertEquals(0, o.code());
        assertTrue(o.out().startsWith("akuttsim " + m.group(1) + " (commit "), o.out());
        assertEquals(m.group(1), BuildInfo.version());
        // Built from this git work tree, the commit is known (a source tarball would say "unknown").
        if (Files.exists(Path.of("..", ".git"))) {
            assertTrue(BuildInfo.commit().matches("[0-9a-f]{40}(-dirty)?"), BuildInfo.commit());
        }
    }

    @Test
    void longFilesRepeatTheResultsWithDimensionsAsColumns(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        MainTest.Outcome o = MainTest.run(MainTest.tiny(out, 3));
        assertEquals(0, o.code(), o.err());

        List<CSVRecord> reps = csv(out.resolve("replications.csv"));
        List<CSVRecord> longRows = csv(out.resolve("results-long.csv"));
        assertEquals(reps.size(), longRows.size(), "one long row per value");
        for (int i = 0; i < reps.size(); i++) {
            assertEquals(reps.get(i).get("value"), longRows.get(i).get("value"));
            assertEquals(reps.get(i).get("scenario"), longRows.get(i).get("scenario"));
        }
        CSVRecord ed = longRows.stream().filter(r -> r.get("metric").equals("ed.occupancy.mean") && r.get("hour").equals("13")
                && r.get("hospital").equals("st_olavs")).findFirst().orElseThrow();
        int index = longRows.indexOf(ed);
        assertEquals("ed.st_olavs.occupancy.hour13.mean", reps.get(index).get("metric"));
        assertEquals("patients", ed.get("unit"));

        // Summary and comparison: the same numbers as summary.csv and comparison.csv.
        Map<String, CSVRecord> summary = new HashMap<>();
        for (CSVRecord r : csv(out.resolve("summary.csv"))) {
            summary.put(r.get("scenario") + "|" + r.get("metric"), r);
        }
        List<CSVRecord> summaryLong = csv(out.resolve("summary-long.csv"));
        assertEquals(summary.size(), summaryLong.size());
        CSVRecord ready = find(summaryLong, "2035", "readiness", "district", "oppdal");
        assertEquals(summary.get("2035|readiness.oppdal").get("mean"), ready.get("mean"));
        assertEquals(summary.get("2035|readiness.oppdal").get("ci_low"), ready.get("ci_low"));
        assertEquals("share", ready.get("unit"));
        CSVRecord cmp = csv(out.resolve("comparison.csv")).stream().filter(r -> r.get("metric").equals("response.RED.rural.p90"))
                .findFirst().orElseThrow();
        CSVRecord cmpLong = csv(out.resolve("comparison-long.csv")).stream().filter(r -> r.get("metric").equals("response.p90")
                && r.get("level").equals("RED") && r.get("area").equals("rural") && r.get("need").isEmpty()).findFirst().orElseThrow();
        assertEquals(List.of(cmp.get("mean_diff"), cmp.get("ci_low"), cmp.get("ci_high"), cmp.get("n")),
                List.of(cmpLong.get("mean_diff"), cmpLong.get("ci_low"), cmpLong.get("ci_high"), cmpLong.get("n")));

        // Every metric of the long files is defined in metrics.csv, with the same unit.
        Map<String, String> units = new HashMap<>();
        for (CSVRecord r : csv(out.resolve("metrics.csv"))) {
            units.put(r.get("name"), r.get("unit"));
        }
        for (CSVRecord r : summaryLong) {
            assertEquals(units.get(r.get("metric")), r.get("unit"), "metrics.csv defines " + r.get("metric"));
        }

        String prov = Files.readString(out.resolve(Provenance.FILE));
        String sha = Files.readAllLines(out.resolve("experiment.properties")).stream().filter(l -> l.startsWith("input.files.sha256="))
                .findFirst().orElseThrow().substring("input.files.sha256=".length());
        for (String s : List.of("\"akuttsim_version\": \"" + BuildInfo.version() + "\"", "\"git_commit\": \"" + BuildInfo.commit() + "\"",
                "\"input.files.sha256\": \"" + sha + "\"", "\"seed\": 20211", "\"replications\": 3",
                "\"command_line\": [\"akuttsim\", \"compare\", \"-s\", \"2021,2035\", \"-r\", \"3\"", "\"scenarios\": [\"2021\", \"2035\"]")) {
            assertTrue(prov.contains(s), "provenance.json has " + s + ":\n" + prov);
        }
    }

    private static CSVRecord find(List<CSVRecord> rows, String scenario, String metric, String column, String value) {
        return rows.stream().filter(r -> r.get("scenario").equals(scenario) && r.get("metric").equals(metric)
                && r.get(column).equals(value)).findFirst().orElseThrow();
    }

    @Test
    void traceWritesOneFilePerScenarioAndReplicationMatchingTheCallCounts(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        MainTest.Outcome o = MainTest.run(MainTest.tiny(out, 2, "--trace"));
        assertEquals(0, o.code(), o.err());
        Map<String, Double> received = new HashMap<>();
        for (CSVRecord r : csv(out.resolve("replications.csv"))) {
            if (r.get("metric").equals("calls.received")) {
                received.put(r.get("scenario") + "/" + r.get("replication"), Double.parseDouble(r.get("value")));
            }
        }
        List<String> contents = new ArrayList<>();
        for (String scenario : List.of("2021", "2035")) {
            for (int rep = 0; rep < 2; rep++) {
                Path f = out.resolve("trace").resolve(scenario).resolve("rep-" + rep + ".csv");
                assertTrue(Files.isRegularFile(f), f + " exists");
                long calls = csv(f).stream().filter(r -> r.get("event").equals("call_received")
                        && Double.parseDouble(r.get("time_min")) >= 24 * 60).count();
                assertEquals(received.get(scenario + "/" + rep), (double) calls, "calls traced in the observed period of " + f);
                contents.add(Files.readString(f));
            }
        }
        assertNotEquals(contents.get(0), contents.get(2), "2021 and 2035 write their own replication 0");
        assertEquals("directory,scenario\n2021,2021\n2035,2035\n", Files.readString(out.resolve("trace").resolve("scenarios.csv")));
        assertFalse(Files.exists(out.resolve(RunOutputs.TRACE_PARTIAL)));

        // Resuming the finished run reads every replication back: their traces stay.
        MainTest.Outcome resumed = MainTest.run(MainTest.tiny(out, 2, "--trace", "--resume"));
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(contents.get(0), Files.readString(out.resolve("trace").resolve("2021").resolve("rep-0.csv")));
        assertFalse(resumed.err().contains("have no trace"), resumed.err());

        // A run without --trace replaces these results: their traces go with them.
        assertEquals(0, MainTest.run(MainTest.tiny(out, 2)).code());
        assertFalse(Files.exists(out.resolve("trace")), "no stale traces beside new results");
    }

    @Test
    void theAnalysisExampleReproducesTheHeadlineEffect(@TempDir Path dir) throws IOException, InterruptedException {
        Path python = findPython();
        Assumptions.assumeTrue(python != null, "python3 not on the PATH: docs/analysis-example.py not run");
        Path out = dir.resolve("out");
        MainTest.Outcome o = MainTest.run("-r", "3", "--length-days", "10", "--warm-up-days", "1", "--no-sweep", "-q", "-o", out.toString());
        assertEquals(0, o.code(), o.err());
        Process p = new ProcessBuilder(python.toString(), Path.of("..", "docs", "analysis-example.py").toString(), out.toString())
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), text);
        Matcher m = Pattern.compile("result: mean=(\\S+) ci_low=(\\S+) ci_high=(\\S+) n=3").matcher(text);
        assertTrue(m.find(), text);
        CSVRecord row = csv(out.resolve("comparison-vs-2035.csv")).stream().filter(r -> r.get("metric").equals("readiness.meanOverDistricts")
                && r.get("alternative").equals(ScenarioSet.Y2035_POLICY)).findFirst().orElseThrow();
        for (int i = 1; i <= 3; i++) {
            double mine = Double.parseDouble(m.group(i));
            double theirs = Double.parseDouble(row.get(List.of("mean_diff", "ci_low", "ci_high").get(i - 1)));
            assertEquals(theirs, mine, 1e-9 * Math.max(1e-3, Math.abs(theirs)), "Python's C - B matches comparison-vs-2035.csv:\n" + text);
        }
    }

    private static Path findPython() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, "python3");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
