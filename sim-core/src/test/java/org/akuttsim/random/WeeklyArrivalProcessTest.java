package org.akuttsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/** Arrivals follow the hour-of-week rates, and thinning nests the calls of lower-rate scenarios. */
class WeeklyArrivalProcessTest {

    private static final long[] SEED = {11, 12, 13, 14, 15, 16};
    private static final double MINUTES = 60.0;
    private static final int WEEKS = 300;

    /** A day-night profile with a weekend bump and no calls at all 03:00-05:00 on Sundays. */
    private static double[] profile() {
        double[] r = new double[WeeklyRate.HOURS];
        for (int h = 0; h < WeeklyRate.HOURS; h++) {
            int day = h / 24;
            int hour = h % 24;
            r[h] = 2.0 + 1.5 * Math.sin(2 * Math.PI * (hour - 9) / 24.0) + (day >= 5 ? 0.8 : 0.0);
        }
        r[6 * 24 + 3] = 0.0;
        r[6 * 24 + 4] = 0.0;
        return r;
    }

    @Test
    void hourlyCountsOverManyWeeksMatchTheRates() {
        WeeklyRate rate = WeeklyRate.ofHourlyRates(profile(), MINUTES);
        WeeklyArrivalProcess p = new WeeklyArrivalProcess(rate, new Mrg32k3a(SEED));
        long[] counts = new long[WeeklyRate.HOURS];
        double end = WEEKS * rate.weekLength();
        double previous = 0.0;
        long total = 0;
        for (double t = p.next(); t < end; t = p.next()) {
            assertTrue(t >= previous, "arrival times never decrease");
            previous = t;
            counts[(int) ((t % rate.weekLength()) / MINUTES)]++;
            total++;
        }
        assertEquals(total + 1, p.count(), "one candidate past the horizon was generated and not counted");

        double expectedTotal = rate.expectedCount(0.0, end);
        assertEquals(WEEKS * rate.perWeek(), expectedTotal, 1e-9 * expectedTotal);
        assertEquals(expectedTotal, total, 3.29 * Math.sqrt(expectedTotal), "total count vs the integral of the rate");

        double chi2 = 0;
        int cells = 0;
        double worstZ = 0;
        for (int h = 0; h < WeeklyRate.HOURS; h++) {
            double e = WEEKS * rate.perHour(h);
            if (e == 0.0) {
                assertEquals(0, counts[h], "no arrivals in zero-rate hour " + h);
                continue;
            }
            chi2 += (counts[h] - e) * (counts[h] - e) / e;
            worstZ = Math.max(worstZ, Math.abs(counts[h] - e) / Math.sqrt(e));
            cells++;
        }
        assertEquals(166, cells);
        double critical = new ChiSquaredDistribution(null, cells).inverseCumulativeProbability(0.999);
        assertTrue(chi2 < critical, "chi-square " + chi2 + " over " + cells + " hours, 99.9 % point " + critical);
        assertTrue(worstZ < 4.5, "largest standardised hourly deviation " + worstZ);
    }

    @Test
    void countsInDisjointHoursArePoissonNotJustRightOnAverage() {
        // Constant rate 4 per hour: hourly counts must have variance equal to their mean.
        WeeklyRate rate = WeeklyRate.constant(4.0, 1.0);
        WeeklyArrivalProcess p = new WeeklyArrivalProcess(rate, new Mrg32k3a(SEED));
        int hours = 50_000;
        int[] counts = new int[hours];
        for (double t = p.next(); t < hours; t = p.next()) {
            counts[(int) t]++;
        }
        double mean = 0;
        for (int c : counts) {
            mean += (double) c / hours;
        }
        double ss = 0;
        for (int c : counts) {
            ss += (c - mean) * (c - mean);
        }
        // Index of dispersion: (n-1)·s²/mean is chi-square with n-1 degrees of freedom.
        ChiSquaredDistribution chi = new ChiSquaredDistribution(null, hours - 1);
        double d = ss / mean;
        assertTrue(d > chi.inverseCumulativeProbability(0.0005) && d < chi.inverseCumulativeProbability(0.9995),
                "dispersion statistic " + d);
        assertEquals(4.0, mean, 3.29 * Math.sqrt(4.0 / hours));
    }

