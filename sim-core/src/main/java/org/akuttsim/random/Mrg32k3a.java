package org.akuttsim.random;


/**
 * L'Ecuyer's MRG32k3a combined multiple-recursive generator (period about 2^191) with streams and
 * substreams, as in SSJ and JSL: streams start 2^127 steps apart and each stream is cut into
 * substreams 2^76 steps apart. For the same six-number seed it yields exactly SSJ's sequence (a test
 * checks this draw for draw).
 *
 * <p>Why MRG32k3a and not the JDK's jumpable Xoshiro: it is the generator simulation users know from
 * SSJ/JSL/KSL, its stream and substream structure is exactly the common-random-numbers recipe
 * (replication r = substream r), and it lets benchmarks compare against SSJ with the same generator.
 * Its cost per draw is measured in {@code benchmarks/} ({@code StreamBenchmark}).
 *
 * <p>The recurrence is computed in {@code long} arithmetic (sums of products stay below 2^54) and
 * reduced by folding the high 32 bits, using {@code 2^32 = 209 (mod M1)} and {@code 2^32 = 22853
 * (mod M2)}, instead of a 64-bit {@code %}; a test checks 10^7 draws against the plain {@code %}
 * recurrence and the reductions at their extreme inputs. Jumps are
 * 3×3 matrix powers modulo m1 and m2, computed once per stream and substream in exact long
 * arithmetic, never in the hot loop.
 */
public final class Mrg32k3a implements RandomStream {

    static final long M1 = 4294967087L;
    static final long M2 = 4294944443L;
    private static final long A12 = 1403580L;
    private static final long A13N = 810728L;
    private static final long A21 = 527612L;
    private static final long A23N = 1370589L;
    private static final double NORM = 2.328306549295727688e-10; // 1 / (M1 + 1)

    /** One-step transition matrices of the two components, acting on (s0, s1, s2). */
    private static final long[][] A1 = {{0, 1, 0}, {0, 0, 1}, {M1 - A13N, A12, 0}};
    private static final long[][] A2 = {{0, 1, 0}, {0, 0, 1}, {M2 - A23N, 0, A21}};

    /** A1^(2^76), A2^(2^76): one substream ahead. */
    private static final long[][] A1_SUB = powerOfTwo(A1, 76, M1);
    private static final long[][] A2_SUB = powerOfTwo(A2, 76, M2);
    /** A1^(2^127), A2^(2^127): one stream ahead. */
    private static final long[][] A1_STREAM = powerOfTwo(A1, 127, M1);
    private static final long[][] A2_STREAM = powerOfTwo(A2, 127, M2);

    private final long[] streamStart = new long[6];
    private final long[] substreamStart = new long[6];
    private long s10, s11, s12, s20, s21, s22;

    /**
     * A stream starting at the given six-number seed (SSJ's default is six times 12345).
     *
     * @param seed six numbers: the first three in [0, 4294967087), not all 0; the last three in [0,
     *     4294944443), not all 0
     */
    public Mrg32k3a(long[] seed) {
        checkSeed(seed);
        System.arraycopy(seed, 0, streamStart, 0, 6);
        resetStartStream();
    }

    /**
     * A copy positioned at the start of the same stream and substream as {@code other}.
     *
     * @param other the stream to copy the position of
     */
    public Mrg32k3a(Mrg32k3a other) {
        System.arraycopy(other.streamStart, 0, streamStart, 0, 6);
        System.arraycopy(other.substreamStart, 0, substreamStart, 0, 6);
        resetStartSubstream();
    }

    @Override
    public double nextDouble() {
        // Component 1: A12 * s11 - A13N * s10, made non-negative by adding A13N * M1 (which leaves
        // it unchanged mod M1), then reduced mod M1 without a division (see reduce1).
        long p1 = reduce1(A12 * s11 + A13N * (M1 - s10));
        s10 = s11;
        s11 = s12;
        s12 = p1;
        long p2 = reduce2(A21 * s22 + A23N * (M2 - s20));
        s20 = s21;
        s21 = s22;
        s22 = p2;
        // SSJ's rule: p1 > p2 ? (p1 - p2) : (p1 - p2 + M1), written without a branch, because the
        // comparison is a coin flip the branch predictor would lose half the time.
        long d = p1 - p2;
        d += ((d - 1) >> 63) & M1;
        return d * NORM;
    }

    /**
     * {@code x mod M1} for {@code 0 <= x < 2^54}, exact. Since {@code M1 = 2^32 - 209},
     * {@code 2^32 = 209 (mod M1)}, so {@code hi * 2^32 + lo = hi * 209 + lo (mod M1)}. In
     * {@link #nextDouble()} {@code x < (A12 + A13N) * M1 < 2^53.1}, so {@code hi < 2^22} and
     * {@code hi * 209 + lo < 4.76e9 < 2 * M1}: one conditional subtraction finishes the job. This
     * replaces a 64-bit {@code %} (a division, or a multiply-high sequence with sign fix-ups) by a
     * shift, a mask, a small multiply and an add.
     */
    static long reduce1(long x) {
        long r = (x >>> 32) * 209 + (x & 0xFFFF_FFFFL);
        return r >= M1 ? r - M1 : r;
    }

