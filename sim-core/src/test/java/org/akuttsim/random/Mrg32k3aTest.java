package org.akuttsim.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

class Mrg32k3aTest {

    private static final long[] SSJ_DEFAULT = {12345, 12345, 12345, 12345, 12345, 12345};

    @Test
    void reproducesSsjDrawForDrawOnTheFirstStream() {
        MRG32k3a.setPackageSeed(SSJ_DEFAULT);
        MRG32k3a ssj = new MRG32k3a();
        Mrg32k3a ours = new Mrg32k3a(SSJ_DEFAULT);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(ssj.nextDouble(), ours.nextDouble(), 0.0, "draw " + i);
        }
    }

    @Test
    void substreamsMatchSsjResetNextSubstream() {
        MRG32k3a.setPackageSeed(SSJ_DEFAULT);
        MRG32k3a ssj = new MRG32k3a();
        Mrg32k3a stepwise = new Mrg32k3a(SSJ_DEFAULT);
        Mrg32k3a jumped = new Mrg32k3a(SSJ_DEFAULT);
        for (int sub = 1; sub <= 5; sub++) {
            ssj.resetNextSubstream();
            stepwise.resetNextSubstream();
            jumped.toSubstream(sub);
            for (int i = 0; i < 100; i++) {
                double expected = ssj.nextDouble();
                assertEquals(expected, stepwise.nextDouble(), 0.0);
                assertEquals(expected, jumped.nextDouble(), 0.0);
            }
        }
    }

    @Test
    void streamsMatchSsjSuccessiveStreams() {
        MRG32k3a.setPackageSeed(SSJ_DEFAULT);
        new MRG32k3a(); // stream 0
        new MRG32k3a(); // stream 1
        MRG32k3a ssjThird = new MRG32k3a(); // stream 2
        Mrg32k3a ours = new Mrg32k3a(new Mrg32k3a(SSJ_DEFAULT).streamSeedAhead(2));
        for (int i = 0; i < 100; i++) {
            assertEquals(ssjThird.nextDouble(), ours.nextDouble(), 0.0);
        }
    }

    @Test
    void resetStartSubstreamRepeatsTheSameNumbers() {
        Mrg32k3a s = new Mrg32k3a(SSJ_DEFAULT);
        s.toSubstream(7);
        double a = s.nextDouble();
        double b = s.nextDouble();
        s.resetStartSubstream();
        assertEquals(a, s.nextDouble(), 0.0);
        assertEquals(b, s.nextDouble(), 0.0);
    }

    @Test
    void rejectsSeedsOutsideTheModuli() {
        assertThrows(IllegalArgumentException.class, () -> new Mrg32k3a(new long[] {0, 0, 0, 1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> new Mrg32k3a(new long[] {Mrg32k3a.M1, 1, 1, 1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> new Mrg32k3a(new long[] {1, 1, 1}));
    }

    @Test
    void namedStreamsDependOnNameNotOnRequestOrder() {
        StreamFactory f1 = new StreamFactory(42).forReplication(3);
        double a1 = f1.stream("arrivals").nextDouble();
        double t1 = f1.stream("triage").nextDouble();
        StreamFactory f2 = new StreamFactory(42).forReplication(3);
        double t2 = f2.stream("triage").nextDouble();
        double a2 = f2.stream("arrivals").nextDouble();
        assertEquals(a1, a2, 0.0);
        assertEquals(t1, t2, 0.0);
        assertNotEquals(a1, t1);
        assertNotEquals(a1, new StreamFactory(42).forReplication(4).stream("arrivals").nextDouble());
        assertNotEquals(a1, new StreamFactory(43).forReplication(3).stream("arrivals").nextDouble());
    }

    @Test
    void keyedRandomDependsOnlyOnItsKey() {
        KeyedRandom k = new KeyedRandom();
        k.reseed(99);
        double x = k.nextDouble();
        double y = k.nextDouble();
        k.reseed(5).nextDouble();
        k.reseed(99);
        assertEquals(x, k.nextDouble(), 0.0);
        assertEquals(y, k.nextDouble(), 0.0);
        assertNotEquals(k.reseed(99, 0).nextDouble(), k.reseed(99, 1).nextDouble());
    }

    /**
     * The recurrence exactly as first written, with 64-bit {@code %} and a sign fix-up: the
     * reference the folded reduction in {@link Mrg32k3a#nextDouble()} must reproduce bit for bit.
     */
    private static final class PlainModuloMrg32k3a {
        private long s10, s11, s12, s20, s21, s22;

        PlainModuloMrg32k3a(long[] seed) {
            s10 = seed[0];
            s11 = seed[1];
            s12 = seed[2];
            s20 = seed[3];
            s21 = seed[4];
            s22 = seed[5];
        }

        double nextDouble() {
            long p1 = (1403580L * s11 - 810728L * s10) % Mrg32k3a.M1;
            if (p1 < 0) {
                p1 += Mrg32k3a.M1;
            }
            s10 = s11;
            s11 = s12;
            s12 = p1;
            long p2 = (527612L * s22 - 1370589L * s20) % Mrg32k3a.M2;
            if (p2 < 0) {
                p2 += Mrg32k3a.M2;
            }
            s20 = s21;
            s21 = s22;
            s22 = p2;
            return p1 > p2 ? (p1 - p2) * 2.328306549295727688e-10 : (p1 - p2 + Mrg32k3a.M1) * 2.328306549295727688e-10;
        }
    }

    @Test
    void tenMillionDrawsEqualThePlainModuloRecurrence() {
        Mrg32k3a fast = new Mrg32k3a(SSJ_DEFAULT);
        PlainModuloMrg32k3a plain = new PlainModuloMrg32k3a(SSJ_DEFAULT);
        int mismatches = 0;
        long firstMismatch = -1;
        for (long i = 0; i < 10_000_000L; i++) {
            if (fast.nextDouble() != plain.nextDouble() && mismatches++ == 0) {
                firstMismatch = i;
            }
        }
        assertEquals(0, mismatches, "first mismatch at draw " + firstMismatch);
        assertArrayEquals(new long[] {plain.s10, plain.s11, plain.s12, plain.s20, plain.s21, plain.s22}, fast.state());
    }

    @Test
    void extremeSeedsEqualThePlainModuloRecurrence() {
        long a = Mrg32k3a.M1 - 1;
        long b = Mrg32k3a.M2 - 1;
        long[][] seeds = {
            {a, a, a, b, b, b}, // largest state: the largest sums before reduction
            {a, 0, 0, b, 0, 0}, // s10 = max, s11 = 0: the most negative plain products
            {0, a, 0, 0, b, 0},
            {0, 0, 1, 0, 0, 1},
            {a, a, 0, 0, b, b},
        };
        for (long[] seed : seeds) {
            Mrg32k3a fast = new Mrg32k3a(seed);
            PlainModuloMrg32k3a plain = new PlainModuloMrg32k3a(seed);
            for (int i = 0; i < 100_000; i++) {
                assertEquals(plain.nextDouble(), fast.nextDouble(), 0.0, "draw " + i + " from seed " + java.util.Arrays.toString(seed));
            }
        }
    }

    @Test
    void foldedReductionsAreExactOverTheirWholeInputRange() {
        // nextDouble() feeds reduce1 values in [0, (A12 + A13N) * M1) and reduce2 values in
        // [0, (A21 + A23N) * M2); check both ends, every multiple of the modulus near the ends,
        // and a million random values in between.
        long max1 = (1403580L + 810728L) * Mrg32k3a.M1;
        long max2 = (527612L + 1370589L) * Mrg32k3a.M2;
        SplittableRandom rnd = new SplittableRandom(2024);
        for (long x : edges(max1, Mrg32k3a.M1)) {
            assertEquals(Math.floorMod(x, Mrg32k3a.M1), Mrg32k3a.reduce1(x), "reduce1(" + x + ")");
        }
        for (long x : edges(max2, Mrg32k3a.M2)) {
            assertEquals(Math.floorMod(x, Mrg32k3a.M2), Mrg32k3a.reduce2(x), "reduce2(" + x + ")");
        }
        for (int i = 0; i < 1_000_000; i++) {
            long x1 = rnd.nextLong(max1);
            assertEquals(x1 % Mrg32k3a.M1, Mrg32k3a.reduce1(x1), "reduce1(" + x1 + ")");
            long x2 = rnd.nextLong(max2);
            assertEquals(x2 % Mrg32k3a.M2, Mrg32k3a.reduce2(x2), "reduce2(" + x2 + ")");
        }
    }

    /** 0, the largest input, and every input within 2 of a multiple of m near either end. */
    private static long[] edges(long max, long m) {
        java.util.List<Long> xs = new java.util.ArrayList<>();
        for (long k = 0; k < 1000; k++) {
            for (long d = -2; d <= 2; d++) {
                long low = k * m + d;
                long high = (max / m - k) * m + d;
                if (low >= 0 && low < max) {
                    xs.add(low);
                }
                if (high >= 0 && high < max) {
                    xs.add(high);
                }
            }
        }
        for (long d = 1; d <= 1000; d++) {
            xs.add(max - d);
        }
        return xs.stream().mapToLong(Long::longValue).toArray();
    }
}
