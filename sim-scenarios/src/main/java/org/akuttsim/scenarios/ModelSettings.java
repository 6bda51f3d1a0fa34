package org.akuttsim.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.DispatchRules;
import org.akuttsim.chain.DurationModel;
import org.akuttsim.chain.Level;
import org.akuttsim.chain.SceneParameters;
import org.akuttsim.chain.Triage;
import org.akuttsim.chain.dispatch.DefaultDispatch;
import org.akuttsim.chain.dispatch.DispatchPolicy;
import org.akuttsim.chain.dispatch.FixedPreferenceDispatch;
import org.akuttsim.chain.dispatch.NearestFreeDispatch;
import org.akuttsim.chain.relocation.ComplianceTable;
import org.akuttsim.chain.relocation.FillEmptyDistrict;
import org.akuttsim.chain.relocation.RelocationPolicy;
import org.akuttsim.io.CsvRow;
import org.akuttsim.io.CsvSchema;
import org.akuttsim.io.CsvTable;
import org.akuttsim.io.InputErrors;

/**
 * The parts of the chain model a scenario directory chooses by name (format:
 * {@code SCENARIO-FORMAT.md}): {@code dispatch.csv} (the dispatch policy and its parameters, loss or
 * queue, redispatch, the relocation policy), {@code preferences.csv} (fixed preference lists),
 * {@code relocation.csv} (a compliance table) and {@code durations.csv} (durations by distribution
 * family). Read and checked with the rest of the directory, problems located by file, line and column;
 * applied to every scenario the directory assembles ({@link #apply}). Without these files nothing
 * changes.
 */
final class ModelSettings {

    static final CsvSchema DISPATCH = CsvSchema.required("setting", "value").optional("source");
    static final CsvSchema PREFERENCES = CsvSchema.required("zone", "rank", "unit").optional("source");
    static final CsvSchema RELOCATION = CsvSchema.required("free_units", "place", "station").optional("source");
    static final CsvSchema DURATIONS = CsvSchema.required("step", "family").optional("level", "mean", "cv", "values", "source");

    static final String READINESS_PROTECTING = "readiness-protecting", NEAREST_FREE = "nearest-free", FIXED_PREFERENCE = "fixed-preference";
    static final List<String> DISPATCH_POLICIES = List.of(READINESS_PROTECTING, NEAREST_FREE, FIXED_PREFERENCE);
    static final String NONE = "none", COMPLIANCE_TABLE = "compliance-table", FILL_EMPTY_DISTRICT = "fill-empty-district";
    static final List<String> RELOCATION_POLICIES = List.of(NONE, COMPLIANCE_TABLE, FILL_EMPTY_DISTRICT);
    static final List<String> SETTINGS = List.of("policy", "yellow_accept_minutes", "yellow_max_wait_minutes", "green_max_wait_minutes",
            "when_none_free", "redispatch_to_red", "relocation", "neighbour_minutes");
    static final List<String> STEPS = List.of("call_handling", "activation", "on_scene", "direct_handover");
    static final List<String> FAMILIES = List.of("fixed", "exponential", "lognormal", "gamma", "empirical");
    static final List<String> LEVELS = List.of("red", "yellow", "green", "all");
    /** The longest duration or waiting limit a file may give: a week, in minutes. */
    static final double MAX_MINUTES = 7 * 24 * 60;

    /** Dispatch rules to set, or null to keep the assembled ones. */
    private final DispatchRules rules;
    /** The compliance table of relocation.csv (for the {@code relocation} lever too), or null. */
    final ComplianceTable table;
    /** Per step, per level (RED, YELLOW, GREEN; one entry for call handling and direct handover): the model, or null to keep. */
    private final Map<String, DurationModel[]> durations;

    private ModelSettings(DispatchRules rules, ComplianceTable table, Map<String, DurationModel[]> durations) {
        this.rules = rules;
        this.table = table;
        this.durations = durations;
    }

    /** Reads the optional files; problems go to {@code errors}. */
    static ModelSettings read(ScenarioDirectory.Source src, Map<String, Integer> zones, Map<String, Integer> stations,
            Map<String, Integer> units, InputErrors errors) {
        ComplianceTable table = src.exists("relocation.csv") ? readTable(src.read("relocation.csv", RELOCATION, errors), stations, units.size(), errors) : null;
        int[][] preferences = src.exists("preferences.csv") ? readPreferences(src.read("preferences.csv", PREFERENCES, errors), zones, units, errors) : null;
        DispatchRules rules = null;
        if (src.exists("dispatch.csv")) {
            rules = readDispatch(src.read("dispatch.csv", DISPATCH, errors), preferences, table, src.exists("preferences.csv"),
                    src.exists("relocation.csv"), errors);
        } else if (preferences != null) {
            errors.addFileError("preferences.csv", "preference lists are used only with 'policy,fixed-preference' in dispatch.csv;"
                    + " expected dispatch.csv choosing it");
        }
        Map<String, DurationModel[]> durations = src.exists("durations.csv")
                ? readDurations(src.read("durations.csv", DURATIONS, errors), errors) : Map.of();
        return new ModelSettings(rules, table, durations);
    }

