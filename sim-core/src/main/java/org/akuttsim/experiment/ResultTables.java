package org.akuttsim.experiment;

import java.io.IOException;
import java.nio.file.Path;

import java.io.UncheckedIOException;

import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.PairedDifference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The result tables ({@code summary.csv}, {@code comparison.csv}) and the atomic, group-readable way every result file is written. */
final class ResultTables {

    static final String[] SUMMARY_HEADER = {"scenario", "metric", "n", "mean", "sd", "ci_low", "ci_high", "half_width", "level", "skipped"};
    static final String[] COMPARISON_HEADER = {"base", "alternative", "metric", "n", "mean_diff", "ci_low", "ci_high",
        "sd_diff", "independent_ci_low", "independent_ci_high", "level", "skipped"};
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    private ResultTables() {
    }

    static void writeSummary(ExperimentResult result, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        print(sb, (Object[]) SUMMARY_HEADER);
        for (String s : result.scenarios()) {
            for (String m : result.metrics()) {
                ConfidenceInterval ci = result.summary(s, m);
                print(sb, s, m, ci.n(), num(ci.mean()), num(ci.sd()), num(ci.low()), num(ci.high()), num(ci.halfWidth()),
                        num(ci.level()), ci.skipped());
            }
        }
        writeAtomically(file, sb.toString());
    }

    static void writeComparison(ExperimentResult result, String base, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        print(sb, (Object[]) COMPARISON_HEADER);
        for (String alt : result.scenarios()) {
            if (alt.equals(base)) {
                continue;
            }
            for (String m : result.metrics()) {
                PairedDifference d = result.compare(base, alt, m);
                ConfidenceInterval p = d.paired();
                ConfidenceInterval ind = d.independent();
                print(sb, base, alt, m, p.n(), num(p.mean()), num(p.low()), num(p.high()), num(p.sd()),
                        num(ind.low()), num(ind.high()), num(p.level()), p.skipped());
            }
        }
        writeAtomically(file, sb.toString());
    }

    private static String num(double x) {
        return Double.toString(x);
    }

    static void print(StringBuilder sb, Object... fields) {
        try (CSVPrinter p = new CSVPrinter(sb, WRITE)) {
            p.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
    }

    /**
     * Writes {@code content} to a temporary file beside {@code file}, makes it readable by all (where
     * POSIX) and moves it into place atomically.
     */
    static void writeAtomically(Path file, String content) throws IOException {
        org.akuttsim.io.AtomicFile.write(file, w -> w.write(content));
    }

    /** Moves {@code from} over {@code to}, atomically where the file system can. */
    static void move(Path from, Path to) throws IOException {
        org.akuttsim.io.AtomicFile.move(from, to);
    }
}
