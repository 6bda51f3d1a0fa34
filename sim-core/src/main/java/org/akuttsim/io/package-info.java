/**
 * CSV input with located errors: a file is read against a {@link org.akuttsim.io.CsvSchema}, its
 * cells are read with typed, range-checked accessors of {@link org.akuttsim.io.CsvRow}, and every
 * problem is collected as an {@link org.akuttsim.io.InputError} naming file, line, column, what was
 * expected and what was found, so that all of them are reported at once by an
 * {@link org.akuttsim.io.InputValidationException} and nothing runs on invalid input.
 */
package org.akuttsim.io;
