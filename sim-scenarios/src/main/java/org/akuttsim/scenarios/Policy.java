package org.akuttsim.scenarios;

import java.util.function.UnaryOperator;

import org.akuttsim.chain.ChainScenario;

/**
 * A policy lever: a function from scenario to scenario that moves one documented parameter. Levers
 * never reach into a running model; they derive a new immutable scenario, keeping the base's arrival
 * envelope (via {@link ChainScenario#toBuilder()}) so base and variant share common random numbers.
 *
 * <p>Compose with {@link #andThen(Policy)}: {@code growTo2035.andThen(lessOvertriage(0.3))}.
 */
public interface Policy extends UnaryOperator<ChainScenario> {

    /**
     * A short label, e.g. {@code less_overtriage=0.3}, used in scenario names and reports.
     *
     * @return the label
     */
    String label();

    /**
     * The parameter this lever moves and in which direction (for documentation and reports).
     *
     * @return the description, e.g. {@code triage: over-triaged cells x(1-0.3)}
     */
    String moves();

    /**
     * This lever, then {@code next}. Refused ({@link IllegalArgumentException}) when both contain a
     * lever that may be applied once per scenario ({@link PolicyNames#onceKey}: e.g. population_year or
     * less_overtriage twice would silently compound).
     *
     * @param next the lever applied after this one
     * @return the composed lever
     */
    default Policy andThen(Policy next) {
        Policy first = this;
        java.util.Set<String> mine = onceKeys(first.label());
        for (String k : onceKeys(next.label())) {
            if (mine.contains(k)) {
                throw new IllegalArgumentException("'" + first.label() + "' then '" + next.label() + "' applies " + k.replaceFirst("=.*", "")
                        + " twice; expected each of population_year, the share levers, a station id and a parameter at most once"
                        + " per scenario (PolicyNames#onceKey)");
            }
        }
        return new Policy() {
            @Override
            public ChainScenario apply(ChainScenario s) {
                return next.apply(first.apply(s));
            }

            @Override
            public String label() {
                return first.label() + " + " + next.label();
            }

            @Override
            public String moves() {
                return first.moves() + "; " + next.moves();
            }
        };
    }

    /** The once-per-scenario keys of the levers in a (composed) label, {@code name=value + name=value}. */
    private static java.util.Set<String> onceKeys(String label) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String part : label.split(" \\+ ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                keys.add(PolicyNames.onceKey(part.substring(0, eq), part.substring(eq + 1)));
            }
        }
        return keys;
    }

    /**
     * A lever from a label, a description and a function.
     *
     * @param label the short label
     * @param moves what it changes
     * @param f the change, a function from scenario to scenario
     * @return the lever
     */
    static Policy of(String label, String moves, UnaryOperator<ChainScenario> f) {
        return new Policy() {
            @Override
            public ChainScenario apply(ChainScenario s) {
                ChainScenario r = f.apply(s);
                return r.toBuilder().name(s.name() + " | " + label).build();
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public String moves() {
                return moves;
            }

            @Override
            public String toString() {
                return label;
            }
        };
    }

    /**
     * The identity (the baseline).
     *
     * @return the lever that changes nothing
     */
    static Policy none() {
        return new Policy() {
            @Override
            public ChainScenario apply(ChainScenario s) {
                return s;
            }

            @Override
            public String label() {
                return "baseline";
            }

            @Override
            public String moves() {
                return "nothing";
            }
        };
    }
}