    /** The scenario with these settings (the same scenario when no file set anything). */
    ChainScenario apply(ChainScenario s) {
        if (rules == null && durations.isEmpty()) {
            return s;
        }
        ChainScenario.Builder b = s.toBuilder();
        if (rules != null) {
            b.dispatch(rules);
        }
        if (durations.containsKey("call_handling")) {
            Triage t = s.triage();
            b.triage(new Triage(durations.get("call_handling")[0], t.operators(), t.daytime(), t.outOfHours(), t.gpOpenHour(), t.gpCloseHour()));
        }
        if (durations.containsKey("activation") || durations.containsKey("on_scene") || durations.containsKey("direct_handover")) {
            SceneParameters sc = s.scene();
            DurationModel[] act = merge(sc.activation(), durations.get("activation"));
            DurationModel[] scene = merge(sc.onScene(), durations.get("on_scene"));
            DurationModel[] dh = durations.get("direct_handover");
            b.scene(new SceneParameters(act, scene, sc.treatAndLeave(), sc.specialCentreNeedUpTo(), sc.lightsOnTransportForRed(),
                    sc.bypassEd(), dh != null ? dh[0] : sc.directHandover(), sc.onSceneFactor()));
        }
        return b.build();
    }

    private static DurationModel[] merge(DurationModel[] assembled, DurationModel[] given) {
        DurationModel[] r = assembled.clone();
        for (int l = 0; given != null && l < r.length; l++) {
            r[l] = given[l] != null ? given[l] : r[l];
        }
        return r;
    }

    // ---- dispatch.csv --------------------------------------------------------------------------

    private static DispatchRules readDispatch(CsvTable t, int[][] preferences, ComplianceTable table, boolean hasPreferences,
            boolean hasTable, InputErrors errors) {
        Map<String, CsvRow> rows = new LinkedHashMap<>();
        for (CsvRow r : t.rows()) {
            String name = r.oneOf("setting", SETTINGS);
            if (name == null) {
                continue;
            }
            CsvRow first = rows.putIfAbsent(name, r);
            if (first != null) {
                r.error("setting", "expected each setting once, but '" + name + "' is given again (first on line " + first.line() + ")");
            }
        }
        String policy = rows.containsKey("policy") ? rows.get("policy").oneOf("value", DISPATCH_POLICIES) : READINESS_PROTECTING;
        boolean lose = rows.containsKey("when_none_free") && "lose".equals(rows.get("when_none_free").oneOf("value", List.of("queue", "lose")));
        boolean redispatch = rows.containsKey("redispatch_to_red") && rows.get("redispatch_to_red").flag("value");
        DefaultDispatch std = DefaultDispatch.standard();
        double yellowAccept = minutes(rows.get("yellow_accept_minutes"), std.yellowAcceptMinutes());
        double yellowWait = minutes(rows.get("yellow_max_wait_minutes"), std.yellowMaxWait());
        double greenWait = minutes(rows.get("green_max_wait_minutes"), std.greenMaxWait());
        if (policy != null && !policy.equals(READINESS_PROTECTING)) {
            for (String only : List.of("yellow_accept_minutes", "yellow_max_wait_minutes", "green_max_wait_minutes")) {
                if (rows.containsKey(only)) {
                    rows.get(only).error("setting", "expected " + only + " only with policy " + READINESS_PROTECTING
                            + " (the policy here is " + policy + ")");
                }
            }
        }
        if (lose && READINESS_PROTECTING.equals(policy)) {
            rows.get("when_none_free").error("value", "expected queue: policy " + READINESS_PROTECTING
                    + " lets calls wait (lose is available with " + NEAREST_FREE + " and " + FIXED_PREFERENCE + ")");
        }
        if (FIXED_PREFERENCE.equals(policy) && !hasPreferences) {
            rows.get("policy").error("value", "policy fixed-preference needs preferences.csv (zone,rank,unit) in the directory");
        }
        if (!FIXED_PREFERENCE.equals(policy) && hasPreferences && policy != null) {
            errors.addFileError("preferences.csv", "preference lists are used only with 'policy,fixed-preference' in dispatch.csv;"
                    + " the policy there is " + policy);
        }
        String reloc = rows.containsKey("relocation") ? rows.get("relocation").oneOf("value", RELOCATION_POLICIES) : NONE;
        if (COMPLIANCE_TABLE.equals(reloc) && !hasTable) {
            rows.get("relocation").error("value", "relocation compliance-table needs relocation.csv (free_units,place,station) in the directory");
        }
        double neighbour = FillEmptyDistrict.DEFAULT_NEIGHBOUR_MINUTES;
        if (rows.containsKey("neighbour_minutes")) {
            neighbour = rows.get("neighbour_minutes").number("value", 1e-9, MAX_MINUTES);
            if (!FILL_EMPTY_DISTRICT.equals(reloc)) {
                rows.get("neighbour_minutes").error("setting", "expected neighbour_minutes only with relocation " + FILL_EMPTY_DISTRICT);
            }
        }
        if (!errors.isEmpty() || policy == null || reloc == null) {
            return null;
        }
        DispatchPolicy p = switch (policy) {
            case NEAREST_FREE -> new NearestFreeDispatch(lose);
            case FIXED_PREFERENCE -> new FixedPreferenceDispatch(preferences, lose);
            default -> new DefaultDispatch(yellowAccept, yellowWait, greenWait);
        };
        return new DispatchRules(p, redispatch, relocation(reloc, neighbour, table));
    }