    /**
     * {@code x mod M2} for {@code 0 <= x < 2^53}, exact. {@code M2 = 2^32 - 22853}, so the same
     * fold uses 22853; after one fold {@code r < 4.77e10 < 2^36}, after a second fold
     * {@code r < 2^32 + 16 * 22853 < 2 * M2}, and one conditional subtraction finishes.
     */
    static long reduce2(long x) {
        long r = (x >>> 32) * 22853 + (x & 0xFFFF_FFFFL);
        r = (r >>> 32) * 22853 + (r & 0xFFFF_FFFFL);
        return r >= M2 ? r - M2 : r;
    }

    /** Returns to the start of this stream (and its substream 0). */
    public void resetStartStream() {
        System.arraycopy(streamStart, 0, substreamStart, 0, 6);
        resetStartSubstream();
    }

    /** Returns to the start of the current substream. */
    public void resetStartSubstream() {
        s10 = substreamStart[0];
        s11 = substreamStart[1];
        s12 = substreamStart[2];
        s20 = substreamStart[3];
        s21 = substreamStart[4];
        s22 = substreamStart[5];
    }

    /** Moves to the start of the next substream. */
    public void resetNextSubstream() {
        apply(A1_SUB, A2_SUB, substreamStart);
        resetStartSubstream();
    }

    /**
     * Positions this stream at the start of substream {@code index} (0 = the stream's start):
     * replication r of every scenario uses substream r of each source's stream.
     *
     * @param index the substream number (&ge; 0)
     */
    public void toSubstream(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("substream index must be >= 0, was " + index);
        }
        System.arraycopy(streamStart, 0, substreamStart, 0, 6);
        if (index > 0) {
            long[][] j1 = power(A1_SUB, index, M1);
            long[][] j2 = power(A2_SUB, index, M2);
            apply(j1, j2, substreamStart);
        }
        resetStartSubstream();
    }

    /** The start of the stream {@code index} streams after this one's start. */
    long[] streamSeedAhead(long index) {
        long[] seed = streamStart.clone();
        if (index > 0) {
            apply(power(A1_STREAM, index, M1), power(A2_STREAM, index, M2), seed);
        }
        return seed;
    }

    /**
     * Copy of the current state (s10, s11, s12, s20, s21, s22).
     *
     * @return six numbers that, given to {@link #Mrg32k3a(long[])}, continue this stream from here
     */
    public long[] state() {
        return new long[] {s10, s11, s12, s20, s21, s22};
    }

    static void checkSeed(long[] seed) {
        if (seed == null || seed.length != 6) {
            throw new IllegalArgumentException("an MRG32k3a seed has 6 numbers");
        }
        for (int i = 0; i < 6; i++) {
            long m = i < 3 ? M1 : M2;
            if (seed[i] < 0 || seed[i] >= m) {
                throw new IllegalArgumentException("seed[" + i + "] must be in [0, " + m + "), was " + seed[i]);
            }
        }
        if ((seed[0] | seed[1] | seed[2]) == 0 || (seed[3] | seed[4] | seed[5]) == 0) {
            throw new IllegalArgumentException("the first three and the last three seed numbers must not all be 0");
        }
    }

    private static void apply(long[][] j1, long[][] j2, long[] s) {
        long[] a = matVec(j1, s[0], s[1], s[2], M1);
        long[] b = matVec(j2, s[3], s[4], s[5], M2);
        s[0] = a[0];
        s[1] = a[1];
        s[2] = a[2];
        s[3] = b[0];
        s[4] = b[1];
        s[5] = b[2];
    }

    private static long[] matVec(long[][] a, long x, long y, long z, long m) {
        long[] r = new long[3];
        for (int i = 0; i < 3; i++) {
            // Each product is below 2^64 as an unsigned number, each remainder below 2^32.
            long t = Long.remainderUnsigned(a[i][0] * x, m)
                    + Long.remainderUnsigned(a[i][1] * y, m)
                    + Long.remainderUnsigned(a[i][2] * z, m);
            r[i] = t % m;
        }
        return r;
    }

    private static long[][] powerOfTwo(long[][] a, int e, long m) {
        long[][] r = a;
        for (int i = 0; i < e; i++) {
            r = multiply(r, r, m);
        }
        return r;
    }

    /**
     * {@code a^e mod m} by squaring, in long arithmetic: entries are below m &lt; 2^32, so each product
     * is below 2^64 as an unsigned number and is reduced on its own (exact, as BigInteger was, at a
     * small fraction of its cost: a new replication positions several streams, each two powers).
     */
    private static long[][] power(long[][] a, long e, long m) {
        long[][] result = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        long[][] base = a;
        while (e != 0) {
            if ((e & 1) != 0) {
                result = multiply(result, base, m);
            }
            e >>>= 1;
            if (e != 0) {
                base = multiply(base, base, m);
            }
        }
        return result;
    }

    private static long[][] multiply(long[][] a, long[][] b, long m) {
        long[][] c = new long[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                long s = Long.remainderUnsigned(a[i][0] * b[0][j], m)
                        + Long.remainderUnsigned(a[i][1] * b[1][j], m)
                        + Long.remainderUnsigned(a[i][2] * b[2][j], m);
                c[i][j] = s % m;
            }
        }
        return c;
    }
}
