package org.akuttsim.io;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One data row of a {@link CsvTable}, with typed accessors that check each cell.
 *
 * <p>An accessor that finds a bad cell records an {@link InputError} naming file, line, column and
 * the expected value, and returns a harmless placeholder ({@code NaN}, {@code 0}, {@code null},
 * {@code false}) so reading can go on and find the next problem. Placeholders must never reach a
 * model: the loader calls {@link InputErrors#throwIfAny()} before it builds anything.
 *
 * <p>An optional column that is absent from the header reads as an empty cell.
 */
public final class CsvRow {

    private final String file;
    private final long line;
    private final String[] values;
    private final Map<String, Integer> indexOf;
    private final InputErrors errors;

    CsvRow(String file, long line, String[] values, Map<String, Integer> indexOf, InputErrors errors) {
        this.file = file;
        this.line = line;
        this.values = values;
        this.indexOf = indexOf;
        this.errors = errors;
    }

    /** {@return the file name used in messages} */
    public String file() {
        return file;
    }

    /**
     * 1-based physical line of this row in its file.
     *
     * @return the line number, 1 = the header
     */
    public long line() {
        return line;
    }

    /**
     * The raw, trimmed cell; empty when the cell or its (optional) column is absent.
     *
     * @param column the column name
     * @return the trimmed cell text, or "" when absent
     */
    public String raw(String column) {
        Integer i = indexOf.get(column);
        return i == null || i >= values.length ? "" : values[i];
    }

    /**
     * {@return true when the cell is empty or its column absent}
     *
     * @param column the column name
     */
    public boolean isBlank(String column) {
        return raw(column).isEmpty();
    }

    /**
     * Records a problem with this row's {@code column} (for checks the loader makes itself).
     *
     * @param column the column name
     * @param message what is wrong, in the user's terms
     */
    public void error(String column, String message) {
        Integer i = indexOf.get(column);
        errors.add(new InputError(file, line, column, i == null ? 0 : i + 1, message));
    }

    /**
     * Records "expected …, found …" for this row's {@code column}.
     *
     * @param column the column name
     * @param expectation what the cell should hold, e.g. "a number in [0, 1]"
     */
    public void expected(String column, String expectation) {
        error(column, "expected " + expectation + ", found " + found(raw(column)));
    }

    /**
     * Records a problem with the whole row.
     *
     * @param message what is wrong with the row
     */
    public void rowError(String message) {
        errors.add(new InputError(file, line, null, 0, message));
    }

    // ---- text ---------------------------------------------------------------------------------

    /**
     * A required non-empty text cell; {@code null} (after recording an error) when empty.
     *
     * @param column the column name
     * @return the trimmed text, or {@code null} when empty
     */
    public String text(String column) {
        String v = raw(column);
        if (v.isEmpty()) {
            expected(column, "a non-empty value");
            return null;
        }
        return v;
    }

    /**
     * An optional text cell, {@code fallback} when empty.
     *
     * @param column the column name
     * @param fallback the value of an empty cell
     * @return the trimmed text, or {@code fallback}
     */
    public String textOr(String column, String fallback) {
        String v = raw(column);
        return v.isEmpty() ? fallback : v;
    }

    /**
     * A required cell that must be one of {@code allowed} (compared ignoring case); returns the allowed
     * spelling.
     *
     * @param column the column name
     * @param allowed the allowed values
     * @return the allowed value as spelled in {@code allowed}, or {@code null} (after recording an error)
     */
    public String oneOf(String column, Collection<String> allowed) {
        String v = raw(column);
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v)) {
                return a;
            }
        }
        expected(column, "one of " + String.join(", ", allowed));
        return null;
    }

    /**
     * A required cell naming a constant of {@code type} (ignoring case, '-' and ' ' read as '_').
     *
     * @param <E> the enum type
     * @param column the column name
     * @param type the enum class
     * @return the constant, or {@code null} (after recording an error)
     */
    public <E extends Enum<E>> E choice(String column, Class<E> type) {
        String v = raw(column).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        expected(column, "one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        return null;
    }

    // ---- integers -----------------------------------------------------------------------------

    /**
     * A required integer in {@code [min, max]}; 0 (after recording an error) otherwise.
     *
     * @param column the column name
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the integer, or 0 after recording an error
     */
    public int integer(String column, int min, int max) {
        String v = raw(column);
        try {
            long x = Long.parseLong(v);
            if (x >= min && x <= max) {
                return (int) x;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        expected(column, describeIntRange(min, max));
        return 0;
    }

    /**
     * A required integer ≥ 0.
     *
     * @param column the column name
     * @return the integer, or 0 after recording an error
     */
    public int nonNegativeInt(String column) {
        return integer(column, 0, Integer.MAX_VALUE);
    }

    /**
     * An optional integer in {@code [min, max]}, {@code fallback} when the cell is empty.
     *
     * @param column the column name
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param fallback the value of an empty cell
     * @return the integer, {@code fallback}, or 0 after recording an error
     */
    public int integerOr(String column, int min, int max, int fallback) {
        return isBlank(column) ? fallback : integer(column, min, max);
    }

    // ---- real numbers -------------------------------------------------------------------------

    /**
     * A required finite number in {@code [min, max]} (either bound may be infinite); NaN (after
     * recording an error) otherwise. Decimal point only: "1,5" is reported, not guessed.
     *
     * @param column the column name
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the number, or NaN after recording an error
     */
    public double number(String column, double min, double max) {
        String v = raw(column);
        double x = parseFinite(v);
        if (!Double.isNaN(x) && x >= min && x <= max) {
            return x;
        }
        expected(column, describeRange(min, max));
        return Double.NaN;
    }

    /**
     * A required number ≥ 0.
     *
     * @param column the column name
     * @return the number, or NaN after recording an error
     */
    public double nonNegative(String column) {
        return number(column, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * A required number &gt; 0.
     *
     * @param column the column name
     * @return the number, or NaN after recording an error
     */
    public double positive(String column) {
        String v = raw(column);
        double x = parseFinite(v);
        if (x > 0) {
            return x;
        }
        expected(column, "a positive number");
        return Double.NaN;
    }

    /**
     * A required probability in [0, 1].
     *
     * @param column the column name
     * @return the probability, or NaN after recording an error
     */
    public double probability(String column) {
        return number(column, 0, 1);
    }

    /**
     * An optional number in {@code [min, max]}, {@code fallback} when the cell is empty.
     *
     * @param column the column name
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param fallback the value of an empty cell
     * @return the number, {@code fallback}, or NaN after recording an error
     */
    public double numberOr(String column, double min, double max, double fallback) {
        return isBlank(column) ? fallback : number(column, min, max);
    }

    // ---- flags --------------------------------------------------------------------------------

    /**
     * A required yes/no cell: yes, no, true, false, y, n, 1, 0 (ignoring case).
     *
     * @param column the column name
     * @return the flag, or false after recording an error
     */
    public boolean flag(String column) {
        String v = raw(column).toLowerCase(Locale.ROOT);
        switch (v) {
            case "yes", "y", "true", "1":
                return true;
            case "no", "n", "false", "0":
                return false;
            default:
                expected(column, "yes or no");
                return false;
        }
    }

    /**
     * An optional yes/no cell, {@code fallback} when empty.
     *
     * @param column the column name
     * @param fallback the value of an empty cell
     * @return the flag, {@code fallback}, or false after recording an error
     */
    public boolean flagOr(String column, boolean fallback) {
        return isBlank(column) ? fallback : flag(column);
    }

    // ---- helpers ------------------------------------------------------------------------------

    static double parseFinite(String v) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        // Double.parseDouble accepts "NaN", "Infinity", hex and a trailing 'd'/'f': none is a user number.
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return Double.NaN;
            }
        }
        try {
            double x = Double.parseDouble(v);
            return Double.isFinite(x) ? x : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String found(String v) {
        return v.isEmpty() ? "an empty cell" : "'" + v + "'";
    }

    static String describeIntRange(long min, long max) {
        if (min == 0 && max == Integer.MAX_VALUE) {
            return "a non-negative integer";
        }
        if (min == 1 && max == Integer.MAX_VALUE) {
            return "a positive integer";
        }
        if (max == Integer.MAX_VALUE) {
            return "an integer ≥ " + min;
        }
        return "an integer in [" + min + ", " + max + "]";
    }

    /**
     * "a non-negative number", "a number in [0, 1]", "a number ≤ 5", …
     *
     * @param min the smallest allowed value (may be -∞)
     * @param max the largest allowed value (may be +∞)
     * @return the range in words, for "expected …" messages
     */
    public static String describeRange(double min, double max) {
        boolean lo = Double.isFinite(min);
        boolean hi = Double.isFinite(max);
        if (lo && hi) {
            return "a number in [" + fmt(min) + ", " + fmt(max) + "]";
        }
        if (lo) {
            return min == 0 ? "a non-negative number" : "a number ≥ " + fmt(min);
        }
        if (hi) {
            return "a number ≤ " + fmt(max);
        }
        return "a number";
    }

    /**
     * A number without a useless ".0".
     *
     * @param x a number
     * @return {@code x} as text, without a trailing ".0" for whole numbers
     */
    public static String fmt(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }
}
