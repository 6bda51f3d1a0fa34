package org.akuttsim.scenarios.design;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.akuttsim.io.InputError;
import org.akuttsim.io.InputErrors;
import org.akuttsim.random.Mrg32k3a;
import org.akuttsim.random.StreamFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A design of experiments: named design points, each giving a value to every factor (a parameter of
 * {@code parameters.csv} or a policy lever; what a name means is decided where the points are built,
 * {@code StudyPlan}). As a file: CSV with a header {@code point,<factor>,<factor>,...} and one row per
 * point, e.g.
 *
 * <pre>
 * point,triage.green_no_ambulance_need,less_overtriage
 * p01,0.1,0
 * p02,0.5,0.3
 * </pre>
 *
 * <p>Generators: {@link #fullFactorial} (every combination of given levels) and {@link #latinHypercube}
 * (n points, each factor's range cut into n equal strata with one point in each, strata paired at
 * random; seeded, reproducible).
 */
public final class Design {

    /** Name of the first column: the design point's name. */
    public static final String POINT = "point";

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true).setCommentMarker('#').build();
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    private final List<String> factors;
    private final List<String> points;
    private final List<List<String>> values;
    /** Physical line of each point in the file it was read from (0 for a generated design). */
    private final List<Long> lines;
    private final String file;

    private Design(String file, List<String> factors, List<String> points, List<List<String>> values, List<Long> lines) {
        this.file = file;
        this.factors = List.copyOf(factors);
        this.points = List.copyOf(points);
        List<List<String>> v = new ArrayList<>();
        for (List<String> row : values) {
            v.add(List.copyOf(row));
        }
        this.values = List.copyOf(v);
        this.lines = List.copyOf(lines);
    }

    /**
     * A design of the given points; every row has one value per factor.
     *
     * @param factors the factor names (parameters of {@code parameters.csv} or policy levers), the columns
     * @param points  the point names, one per row
     * @param values  one row per point, one value per factor, as written in a design file
     * @return the design (named "design" in messages)
     */
    public static Design of(List<String> factors, List<String> points, List<List<String>> values) {
        if (factors.isEmpty() || points.isEmpty() || points.size() != values.size()) {
            throw new IllegalArgumentException("a design needs at least one factor, one point, and one row of values per point");
        }
        Set<String> seen = new HashSet<>();
        for (String f : factors) {
            if (f.isBlank() || f.equals(POINT) || !seen.add(f)) {
                throw new IllegalArgumentException("factor names must be non-empty, unique and not '" + POINT + "', found '" + f + "'");
            }
        }
        for (List<String> row : values) {
            if (row.size() != factors.size()) {
                throw new IllegalArgumentException("expected " + factors.size() + " values per point, found " + row.size());
            }
        }
        List<Long> lines = new ArrayList<>();
        points.forEach(p -> lines.add(0L));
        return new Design("design", factors, points, values, lines);
    }

    /**
     * Reads a design file; every problem (missing file, header, duplicate names, rows of the wrong
     * length, empty values) is reported at once, naming file, line and column.
     *
     * @param path the design CSV ({@code point,<factor>,...})
     * @return the design, with the file's name and lines for later messages
     * @throws org.akuttsim.io.InputValidationException on bad content
     */
    public static Design read(Path path) {
        String name = path.getFileName().toString();
        InputErrors errors = new InputErrors();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            errors.addFileError(name, "file not found (expected at " + path + ")");
            errors.throwIfAny();
            throw new IllegalStateException("unreachable");
        } catch (IOException e) {
            errors.addFileError(name, "cannot read file: " + e.getMessage());
            errors.throwIfAny();
            throw new IllegalStateException("unreachable");
        }
        return parse(text, name);
    }

    /**
     * Parses design CSV text; {@code name} names the file in messages.
     *
     * @param text the CSV text ({@code point,<factor>,...}, then one line per point)
     * @param name the file name to use in messages
     * @return the design
     * @throws org.akuttsim.io.InputValidationException on bad content
     */
    public static Design parse(String text, String name) {
        InputErrors errors = new InputErrors();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> factors = new ArrayList<>();
        List<String> points = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), READ)) {
            boolean header = true;
            Set<String> pointNames = new HashSet<>();
            for (CSVRecord r : parser) {
                long line = r.getParser().getCurrentLineNumber();
                if (header) {
                    header = false;
                    if (r.size() < 2 || !r.get(0).equals(POINT)) {
                        errors.add(new InputError(name, line, null, 0, "expected a header 'point,<factor>,...' (a parameter of"
                                + " parameters.csv or a policy lever per column), found '" + String.join(",", r.values()) + "'"));
                        break;
                    }
                    Set<String> seen = new HashSet<>();
                    for (int c = 1; c < r.size(); c++) {
                        String f = r.get(c);
                        if (f.isEmpty() || !seen.add(f)) {
                            errors.add(new InputError(name, line, f, c + 1, f.isEmpty() ? "expected a factor name, found an empty one"
                                    : "expected each factor once, found '" + f + "' twice"));
                        }
                        factors.add(f);
                    }
                    continue;
                }
                if (r.size() != factors.size() + 1) {
                    errors.add(new InputError(name, line, null, 0, "expected " + (factors.size() + 1) + " fields (point and "
                            + factors.size() + " factors), found " + r.size()));
                    continue;
                }
                String p = r.get(0);
                if (p.isEmpty() || !pointNames.add(p)) {
                    errors.add(new InputError(name, line, POINT, 1, p.isEmpty() ? "expected a point name, found an empty one"
                            : "expected unique point names, found '" + p + "' again"));
                }
                List<String> row = new ArrayList<>();
                for (int c = 1; c < r.size(); c++) {
                    if (r.get(c).isEmpty()) {
                        errors.add(new InputError(name, line, factors.get(c - 1), c + 1, "expected a value, found an empty field"));
                    }
                    row.add(r.get(c));
                }
                points.add(p);
                values.add(row);
                lines.add(line);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.addFileError(name, "malformed CSV: " + e.getMessage());
        }
        if (errors.isEmpty() && points.isEmpty()) {
            errors.addFileError(name, "expected at least one design point after the header, found none");
        }
        errors.throwIfAny();
        return new Design(name, factors, points, values, lines);
    }

    /**
     * Every combination of the levels, the first factor varying slowest; points named p1, p2, ... (zero-padded).
     *
     * @param levels each factor's levels, in factor order (each at least one level)
     * @return the full factorial design: the product of the numbers of levels points
     */
    public static Design fullFactorial(Map<String, List<String>> levels) {
        List<String> factors = new ArrayList<>(levels.keySet());
        long n = 1;
        for (List<String> l : levels.values()) {
            if (l.isEmpty()) {
                throw new IllegalArgumentException("every factor of a full factorial needs at least one level");
            }
            n *= l.size();
            if (n > 100_000) {
                throw new IllegalArgumentException("a full factorial of more than 100,000 points; use a Latin hypercube");
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> row = new ArrayList<>();
            long rest = i;
            long stride = n;
            for (String f : factors) {
                List<String> l = levels.get(f);
                stride /= l.size();
                row.add(l.get((int) (rest / stride)));
                rest %= stride;
            }
            rows.add(row);
        }
        return of(factors, names((int) n), rows);
    }

    /** A factor's range for {@link #latinHypercube}: {@code low <= value <= high}. */
    public record Range(double low, double high) {
        /**
         * Checks the range.
         *
         * @param low  the smallest value (finite)
         * @param high the largest value (finite, &ge; low)
         */
        public Range {
            if (!(low <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
                throw new IllegalArgumentException("expected a finite range low <= high, found " + low + ":" + high);
            }
        }
    }

    /**
     * A Latin hypercube of {@code n} points: each factor's range is cut into {@code n} equal strata,
     * each stratum holds exactly one point (at a uniform position within it), and the strata of the
     * factors are paired by independent random permutations. Factor {@code f} draws from stream
     * {@code "design.lhs." + f} of {@code new StreamFactory(seed)}, so adding a factor leaves the others'
     * columns unchanged.
     *
     * @param ranges each numeric factor's range, in factor order
     * @param n      the number of points (&ge; 1)
     * @param seed   the master seed of the design's streams
     * @return the design, values printed with full double precision
     */
    public static Design latinHypercube(Map<String, Range> ranges, int n, long seed) {
        if (n < 2) {
            throw new IllegalArgumentException("a Latin hypercube needs at least 2 points, was " + n);
        }
        List<String> factors = new ArrayList<>(ranges.keySet());
        double[][] x = new double[n][factors.size()];
        StreamFactory streams = new StreamFactory(seed);
        for (int f = 0; f < factors.size(); f++) {
            Mrg32k3a u = streams.stream("design.lhs." + factors.get(f));
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) { // Fisher–Yates
                int j = (int) (u.nextDouble() * (i + 1));
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            Range r = ranges.get(factors.get(f));
            for (int i = 0; i < n; i++) {
                x[i][f] = r.low() + (r.high() - r.low()) * (perm[i] + u.nextDouble()) / n;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (double[] p : x) {
            List<String> row = new ArrayList<>();
            for (double v : p) {
                row.add(Double.toString(v));
            }
            rows.add(row);
        }
        return of(factors, names(n), rows);
    }

    private static List<String> names(int n) {
        int width = Integer.toString(n).length();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            names.add(String.format(Locale.ROOT, "p%0" + width + "d", i));
        }
        return names;
    }

    /**
     * The design as CSV text (header, then one line per point; "\n" line ends).
     *
     * @return the text a design file holds
     */
    public String text() {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, WRITE)) {
            List<String> header = new ArrayList<>();
            header.add(POINT);
            header.addAll(factors);
            p.printRecord(header);
            for (int i = 0; i < points.size(); i++) {
                List<String> row = new ArrayList<>();
                row.add(points.get(i));
                row.addAll(values.get(i));
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    /**
     * The factor names, in column order.
     *
     * @return the factors (unmodifiable)
     */
    public List<String> factors() {
        return factors;
    }

    /**
     * The point names, in row order.
     *
     * @return the points (unmodifiable)
     */
    public List<String> points() {
        return points;
    }

    /**
     * The value of {@code factor} at {@code point} (indices), as written.
     *
     * @param point  the point's index (row)
     * @param factor the factor's index (column)
     * @return the value as text
     */
    public String value(int point, int factor) {
        return values.get(point).get(factor);
    }

    /**
     * The values of one point, factor by factor, in factor order.
     *
     * @param point the point's index (row)
     * @return factor name to value as text, in factor order
     */
    public Map<String, String> point(int point) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int f = 0; f < factors.size(); f++) {
            m.put(factors.get(f), value(point, f));
        }
        return m;
    }

    /**
     * File name for messages.
     *
     * @return the file read, or "design" for a generated design
     */
    public String file() {
        return file;
    }

    /**
     * Line of {@code point} in the file read.
     *
     * @param point the point's index (row)
     * @return its line number in the file, or 0 for a generated design
     */
    public long line(int point) {
        return lines.get(point);
    }
}
