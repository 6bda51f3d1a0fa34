package org.akuttsim.chain.hospital;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The minute histogram: counts, quantiles and the bins it allocates as observations reach them. */
class MinuteHistogramTest {

    @Test
    void growsOnlyAsFarAsObservationsReachAndNeverPastTheLimit() {
        MinuteHistogram h = new MinuteHistogram(1.0, 10_080, 240);
        assertEquals(MinuteHistogram.INITIAL_BINS, h.allocatedBins());
        h.add(100.5);
        assertEquals(MinuteHistogram.INITIAL_BINS, h.allocatedBins());
        h.add(700.2); // bin 700: doubles to 1024
        assertEquals(1024, h.allocatedBins());
        h.add(5000.0); // bin 5000: at least 5001 bins
        assertTrue(h.allocatedBins() > 5000 && h.allocatedBins() <= 10_080, "allocated " + h.allocatedBins());
        h.add(20_000.0); // beyond the limit: overflow, no growth
        assertTrue(h.allocatedBins() <= 10_080);
        assertEquals(4, h.count());
        assertEquals((100.5 + 700.2 + 5000.0 + 20_000.0) / 4, h.mean(), 1e-12);
        assertEquals(0.75, h.shareAbove());
        // 4 observations: the 25 % quantile target 1.0 is reached in bin 100, interpolated to its end.
        assertEquals(101.0, h.quantile(0.25), 1e-12);
        assertEquals(5001.0, h.quantile(0.75), 1e-12);
        assertEquals(Double.NaN, h.quantile(0.9), "above the limit the quantile is unknown");
    }

    @Test
    void quantilesMatchAHistogramWithEveryBinFromTheStart() {
        MinuteHistogram h = new MinuteHistogram(1.0, 10_080, 240);
        long[] bins = new long[10_080];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        for (int i = 0; i < 50_000; i++) {
            double x = Math.exp(rnd.nextGaussian() * 1.2 + 5); // a lognormal stay, median ~150 min
            h.add(x);
            if (x < bins.length) {
                bins[(int) x]++;
            }
        }
        for (double p : new double[] {0.1, 0.5, 0.9, 0.99}) {
            double target = p * 50_000;
            long cum = 0;
            double expected = Double.NaN;
            for (int i = 0; i < bins.length; i++) {
                if (bins[i] > 0 && cum + bins[i] >= target) {
                    expected = i + (target - cum) / bins[i];
                    break;
                }
                cum += bins[i];
            }
            assertEquals(expected, h.quantile(p), "quantile " + p);
        }
        h.reset();
        assertEquals(0, h.count());
        assertEquals(Double.NaN, h.quantile(0.5));
    }
}