    /** A relocation policy by name. */
    static RelocationPolicy relocation(String name, double neighbourMinutes, ComplianceTable table) {
        return switch (name) {
            case COMPLIANCE_TABLE -> table;
            case FILL_EMPTY_DISTRICT -> new FillEmptyDistrict(neighbourMinutes);
            default -> RelocationPolicy.NONE;
        };
    }

    private static double minutes(CsvRow r, double fallback) {
        return r == null ? fallback : r.number("value", 0, MAX_MINUTES);
    }

    // ---- preferences.csv -----------------------------------------------------------------------

    private static int[][] readPreferences(CsvTable t, Map<String, Integer> zones, Map<String, Integer> units, InputErrors errors) {
        List<TreeMap<Integer, Integer>> lists = new ArrayList<>();
        for (int z = 0; z < zones.size(); z++) {
            lists.add(new TreeMap<>());
        }
        for (CsvRow r : t.rows()) {
            Integer z = zones.get(r.raw("zone"));
            if (z == null) {
                r.expected("zone", "a zone_id from zones.csv");
            }
            Integer u = units.get(r.raw("unit"));
            if (u == null) {
                r.expected("unit", "a unit_id from units.csv");
            }
            int rank = r.integer("rank", 1, units.size());
            if (z == null || u == null || rank < 1) {
                continue;
            }
            TreeMap<Integer, Integer> list = lists.get(z);
            if (list.containsKey(rank)) {
                r.error("rank", "expected each rank once per zone, but zone " + r.raw("zone") + " has rank " + rank + " twice");
            } else if (list.containsValue(u)) {
                r.error("unit", "expected each unit once per zone, but unit " + r.raw("unit") + " is listed twice for zone " + r.raw("zone"));
            } else {
                list.put(rank, u);
            }
        }
        List<String> ids = new ArrayList<>(zones.keySet());
        int[][] prefs = new int[zones.size()][];
        for (int z = 0; z < prefs.length; z++) {
            TreeMap<Integer, Integer> list = lists.get(z);
            if (list.isEmpty()) {
                errors.addFileError(t.file(), "zone " + ids.get(z) + " has no preference list; expected one (ranks 1, 2, …) for every zone of zones.csv");
                continue;
            }
            if (list.lastKey() != list.size()) {
                errors.addFileError(t.file(), "zone " + ids.get(z) + " has ranks " + list.keySet() + "; expected 1 to " + list.size() + " without gaps");
            }
            prefs[z] = list.values().stream().mapToInt(Integer::intValue).toArray();
        }
        return prefs;
    }

    // ---- relocation.csv ------------------------------------------------------------------------

    private static ComplianceTable readTable(CsvTable t, Map<String, Integer> stations, int unitCount, InputErrors errors) {
        TreeMap<Integer, TreeMap<Integer, Integer>> rows = new TreeMap<>();
        int before = errors.size();
        for (CsvRow r : t.rows()) {
            int n = r.integer("free_units", 1, Math.max(1, unitCount));
            int place = r.integer("place", 1, Math.max(1, unitCount));
            Integer s = stations.get(r.raw("station"));
            if (s == null) {
                r.expected("station", "a station_id from stations.csv");
            }
            if (n < 1 || place < 1 || s == null) {
                continue;
            }
            if (place > n) {
                r.expected("place", "a place from 1 to free_units (" + n + ")");
                continue;
            }
            TreeMap<Integer, Integer> row = rows.computeIfAbsent(n, k -> new TreeMap<>());
            if (row.putIfAbsent(place, s) != null) {
                r.error("place", "expected each place once per number of free units, but free_units " + n + " has place " + place + " twice");
            }
        }
        if (t.header().size() > 0 && rows.isEmpty() && errors.size() == before) {
            errors.addFileError(t.file(), "expected at least the row for 1 free unit (free_units,place,station)");
        }
        for (int n = 1; !rows.isEmpty() && n <= rows.lastKey(); n++) {
            TreeMap<Integer, Integer> row = rows.get(n);
            if (row == null) {
                errors.addFileError(t.file(), "no places for " + n + " free units; expected rows for every number of free units from 1 to "
                        + rows.lastKey());
            } else if (row.size() != n) {
                errors.addFileError(t.file(), "free_units " + n + " has places " + row.keySet() + "; expected places 1 to " + n
                        + " (one station per free unit)");
            }
        }
        if (errors.size() > before) {
            return null;
        }
        int[][] table = new int[rows.size()][];
        for (Map.Entry<Integer, TreeMap<Integer, Integer>> e : rows.entrySet()) {
            table[e.getKey() - 1] = e.getValue().values().stream().mapToInt(Integer::intValue).toArray();
        }
        return new ComplianceTable(table);
    }

