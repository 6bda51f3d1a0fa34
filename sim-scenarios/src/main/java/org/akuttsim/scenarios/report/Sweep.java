package org.akuttsim.scenarios.report;

import java.util.List;

import org.akuttsim.experiment.ExperimentResult;

/**
 * One lever set to each value of a grid on a base scenario: {@code scenarios.get(i)} is the base with
 * the lever at {@code values.get(i)}.
 *
 * @param lever     lever name, e.g. {@code less_overtriage}
 * @param base      name of the base scenario
 * @param values    the lever values as given
 * @param scenarios experiment scenario names, one per value
 * @param result    the experiment over those scenarios (paired under common random numbers)
 */
public record Sweep(String lever, String base, List<String> values, List<String> scenarios, ExperimentResult result) {
    /**
     * Keeps copies of the lists; refuses a sweep without values or with other than one scenario per value.
     *
     * @param lever lever name
     * @param base name of the base scenario
     * @param values the lever values as given
     * @param scenarios experiment scenario names, one per value
     * @param result the experiment over those scenarios
     */
    public Sweep {
        values = List.copyOf(values);
        scenarios = List.copyOf(scenarios);
        if (values.size() != scenarios.size() || values.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs one scenario per value, got " + values.size() + " values and "
                    + scenarios.size() + " scenarios");
        }
    }

    /**
     * The values as numbers, or null when one of them is not a number (e.g. station ids).
     *
     * @return the numbers, or null
     */
    public double[] numericValues() {
        double[] x = new double[values.size()];
        for (int i = 0; i < x.length; i++) {
            try {
                x[i] = Double.parseDouble(values.get(i));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return x;
    }
}
