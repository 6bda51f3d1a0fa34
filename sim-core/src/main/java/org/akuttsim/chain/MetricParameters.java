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
 */
public record MetricParameters(double fuelLitresPerKm, double co2KgPerLitre, double urbanTargetMinutes,
                               double ruralTargetMinutes, Path traceFile) {
    public MetricParameters {
        Check.nonNegative("fuel per km (L/km)", fuelLitresPerKm);
        Check.nonNegative("CO2 per litre (kg/L)", co2KgPerLitre);
        Check.positive("urban response-time target (minutes)", urbanTargetMinutes);
        Check.positive("rural response-time target (minutes)", ruralTargetMinutes);
    }

    /** 0.15 L/km, 2.64 kg CO2/L, targets 12 and 25 minutes, no trace. */
    public static MetricParameters defaults() {
        return new MetricParameters(0.15, 2.64, 12, 25, null);
    }

    /** These parameters with a trace file. */
    public MetricParameters withTrace(Path file) {
        return new MetricParameters(fuelLitresPerKm, co2KgPerLitre, urbanTargetMinutes, ruralTargetMinutes, file);
    }
}
