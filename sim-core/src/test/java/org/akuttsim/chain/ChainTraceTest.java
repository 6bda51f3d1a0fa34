package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-call trace CSV ({@link MetricParameters#traceFile()}): one row per finished call, timestamps in order. */
class ChainTraceTest {

    static final List<String> HEADER = List.of("call_key", "zone", "age_group", "condition", "true_need", "assigned_level",
            "received_min", "triaged_min", "dispatched_min", "on_scene_min", "at_hospital_min", "unit", "travel_min", "outcome");

    @Test
    void oneRowPerFinishedCallWithOrderedTimestamps(@TempDir Path dir) throws IOException {
        ChainScenario s = ChainScenarios.twoZonesOneStation()
                .metrics(MetricParameters.defaults().withTrace(dir.resolve("trace.csv"))).build();
        Responses out = new Responses();
        new ChainModel().run(s, new Replication(3, new StreamFactory(11L).forReplication(3), 0, 60 * 1440), out);
        Path file = dir.resolve("trace-two_zones_one_station-r3.csv"); // the scenario name, file-safe
        assertTrue(Files.exists(file), "replication 3 writes trace-<scenario>-r3.csv: " + file + " in " + java.util.Arrays.toString(dir.toFile().list()));

        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(file);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            assertEquals(HEADER, p.getHeaderNames());
            rows = p.getRecords();
        }
        // No warm-up: every call received and finished is one row; calls still open at the end are not written.
        assertEquals(out.get("calls.completed"), rows.size(), "one row per finished call");
        assertEquals(out.get("calls.received") - out.get("calls.inProgress"), rows.size());
        assertTrue(rows.size() > 200, "about 250 calls in 60 days, got " + rows.size());

        Set<String> keys = new HashSet<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (CSVRecord r : rows) {
            String where = "row " + r.getRecordNumber() + " " + r.toMap();
            assertTrue(keys.add(r.get("call_key")), "call keys are unique: " + where);
            int zone = Integer.parseInt(r.get("zone"));
            assertTrue(zone == 0 || zone == 1, where);
            double received = time(r, "received_min"), triaged = time(r, "triaged_min");
            double dispatched = time(r, "dispatched_min"), onScene = time(r, "on_scene_min"), atHospital = time(r, "at_hospital_min");
            String outcome = r.get("outcome");
            outcomes.merge(outcome, 1, Integer::sum);
            assertTrue(received >= 0 && received <= 60 * 1440, where);
            // Two operators, 2-minute handling: triage follows reception by at least the handling time.
            assertTrue(triaged >= received + 2 - 1e-9, "received ≤ triaged: " + where);
            switch (outcome) {
                case "no_ambulance" -> {
                    assertTrue(Double.isNaN(dispatched) && Double.isNaN(onScene) && Double.isNaN(atHospital), where);
                    assertEquals("-1", r.get("unit"), where);
                }
                case "treat_and_leave", "transported" -> {
                    assertTrue(triaged <= dispatched, "triaged ≤ dispatched: " + where);
                    assertTrue(dispatched + time(r, "travel_min") <= onScene + 1e-9, "dispatched + travel ≤ on scene: " + where);
                    assertEquals("0", r.get("unit"), where);
                    if (outcome.equals("transported")) {
                        assertTrue(onScene + 20 <= atHospital + 1e-9, "on scene (20 min) ≤ at hospital: " + where);
                    } else {
                        assertTrue(Double.isNaN(atHospital), where);
                    }
                }
                default -> throw new AssertionError("unexpected outcome " + outcome + ": " + where);
            }
        }
        assertEquals(out.get("calls.noAmbulance"), (double) outcomes.getOrDefault("no_ambulance", 0), "outcomes " + outcomes);
        assertEquals(out.get("missions.treatAndLeave"), (double) outcomes.getOrDefault("treat_and_leave", 0), "outcomes " + outcomes);
        assertEquals(out.get("missions.transported"), (double) outcomes.getOrDefault("transported", 0), "outcomes " + outcomes);
    }

    private static double time(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column));
    }
}
