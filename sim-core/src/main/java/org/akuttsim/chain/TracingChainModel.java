package org.akuttsim.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.BiFunction;

import org.akuttsim.chain.measure.EventTrace;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.ReplicationModel;
import org.akuttsim.experiment.Responses;

/**
 * The {@link ChainModel} that also writes each replication's {@link EventTrace} (calls and unit state
 * changes, by id) to the file {@code file.apply(scenario, replication index)}. The results are the
 * chain model's, unchanged: the trace only watches. Without a trace, use {@link ChainModel}: the run
 * then has no trace observer at all.
 */
public final class TracingChainModel implements ReplicationModel<ChainScenario> {

    private final BiFunction<ChainScenario, Integer, Path> file;

    /**
     * Traces to {@code file.apply(scenario, replication)}.
     *
     * @param file the trace file of a scenario's replication (by its index); distinct for every pair, as
     *     replications may run in parallel
     */
    public TracingChainModel(BiFunction<ChainScenario, Integer, Path> file) {
        this.file = file;
    }

    @Override
    public void run(ChainScenario scenario, Replication replication, Responses out) {
        ChainRun run = new ChainRun(scenario, replication);
        Path f = file.apply(scenario, replication.index());
        try (EventTrace trace = new EventTrace(scenario, f)) {
            run.observe(trace);
            run.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace " + f + ": " + e.getMessage(), e);
        }
        run.record(out);
    }
}
