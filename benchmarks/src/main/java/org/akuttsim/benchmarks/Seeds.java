package org.akuttsim.benchmarks;

import org.akuttsim.random.StreamFactory;

/** Six-number MRG32k3a seeds for the benchmark models, taken from akuttsim's own named streams. */
final class Seeds {
    static final long MASTER_SEED = 20_240_601L;

    private Seeds() {
    }

    /** The starting state of stream {@code name}; SSJ's MRG32k3a accepts it through {@code setSeed}. */
    static long[] of(String name) {
        return new StreamFactory(MASTER_SEED).stream(name).state();
    }
}
