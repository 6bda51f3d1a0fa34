package org.akuttsim.benchmarks;

import java.util.Map;
import java.util.TreeMap;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.akuttsim.scenarios.report.KeyMetrics;

/**
 * Prints every metric of a few fixed-seed replications of both {@link ChainBenchmark} regions, one
 * {@code region rep metric value} line each with the value as {@link Double#toString} (which
 * round-trips exactly). Performance work diffs this output before and after a change: a change that
 * leaves the model alone must leave every line identical.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.akuttsim.benchmarks.ChainDigest [replications [region]]}
 * (default: 3 replications of each region).
 * Each replication has the main job's 7-day warm-up (so the reset at the warm-up's end is covered)
 * and one observed year.
 */
public final class ChainDigest {

    private ChainDigest() {
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        StreamFactory streams = new StreamFactory(20_211L);
        KeyMetrics model = new KeyMetrics();
        String[] regions = args.length > 1 ? new String[] {args[1]} : new String[] {"stolav", "synthetic"};
        for (String region : regions) {
            ChainScenario s = ChainBenchmark.scenario(region);
            for (int r = 0; r < reps; r++) {
                Responses out = new Responses();
                model.run(s, new Replication(r, streams.forReplication(r), 7 * 24 * 60, 365 * 24 * 60), out);
                String prefix = region + " " + r + " ";
                Map<String, Double> sorted = new TreeMap<>(out.asMap());
                StringBuilder b = new StringBuilder();
                sorted.forEach((k, v) -> b.append(prefix).append(k).append(' ').append(v).append('\n'));
                System.out.print(b);
            }
        }
    }
}
