package org.akuttsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void medianOfATinySampleByHand() {
        Histogram h = new Histogram(0, 4, 4);
        for (double x : new double[] {0.5, 1.5, 1.5, 2.5}) {
            h.add(x);
        }
        // Rank target 0.5*4 = 2 lies in bin [1,2) (holding ranks 2 and 3): 1 + (2 - 1)/2.
        assertEquals(1.5, h.quantile(0.5), 1e-15);
        assertEquals(0.5, h.quantile(0.0));
        assertEquals(2.5, h.quantile(1.0));
        assertEquals(0.75, h.fractionBelow(2.0), 1e-15);
        assertEquals(0.25, h.fractionBelow(1.0), 1e-15);
        assertEquals(0.0, h.fractionBelow(0.5));
        assertEquals(1.0, h.fractionBelow(3.0));
        assertEquals(4, h.count());
        assertEquals(2, h.binCount(1));
    }

    @Test
    void quantilesAreWithinOneBinOfTheExactQuantilesOfAKnownSample() {
        // 20,000 exponential "response times" with mean 10 minutes, bins of 0.5 min over [0, 60).
        Random r = new Random(7L);
        double[] xs = new double[20_000];
        Histogram h = Histogram.withBinWidth(0, 60, 0.5);
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -10 * Math.log(1 - r.nextDouble());
            h.add(xs[i]);
        }
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        assertTrue(h.overflow() > 0, "the sample reaches past 60 minutes, so overflow is exercised");
        for (double p : new double[] {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99}) {
            double exact = sorted[(int) Math.ceil(p * xs.length) - 1];
            double est = h.quantile(p);
            assertEquals(exact, est, h.binWidth(), "p=" + p);
        }
        // Against the distribution too: the p50 and p90 of Exp(mean 10) are 10 ln 2 and 10 ln 10.
        assertEquals(10 * Math.log(2), h.quantile(0.5), 0.25);
        assertEquals(10 * Math.log(10), h.quantile(0.9), 0.6);
        // Share within 12 and 25 minutes: exact because both are bin edges.
        for (double target : new double[] {12, 25}) {
            long below = Arrays.stream(xs).filter(x -> x < target).count();
            assertEquals((double) below / xs.length, h.fractionBelow(target), 1e-15);
        }
    }

    @Test
    void quantilesOutsideTheRangeInterpolateToTheExactExtremes() {
        Histogram h = new Histogram(10, 20, 10);
        for (double x : new double[] {2, 4, 6, 8, 15, 30, 40, 50}) {
            h.add(x);
        }
        assertEquals(4, h.underflow());
        assertEquals(3, h.overflow());
        // target 0.25*8 = 2 among 4 underflow values spread over [2, 10]: 2 + 8*2/4.
        assertEquals(6.0, h.quantile(0.25), 1e-12);
        // target 0.875*8 = 7: 5 values below high, 2 of 3 overflow over [20, 50]: 20 + 30*2/3.
        assertEquals(40.0, h.quantile(0.875), 1e-12);
        assertEquals(50.0, h.quantile(1.0));
        // Bounds promised in the class comment: error <= low - min and <= max - high.
        assertTrue(Math.abs(h.quantile(0.25) - 4.0) <= 10 - 2);
        assertEquals(0.5, h.fractionBelow(10), 1e-15, "exact at the range's lower edge");
        assertEquals(5.0 / 8.0, h.fractionBelow(20), 1e-15, "exact at the range's upper edge");
    }

    @Test
    void valuesOnBinEdgesLandInTheBinTheyStart() {
        Histogram h = new Histogram(0, 10, 100);
        for (int i = 0; i < 100; i++) {
            h.add(i * 0.1);
        }
        for (int i = 0; i < 100; i++) {
            assertEquals(1, h.binCount(i), "bin " + i);
        }
        h.add(10.0);
        assertEquals(1, h.overflow());
    }

    @Test
    void mergingEqualsCountingEverythingInOne() {
        Random r = new Random(3L);
        Histogram a = new Histogram(0, 5, 50);
        Histogram b = new Histogram(0, 5, 50);
        Histogram all = new Histogram(0, 5, 50);
        for (int i = 0; i < 1000; i++) {
            double x = r.nextGaussian() * 2 + 2.5;
            (i % 3 == 0 ? a : b).add(x);
            all.add(x);
        }
        a.addAll(b);
        assertEquals(all.count(), a.count());
        assertEquals(all.underflow(), a.underflow());
        assertEquals(all.overflow(), a.overflow());
        for (int i = 0; i < 50; i++) {
            assertEquals(all.binCount(i), a.binCount(i));
        }
        for (double p : new double[] {0.0, 0.1, 0.5, 0.9, 1.0}) {
            assertEquals(all.quantile(p), a.quantile(p));
        }
        assertThrows(IllegalArgumentException.class, () -> a.addAll(new Histogram(0, 5, 25)));
    }

    @Test
    void resetAndBadInput() {
        Histogram h = new Histogram(0, 1, 10);
        h.add(0.3);
        h.reset();
        assertEquals(0, h.count());
        assertTrue(Double.isNaN(h.quantile(0.5)));
        assertThrows(IllegalArgumentException.class, () -> h.add(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> h.quantile(1.5));
        assertThrows(IllegalArgumentException.class, () -> new Histogram(1, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> Histogram.withBinWidth(0, 1, 0.3));
    }
}
