package org.akuttsim.scenarios;

/**
 * What a scalar parameter of {@code parameters.csv} must look like: its unit (spelt exactly so) and
 * the closed range of sensible values. Ranges are wide enough for scenarios and sensitivity runs and
 * narrow enough to catch a value in the wrong unit (minutes given as hours, percent as a fraction).
 *
 * @param name        dotted name, e.g. {@code on_scene.red}
 * @param unit        unit as written in the file, e.g. {@code min}
 * @param min         smallest allowed value
 * @param max         largest allowed value
 * @param integer     true if the value must be a whole number
 * @param description what the parameter moves in the model
 */
public record ParameterSpec(String name, String unit, double min, double max, boolean integer, String description) {
    /**
     * Checks that the name and unit are given and that min &le; max.
     *
     * @param name dotted name
     * @param unit unit as written in the file
     * @param min smallest allowed value
     * @param max largest allowed value
     * @param integer true if the value must be a whole number
     * @param description what the parameter moves in the model
     */
    public ParameterSpec {
        if (name == null || name.isBlank() || unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a name and a unit");
        }
        if (!(min <= max)) {
            throw new IllegalArgumentException("parameter " + name + ": min " + min + " > max " + max);
        }
    }

    /**
     * True if {@code v} is allowed.
     *
     * @param v a value
     * @return whether it lies in [min, max] (and is whole when it must be)
     */
    public boolean accepts(double v) {
        return v >= min && v <= max && (!integer || v == Math.rint(v));
    }

    /**
     * "an integer in [1, 50]" / "a number in [0, 1]".
     *
     * @return the expectation, for "expected …" messages
     */
    public String expectation() {
        String lo = org.akuttsim.io.CsvRow.fmt(min);
        String hi = org.akuttsim.io.CsvRow.fmt(max);
        return (integer ? "an integer" : "a number") + " in [" + lo + ", " + hi + "]";
    }
}
