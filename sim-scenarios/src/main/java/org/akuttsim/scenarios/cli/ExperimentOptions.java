package org.akuttsim.scenarios.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options every simulating command shares. */
final class ExperimentOptions {

    @Option(names = {"-r", "--replications"}, paramLabel = "N",
            description = "Replications per scenario (default: 10; main job: 15, its sweep: --sweep-replications). At least 2 for confidence intervals.")
    Integer replications;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "20211",
            description = "Master seed; replication r of every scenario uses substream r (common random numbers). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads (default: available processors). Results do not depend on it.")
    Integer threads;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output directory for CSVs and report.html; locked while a run writes there.")
    Path out;

    @Option(names = "--resume",
            description = "Continue an interrupted experiment in --out: finished replications are checked and read back, not rerun."
                    + " Without it, the earlier results in --out are replaced once the new run is complete.")
    boolean resume;

    @Option(names = "--warm-up-days", paramLabel = "DAYS", defaultValue = "7",
            description = "Simulated days before statistics start (default: ${DEFAULT-VALUE}).")
    double warmUpDays;

    @Option(names = "--length-days", paramLabel = "DAYS", defaultValue = "365",
            description = "Simulated days observed per replication (default: ${DEFAULT-VALUE}).")
    double lengthDays;

    @Option(names = "--trace",
            description = "Also write every replication's event log (calls and unit state changes, by id) to"
                    + " --out/trace/<scenario>/rep-<r>.csv. Large: about 60-80 MB per St. Olavs replication-year.")
    boolean trace;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95",
            description = "Confidence level of intervals (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--region", paramLabel = "REGION", completionCandidates = EmbeddedRegion.Names.class,
            description = "Embedded region: ${COMPLETION-CANDIDATES} (default: stolav, the St. Olavs catchment; hmn = all of"
                    + " Helse Midt-Norge). Not together with --scenario-dir.")
    String region;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Run only the K-th of N equal, contiguous ranges of the replications (K from 1), e.g. one task of a"
                    + " Slurm array; the output directory then holds a partial result that 'merge' combines with the other shards'.")
    String shard;

    /** {@link #shard} as checked by {@link #check}; null without --shard. */
    Shard parsedShard;

    /** The embedded region chosen with --region (St. Olavs when not given). */
    EmbeddedRegion region(picocli.CommandLine cl) {
        if (region == null) {
            return EmbeddedRegion.STOLAV;
        }
        try {
            return EmbeddedRegion.parse(region);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(cl, "--region: " + e.getMessage());
        }
    }

    /** Rejects values no experiment can use, naming the option. */
    void check(picocli.CommandLine cl) {
        if (replications != null && replications < 1) {
            throw new picocli.CommandLine.ParameterException(cl, "--replications must be at least 1, was " + replications);
        }
        if (threads != null && threads < 1) {
            throw new picocli.CommandLine.ParameterException(cl, "--threads must be at least 1, was " + threads);
        }
        if (!(warmUpDays >= 0) || Double.isInfinite(warmUpDays)) {
            throw new picocli.CommandLine.ParameterException(cl, "--warm-up-days must be a finite number >= 0, was " + warmUpDays);
        }
        if (!(lengthDays > 0) || Double.isInfinite(lengthDays)) {
            throw new picocli.CommandLine.ParameterException(cl, "--length-days must be a finite number > 0, was " + lengthDays);
        }
        if (out != null && out.toString().isBlank()) {
            // Path.of("") is the working directory: an unset variable in "--out $DIR" would write the results there
            throw new picocli.CommandLine.ParameterException(cl, "--out: expected a directory, found an empty value");
        }
        region(cl);
        if (shard != null) {
            parsedShard = Shard.parse(shard, cl);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new picocli.CommandLine.ParameterException(cl, "--confidence must be in (0, 1), e.g. 0.95, was " + confidence);
        }
    }

    int replications(int fallback) {
        return replications == null ? fallback : replications;
    }

    int threads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    Path out(Path fallback) {
        return out == null ? fallback : out;
    }
}
