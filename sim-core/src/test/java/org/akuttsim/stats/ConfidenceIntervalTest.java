package org.akuttsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

    @Test
    void fiveValuesByHand() {
        ConfidenceInterval ci = ConfidenceInterval.of(new double[] {1, 2, 3, 4, 5}, 0.95);
        assertEquals(5, ci.n());
        assertEquals(3.0, ci.mean(), 1e-15);
        assertEquals(Math.sqrt(2.5), ci.sd(), 1e-14);
        // t(0.975, 4) = 2.776445105 (tables); half width = t * sd / sqrt(5).
        assertEquals(2.776445105 * Math.sqrt(2.5) / Math.sqrt(5), ci.halfWidth(), 1e-8);
        assertEquals(ci.mean() - ci.halfWidth(), ci.low());
        assertEquals(ci.mean() + ci.halfWidth(), ci.high());
        assertEquals(0, ci.skipped());
        assertTrue(ci.contains(3.0));
    }

    @Test
    void ninetyNinePercentIsWider() {
        double[] xs = {1, 2, 3, 4, 5};
        // t(0.995, 4) = 4.604094871.
        assertEquals(4.604094871 * Math.sqrt(0.5), ConfidenceInterval.of(xs, 0.99).halfWidth(), 1e-8);
    }

    @Test
    void oneValueHasAMeanButNoInterval() {
        ConfidenceInterval ci = ConfidenceInterval.of(new double[] {7.5}, 0.95);
        assertEquals(1, ci.n());
        assertEquals(7.5, ci.mean());
        assertTrue(Double.isNaN(ci.sd()));
        assertTrue(Double.isNaN(ci.halfWidth()));
        assertTrue(Double.isNaN(ci.low()));
        assertTrue(!ci.contains(7.5));
    }

    @Test
    void nanEntriesAreSkippedAndCounted() {
        ConfidenceInterval ci = ConfidenceInterval.of(new double[] {1, Double.NaN, 2, 3, 4, Double.NaN, 5}, 0.95);
        assertEquals(5, ci.n());
        assertEquals(2, ci.skipped());
        assertEquals(3.0, ci.mean(), 1e-15);
        assertEquals(ConfidenceInterval.of(new double[] {1, 2, 3, 4, 5}, 0.95).halfWidth(), ci.halfWidth(), 0.0);
        ConfidenceInterval none = ConfidenceInterval.of(new double[] {Double.NaN}, 0.95);
        assertEquals(0, none.n());
        assertEquals(1, none.skipped());
        assertTrue(Double.isNaN(none.mean()));
    }

    @Test
    void constantValuesHaveZeroWidth() {
        ConfidenceInterval ci = ConfidenceInterval.of(new double[] {4, 4, 4}, 0.95);
        assertEquals(0.0, ci.sd());
        assertEquals(0.0, ci.halfWidth());
        assertEquals(4.0, ci.low());
    }

    @Test
    void meanIsAccurateWhenItDwarfsTheSpread() {
        ConfidenceInterval ci = ConfidenceInterval.of(new double[] {1e12 + 1, 1e12 + 2, 1e12 + 3}, 0.95);
        assertEquals(1e12 + 2, ci.mean(), 0.0);
        assertEquals(1.0, ci.sd(), 1e-12);
    }

    @Test
    void badLevelIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(new double[] {1, 2}, 95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(new double[] {1, Double.POSITIVE_INFINITY}, 0.95));
    }
}
