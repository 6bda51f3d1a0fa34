package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link ChainClock}: hour h is the interval [60·h, 60·(h + 1)) exactly — floor(t / 60) in exact
 * arithmetic — also for the last double before an hour and the first after it. (60·h is exact in
 * doubles, so the interval test below is exact.)
 */
class ChainClockTest {

    static final int TEN_YEARS_OF_HOURS = 10 * 8766;

    @Test
    void anHourStartsExactlyAtItsSixtiethMinuteForTenYears() {
        for (int k = 1; k <= TEN_YEARS_OF_HOURS; k++) {
            double edge = 60.0 * k;
            assertEquals(k, ChainClock.hour(edge), "t = 60·" + k);
            assertEquals(k - 1, ChainClock.hour(Math.nextDown(edge)), "just before 60·" + k);
            assertEquals(k, ChainClock.hour(Math.nextUp(edge)), "just after 60·" + k);
        }
        assertEquals(0, ChainClock.hour(0.0));
        assertEquals(0, ChainClock.hour(Double.MIN_VALUE));
    }

    @Test
    void hourIsTheExactFloorForRandomTimesUpToTwoToTheThirtyOneHours() {
        Random r = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            double t = r.nextDouble() * 60.0 * (i % 2 == 0 ? TEN_YEARS_OF_HOURS : Integer.MAX_VALUE - 1.0);
            int h = ChainClock.hour(t);
            assertTrue(60.0 * h <= t && t < 60.0 * (h + 1.0), "t = " + t + " gave hour " + h);
        }
    }

    @Test
    void hourOfDayAndOfWeekCountFromMondayMidnight() {
        assertEquals(0, ChainClock.hourOfDay(0));
        assertEquals(23, ChainClock.hourOfDay(Math.nextDown(1440.0)), "the last instant of Monday");
        assertEquals(0, ChainClock.hourOfDay(1440.0), "Tuesday 00:00");
        assertEquals(24, ChainClock.hourOfWeek(1440.0));
        assertEquals(167, ChainClock.hourOfWeek(Math.nextDown(7 * 1440.0)), "Sunday 23:xx");
        assertEquals(0, ChainClock.hourOfWeek(7 * 1440.0), "the next Monday 00:00");
        assertEquals(13, ChainClock.hourOfDay(3 * 1440.0 + 13 * 60 + 59.5));
        assertEquals(3 * 24 + 13, ChainClock.hourOfWeek(3 * 1440.0 + 13 * 60 + 59.5), "Thursday 13:59");
        for (int k = 0; k < 3 * 168; k++) {
            double t = 60.0 * k + 30;
            assertEquals(k % 24, ChainClock.hourOfDay(t));
            assertEquals(k % 168, ChainClock.hourOfWeek(t));
        }
    }

    @Test
    void theLastHourOfTheDocumentedRangeIsRight() {
        double t = 60.0 * Integer.MAX_VALUE + 30;
        assertEquals(Integer.MAX_VALUE, ChainClock.hour(t));
    }
}
