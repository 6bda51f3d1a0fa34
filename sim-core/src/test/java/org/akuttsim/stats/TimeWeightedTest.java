package org.akuttsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeWeightedTest {

    /** Level 0 on [0,2), 3 on [2,5), 1 on [5,10]. */
    private static TimeWeighted stepFunction() {
        TimeWeighted q = new TimeWeighted();
        q.update(2, 3);
        q.update(5, 1);
        return q;
    }

    @Test
    void meanVarianceAndMaxOfAKnownStepFunction() {
        TimeWeighted q = stepFunction();
        // Area 0*2 + 3*3 + 1*5 = 14 over 10 time units.
        assertEquals(14.0, q.area(10), 1e-12);
        assertEquals(1.4, q.mean(10), 1e-12);
        // E[x^2] = (0 + 27 + 5) / 10 = 3.2; variance = 3.2 - 1.96.
        assertEquals(1.24, q.variance(10), 1e-12);
        assertEquals(3.0, q.max());
        assertEquals(1.0, q.level());
    }

    @Test
    void askingForTheMeanDoesNotChangeTheStatistic() {
        TimeWeighted q = stepFunction();
        assertEquals(1.4, q.mean(10), 1e-12);
        assertEquals(1.4, q.mean(10), 1e-12);
        // Mean at an earlier moment after the last update still works: [0,7] area 0+9+2 = 11.
        assertEquals(11.0 / 7.0, q.mean(7), 1e-12);
        q.update(10, 0);
        assertEquals(1.4, q.mean(10), 1e-12);
        assertEquals(14.0 / 20.0, q.mean(20), 1e-12);
    }

    @Test
    void resetAtEndOfWarmUpKeepsTheCurrentLevel() {
        TimeWeighted q = stepFunction();
        q.reset(5);                 // level 1 carries into the observed period
        assertEquals(5.0, q.startTime());
        assertEquals(1.0, q.max(), "max restarts from the level held at reset");
        q.update(8, 2);
        // [5,8) at 1 and [8,10] at 2: (3 + 4) / 5.
        assertEquals(1.4, q.mean(10), 1e-12);
        assertEquals(2.0, q.max());
        assertEquals(7.0, q.area(10), 1e-12);
    }

    @Test
    void noElapsedTimeHasNoMean() {
        TimeWeighted q = new TimeWeighted(3.0, 2.0);
        assertTrue(Double.isNaN(q.mean(3.0)));
        assertEquals(2.0, q.mean(4.0), 1e-15);
    }

    @Test
    void addChangesTheLevelByADelta() {
        TimeWeighted busy = new TimeWeighted();
        busy.add(1, +1);
        busy.add(2, +1);
        busy.add(4, -1);
        // 0 on [0,1), 1 on [1,2), 2 on [2,4), 1 on [4,6]: area 0+1+4+2 = 7.
        assertEquals(7.0 / 6.0, busy.mean(6), 1e-12);
        assertEquals(2.0, busy.max());
    }

    @Test
    void timeMustNotGoBackwards() {
        TimeWeighted q = stepFunction();
        assertThrows(IllegalArgumentException.class, () -> q.update(4, 1));
        assertThrows(IllegalArgumentException.class, () -> q.reset(4));
        assertThrows(IllegalArgumentException.class, () -> q.update(6, Double.NaN));
    }

    @Test
    void longHorizonStaysAccurate() {
        // Alternating 1000 and 1002 for a million unit steps: mean 1001, variance 1.
        TimeWeighted q = new TimeWeighted(0, 1000);
        for (int i = 1; i <= 1_000_000; i++) {
            q.update(i, (i % 2 == 0) ? 1000 : 1002);
        }
        assertEquals(1001.0, q.mean(1_000_000), 1e-9);
        assertEquals(1.0, q.variance(1_000_000), 1e-9);
    }
}
