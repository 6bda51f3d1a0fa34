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
 *                         replication r the file name gets the suffix {@code -r<r>} before the extension
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
    public MetricParameters {
        Check.nonNegative("fuel per km (L/km)", fuelLitresPerKm);
        Check.nonNegative("CO2 per litre (kg/L)", co2KgPerLitre);
        Check.positive("urban response-time target (minutes)", urbanTargetMinutes);
        Check.positive("rural response-time target (minutes)", ruralTargetMinutes);
    }

    /** Without costs. */
    public MetricParameters(double fuelLitresPerKm, double co2KgPerLitre, double urbanTargetMinutes,
                            double ruralTargetMinutes, Path traceFile, boolean dispatchShares) {
        this(fuelLitresPerKm, co2KgPerLitre, urbanTargetMinutes, ruralTargetMinutes, traceFile, dispatchShares, null);
    }

    /** Without the (zone, unit) dispatch shares. */
    public MetricParameters(double fuelLitresPerKm, double co2KgPerLitre, double urbanTargetMinutes,
                            double ruralTargetMinutes, Path traceFile) {
        this(fuelLitresPerKm, co2KgPerLitre, urbanTargetMinutes, ruralTargetMinutes, traceFile, false, null);
    }

    /** 0.15 L/km, 2.64 kg CO2/L, targets 12 and 25 minutes, no trace, no dispatch shares. */
    public static MetricParameters defaults() {
        return new MetricParameters(0.15, 2.64, 12, 25, null, false);
    }

    /** These parameters with a trace file. */
    public MetricParameters withTrace(Path file) {
        return new MetricParameters(fuelLitresPerKm, co2KgPerLitre, urbanTargetMinutes, ruralTargetMinutes, file, dispatchShares, costs);
    }

    /** These parameters with the (zone, unit) dispatch shares reported or not. */
    public MetricParameters withDispatchShares(boolean report) {
        return new MetricParameters(fuelLitresPerKm, co2KgPerLitre, urbanTargetMinutes, ruralTargetMinutes, traceFile, report, costs);
    }

    /** These parameters with unit costs (null: no cost metrics). */
    public MetricParameters withCosts(UnitCosts unitCosts) {
        return new MetricParameters(fuelLitresPerKm, co2KgPerLitre, urbanTargetMinutes, ruralTargetMinutes, traceFile, dispatchShares, unitCosts);
    }
}
