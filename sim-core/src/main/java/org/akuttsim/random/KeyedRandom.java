package org.akuttsim.random;

/**
 * Random numbers that belong to one entity — one emergency call — rather than to a shared stream.
 *
 * <p>A call's own attributes (condition, true need, on-scene time, ED length of stay, …) are drawn
 * from a {@code KeyedRandom} re-seeded with the call's key, so they do not depend on how many
 * numbers other calls or other model decisions consumed: adding an ambulance or changing a dispatch
 * rule does not shift what later calls receive. The key is derived from the replication's
 * {@link StreamFactory#key(String)} and the call's candidate number in its arrival stream.
 *
 * <p>The generator is counter-based: uniform i of key k is SplitMix64(k + i·γ), which passes
 * BigCrush as a sequence and costs a few nanoseconds. Re-seeding allocates nothing, so one instance
 * per model is re-used for every call.
 */
public final class KeyedRandom implements RandomStream {

    private static final long GAMMA = 0x9E3779B97F4A7C15L;
    private long state;

    /**
     * Positions this generator at the start of the numbers of {@code key}.
     *
     * @param key the entity's key, e.g. from {@link StreamFactory#key(String)} and a call number
     * @return this generator, for chaining
     */
    public KeyedRandom reseed(long key) {
        state = SplitMix.mix(key);
        return this;
    }

    /**
     * Positions this generator at the start of sub-sequence {@code part} of {@code key}: e.g. part 0
     * for the call's triage draws and part 1 for its hospital draws, so a new draw added to one part
     * never shifts the other.
     *
     * @param key the entity's key
     * @param part the sub-sequence of the key's numbers (&ge; 0)
     * @return this generator, for chaining
     */
    public KeyedRandom reseed(long key, int part) {
        state = SplitMix.mix(key + SplitMix.mix(part + 0x632BE59BD9B4E019L));
        return this;
    }

    /**
     * The next 64 random bits.
     *
     * @return 64 uniformly distributed bits
     */
    public long nextLong() {
        state += GAMMA;
        return SplitMix.mix(state);
    }

    /**
     * The double that the {@code ahead}-th next call of {@link #nextDouble} would return ({@code ahead}
     * = 1: the next one), without advancing: lets a caller test a later draw first and skip the
     * earlier ones when the later one already decides (arrival thinning's early rejection).
     *
     * @param ahead how many draws ahead (&ge; 1)
     * @return the uniform on (0, 1) that draw would give
     */
    public double peekDouble(int ahead) {
        return ((SplitMix.mix(state + ahead * GAMMA) >>> 11) + 0.5) * 0x1.0p-53;
    }

    @Override
    public double nextDouble() {
        // 53 random bits, shifted by half an ulp so the result is in (0, 1).
        return ((nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }
}
