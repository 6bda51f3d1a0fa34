package org.akuttsim.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;

/**
 * The acute-medicine chain as a {@link org.akuttsim.experiment.ReplicationModel}: each call of
 * {@link #run} builds a fresh {@link ChainRun} (one simulator, arrays sized by the scenario), runs
 * the warm-up and the observed period, and records the metrics. Stateless, so the experiment runner
 * may call it from several threads at once.
 */
public final class ChainModel implements org.akuttsim.experiment.ReplicationModel<ChainScenario> {

    @Override
    public void run(ChainScenario scenario, Replication replication, Responses out) {
        ChainRun run = new ChainRun(scenario, replication);
        Path trace = scenario.metrics().traceFile();
        if (trace == null) {
            run.run();
        } else {
            try (TraceWriter w = new TraceWriter(TraceWriter.fileFor(trace, scenario.name(), replication.index()))) {
                run.setCallListener(w);
                run.run();
            } catch (IOException e) {
                throw new UncheckedIOException("could not write call trace " + trace, e);
            }
        }
        run.record(out);
    }

    /**
     * Runs one replication and returns it, for detailed results (tests, reports).
     *
     * @param scenario the scenario to simulate
     * @param replication the replication's index, streams, warm-up and length (minutes)
     * @return the finished run, to read detailed results from
     */
    public static ChainRun simulate(ChainScenario scenario, Replication replication) {
        ChainRun run = new ChainRun(scenario, replication);
        run.run();
        return run;
    }
}
