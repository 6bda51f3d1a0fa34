package org.akuttsim.experiment;

/**
 * One seeded, single-threaded run of a model for one scenario. Implementations build their model
 * from the (immutable) scenario, draw every random number from {@link Replication#streams()}, and
 * record one value per response variable in {@code out}.
 *
 * <p>An implementation must not keep state between calls that changes results: the experiment may
 * call it from several threads at once, for any replication in any order.
 *
 * @param <S> the scenario type (immutable)
 */
@FunctionalInterface
public interface ReplicationModel<S> {
    /**
     * Runs one replication of {@code scenario} and records its responses.
     *
     * @param scenario the scenario to simulate; shared with other threads, so never modified
     * @param replication the replication's index, random streams, warm-up and length
     * @param out where to put one value per response variable (metric name to value)
     */
    void run(S scenario, Replication replication, Responses out);
}
