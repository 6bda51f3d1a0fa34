package org.akuttsim.scenarios.cli;

import picocli.CommandLine;

/**
 * {@code --shard K/N}: the K-th (from 1) of N contiguous ranges of the replications, as equal as
 * whole numbers allow (the first {@code R mod N} ranges one longer). Shard K of N over R
 * replications starts at {@code floor((K-1) R / N)}.
 *
 * @param k     which range, 1 .. n
 * @param n     how many ranges
 */
record Shard(int k, int n) {

    /** Parses {@code K/N}, naming the option and what was expected when it does not. */
    static Shard parse(String text, CommandLine cl) {
        String[] p = text.trim().split("/", -1);
        if (p.length == 2) {
            try {
                int k = Integer.parseInt(p[0].trim());
                int n = Integer.parseInt(p[1].trim());
                if (n >= 1 && k >= 1 && k <= n) {
                    return new Shard(k, n);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new CommandLine.ParameterException(cl, "--shard: expected K/N with 1 <= K <= N (e.g. 3/16), found '" + text + "'");
    }

    /** First replication (from 0) of this range. */
    int first(int replications) {
        return (int) ((long) (k - 1) * replications / n);
    }

    /** Last replication (from 0, included) of this range. */
    int last(int replications) {
        return (int) ((long) k * replications / n) - 1;
    }
}
