package org.akuttsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
