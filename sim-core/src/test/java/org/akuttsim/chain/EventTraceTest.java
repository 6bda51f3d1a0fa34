package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.akuttsim.chain.measure.EventTrace;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event trace ({@link EventTrace} via {@link TracingChainModel}): complete, by id, legal, and one file per scenario. */
class EventTraceTest {

    static final double WARM_UP = 2 * 1440;

    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            assertEquals(Arrays.asList(EventTrace.HEADER), p.getHeaderNames());
            return p.getRecords();
        }
    }

    @Test
    void callsAndUnitStatesMatchTheMetricsAndFollowTheStateMachine(@TempDir Path dir) throws IOException {
        ChainScenario s = ChainScenarios.stOlavsSized().build();
        Responses traced = new Responses();
        Replication rep = new Replication(1, new StreamFactory(5L).forReplication(1), WARM_UP, 10 * 1440);
        new TracingChainModel((sc, r) -> dir.resolve("t-" + r + ".csv")).run(s, rep, traced);
        Responses plain = new Responses();
        new ChainModel().run(s, rep, plain);
        assertEquals(plain.asMap(), traced.asMap(), "tracing changes no result");

        List<CSVRecord> rows = read(dir.resolve("t-1.csv"));
        Set<String> zones = new HashSet<>(), stations = new HashSet<>(), units = new HashSet<>();
        s.region().zones().forEach(z -> zones.add(z.id()));
        s.region().stations().forEach(st -> stations.add(st.id()));
        s.fleet().units().forEach(u -> units.add(u.id()));
        long received = 0, reached = 0;
        Map<String, Double> lastOfUnit = new HashMap<>(), lastOfCall = new HashMap<>();
        Map<String, String> state = new HashMap<>();
        Map<String, Integer> stateIndex = new HashMap<>();
        for (int i = 0; i < UnitState.COUNT; i++) {
            stateIndex.put(UnitState.name(i), i);
        }
        for (CSVRecord r : rows) {
            double t = Double.parseDouble(r.get("time_min"));
            boolean observed = t >= WARM_UP;
            if (r.get("event").equals("unit_state")) {
                String u = r.get("unit");
                assertTrue(units.contains(u) && stations.contains(r.get("station")), "ids, not indices: " + r);
                String from = r.get("from_state");
                String to = r.get("to_state");
                assertEquals(state.getOrDefault(u, "off_duty"), from, "a unit leaves the state it was in: " + r);
                assertTrue(t >= lastOfUnit.getOrDefault(u, 0.0), "a unit's changes in time order: " + r);
                lastOfUnit.put(u, t);
                assertTrue(UnitState.canChange(stateIndex.get(from), stateIndex.get(to)), "legal change: " + r);
                state.put(u, to);
                continue;
            }
            assertTrue(zones.contains(r.get("zone")) && stations.contains(r.get("district")), "ids: " + r);
            assertTrue(r.get("call").matches("[0-9a-f]+"), r.toString());
            assertTrue(t >= lastOfCall.getOrDefault(r.get("call"), 0.0), "a call's events in time order: " + r);
            lastOfCall.put(r.get("call"), t);
            switch (r.get("event")) {
                case "call_received" -> received += observed ? 1 : 0;
                case "call_reached" -> {
                    reached += observed ? 1 : 0;
                    assertTrue(units.contains(r.get("unit")), r.toString());
                }
                case "call_triaged", "call_dispatched", "call_redispatched", "call_at_hospital", "call_done" -> {
                }
                default -> throw new AssertionError("unknown event " + r);
            }
        }
        assertEquals(traced.get("calls.received"), received, "call_received rows in the observed period = calls.received");
        assertEquals(traced.get("response.RED.n") + traced.get("response.YELLOW.n") + traced.get("response.GREEN.n"), reached,
                "call_reached rows in the observed period = calls reached");
        assertTrue(received > 500, "calls " + received);
        assertTrue(state.size() == s.fleet().units().size(), "every unit's states are traced");
    }

    @Test
    void scenariosSharingATraceFileWriteTheirOwn(@TempDir Path dir) throws IOException {
        MetricParameters m = MetricParameters.defaults().withTrace(dir.resolve("calls.csv"));
        ChainScenario a = ChainScenarios.twoZonesOneStation().name("a").metrics(m).build();
        ChainScenario b = ChainScenarios.twoZonesOneStation().name("b b").metrics(m).demand(ChainScenarios.simpleDemand(0.02)).build();
        Replication rep = new Replication(0, new StreamFactory(3L).forReplication(0), 0, 20 * 1440);
        new ChainModel().run(a, rep, new Responses());
        new ChainModel().run(b, rep, new Responses());
        Path fa = dir.resolve("calls-a-r0.csv");
        Path fb = dir.resolve("calls-b_b-r0.csv");
        assertTrue(Files.exists(fa) && Files.exists(fb), "one file per scenario");
        assertNotEquals(Files.readString(fa), Files.readString(fb));
    }
}