    @Test
    void cumulativeIntensityAndItsInverseAgree() {
        WeeklyRate rate = WeeklyRate.ofHourlyRates(profile(), MINUTES);
        assertEquals(0.0, rate.cumulative(0.0));
        assertEquals(rate.perHour(0) / 2, rate.cumulative(30.0), 1e-12);
        assertEquals(3 * rate.perWeek(), rate.cumulative(3 * rate.weekLength()), 1e-9);
        for (double y = 0; y < rate.perWeek(); y += 0.37) {
            double t = rate.inverseWithinWeek(y);
            assertEquals(y, rate.cumulative(t), 1e-9, "Λ(Λ⁻¹(y)) = y at y=" + y);
            int h = rate.hourOfWeek(t);
            assertTrue(rate.perHour(h) > 0 || t == h * MINUTES, "never inside a zero-rate hour");
        }
        // The inverse at the start of the Sunday gap lands at its end, 05:00 Sunday.
        double y = rate.cumulative((6 * 24 + 3) * MINUTES);
        assertEquals((6 * 24 + 5) * MINUTES, rate.inverseWithinWeek(y), 1e-9);
        assertEquals(rate.perHour(30) / MINUTES, rate.rateAt(rate.weekLength() * 7 + 30 * MINUTES + 1.0), 0.0);
    }

    @Test
    void thinningAnEnvelopeNestsTheCallsOfLowerRateScenarios() {
        WeeklyRate today = WeeklyRate.ofHourlyRates(profile(), MINUTES);
        double[] grown = profile();
        for (int h = 0; h < grown.length; h++) {
            grown[h] *= h % 24 < 8 ? 1.4 : 1.1; // night demand grows faster
        }
        WeeklyRate future = WeeklyRate.ofHourlyRates(grown, MINUTES);
        WeeklyRate envelope = WeeklyRate.envelope(today, future);
        assertTrue(today.coveredBy(envelope) && future.coveredBy(envelope));
        assertFalse(future.coveredBy(today));

        WeeklyArrivalProcess candidates = new WeeklyArrivalProcess(envelope, new Mrg32k3a(SEED));
        Mrg32k3a marks = new Mrg32k3a(new long[] {21, 22, 23, 24, 25, 26});
        long[] todayCounts = new long[WeeklyRate.HOURS];
        long[] futureCounts = new long[WeeklyRate.HOURS];
        long nToday = 0;
        long nFuture = 0;
        double end = WEEKS * envelope.weekLength();
        for (double t = candidates.next(); t < end; t = candidates.next()) {
            double mark = marks.nextDouble(); // drawn for every candidate
            boolean a = today.accepts(t, mark, envelope);
            boolean b = future.accepts(t, mark, envelope);
            assertFalse(a && !b, "a call of today's demand is also a call of the grown demand");
            int h = envelope.hourOfWeek(t);
            if (a) {
                todayCounts[h]++;
                nToday++;
            }
            if (b) {
                futureCounts[h]++;
                nFuture++;
            }
        }
        assertEquals(nFuture, candidates.count() - 1, "the envelope equals the future rate: every candidate is accepted");
        assertEquals(WEEKS * today.perWeek(), nToday, 3.29 * Math.sqrt(WEEKS * today.perWeek()));
        double chi2 = 0;
        int cells = 0;
        for (int h = 0; h < WeeklyRate.HOURS; h++) {
            double e = WEEKS * today.perHour(h);
            if (e > 0) {
                chi2 += (todayCounts[h] - e) * (todayCounts[h] - e) / e;
                cells++;
            } else {
                assertEquals(0, todayCounts[h] + futureCounts[h]);
            }
        }
        double critical = new ChiSquaredDistribution(null, cells).inverseCumulativeProbability(0.999);
        assertTrue(chi2 < critical, "thinned hourly counts: chi-square " + chi2 + ", 99.9 % point " + critical);
    }

    @Test
    void aRateThatIsZeroAllWeekNeverArrives() {
        WeeklyArrivalProcess p = new WeeklyArrivalProcess(WeeklyRate.constant(0.0, 60.0), new Mrg32k3a(SEED));
        assertEquals(Double.POSITIVE_INFINITY, p.next());
    }

    @Test
    void badRatesFailWithMessages() {
        double[] r = profile();
        r[30] = -1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WeeklyRate.ofHourlyRates(r, 60));
        assertTrue(e.getMessage().contains("hour of week 30 (day 1, hour 6) must be finite and >= 0, was -1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WeeklyRate.ofHourlyRates(new double[24], 60));
        assertTrue(e.getMessage().contains("needs 168 hourly rates, got 24"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WeeklyRate.constant(1, 0));
        assertTrue(e.getMessage().contains("time units per hour must be > 0"), e.getMessage());
    }
}
