package org.akuttsim.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects problems across one file or a whole directory of files, so loading can go on after the
 * first bad cell and report everything at once. A loader reads all its files into one collector and
 * calls {@link #throwIfAny()} before it builds anything from the values it read.
 *
 * <p>Not thread-safe: one collector belongs to one load.
 */
public final class InputErrors {

    private final List<InputError> errors = new ArrayList<>();

    /**
     * Records one problem.
     *
     * @param error the problem, with its file, line and column
     */
    public void add(InputError error) {
        errors.add(error);
    }

    /**
     * A problem of the whole file (line 0, no column).
     *
     * @param file the file name as the user knows it
     * @param message what was expected and what was found
     */
    public void addFileError(String file, String message) {
        errors.add(InputError.ofFile(file, message));
    }

    /** {@return true when no problem was recorded} */
    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** {@return the number of problems recorded} */
    public int size() {
        return errors.size();
    }

    /** {@return every problem, in the order recorded (read-only)} */
    public List<InputError> asList() {
        return Collections.unmodifiableList(errors);
    }

    /** Fails with every problem collected so far; does nothing when there are none. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InputValidationException(errors);
        }
    }
}
