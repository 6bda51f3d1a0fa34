package org.akuttsim.scenarios.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.experiment.ShardMerge;
import org.akuttsim.scenarios.report.ConsoleTable;
import org.akuttsim.scenarios.report.KeyMetrics;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code merge}: the output directories of shards ({@code --shard K/N}) combined into the whole run's files. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Combine the output directories of shards (run, compare, sweep or study with --shard K/N) into exactly the"
            + " experiment.properties, replications.csv, summary.csv and comparison.csv a single run would have written.",
            "Shards of different experiments (inputs digest, seed, options, akuttsim version), overlapping shards, missing"
                + " replications and damaged files are refused.",
            "Example: merge -o out/whole out/shard-*"})
final class MergeCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Directory for the merged files.")
    Path out;

    @Parameters(paramLabel = "SHARD_DIR", arity = "1..*", description = "Output directories of the shards, in any order.")
    List<Path> shards;

    @Override
    public Integer call() {
        if (out.toString().isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: expected a directory, found an empty value");
        }
        long t0 = System.nanoTime();
        ExperimentResult r = ShardMerge.merge(shards, out, note -> main.err.println("note: " + note));
        ConsoleTable.print(r, KeyMetrics.KEY, List.of(), main.out);
        main.out.printf(java.util.Locale.ROOT, "merged %d shards (%d replications of %d scenarios) into %s in %.1f s%n", shards.size(),
                r.replications(), r.scenarios().size(), out, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
