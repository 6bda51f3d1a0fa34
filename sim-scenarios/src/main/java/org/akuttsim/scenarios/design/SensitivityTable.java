package org.akuttsim.scenarios.design;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code sensitivity.csv} of a study: for each metric and each numeric factor of the design, the
 * {@link Sensitivity} effects on the metric's mean per design point, taken from the study's
 * {@code summary.csv} (so it is the same for a local run, merged shards and the Spark runner). Columns:
 * {@code metric,factor,points,src,src_ci_low,src_ci_high,prcc,prcc_ci_low,prcc_ci_high,r2,level}.
 * Factors whose values are not all numbers (a lever naming a station) are left out.
 */
public final class SensitivityTable {

    static final String[] HEADER = {"metric", "factor", "points", "src", "src_ci_low", "src_ci_high", "prcc", "prcc_ci_low",
        "prcc_ci_high", "r2", "level"};
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    private SensitivityTable() {
    }

    /**
     * Writes {@code out} from {@code design} and the point means in {@code summaryCsv}; returns the effects.
     *
     * @param design     the study's design (its numeric factors are the regressors)
     * @param summaryCsv the study's {@code summary.csv} (one scenario per design point, named as the points)
     * @param metrics    the metrics to analyse (responses)
     * @param level      confidence level of the intervals, e.g. 0.95
     * @param out        the {@code sensitivity.csv} to write
     * @return the effects written, metric by metric and factor by factor
     * @throws IllegalArgumentException if the summary lacks a design point or the design has no numeric factor
     */
    public static List<Sensitivity.Effect> write(Design design, Path summaryCsv, List<String> metrics, double level, Path out) {
        Map<String, Map<String, Double>> means = readMeans(summaryCsv);
        List<String> factors = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (int f = 0; f < design.factors().size(); f++) {
            if (numeric(design, f)) {
                factors.add(design.factors().get(f));
                columns.add(f);
            }
        }
        if (factors.isEmpty()) {
            throw new IllegalArgumentException(design.file() + ": no factor with numeric values, nothing to analyse");
        }
        int n = design.points().size();
        double[][] x = new double[n][factors.size()];
        for (int p = 0; p < n; p++) {
            for (int c = 0; c < columns.size(); c++) {
                x[p][c] = Double.parseDouble(design.value(p, columns.get(c)));
            }
        }
        List<Sensitivity.Effect> all = new ArrayList<>();
        for (String metric : metrics) {
            double[] y = new double[n];
            boolean any = false;
            for (int p = 0; p < n; p++) {
                Map<String, Double> m = means.get(design.points().get(p));
                if (m == null) {
                    throw new IllegalArgumentException(summaryCsv + " has no rows of design point '" + design.points().get(p)
                            + "': is it the summary of this design's study?");
                }
                Double v = m.get(metric);
                y[p] = v == null ? Double.NaN : v;
                any |= v != null;
            }
            if (any) {
                all.addAll(Sensitivity.analyse(x, y, metric, factors, level));
            }
        }
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(sb, WRITE)) {
            printer.printRecord((Object[]) HEADER);
            for (Sensitivity.Effect e : all) {
                printer.printRecord(e.metric(), e.factor(), e.points(), num(e.src()), num(e.srcLow()), num(e.srcHigh()), num(e.prcc()),
                        num(e.prccLow()), num(e.prccHigh()), num(e.r2()), num(e.level()));
            }
            Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return all;
    }

    private static boolean numeric(Design d, int f) {
        for (int p = 0; p < d.points().size(); p++) {
            try {
                if (!Double.isFinite(Double.parseDouble(d.value(p, f)))) {
                    return false;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    private static String num(double v) {
        return Double.toString(v);
    }

    /** scenario → metric → mean, from a summary.csv. */
    private static Map<String, Map<String, Double>> readMeans(Path summaryCsv) {
        Map<String, Map<String, Double>> m = new HashMap<>();
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader r = Files.newBufferedReader(summaryCsv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : fmt.parse(r)) {
                m.computeIfAbsent(rec.get("scenario"), k -> new HashMap<>()).put(rec.get("metric"), Double.parseDouble(rec.get("mean")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + summaryCsv + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException(summaryCsv + " is not a summary.csv (scenario, metric, ..., mean): " + e.getMessage());
        }
        return m;
    }
}
