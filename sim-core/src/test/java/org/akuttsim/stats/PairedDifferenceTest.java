package org.akuttsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    @Test
    void fourPairsByHand() {
        double[] base = {1, 2, 3, 4};
        double[] alt = {2, 3, 5, 5};
        PairedDifference d = PairedDifference.of(base, alt, 0.95);
        // Differences 1, 1, 2, 1: mean 1.25, sd 0.5; t(0.975, 3) = 3.182446305.
        ConfidenceInterval p = d.paired();
        assertEquals(4, p.n());
        assertEquals(1.25, p.mean(), 1e-15);
        assertEquals(0.5, p.sd(), 1e-15);
        assertEquals(3.182446305 * 0.5 / 2, p.halfWidth(), 1e-8);

        // Welch: s_base^2 = 5/3, s_alt^2 = 2.25; df = (5/3 + 9/4)^2 * 3 / ((5/3)^2 + (9/4)^2).
        double vb = 5.0 / 3.0;
        double va = 2.25;
        double df = (vb + va) * (vb + va) * 3 / (vb * vb + va * va);
        assertEquals(5.86980, df, 1e-4);
        assertEquals(df, d.independentDegreesOfFreedom(), 1e-12);
        ConfidenceInterval ind = d.independent();
        assertEquals(1.25, ind.mean(), 1e-15);
        assertEquals(Math.sqrt(vb + va), ind.sd(), 1e-14);
        double t = new TDistribution(df).inverseCumulativeProbability(0.975);
        assertEquals(t * Math.sqrt((vb + va) / 4), ind.halfWidth(), 1e-12);
        assertTrue(d.halfWidthRatio() < 1);
    }

    @Test
    void sharedNoiseCancelsInThePairedInterval() {
        // Alternative = base + 0.1 + small own noise; both share large replication noise.
        Random r = new Random(11L);
        int n = 30;
        double[] base = new double[n];
        double[] alt = new double[n];
        for (int i = 0; i < n; i++) {
            double shared = 10 + 3 * r.nextGaussian();
            base[i] = shared;
            alt[i] = shared + 0.1 + 0.05 * r.nextGaussian();
        }
        PairedDifference d = PairedDifference.of(base, alt, 0.99);
        assertTrue(d.paired().contains(0.1), d.paired().toString());
        assertTrue(d.halfWidthRatio() < 0.05, "ratio " + d.halfWidthRatio());
        assertEquals(d.paired().mean(), d.independent().mean(), 1e-12);
    }

    @Test
    void aNanOnEitherSideDropsThePair() {
        PairedDifference d = PairedDifference.of(new double[] {1, Double.NaN, 2, 3, 4}, new double[] {2, 5, 3, Double.NaN, 6}, 0.95);
        assertEquals(3, d.paired().n());
        assertEquals(2, d.paired().skipped());
        assertEquals(2, d.independent().skipped());
        assertEquals((1 + 1 + 2) / 3.0, d.paired().mean(), 1e-15);
    }

    @Test
    void differentLengthsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PairedDifference.of(new double[] {1, 2}, new double[] {1}, 0.95));
    }
}
