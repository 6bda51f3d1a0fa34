package org.akuttsim.random;

import java.util.HashMap;
import java.util.Map;

/**
 * Named random streams from one master seed, positioned at one replication's substream.
 *
 * <p>Each source of randomness in a model ("arrivals", "triage", "onScene", …) asks for its stream
 * by name. The name, not the order of the requests, decides which MRG32k3a stream it gets: the
 * stream index is a hash of the name, so adding a new source to a model never shifts the numbers
 * existing sources draw. Two names that hash to the same stream are reported as an error rather
 * than silently sharing numbers.
 *
 * <p>{@link #forReplication(int)} positions every stream at substream {@code r}: replication r of
 * every scenario sees the same numbers from the same source (common random numbers), whatever
 * thread runs it.
 */
public final class StreamFactory {

    /** Streams are spread over this many MRG32k3a streams (2^24 × 2^127 steps ≪ period). */
    private static final int STREAM_SPACE = 1 << 24;

    private final long masterSeed;
    private final Mrg32k3a base;
    private final int replication;
    private final Map<String, Mrg32k3a> byName = new HashMap<>();
    private final Map<Integer, String> nameOfIndex = new HashMap<>();

    /**
     * A factory for replication 0.
     *
     * @param masterSeed the experiment's seed; every stream and key is derived from it
     */
    public StreamFactory(long masterSeed) {
        this(masterSeed, 0);
    }

    private StreamFactory(long masterSeed, int replication) {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must be >= 0, was " + replication);
        }
        this.masterSeed = masterSeed;
        this.base = new Mrg32k3a(seedFromMaster(masterSeed));
        this.replication = replication;
    }

    /**
     * A new factory over the same master seed whose streams sit at substream {@code replication}.
     *
     * @param replication the replication number (&ge; 0)
     * @return the factory for that replication
     */
    public StreamFactory forReplication(int replication) {
        return new StreamFactory(masterSeed, replication);
    }

    /** {@return the experiment's master seed} */
    public long masterSeed() {
        return masterSeed;
    }

    /** {@return the replication whose substreams this factory hands out} */
    public int replication() {
        return replication;
    }

    /**
     * The stream for {@code name}, at the start of this factory's replication substream. Asking twice
     * for the same name returns the same (advancing) stream object.
     *
     * @param name the stream's name, e.g. the source of randomness it drives
     * @return the named stream
     */
    public Mrg32k3a stream(String name) {
        Mrg32k3a s = byName.get(name);
        if (s != null) {
            return s;
        }
        int index = streamIndex(name);
        String other = nameOfIndex.putIfAbsent(index, name);
        if (other != null) {
            throw new IllegalArgumentException("random stream names '" + other + "' and '" + name
                    + "' map to the same stream; rename one of them");
        }
        s = new Mrg32k3a(base.streamSeedAhead(index));
        s.toSubstream(replication);
        byName.put(name, s);
        return s;
    }

    /**
     * A 64-bit key derived from the master seed, the replication and a name: seeds for
     * {@link KeyedRandom}, whose numbers belong to one entity (one call) rather than to a stream.
     *
     * @param name the source the keys are for, e.g. {@code "chain.arrivals"}
     * @return a key for {@link KeyedRandom#reseed(long)}
     */
    public long key(String name) {
        return SplitMix.mix(SplitMix.mix(masterSeed ^ SplitMix.mix(name.hashCode() * 0x9E3779B97F4A7C15L + streamIndex(name)))
                + replication * 0xD1B54A32D192ED03L);
    }

    static int streamIndex(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("stream name must not be empty");
        }
        long h = 1125899906842597L;
        for (int i = 0; i < name.length(); i++) {
            h = 31 * h + name.charAt(i);
        }
        // Stream 0 is reserved so that an unnamed base stream never coincides with a named one.
        return 1 + (int) Long.remainderUnsigned(SplitMix.mix(h), STREAM_SPACE - 1);
    }

    static long[] seedFromMaster(long masterSeed) {
        long[] seed = new long[6];
        long x = masterSeed;
        for (int i = 0; i < 6; i++) {
            x += 0x9E3779B97F4A7C15L;
            long m = i < 3 ? Mrg32k3a.M1 : Mrg32k3a.M2;
            seed[i] = Long.remainderUnsigned(SplitMix.mix(x), m - 1) + 1; // in [1, m): never all zero
        }
        return seed;
    }
}