    // ---- durations.csv -------------------------------------------------------------------------

    private static Map<String, DurationModel[]> readDurations(CsvTable t, InputErrors errors) {
        Map<String, DurationModel[]> out = new LinkedHashMap<>();
        Map<String, Long> seen = new LinkedHashMap<>();
        for (CsvRow r : t.rows()) {
            String step = r.oneOf("step", STEPS);
            String family = r.oneOf("family", FAMILIES);
            boolean byLevel = "activation".equals(step) || "on_scene".equals(step);
            String level = r.isBlank("level") ? "all" : r.oneOf("level", LEVELS);
            if (step != null && !byLevel && level != null && !level.equals("all")) {
                r.expected("level", "empty or 'all' for step " + step + " (only activation and on_scene have a level)");
                level = null;
            }
            DurationModel d = family == null ? null : duration(r, family);
            if (step == null || level == null || d == null) {
                continue;
            }
            int[] levels = !byLevel ? new int[] {0} : level.equals("all") ? new int[] {0, 1, 2} : new int[] {LEVELS.indexOf(level)};
            DurationModel[] m = out.computeIfAbsent(step, k -> new DurationModel[byLevel ? Level.AMBULANCE_LEVELS : 1]);
            for (int l : levels) {
                int slot = byLevel ? l : 0;
                Long first = seen.putIfAbsent(step + "/" + slot, r.line());
                if (first != null) {
                    r.error("level", "expected one duration per step and level, but " + step + " for "
                            + (byLevel ? LEVELS.get(l).toUpperCase(java.util.Locale.ROOT) : "all calls") + " is given already on line " + first);
                    break;
                }
                m[slot] = d;
            }
        }
        return out;
    }

    /** The duration model of one durations.csv row, or null after recording what is wrong. */
    private static DurationModel duration(CsvRow r, String family) {
        boolean needsMean = !family.equals("empirical");
        boolean needsCv = family.equals("lognormal") || family.equals("gamma");
        if (!needsMean && !r.isBlank("mean")) {
            r.expected("mean", "an empty cell: an empirical duration's mean is that of its values");
        }
        if (!needsCv && !r.isBlank("cv")) {
            r.expected("cv", "an empty cell: cv applies to lognormal and gamma only");
        }
        if (!family.equals("empirical") && !r.isBlank("values")) {
            r.expected("values", "an empty cell: values apply to empirical only");
        }
        if (family.equals("empirical")) {
            String[] parts = r.raw("values").split("[;\\s]+");
            double[] x = new double[parts.length];
            try {
                for (int i = 0; i < parts.length; i++) {
                    x[i] = Double.parseDouble(parts[i]);
                    if (!(x[i] >= 0 && x[i] <= MAX_MINUTES)) {
                        throw new NumberFormatException();
                    }
                }
            } catch (NumberFormatException e) {
                r.expected("values", "observed minutes (0 to " + CsvRow.fmt(MAX_MINUTES) + ") separated by ';', e.g. '12;15;20;31'");
                return null;
            }
            if (java.util.Arrays.stream(x).distinct().count() < 2) {
                r.expected("values", "at least two different observed minutes");
                return null;
            }
            return DurationModel.empirical(x);
        }
        double mean = family.equals("fixed") || family.equals("exponential") ? r.number("mean", 0, MAX_MINUTES)
                : r.number("mean", 1e-6, MAX_MINUTES);
        double cv = needsCv ? r.number("cv", 0.01, 10) : 0;
        if (Double.isNaN(mean) || Double.isNaN(cv)) {
            return null;
        }
        return switch (family) {
            case "fixed" -> DurationModel.fixed(mean);
            case "exponential" -> DurationModel.exponential(mean);
            case "lognormal" -> DurationModel.lognormal(mean, cv);
            default -> DurationModel.gamma(mean, cv);
        };
    }
}
