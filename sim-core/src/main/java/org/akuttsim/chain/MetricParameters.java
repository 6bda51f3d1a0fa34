package org.akuttsim.chain;

import java.nio.file.Path;

/**
 * How the chain measures.
 *
 * @param fuelLitresPerKm  diesel per kilometre driven, L/km (e.g. 0.15)
 * @param co2KgPerLitre    CO2 per litre of fuel, kg/L (diesel about 2.6)
 * @param urbanTargetMinutes response-time target in urban zones, minutes (12)
 * @param ruralTargetMinutes response-time target in rural zones, minutes (25)
 * @param traceFile        if not null, one CSV row per call (its timestamps) is written here; for
 *                         scenario s and replication r the file name gets the suffix {@code -<s>-r<r>} before
 *                         the extension ({@link TraceWriter#fileFor}), so scenarios that share these
 *                         parameters do not overwrite each other's traces. The command line's {@code --trace}
 *                         writes the fuller event log instead ({@link TracingChainModel})
 * @param dispatchShares   if true, the results carry {@code dispatchShare.<zone id>.<unit id>}: the
 *                         dispatches of that unit to calls from that zone per call received, for every
 *                         (zone, unit) pair — the hypercube model's dispatch fractions, and where a
 *                         district's work really goes. Off by default: a region of 27 zones and 32 units
 *                         would add 864 columns to every result file. The counts are kept either way
 *                         ({@link ChainRun#dispatches(int, int)}); this only decides whether they are reported.
 * @param costs            unit costs for the yearly cost metrics ({@link UnitCosts}), or null: no cost reported
 */
public record MetricParameters(double fuelLitresPerKm, double co2KgPerLitre, double urbanTargetMinutes,
                               double ruralTargetMinutes, Path traceFile, boolean dispatchShares, UnitCosts costs) {
    /**
     * Checks that fuel and CO2 factors are &ge; 0 and targets &gt; 0.
     *
     * @param fuelLitresPerKm diesel per kilometre driven, L/km
     * @param co2KgPerLitre CO2 per litre of fuel, kg/L
     * @param urbanTargetMinutes response-time target in urban zones, minutes
     * @param ruralTargetMinutes response-time target in rural zones, minutes
     * @param traceFile where to write one CSV row per call, or {@code null}
     * @param dispatchShares whether to report the (zone, unit) dispatch shares
     * @param costs unit costs for the yearly cost metrics, or null: no cost reported
     */
    public MetricParameters {
        Check.nonNegative("fuel per km (L/km)", fuelLitresPerKm);
        Check.nonNegative("CO2 per litre (kg/L)", co2KgPerLitre);
        Check.positive("urban response-time target (minutes)", urbanTargetMinutes);
        Check.positive("rural response-time target (minutes)", ruralTargetMinutes);
    }

    /**
     * Without costs (no cost metrics reported).
     *
     * @param fuelLitresPerKm diesel per kilometre driven, L/km
     * @param co2KgPerLitre CO2 per litre of fuel, kg/L
     * @param urbanTargetMinutes response-time target in urban zones, minutes
     * @param ruralTargetMinutes response-time target in rural zones, minutes
     * @param traceFile where to write one CSV row per call, or {@code null}
     * @param dispatchShares whether to report the (zone, unit) dispatch shares
     */
    public MetricParameters(double fuelLitresPerKm, double co2KgPerLitre, double urbanTargetMinutes,
                            double ruralTargetMinutes, Path traceFile, boolean dispatchShares) {
        this(fuelLitresPerKm, co2KgPerLitre, urbanTargetMinutes, ruralTargetMinutes, traceFile, dispatchShares, null);
    }

    /**
     * Without the (zone, unit) dispatch shares.
     *
     * @param fuelLitresPerKm diesel per kilometre driven, L/km
     * @param co2KgPerLitre CO2 per litre of fuel, kg/L
     * @param urbanTargetMinutes response-time target in urban zones, minutes
     * @param ruralTargetMinutes response-time target in rural zones, minutes
     * @param traceFile where to write one CSV row per call, or {@code null}
     */
    public MetricParameters(double fuelLitresPerKm, double co2KgPerLitre, double urbanTargetMinutes,
                            double ruralTargetMinutes, Path traceFile) {
        this(fuelLitresPerKm, co2KgPerLitre, urbanTargetMinutes, ruralTargetMinutes, traceFile, false, null);
    }

    /**
     * 0.15 L/km, 2.64 kg CO2/L, targets 12 and 25 minutes, no trace, no dispatch shares.
     *
     * @return the default parameters
     */
    public static MetricParameters defaults() {
        return new MetricParameters(0.15, 2.64, 12, 25, null, false);
    }

    /**
     * These parameters with a trace file.
     *
     * @param file the trace file
     * @return the new parameters
     */
    public MetricParameters withTrace(Path file) {
        return new MetricParameters(fuelLitresPerKm, co2KgPerLitre, urbanTargetMinutes, ruralTargetMinutes, file, dispatchShares, costs);
    }

    /**
     * These parameters with the (zone, unit) dispatch shares reported or not.
     *
     * @param report whether to report them
     * @return the new parameters
     */
    public MetricParameters withDispatchShares(boolean report) {
        return new MetricParameters(fuelLitresPerKm, co2KgPerLitre, urbanTargetMinutes, ruralTargetMinutes, traceFile, report, costs);
    }

    /**
     * These parameters with unit costs.
     *
     * @param unitCosts the unit costs of the yearly cost metrics (null: no cost metrics)
     * @return the new parameters
     */
    public MetricParameters withCosts(UnitCosts unitCosts) {
        return new MetricParameters(fuelLitresPerKm, co2KgPerLitre, urbanTargetMinutes, ruralTargetMinutes, traceFile, dispatchShares, unitCosts);
    }
}
