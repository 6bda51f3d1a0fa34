package org.akuttsim.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The console table prints no "-0.0": zero unsigned, a significant small difference with the decimals it needs. */
class ConsoleTableTest {

    static final KeyMetrics.Metric MINUTES = new KeyMetrics.Metric("response.RED.urban.p50", "RED p50", "min", 1, 1);

    @Test
    void aDifferenceThatRoundsToZeroPrintsUnsigned() {
        assertEquals("0.0 +- 0.1", ConsoleTable.format(MINUTES, -0.03, 0.08, true, ""));
        assertEquals("0.0 +- 0.0", ConsoleTable.format(MINUTES, 0.01, 0.02, true, ""));
    }

    @Test
    void aSignificantSmallDifferenceGetsMoreDecimals() {
        assertEquals("-0.04 +- 0.02*", ConsoleTable.format(MINUTES, -0.04, 0.02, true, "*"));
        assertEquals("+0.006 +- 0.004*", ConsoleTable.format(MINUTES, 0.006, 0.004, true, "*"));
    }

    @Test
    void ordinaryValuesKeepTheirSignAndDecimals() {
        assertEquals("+1.3 +- 0.2*", ConsoleTable.format(MINUTES, 1.27, 0.21, true, "*"));
        assertEquals("-2.8 +- 0.7*", ConsoleTable.format(MINUTES, -2.8, 0.7, true, "*"));
        assertEquals("9.7 +- 0.0", ConsoleTable.format(MINUTES, 9.7, 0.01, false, ""));
    }
}
