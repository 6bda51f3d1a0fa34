package org.akuttsim.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a CSV input file may have: the ones it must have, and the ones it may have. Any other
 * column is reported as unknown — a misspelt header ("popluation") would otherwise be silently
 * ignored and its values replaced by defaults, the most expensive kind of input error.
 *
 * <p>Immutable; build with {@code CsvSchema.required("a", "b").optional("source")}.
 */
public final class CsvSchema {

    private final List<String> required;
    private final List<String> optional;

    private CsvSchema(List<String> required, List<String> optional) {
        Set<String> all = new LinkedHashSet<>();
        for (String c : required) {
            checkName(c, all);
        }
        for (String c : optional) {
            checkName(c, all);
        }
        this.required = List.copyOf(required);
        this.optional = List.copyOf(optional);
    }

    private static void checkName(String c, Set<String> seen) {
        if (c == null || c.isBlank()) {
            throw new IllegalArgumentException("column names must not be blank");
        }
        if (!seen.add(c)) {
            throw new IllegalArgumentException("column '" + c + "' declared twice in a schema");
        }
    }

    /**
     * A schema whose columns are all required.
     *
     * @param columns the required column names
     * @return the schema
     */
    public static CsvSchema required(String... columns) {
        return new CsvSchema(List.of(columns), List.of());
    }

    /**
     * This schema plus the given optional columns.
     *
     * @param columns the optional column names
     * @return a new schema; this one is unchanged
     */
    public CsvSchema optional(String... columns) {
        List<String> opt = new ArrayList<>(optional);
        Collections.addAll(opt, columns);
        return new CsvSchema(required, opt);
    }

    /** {@return the columns a file must have, in schema order} */
    public List<String> requiredColumns() {
        return required;
    }

    /** {@return the columns a file may have} */
    public List<String> optionalColumns() {
        return optional;
    }

    /**
     * {@return true when {@code column} is required or optional here}
     *
     * @param column a column name
     */
    public boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }

    /**
     * All columns, required first, as a comma-separated list for messages.
     *
     * @return e.g. "zone, population, station (optional)"
     */
    public String describe() {
        List<String> all = new ArrayList<>(required);
        for (String o : optional) {
            all.add(o + " (optional)");
        }
        return String.join(", ", all);
    }
}
