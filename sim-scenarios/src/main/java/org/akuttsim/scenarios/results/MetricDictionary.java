package org.akuttsim.scenarios.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What every metric the chain reports means: the one source of the metric definitions, the resource
 * {@code metric-dictionary.csv} beside this class ({@code name,pattern,unit,definition}), written out as
 * {@code metrics.csv} with every run and used by {@link MetricNames} to split a metric key into a name
 * and its dimensions.
 *
 * <p><b>Grammar of a pattern.</b> A metric key is dot-separated segments; a pattern is the same with
 * placeholders {@code {dimension}} (a {@link Dimension#column}) standing for a whole segment
 * ({@code readiness.{district}}) or its end ({@code readiness.h{hour}}, {@code response.{level}.within{minutes}}).
 * Everything else is literal. Several patterns may share a name (the same measure, with or without a
 * dimension: {@code coverage.pop{minutes}} and {@code coverage.pop{minutes}.h{hour}} are both
 * {@code coverage.population}); the first row of a name carries its unit and definition, later rows
 * may leave the definition empty.
 */
public final class MetricDictionary {

    /**
     * One pattern of a metric.
     *
     * @param name         the metric's name
     * @param pattern      the key pattern, e.g. {@code ed.{hospital}.occupancy.mean}
     * @param unit         unit of measure
     * @param definition   what the code measures
     * @param regex        the pattern compiled: one group per placeholder, in order
     * @param dimensions   the placeholders' dimensions, in order
     * @param literalChars characters outside placeholders (more: the more specific pattern)
     */
    public record Entry(String name, String pattern, String unit, String definition, Pattern regex, List<Dimension> dimensions,
                        int literalChars) {
        /** The dimensions of {@code key}, or null if this pattern does not match it. */
        Matcher match(String key) {
            Matcher m = regex.matcher(key);
            return m.matches() ? m : null;
        }
    }

    /**
     * A metric as the dictionary defines it.
     *
     * @param name       the metric's name
     * @param unit       unit of measure
     * @param definition what the code measures
     * @param dimensions the dimensions its keys may carry
     * @param patterns   its key patterns, in file order
     */
    public record Definition(String name, String unit, String definition, Set<Dimension> dimensions, List<String> patterns) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final MetricDictionary STANDARD = load("metric-dictionary.csv");

    private final List<Entry> entries;
    private final Map<String, Definition> definitions;

    private MetricDictionary(List<Entry> entries, Map<String, Definition> definitions) {
        this.entries = List.copyOf(entries);
        this.definitions = Collections.unmodifiableMap(definitions);
    }

    /**
     * The dictionary of the chain's metrics and the command line's derived ones.
     *
     * @return the dictionary read from {@code metric-dictionary.csv} (one shared, immutable instance)
     */
    public static MetricDictionary standard() {
        return STANDARD;
    }

    /** {@return every pattern, in file order (unmodifiable)} */
    public List<Entry> entries() {
        return entries;
    }

    /** {@return every metric name with its unit and definition, in file order (unmodifiable)} */
    public Map<String, Definition> definitions() {
        return definitions;
    }

    private static MetricDictionary load(String resource) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Definition> defs = new LinkedHashMap<>();
        try (InputStream in = MetricDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("metric dictionary missing from the jar: " + resource);
            }
            Iterable<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (CSVRecord r : rows) {
                String where = resource + " line " + r.getRecordNumber();
                String name = r.get("name");
                String pattern = r.get("pattern");
                String unit = r.get("unit");
                Definition d = defs.get(name);
                String definition = r.get("definition").isEmpty() && d != null ? d.definition() : r.get("definition");
                if (name.isEmpty() || pattern.isEmpty() || unit.isEmpty() || definition.isEmpty()) {
                    throw new IllegalStateException(where + ": name, pattern, unit and (on a name's first row) definition are required");
                }
                if (d != null && !d.unit().equals(unit)) {
                    throw new IllegalStateException(where + ": unit '" + unit + "' differs from the first row of " + name + " ('"
                            + d.unit() + "')");
                }
                Entry e = compile(name, pattern, unit, definition, where);
                entries.add(e);
                Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
                if (d != null) {
                    dims.addAll(d.dimensions());
                }
                dims.addAll(e.dimensions());
                List<String> patterns = new ArrayList<>(d == null ? List.of() : d.patterns());
                patterns.add(pattern);
                defs.put(name, new Definition(name, unit, definition, Collections.unmodifiableSet(dims), List.copyOf(patterns)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the metric dictionary " + resource, e);
        }
        return new MetricDictionary(entries, defs);
    }

    private static Entry compile(String name, String pattern, String unit, String definition, String where) {
        StringBuilder regex = new StringBuilder();
        List<Dimension> dims = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int at = 0;
        int literal = 0;
        while (m.find()) {
            regex.append(Pattern.quote(pattern.substring(at, m.start())));
            literal += m.start() - at;
            Dimension d;
            try {
                d = Dimension.of(m.group(1));
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException(where + ": " + ex.getMessage(), ex);
            }
            if (dims.contains(d)) {
                throw new IllegalStateException(where + ": dimension {" + d.column + "} twice in " + pattern);
            }
            dims.add(d);
            regex.append('(').append(d.isId() ? "[^.]+" : d.values.pattern()).append(')');
            at = m.end();
        }
        regex.append(Pattern.quote(pattern.substring(at)));
        literal += pattern.length() - at;
        return new Entry(name, pattern, unit, definition, Pattern.compile(regex.toString()), List.copyOf(dims), literal);
    }
}
