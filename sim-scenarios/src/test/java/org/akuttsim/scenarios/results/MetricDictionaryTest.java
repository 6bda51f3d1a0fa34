package org.akuttsim.scenarios.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.akuttsim.scenarios.DefaultRegion;
import org.akuttsim.scenarios.Policies;
import org.akuttsim.scenarios.report.KeyMetrics;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Every metric key the main job produces is known to the dictionary, read one way only, and every
 * dictionary pattern is used: a new metric without a definition, or a definition left behind by a
 * removed metric, fails the build.
 */
class MetricDictionaryTest {

    /** Short replications of the main job's three scenarios (dispatch shares on, so their keys are checked too), and HMN. */
    static List<ChainScenario> scenarios() {
        List<ChainScenario> s = new ArrayList<>();
        ChainScenario y2035 = DefaultRegion.stOlav(2035);
        for (ChainScenario c : List.of(DefaultRegion.stOlav(2021), y2035, Policies.lessOvertriage(0.3).apply(y2035),
                DefaultRegion.helseMidtNorge(2021))) {
            s.add(c.toBuilder().metrics(c.metrics().withDispatchShares(true)).build());
        }
        return s;
    }

    static Responses run(ChainScenario s) {
        Responses out = new Responses();
        new KeyMetrics().run(s, new Replication(0, new StreamFactory(7L).forReplication(0), 12 * 60, 2 * 24 * 60), out);
        return out;
    }

    @Test
    void everyKeyOfTheMainJobIsRecognisedOnceAndEveryPatternIsUsed() {
        MetricDictionary dict = MetricDictionary.standard();
        List<ChainScenario> scenarios = scenarios();
        MetricNames names = new MetricNames(dict, scenarios);
        Set<String> usedPatterns = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        int keys = 0;
        for (ChainScenario s : scenarios) {
            Map<String, String> readings = new HashMap<>();
            for (String key : run(s).asMap().keySet()) {
                keys++;
                List<MetricName> m = names.matches(key);
                if (m.isEmpty()) {
                    unknown.add(key);
                    continue;
                }
                if (m.size() > 1) {
                    ambiguous.add(key + " -> " + m);
                }
                MetricName n = names.parse(key);
                assertEquals(m.get(0), n);
                for (Map.Entry<Dimension, String> d : n.dimensions().entrySet()) {
                    assertFalse(d.getValue().isEmpty(), key + ": empty " + d.getKey());
                }
                // No two keys read the same: name and dimensions identify a key.
                String reading = n.name() + n.dimensions();
                String before = readings.put(reading, key);
                assertNull(before, "keys " + before + " and " + key + " both read as " + reading);
                for (MetricDictionary.Entry e : dict.entries()) {
                    if (e.name().equals(n.name()) && e.match(key) != null) {
                        usedPatterns.add(e.pattern());
                    }
                }
            }
        }
        assertTrue(unknown.isEmpty(), "metric keys without a metric-dictionary.csv entry: " + unknown);
        assertTrue(ambiguous.isEmpty(), "keys matching two patterns equally: " + ambiguous);
        List<String> unused = dict.entries().stream().map(MetricDictionary.Entry::pattern).filter(p -> !usedPatterns.contains(p)).toList();
        assertTrue(unused.isEmpty(), "dictionary patterns no metric uses (remove or fix them): " + unused);
        assertTrue(keys > 4 * 400, "keys checked: " + keys);
    }

    @Test
    void keysSplitIntoNameAndDimensions() {
        MetricNames names = new MetricNames(MetricDictionary.standard(), List.of(DefaultRegion.stOlav(2021)));
        MetricName ed = names.parse("ed.st_olavs.occupancy.hour07.mean");
        assertEquals("ed.occupancy.mean", ed.name());
        assertEquals("patients", ed.unit());
        assertEquals(Map.of(Dimension.HOSPITAL, "st_olavs", Dimension.HOUR, "7"), ed.dimensions());
        MetricName all = names.parse("ed.all.occupancy.mean");
        assertEquals("ed.occupancy.mean", all.name());
        assertEquals("", all.get(Dimension.HOSPITAL), "the sum over all EDs has no hospital");
        MetricName r = names.parse("response.RED.rural.within25");
        assertEquals(Map.of(Dimension.LEVEL, "RED", Dimension.AREA, "rural", Dimension.MINUTES, "25"), r.dimensions());
        assertEquals("share", r.unit());
        MetricName need = names.parse("callToDefinitiveCare.STROKE.need.RED.p90");
        assertEquals(Map.of(Dimension.CONDITION, "STROKE", Dimension.NEED, "RED"), need.dimensions());
        assertEquals("readiness", names.parse("readiness.oppdal").name());
        assertEquals(Map.of(Dimension.HOUR, "13"), names.parse("readiness.h13").dimensions());
        assertEquals("readiness.meanOverDistricts", names.parse("readiness.h13").name());
        // An id the region does not have is not a dimension value; a misspelt key is not a metric.
        assertNull(names.parse("readiness.nowhere"));
        assertNull(names.parse("ed.st_olavs.occupancy.hour24.mean"));
        assertNull(names.parse("response.PURPLE.p90"));
    }

    @Test
    void metricsCsvHasOneRowPerNameWithUnitAndDefinition() throws IOException {
        MetricDictionary dict = MetricDictionary.standard();
        StringWriter w = new StringWriter();
        TidyResults.writeDictionary(dict, w);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(w.toString())).getRecords();
        assertEquals(dict.definitions().size(), rows.size());
        Set<String> seen = new LinkedHashSet<>();
        for (CSVRecord r : rows) {
            assertTrue(seen.add(r.get("name")), "one row per name: " + r.get("name"));
            assertFalse(r.get("unit").isBlank(), r.toString());
            assertTrue(r.get("definition").length() > 20, "a definition, not a label: " + r);
        }
        assertTrue(seen.containsAll(List.of("readiness", "readiness.meanOverDistricts", "response.p90", "ed.offload.delay.mean",
                KeyMetrics.MISSIONS_PER_YEAR)), seen.toString());
    }
}
