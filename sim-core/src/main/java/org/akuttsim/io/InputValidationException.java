package org.akuttsim.io;

import java.util.List;

/**
 * Thrown when input files are invalid. It carries <em>every</em> problem found, not just the first,
 * so a user fixes a file in one pass; {@link #getMessage()} lists them one per line.
 */
public final class InputValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** At most this many errors are spelled out in the message; all are in {@link #errors()}. */
    static final int MAX_LISTED = 200;

    private final transient List<InputError> errors;

    /**
     * An exception whose message lists every problem, one per line.
     *
     * @param errors the problems found, at least one
     */
    public InputValidationException(List<InputError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InputValidationException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /**
     * Every problem found, in the order found (file by file, line by line).
     *
     * @return the problems, read-only
     */
    public List<InputError> errors() {
        return errors;
    }

    private static String describe(List<InputError> errors) {
        StringBuilder sb = new StringBuilder();
        sb.append(errors.size()).append(errors.size() == 1 ? " input error" : " input errors").append(':');
        int n = Math.min(errors.size(), MAX_LISTED);
        for (int i = 0; i < n; i++) {
            sb.append(System.lineSeparator()).append("  ").append(errors.get(i));
        }
        if (errors.size() > n) {
            sb.append(System.lineSeparator()).append("  … and ").append(errors.size() - n).append(" more");
        }
        return sb.toString();
    }
}
