package org.akuttsim.experiment;

import org.akuttsim.random.StreamFactory;

/**
 * What one replication knows about itself: its index, its random streams (positioned at substream
 * {@code index} of every named stream, so all scenarios share numbers), and the run's time frame.
 *
 * @param index  replication number, from 0
 * @param streams named streams at this replication's substream
 * @param warmUp time units simulated before statistics are reset
 * @param length time units observed after the warm-up
 */
public record Replication(int index, StreamFactory streams, double warmUp, double length) {
    /**
     * Checks that the index is not negative, the warm-up finite and &ge; 0 and the length finite and &gt; 0.
     *
     * @param index replication number, from 0
     * @param streams named streams at this replication's substream
     * @param warmUp time units simulated before statistics are reset
     * @param length time units observed after the warm-up
     */
    public Replication {
        if (index < 0) {
            throw new IllegalArgumentException("replication index must be >= 0, was " + index);
        }
        if (!(warmUp >= 0) || !(length > 0) || Double.isInfinite(warmUp) || Double.isInfinite(length)) {
            throw new IllegalArgumentException("warm-up must be >= 0 and length > 0 (finite), were " + warmUp + ", " + length);
        }
    }

    /**
     * Simulation time at which the observed period ends.
     *
     * @return warm-up + length, in the model's time unit
     */
    public double end() {
        return warmUp + length;
    }
}
