package org.akuttsim.scenarios.report;

import java.util.List;

import org.akuttsim.chain.ChainModel;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Hospital;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.ReplicationModel;
import org.akuttsim.experiment.Responses;

/**
 * The chain model plus the few region-wide figures a reader asks for first, derived per replication
 * so that they get confidence intervals and paired differences like every recorded metric:
 * missions, kilometres and CO2 per year (the chain records counts over the observed period, whose
 * length a user may change), total ED occupancy over all EDs and the arrival-weighted share of ED
 * stays over four hours.
 *
 * <p>{@link #KEY} lists the metrics of the compact table printed by the main job and shown first in
 * the report.
 */
public final class KeyMetrics implements ReplicationModel<ChainScenario> {

    /** One simulated year, the unit of the per-year figures (the default observed length). */
    public static final double YEAR_MINUTES = 365.0 * 24 * 60;

    /** Derived metric: ambulance missions per simulated year. */
    public static final String MISSIONS_PER_YEAR = "missions.perYear";
    /** Derived metric: kilometres driven per simulated year. */
    public static final String KM_PER_YEAR = "km.perYear";
    /** Derived metric: tonnes of CO2 per simulated year. */
    public static final String CO2_PER_YEAR = "co2.tonnesPerYear";
    /** Derived metric: mean patients present in all EDs together. */
    public static final String ED_OCCUPANCY = "ed.all.occupancy.mean";
    /** Derived metric: ED stays longer than 4 hours as a share of ED arrivals, all EDs together. */
    public static final String ED_LOS_OVER_4H = "ed.all.los.over4h.share";

    /**
     * How a metric is shown.
     *
     * @param name     metric name as recorded
     * @param label    short ASCII label (console and report)
     * @param unit     unit after scaling ("%" for shares)
     * @param scale    factor applied before display (100 for shares, 0.001 for thousands)
     * @param decimals decimals shown
     */
    public record Metric(String name, String label, String unit, double scale, int decimals) {
        /**
         * {@code v} scaled for display (NaN stays NaN).
         *
         * @param v the value as recorded
         * @return {@code v × scale}
         */
        public double show(double v) {
            return v * scale;
        }
    }

    /** The key metrics, in table order. */
    public static final List<Metric> KEY = List.of(
            new Metric(MISSIONS_PER_YEAR, "Ambulance missions / yr", "", 1, 0),
            new Metric("response.RED.urban.p50", "RED response p50 urban", "min", 1, 1),
            new Metric("response.RED.urban.p90", "RED response p90 urban", "min", 1, 1),
            new Metric("response.RED.rural.p50", "RED response p50 rural", "min", 1, 1),
            new Metric("response.RED.rural.p90", "RED response p90 rural", "min", 1, 1),
            new Metric("response.RED.urban.within12", "RED urban within 12 min", "%", 100, 1),
            new Metric("response.RED.rural.within25", "RED rural within 25 min", "%", 100, 1),
            // By true need: what a triage lever costs (or gains) the sickest, whatever level AMK assigned.
            new Metric("response.need.RED.p90", "RED need: response p90", "min", 1, 1),
            new Metric("readiness.meanOverDistricts", "Readiness (district mean)", "%", 100, 1),
            new Metric("readiness.populationWeighted", "Readiness (population-weighted)", "%", 100, 1),
            new Metric(ED_OCCUPANCY, "ED occupancy (patients)", "", 1, 1),
            new Metric(ED_LOS_OVER_4H, "ED stays over 4 h", "%", 100, 1),
            new Metric(KM_PER_YEAR, "Ambulance km / yr", "1000 km", 0.001, 0),
            new Metric(CO2_PER_YEAR, "CO2 / yr", "t", 1, 0));

    private final ReplicationModel<ChainScenario> chain;

    /** Around the standard {@link ChainModel}. */
    public KeyMetrics() {
        this(new ChainModel());
    }

    /**
     * Around any chain model (e.g. one with a custom dispatch policy built into its scenarios).
     *
     * @param chain the model whose responses are extended with the key metrics
     */
    public KeyMetrics(ReplicationModel<ChainScenario> chain) {
        this.chain = chain;
    }

    @Override
    public void run(ChainScenario scenario, Replication replication, Responses out) {
        chain.run(scenario, replication, out);
        addDerived(scenario, replication.length(), out);
    }

    /** Adds the derived metrics to a replication's recorded ones. */
    static void addDerived(ChainScenario scenario, double observedMinutes, Responses out) {
        double years = observedMinutes / YEAR_MINUTES;
        double missions = out.get("missions.RED") + out.get("missions.YELLOW") + out.get("missions.GREEN");
        out.put(MISSIONS_PER_YEAR, missions / years);
        out.put(KM_PER_YEAR, out.get("km.total") / years);
        out.put(CO2_PER_YEAR, out.get("co2.tonnes") / years);
        double occupancy = 0;
        double arrivals = 0;
        double over4h = 0;
        for (Hospital h : scenario.region().hospitals()) {
            String p = "ed." + h.id() + ".";
            occupancy += out.get(p + "occupancy.mean");
            double a = out.get(p + "arrivals.total");
            double s = out.get(p + "los.over4h.share");
            if (a > 0 && !Double.isNaN(s)) {
                arrivals += a;
                over4h += a * s;
            }
        }
        out.put(ED_OCCUPANCY, occupancy);
        out.put(ED_LOS_OVER_4H, arrivals > 0 ? over4h / arrivals : Double.NaN);
    }
}
