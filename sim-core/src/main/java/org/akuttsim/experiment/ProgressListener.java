package org.akuttsim.experiment;

/**
 * Told each time a replication finishes, e.g. to draw a progress bar. Called from worker threads,
 * but never by two at once, and {@code done} only grows. Must return quickly: the worker that calls
 * it waits.
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Told after every replication is recorded, in the canonical order, from a worker thread (one call
     * at a time).
     *
     * @param done  replications finished so far, including any read back from an earlier run
     * @param total scenarios × replications
     */
    void replicationFinished(int done, int total);

    /** A listener that does nothing. */
    ProgressListener NONE = (done, total) -> { };
}
