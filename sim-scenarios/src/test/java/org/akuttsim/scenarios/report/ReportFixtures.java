package org.akuttsim.scenarios.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.akuttsim.experiment.Experiment;
import org.akuttsim.experiment.ExperimentResult;

/**
 * Constructed experiment results for the report's tests: each scenario is a table metric → value per
 * replication, run through the real {@link Experiment} so that summaries and paired intervals are the
 * library's own.
 */
final class ReportFixtures {

    static final int REPS = 5;
    /** Zero-mean noise shared by all scenarios of a replication (common random numbers). */
    static final double[] SHARED = {0.01, -0.02, 0.015, -0.005, 0.0};
    /** Small zero-mean jitter of a difference. */
    static final double[] JITTER = {0.001, -0.001, 0.002, -0.002, 0.0};
    /** Another zero-mean jitter, for the base year (so that growth has its own noise). */
    static final double[] OTHER = {-0.001, 0.0, 0.001, 0.002, -0.002};
    private static final double[] NONE = new double[REPS];

    private ReportFixtures() {
    }

    /** A scenario: metric → per-replication values. */
    static final class Table {
        final Map<String, double[]> values = new LinkedHashMap<>();

        Table put(String metric, double base, double[] noise, double scale) {
            double[] v = new double[REPS];
            for (int i = 0; i < REPS; i++) {
                v[i] = base + scale * noise[i];
            }
            values.put(metric, v);
            return this;
        }

        Table put(String metric, double... v) {
            values.put(metric, v.clone());
            return this;
        }
    }

    /** Runs the tables as an experiment, scenarios in the order given. */
    static ExperimentResult run(Map<String, Table> scenarios) {
        Experiment.Builder<Table> b = Experiment.<Table>builder((t, rep, out) ->
                t.values.forEach((m, v) -> out.put(m, v[rep.index()]))).replications(REPS).seed(1).threads(1).warmUp(0).length(1);
        scenarios.forEach(b::scenario);
        return b.build().run();
    }

    /** Values {@code base + SHARED_i + leverScale · (mean + JITTER_i)}: a paired difference of about {@code mean}. */
    static double[] shifted(double base, double mean, double[] jitter) {
        double[] v = new double[REPS];
        for (int i = 0; i < REPS; i++) {
            v[i] = base + SHARED[i] + mean + jitter[i];
        }
        return v;
    }

    /**
     * Three scenarios A (2021), B (2035), C (2035 with the lever): growth takes 15 pp of readiness and
     * adds 7 minutes to the sickest's p90; the lever changes readiness by {@code leverPp} pp and the p90 by
     * {@code leverMin} minutes, each with jitter {@code jitter}.
     */
    static ExperimentResult abc(double leverPp, double leverMin, double[] jitter) {
        Map<String, Table> m = new LinkedHashMap<>();
        m.put("A", new Table().put("readiness.meanOverDistricts", shifted(0.80, 0, OTHER))
                .put("response.need.RED.p90", shifted(25, 0, OTHER))
                .put("readiness.d1", shifted(0.9, 0, OTHER)).put("readiness.d2", shifted(0.5, 0, OTHER))
                .put("response.need.RED.zone.north.p90", shifted(30, 0, OTHER))
                .put("response.need.RED.zone.south.p90", shifted(20, 0, OTHER)));
        m.put("B", new Table().put("readiness.meanOverDistricts", shifted(0.65, 0, NONE))
                .put("response.need.RED.p90", shifted(32, 0, NONE))
                .put("readiness.d1", shifted(0.7, 0, NONE)).put("readiness.d2", shifted(0.4, 0, NONE))
                .put("response.need.RED.zone.north.p90", shifted(40, 0, NONE))
                .put("response.need.RED.zone.south.p90", shifted(25, 0, NONE)));
        m.put("C", new Table().put("readiness.meanOverDistricts", shifted(0.65, leverPp / 100, jitter))
                .put("response.need.RED.p90", shifted(32, leverMin, jitter))
                .put("readiness.d1", shifted(0.7, leverPp / 100, jitter)).put("readiness.d2", shifted(0.4, -leverPp / 100, jitter))
                .put("response.need.RED.zone.north.p90", shifted(40, leverMin, jitter))
                .put("response.need.RED.zone.south.p90", shifted(25, leverMin, jitter)));
        return run(m);
    }

    static Question question() {
        return new Question("If the lever were pulled in B, what would the districts gain?", "the lever", new Pair("A", "B"),
                new Pair("B", "C"), "readiness.meanOverDistricts", "response.need.RED.p90");
    }

    /** Two zones, the northern one in district d1, each with a station. */
    static RegionMap map() {
        return new RegionMap(List.of(new RegionMap.ZonePoint("north", 64.0, 10.0, 5000, "d1"),
                new RegionMap.ZonePoint("south", 63.0, 10.5, 20000, "d2")),
                List.of(new RegionMap.StationPoint("d1", 64.0, 10.0, 2, 0), new RegionMap.StationPoint("d2", 63.0, 10.5, 1, 1)),
                List.of(new RegionMap.HospitalPoint("h", 63.0, 10.5)));
    }

    static String render(ExperimentResult r) {
        return HtmlReport.render(new HtmlReport.Input("test", List.of("constructed"), r, List.of(new Pair("A", "B"), new Pair("B", "C")),
                List.of(), null, question(), map()));
    }
}
