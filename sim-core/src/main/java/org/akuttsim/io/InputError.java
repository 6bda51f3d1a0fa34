package org.akuttsim.io;

/**
 * One problem found in an input file, located precisely enough that a user can open the file and fix
 * it without reading Java: file, line, column (name and 1-based number) and what was expected.
 *
 * <p>Problems that belong to the whole file (a missing required column, a missing file, a parameter
 * that never appears) have {@code line == 0}; problems that belong to a whole line have no column
 * ({@code columnNumber == 0}).
 *
 * @param file         file name as the user knows it (e.g. {@code municipalities.csv})
 * @param line         1-based physical line in the file, or 0 for the whole file
 * @param column       column name from the header, or {@code null}
 * @param columnNumber 1-based column number, or 0 when no column applies
 * @param message      what was expected and what was found
 */
public record InputError(String file, long line, String column, int columnNumber, String message) {

    /**
     * Checks that the error names its file and says what was expected, and that line and column numbers are
     * not negative.
     *
     * @param file the file name (not empty)
     * @param line the line, &ge; 0
     * @param column the column name, or {@code null}
     * @param columnNumber the column number, &ge; 0
     * @param message what was expected and what was found (not empty)
     */
    public InputError {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("an input error must name its file");
        }
        if (line < 0 || columnNumber < 0) {
            throw new IllegalArgumentException("line and column numbers are >= 0");
        }
        if (message == null || message.isEmpty()) {
            throw new IllegalArgumentException("an input error must say what was expected");
        }
    }

    /**
     * A problem of the whole file.
     *
     * @param file the file name as the user knows it
     * @param message what was expected and what was found
     * @return the error, with line 0 and no column
     */
    public static InputError ofFile(String file, String message) {
        return new InputError(file, 0, null, 0, message);
    }

    /**
     * The error as one line, e.g.
     * {@code municipalities.csv line 14, column 'population' (4): expected a non-negative integer, found 'abc'}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(" line ").append(line);
        }
        if (column != null) {
            sb.append(line > 0 ? ", " : " ").append("column '").append(column).append('\'');
            if (columnNumber > 0) {
                sb.append(" (").append(columnNumber).append(')');
            }
        }
        return sb.append(": ").append(message).toString();
    }
}
