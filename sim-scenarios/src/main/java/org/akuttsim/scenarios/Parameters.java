package org.akuttsim.scenarios;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.akuttsim.chain.AgeGroups;
import org.akuttsim.io.CsvRow;
import org.akuttsim.io.CsvSchema;
import org.akuttsim.io.CsvTable;
import org.akuttsim.io.InputError;
import org.akuttsim.io.InputErrors;

/**
 * The scalar parameters of a scenario, read from {@code parameters.csv}
 * ({@code name,value,unit,source}), every one checked against the {@link ParameterCatalog}: known
 * name, exact unit, value in range; groups that must add up (mission mix, condition shares, hourly
 * profile) are checked too. Each value keeps its {@code source}, so reports can say where it came from.
 *
 * <p>A scenario directory's {@code parameters.csv} may list only the parameters it changes: they are
 * laid over a complete base set (the embedded St. Olavs defaults), see {@link #overlay}.
 *
 * <p>Immutable.
 */
public final class Parameters {

    /** Columns of {@code parameters.csv}. */
    public static final CsvSchema SCHEMA = CsvSchema.required("name", "value", "unit", "source");

    private final ParameterCatalog catalog;
    private final Map<String, Double> values;
    private final Map<String, String> sources;

    private Parameters(ParameterCatalog catalog, Map<String, Double> values, Map<String, String> sources) {
        this.catalog = catalog;
        this.values = Collections.unmodifiableMap(values);
        this.sources = Collections.unmodifiableMap(sources);
    }

    /**
     * Reads a complete parameter set: every catalogue parameter must appear exactly once.
     * Problems go to {@code errors}; the result is only meaningful when {@code errors} stays empty.
     *
     * @param table the rows of a {@code parameters.csv}
     * @param catalog the parameters that exist, with their ranges
     * @param errors where every problem found is recorded
     * @return the parameters
     */
    public static Parameters complete(CsvTable table, ParameterCatalog catalog, InputErrors errors) {
        Parameters p = read(table, catalog, errors, new LinkedHashMap<>(), new LinkedHashMap<>());
        for (String name : catalog.names()) {
            if (!p.values.containsKey(name)) {
                errors.addFileError(table.file(), "missing parameter '" + name + "' (" + catalog.spec(name).unit() + ", "
                        + catalog.spec(name).description() + ")");
            }
        }
        return p;
    }

    /**
     * {@code base} with the parameters listed in {@code table} replaced (a partial file is fine).
     *
     * @param base the parameters to start from
     * @param table the rows of a {@code parameters.csv}
     * @param errors where every problem found is recorded
     * @return the new parameters
     */
    public static Parameters overlay(Parameters base, CsvTable table, InputErrors errors) {
        return read(table, base.catalog, errors, new LinkedHashMap<>(base.values), new LinkedHashMap<>(base.sources));
    }

