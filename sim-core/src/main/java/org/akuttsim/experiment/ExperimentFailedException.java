package org.akuttsim.experiment;

/**
 * A replication threw, so the experiment stopped. The message names the scenario and replication;
 * the cause is what the model threw. When the experiment writes files, the replications committed
 * before it are kept in {@code .akuttsim-partial/replications.csv} of the output directory, so a
 * corrected model can resume, and the directory's earlier results are left as they were.
 */
public final class ExperimentFailedException extends RuntimeException {

    /** The scenario whose replication failed. */
    private final String scenario;
    /** The replication that failed. */
    private final int replication;

    ExperimentFailedException(String scenario, int replication, Throwable cause) {
        super("replication " + replication + " of scenario '" + scenario + "' failed: " + cause, cause);
        this.scenario = scenario;
        this.replication = replication;
    }

    /** {@return the name of the scenario whose replication failed} */
    public String scenario() {
        return scenario;
    }

    /** {@return the index of the replication that failed} */
    public int replication() {
        return replication;
    }
}
