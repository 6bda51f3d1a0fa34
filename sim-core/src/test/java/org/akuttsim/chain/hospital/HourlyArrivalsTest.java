package org.akuttsim.chain.hospital;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.akuttsim.random.KeyedRandom;
import org.junit.jupiter.api.Test;

/** Walk-in and referral arrivals: Poisson counts by hour, uniform times, nested under growth. */
class HourlyArrivalsTest {

    private static final long KEY = 0x5EED_0001L;

    /** Rates by hour of week: 0 at 03–04 every day, else cycling through a few sizes. */
    static double[] rates() {
        double[] r = new double[EmergencyDepartmentSpec.HOURS_PER_WEEK];
        double[] sizes = {0.3, 2.5, 12.0, 0.05, 1.0};
        for (int h = 0; h < r.length; h++) {
            r[h] = h % 24 == 3 ? 0.0 : sizes[h % sizes.length];
        }
        return r;
    }

    @Test
    void countsPerHourArePoissonWithTheHourlyRateAndTimesAreUniformInTheHour() {
        double[] r = rates();
        int weeks = 3000;
        HourlyArrivals a = new HourlyArrivals("test", r, KEY);
        a.start(0.0);
        long[][] count = new long[weeks][r.length];
        double offsetSum = 0;
        long n = 0;
        double last = 0;
        for (double t = a.next(); t < weeks * 168 * 60.0; t = a.next()) {
            assertTrue(t >= last, "arrivals in time order");
            last = t;
            long hour = (long) Math.floor(t / 60);
            count[(int) (hour / 168)][(int) (hour % 168)]++;
            offsetSum += t / 60 - hour;
            n++;
        }
        // Pool the hours of equal rate (weeks x hours observations each); five rates x three checks,
        // each at 99.9 % (z = 3.29), so the family of 15 holds at ~98.5 % for a correct generator.
        double z = 3.2905;
        for (double lambda : new double[] {0.0, 0.3, 2.5, 12.0, 0.05, 1.0}) {
            double sum = 0, sumSq = 0;
            long zeros = 0, obs = 0;
            for (int h = 0; h < r.length; h++) {
                if (r[h] != lambda) {
                    continue;
                }
                for (int w = 0; w < weeks; w++) {
                    sum += count[w][h];
                    sumSq += (double) count[w][h] * count[w][h];
                    zeros += count[w][h] == 0 ? 1 : 0;
                    obs++;
                }
            }
            assertTrue(obs >= 5 * weeks, "hours with rate " + lambda);
            double mean = sum / obs;
            if (lambda == 0) {
                assertEquals(0.0, mean, "no arrivals in hours with rate 0");
                continue;
            }
            assertEquals(lambda, mean, z * Math.sqrt(lambda / obs), "mean count per hour at rate " + lambda);
            // Poisson: variance = mean (the sample variance's sd is about sqrt((λ + 2λ²)/n)).
            double var = (sumSq - sum * sum / obs) / (obs - 1);
            assertEquals(lambda, var, z * Math.sqrt((lambda + 2 * lambda * lambda) / obs), "variance of the count at rate " + lambda);
            double p0 = Math.exp(-lambda);
            assertEquals(p0, (double) zeros / obs, z * Math.sqrt(p0 * (1 - p0) / obs), "P(no arrival) at rate " + lambda);
        }
        assertEquals(0.5, offsetSum / n, z * Math.sqrt(1.0 / 12 / n), "times uniform within the hour");
    }

    @Test
    void aScenarioWithHigherRatesKeepsEveryArrivalOfTheBaseOneWithItsPatientNumbers() {
        double[] base = rates();
        double[] grown = base.clone();
        for (int h = 0; h < grown.length; h++) {
            grown[h] *= h % 7 == 0 ? 3.0 : 1.25; // uneven growth, and hours that stay at 0
        }
        double end = 8 * 168 * 60.0;
        Map<Double, Long> grownArrivals = new HashMap<>();
        HourlyArrivals g = new HourlyArrivals("test", grown, KEY);
        g.start(0.0);
        KeyedRandom k = new KeyedRandom();
        for (double t = g.next(); t < end; t = g.next()) {
            grownArrivals.put(t, g.reseedPatient(k).nextLong());
        }
        HourlyArrivals b = new HourlyArrivals("test", base, KEY);
        b.start(0.0);
        int kept = 0;
        for (double t = b.next(); t < end; t = b.next()) {
            Long patient = grownArrivals.get(t);
            assertTrue(patient != null, "base arrival at " + t + " is missing from the grown scenario");
            assertEquals(patient.longValue(), b.reseedPatient(k).nextLong(), "same patient numbers at " + t);
            kept++;
        }
        assertTrue(kept > 1000, "base arrivals " + kept);
        assertTrue(grownArrivals.size() > 1.2 * kept, "grown " + grownArrivals.size() + " vs base " + kept);
    }

    @Test
    void startingWithinAnHourGivesThatHoursLaterArrivalsOnly() {
        double[] r = new double[EmergencyDepartmentSpec.HOURS_PER_WEEK];
        java.util.Arrays.fill(r, 30.0);
        HourlyArrivals all = new HourlyArrivals("test", r, KEY);
        all.start(0.0);
        HourlyArrivals late = new HourlyArrivals("test", r, KEY);
        late.start(6125.5);
        double t = all.next();
        while (t < 6125.5) {
            t = all.next();
        }
        for (int i = 0; i < 200; i++, t = all.next()) {
            assertEquals(t, late.next(), "same points after the start");
        }
    }

    @Test
    void noRatesMeansNoArrivalsAndBadRatesAreRejected() {
        HourlyArrivals none = new HourlyArrivals("test", new double[168], KEY);
        none.start(0.0);
        assertEquals(Double.POSITIVE_INFINITY, none.next());
        double[] bad = new double[168];
        bad[5] = -1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HourlyArrivals("test", bad, KEY));
        assertTrue(e.getMessage().contains("test: hourly arrival rate [5]"), e.getMessage());
        bad[5] = HourlyArrivals.MAX_PER_HOUR * 2;
        assertThrows(IllegalArgumentException.class, () -> new HourlyArrivals("test", bad, KEY));
        assertThrows(IllegalArgumentException.class, () -> new HourlyArrivals("test", new double[24], KEY));
    }

    @Test
    void poissonTableSumsToOneAndHasTheMean() {
        for (double lambda : new double[] {0.01, 0.7, 5.0, 80.0, HourlyArrivals.MAX_PER_HOUR}) {
            double[] c = HourlyArrivals.poissonCdf(lambda);
            assertEquals(1.0, c[c.length - 1], 1e-12, "total probability, λ = " + lambda);
            double mean = 0;
            for (int k = 0; k < c.length; k++) {
                mean += k * (c[k] - (k == 0 ? 0 : c[k - 1]));
            }
            assertEquals(lambda, mean, 1e-9 * Math.max(1, lambda), "mean, λ = " + lambda);
        }
    }
}