    private static Parameters read(CsvTable table, ParameterCatalog catalog, InputErrors errors,
            Map<String, Double> values, Map<String, String> sources) {
        Map<String, Long> lineOf = new LinkedHashMap<>();
        for (CsvRow r : table.rows()) {
            String name = r.text("name");
            if (name == null) {
                continue;
            }
            ParameterSpec spec = catalog.spec(name);
            if (spec == null) {
                String hint = catalog.closest(name);
                r.expected("name", "a known parameter name" + (hint == null ? "" : " (did you mean '" + hint + "'?)"));
                continue;
            }
            if (lineOf.putIfAbsent(name, r.line()) != null) {
                r.error("name", "parameter '" + name + "' already set on line " + lineOf.get(name) + "; expected each name once");
                continue;
            }
            String unit = r.raw("unit");
            if (!spec.unit().equals(unit)) {
                r.expected("unit", "'" + spec.unit() + "' for " + name);
            }
            double v = r.number("value", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            if (!Double.isNaN(v) && !spec.accepts(v)) {
                r.expected("value", spec.expectation() + " (" + spec.unit() + ") for " + name);
                v = Double.NaN;
            }
            if (r.isBlank("source")) {
                r.expected("source", "where the value comes from (a citation, or 'ASSUMPTION: …')");
            }
            values.put(name, v);
            sources.put(name, r.raw("source"));
        }
        Parameters p = new Parameters(catalog, values, sources);
        p.checkGroups(table.file(), errors);
        return p;
    }

    private void checkGroups(String file, InputErrors errors) {
        for (String problem : groupProblems()) {
            errors.add(InputError.ofFile(file, problem));
        }
    }

    /**
     * The groups that must add up and do not: one message per group, each naming the group, the sum
     * found and the sum expected. The one check of groups, for {@code parameters.csv}, for the
     * {@code parameter,NAME=VALUE} overrides of {@code policies.csv} and for {@code sweep --parameter}.
     *
     * @return the problems, empty when every group adds up
     */
    public List<String> groupProblems() {
        List<String> out = new java.util.ArrayList<>();
        sumsTo(out, "triage.mission_share.", List.of(ParameterCatalog.LEVELS), 1, 0.005);
        sumsTo(out, "amk.no_ambulance_split.", List.of("legevakt", "gp_municipal", "advice"), 1, 0.005);
        sumsTo(out, "condition.share.", List.of(ParameterCatalog.CONDITIONS), 1, 0.005);
        String[] hours = new String[24];
        for (int h = 0; h < 24; h++) {
            hours[h] = String.format("%02d", h);
        }
        sumsTo(out, "profile.hour.", List.of(hours), 100, 0.5);
        return out;
    }

    private void sumsTo(List<String> out, String prefix, List<String> parts, double target, double tol) {
        double s = 0;
        for (String p : parts) {
            Double v = values.get(prefix + p);
            if (v == null || Double.isNaN(v)) {
                return; // reported elsewhere (missing or bad value)
            }
            s += v;
        }
        if (Math.abs(s - target) > tol) {
            out.add("parameters " + prefix + "{" + String.join(",", parts) + "} add up to "
                    + CsvRow.fmt(Math.round(s * 1e6) / 1e6) + "; expected " + CsvRow.fmt(target) + " (± " + CsvRow.fmt(tol) + ")");
        }
    }

    /**
     * This set with several values replaced, each checked against the catalogue and then the groups
     * that must add up checked on the result (so an override cannot make the mission mix add up to
     * 1.47). An {@link IllegalArgumentException} names the parameter or the group.
     *
     * @param replaced the new values by name
     * @param source where they came from, for {@link #source(String)}
     * @return the new parameters
     */
    public Parameters withAll(Map<String, Double> replaced, String source) {
        Parameters q = this;
        for (Map.Entry<String, Double> e : replaced.entrySet()) {
            q = q.with(e.getKey(), e.getValue(), source);
        }
        List<String> problems = q.groupProblems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + " with " + describe(replaced));
        }
        return q;
    }

    private static String describe(Map<String, Double> values) {
        List<String> parts = new java.util.ArrayList<>();
        values.forEach((k, v) -> parts.add(k + "=" + CsvRow.fmt(v)));
        return String.join(", ", parts);
    }

    /**
     * The value of {@code name}; an exception naming it when it is not a catalogue parameter or unset.
     *
     * @param name a parameter name
     * @return its value, in the catalogue's unit
     */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'" + (catalog.knows(name) ? " set" : " in the catalogue"));
        }
        return v;
    }

    /**
     * Where {@code name}'s value came from.
     *
     * @param name a parameter name
     * @return the source cell of its row (a citation or an ASSUMPTION), or the given source of an
     *     override; "" when unknown
     */
    public String source(String name) {
        return sources.getOrDefault(name, "");
    }

    /**
     * This set with one value replaced (checked against the catalogue).
     *
     * @param name a parameter name
     * @param value its new value
     * @param source where it came from
     * @return the new parameters
     */
    public Parameters with(String name, double value, String source) {
        ParameterSpec spec = catalog.spec(name);
        if (spec == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'");
        }
        if (!spec.accepts(value)) {
            throw new IllegalArgumentException("parameter " + name + ": expected " + spec.expectation() + " (" + spec.unit()
                    + "), was " + value);
        }
        Map<String, Double> v = new LinkedHashMap<>(values);
        Map<String, String> s = new LinkedHashMap<>(sources);
        v.put(name, value);
        s.put(name, source);
        return new Parameters(catalog, v, s);
    }

    /** {@return the catalogue the values are checked against} */
    public ParameterCatalog catalog() {
        return catalog;
    }

    /**
     * All values by name, in file order.
     *
     * @return the values
     */
    public Map<String, Double> asMap() {
        return values;
    }

    /**
     * Missions per person-year by age group (the file gives them per 1,000).
     *
     * @return ten rates, one per age group
     */
    public double[] missionsPerPersonYear() {
        double[] r = new double[AgeGroups.COUNT];
        for (int g = 0; g < AgeGroups.COUNT; g++) {
            r[g] = get("demand.missions_per_1000." + AgeGroups.label(g)) / 1000.0;
        }
        return r;
    }
}
