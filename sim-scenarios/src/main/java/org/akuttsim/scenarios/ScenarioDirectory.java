package org.akuttsim.scenarios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.akuttsim.chain.AgeGroups;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Fleet;
import org.akuttsim.chain.Hospital;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.Station;
import org.akuttsim.chain.TravelModel;
import org.akuttsim.chain.UnitSpec;
import org.akuttsim.chain.UnitType;
import org.akuttsim.chain.Zone;
import org.akuttsim.io.CsvRow;
import org.akuttsim.io.CsvSchema;
import org.akuttsim.io.CsvTable;
import org.akuttsim.io.InputErrors;

/**
 * Loads a scenario directory (format: {@code sim-scenarios/SCENARIO-FORMAT.md}): zones, stations,
 * units, hospitals, optional travel matrix and population growth, {@code parameters.csv} (complete,
 * or laid over the embedded St. Olavs defaults), the model's dispatch, relocation and duration
 * choices by name ({@link ModelSettings}) and {@code policies.csv}. Every file is read and
 * every cell and cross reference checked before anything is built; all problems are reported
 * together in one {@link org.akuttsim.io.InputValidationException}, each with file, line and column.
 */
public final class ScenarioDirectory {

    static final String[] POP_COLUMNS = {"pop_0_9", "pop_10_19", "pop_20_29", "pop_30_39", "pop_40_49", "pop_50_59",
        "pop_60_69", "pop_70_79", "pop_80_89", "pop_90_plus"};

    static final CsvSchema ZONES = CsvSchema.required(concat(new String[] {"zone_id", "urban", "lat", "lon", "station"}, POP_COLUMNS))
            .optional("name", "kommunenr", "growth_profile", "source");
    static final CsvSchema STATIONS = CsvSchema.required("station_id", "zone").optional("name", "source");
    static final CsvSchema UNITS = CsvSchema.required("unit_id", "station", "type", "schedule").optional("travel_factor",
            "speed_kmh", "route_factor", "ready_minutes", "availability", "min_road_minutes", "co2_kg_per_hour", "source");
    static final CsvSchema HOSPITALS = CsvSchema.required("hospital_id", "zone", "ed_spaces", "ward_beds", "pci", "stroke_centre")
            .optional("name", "ed_share", "source");
    static final CsvSchema GROWTH = CsvSchema.required("profile", "age_group", "from_year", "to_year", "factor")
            .optional("population_from", "population_to", "source");
    static final CsvSchema TRAVEL = CsvSchema.required("from_zone", "to_zone", "minutes").optional("km", "band_start_hour", "source");
    static final CsvSchema POLICIES = CsvSchema.required("scenario", "policy", "value").optional("source");

    private ScenarioDirectory() {
    }

    /**
     * Loads a directory; its {@code parameters.csv} (optional) overrides the embedded defaults.
     *
     * @param dir the scenario directory
     * @return the region's definition
     */
    public static ScenarioDefinition load(Path dir) {
        return load(new Source.Directory(dir), DefaultRegion.defaultParameters());
    }

    /** Where the CSV files come from: a directory or class-path resources. */
    sealed interface Source permits Source.Directory, Source.Resources {
        CsvTable read(String file, CsvSchema schema, InputErrors errors);

        boolean exists(String file);

        String label();

        record Directory(Path dir) implements Source {
            @Override
            public CsvTable read(String file, CsvSchema schema, InputErrors errors) {
                return CsvTable.read(dir.resolve(file), schema, errors);
            }

            @Override
            public boolean exists(String file) {
                return Files.isRegularFile(dir.resolve(file));
            }

            @Override
            public String label() {
                return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
            }
        }

        record Resources(String base) implements Source {
            @Override
            public CsvTable read(String file, CsvSchema schema, InputErrors errors) {
                return CsvTable.readResource(ScenarioDirectory.class, base + file, file, schema, errors);
            }

            @Override
            public boolean exists(String file) {
                return ScenarioDirectory.class.getResource(base + file) != null;
            }

            @Override
            public String label() {
                String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
                return b.substring(b.lastIndexOf('/') + 1);
            }
        }
    }

    /**
     * Loads from {@code src}. {@code baseParameters} null means parameters.csv must be complete.
     */
    static ScenarioDefinition load(Source src, Parameters baseParameters) {
        InputErrors errors = new InputErrors();
        // ---- parameters
        Parameters params;
        if (baseParameters == null) {
            params = Parameters.complete(src.read("parameters.csv", Parameters.SCHEMA, errors), ParameterCatalog.standard(), errors);
        } else if (src.exists("parameters.csv")) {
            params = Parameters.overlay(baseParameters, src.read("parameters.csv", Parameters.SCHEMA, errors), errors);
        } else {
            params = baseParameters;
        }
        // ---- zones (station column resolved after stations are read)
        CsvTable zt = src.read("zones.csv", ZONES, errors);
        // Insertion order = zone index: messages that name zones by index (a missing travel.csv pair) name the right ones.
        Map<String, Integer> zoneIndex = new LinkedHashMap<>();
        List<double[]> pops = new ArrayList<>();
        for (CsvRow r : zt.rows()) {
            String id = r.text("zone_id");
            if (id != null && zoneIndex.putIfAbsent(id, zoneIndex.size()) != null) {
                r.expected("zone_id", "a zone id not used before in zones.csv");
            }
            double[] p = new double[AgeGroups.COUNT];
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                p[g] = r.nonNegative(POP_COLUMNS[g]);
                if (p[g] > MAX_POPULATION_CELL) {
                    r.expected(POP_COLUMNS[g], "at most 10,000,000,000 persons in one cell (more than the world's population)");
                    p[g] = Double.NaN;
                }
            }
            pops.add(p);
            r.flag("urban");
            r.number("lat", -90, 90);
            r.number("lon", -180, 180);
        }
        if (zt.header().size() > 0 && zt.rows().isEmpty()) {
            errors.addFileError(zt.file(), "expected at least one zone");
        }
        // ---- stations
        CsvTable st = src.read("stations.csv", STATIONS, errors);
        Map<String, Integer> stationIndex = new LinkedHashMap<>();
        List<Station> stations = new ArrayList<>();
        for (CsvRow r : st.rows()) {
            String id = r.text("station_id");
            Integer z = zoneRef(r, "zone", zoneIndex);
            if (id != null && stationIndex.putIfAbsent(id, stationIndex.size()) != null) {
                r.expected("station_id", "a station id not used before in stations.csv");
                continue;
            }
            if (id != null && z != null) {
                stations.add(new Station(id, z));
            }
        }
        if (st.header().size() > 0 && st.rows().isEmpty()) {
            errors.addFileError(st.file(), "expected at least one station");
        }
        // ---- zones, second pass: districts
        List<Zone> zones = new ArrayList<>();
        Map<String, String> profileOfZone = new LinkedHashMap<>();
        for (int i = 0; i < zt.rows().size(); i++) {
            CsvRow r = zt.rows().get(i);
            String sid = r.raw("station");
            Integer d = stationIndex.get(sid);
            if (d == null) {
                r.expected("station", "a station_id from stations.csv");
            }
            if (!r.isBlank("growth_profile")) {
                profileOfZone.put(r.raw("zone_id"), r.raw("growth_profile"));
            }
            if (errors.isEmpty()) {
                zones.add(new Zone(r.raw("zone_id"), pops.get(i), r.flag("urban"), r.number("lat", -90, 90),
                        r.number("lon", -180, 180), d));
            }
        }
        // ---- units
        CsvTable ut = src.read("units.csv", UNITS, errors);
        List<UnitSpec> units = new ArrayList<>();
        java.util.Set<String> unitIds = new java.util.HashSet<>();
        Map<String, Integer> unitIndex = new LinkedHashMap<>();
        for (CsvRow r : ut.rows()) {
            String id = r.text("unit_id");
            if (id != null && !unitIds.add(id)) {
                r.expected("unit_id", "a unit id not used before in units.csv");
            }
            Integer s = null;
            String sid = r.raw("station");
            if (!stationIndex.containsKey(sid)) {
                r.expected("station", "a station_id from stations.csv");
            } else {
                s = stationIndex.get(sid);
            }
            UnitType type = r.choice("type", UnitType.class);
            org.akuttsim.chain.CrewSchedule sched = null;
            try {
                sched = Schedules.parse(r.raw("schedule"));
            } catch (IllegalArgumentException e) {
                r.expected("schedule", e.getMessage());
            }
            double tf = r.numberOr("travel_factor", 0.05, 10, 1.0);
            org.akuttsim.chain.Craft craft = UnitsFile.craft(r, type);
            if (id != null && s != null && type != null && sched != null && !Double.isNaN(tf) && craft != UnitsFile.BAD) {
                unitIndex.putIfAbsent(id, units.size());
                units.add(new UnitSpec(id, type, s, sched, tf, craft));
            }
        }
        if (ut.header().size() > 0 && ut.rows().isEmpty()) {
            errors.addFileError(ut.file(), "expected at least one unit");
        }
        // ---- hospitals
        CsvTable ht = src.read("hospitals.csv", HOSPITALS, errors);
        List<Hospital> hospitals = new ArrayList<>();
        List<Double> edShares = new ArrayList<>();
        java.util.Set<String> hospitalIds = new java.util.HashSet<>();
        for (CsvRow r : ht.rows()) {
            String id = r.text("hospital_id");
            if (id != null && !hospitalIds.add(id)) {
                r.expected("hospital_id", "a hospital id not used before in hospitals.csv");
            }
            Integer z = zoneRef(r, "zone", zoneIndex);
            int spaces = r.integer("ed_spaces", 1, 10_000);
            int beds = r.integer("ward_beds", 0, 100_000);
            boolean pci = r.flag("pci");
            boolean stroke = r.flag("stroke_centre");
            double share = r.numberOr("ed_share", 0, 1, Double.NaN);
            if (id != null && !id.matches("[a-z0-9_-]+")) {
                r.expected("hospital_id", "an id of lower-case letters, digits, '_' or '-'");
            }
            if (id != null && z != null && spaces >= 1) {
                hospitals.add(new Hospital(id, z, spaces, beds, pci, stroke));
                edShares.add(share);
            }
        }
        if (ht.header().size() > 0 && ht.rows().isEmpty()) {
            errors.addFileError(ht.file(), "expected at least one hospital with an ED");
        }
        // ---- growth (optional)
        PopulationProjection projection = null;
        if (src.exists("population_growth.csv")) {
            projection = readGrowth(src.read("population_growth.csv", GROWTH, errors), profileOfZone, zt, errors);
        } else if (!profileOfZone.isEmpty()) {
            for (CsvRow r : zt.rows()) {
                if (!r.isBlank("growth_profile")) {
                    r.error("growth_profile", "names a growth profile but the directory has no population_growth.csv");
                    break;
                }
            }
        }
        // ---- travel (optional)
        TravelModel travel = null;
        if (src.exists("travel.csv")) {
            travel = readTravel(src.read("travel.csv", TRAVEL, errors), zoneIndex, params, errors);
        }
        // ---- dispatch, relocation and durations by name (optional)
        ModelSettings settings = ModelSettings.read(src, zoneIndex, stationIndex, unitIndex, errors);
        List<org.akuttsim.chain.FerryCrossing> crossings = List.of();
        if (src.exists(CrossingsFile.FILE)) {
            crossings = CrossingsFile.read(src.read(CrossingsFile.FILE, CrossingsFile.SCHEMA, errors), zoneIndex);
        }
        // ---- policies (optional)
        Map<String, Policy> scenarios = new LinkedHashMap<>();
        Map<String, Map<String, Double>> overrides = new LinkedHashMap<>();
        Map<String, CsvRow> firstRow = new LinkedHashMap<>();
        Map<String, CsvRow> lastOverrideRow = new LinkedHashMap<>();
        Map<String, Map<String, Long>> applied = new LinkedHashMap<>();
        if (src.exists("policies.csv")) {
            PolicyNames.Context ctx = new PolicyNames.Context(projection, params.asMap().getOrDefault("demand.trend_per_year", 0.0), settings.table);
            for (CsvRow r : src.read("policies.csv", POLICIES, errors).rows()) {
                String name = r.text("scenario");
                String kind = r.text("policy");
                if (name == null || kind == null) {
                    continue;
                }
                if (name.equals("baseline")) {
                    r.expected("scenario", "a name other than 'baseline' (the baseline has no policies)");
                    continue;
                }
                firstRow.putIfAbsent(name, r);
                String once = PolicyNames.onceKey(kind, r.raw("value"));
                Long earlier = applied.computeIfAbsent(name, k -> new LinkedHashMap<>()).putIfAbsent(once, r.line());
                if (earlier != null) {
                    r.error("policy", PolicyNames.twiceMessage(kind, name, earlier));
                    continue;
                }
                if (kind.trim().equalsIgnoreCase(PARAMETER)) {
                    // An assumption of this scenario: the baseline is assembled again with it (ScenarioDefinition).
                    parameterOverride(r, params, overrides.computeIfAbsent(name, k -> new LinkedHashMap<>()));
                    lastOverrideRow.put(name, r);
                    scenarios.putIfAbsent(name, Policy.of("parameters", "nothing else", x -> x));
                    continue;
                }
                try {
                    Policy p = PolicyNames.parse(kind, r.raw("value"), ctx);
                    checkReferences(r, kind, r.raw("value"), stationIndex, zoneIndex);
                    scenarios.merge(name, p, Policy::andThen);
                } catch (IllegalArgumentException e) {
                    boolean aboutName = e.getMessage().startsWith("expected a policy name");
                    if (aboutName) {
                        r.expected("policy", e.getMessage().substring("expected ".length()));
                    } else {
                        r.expected("value", e.getMessage().replaceFirst("^expected ", ""));
                    }
                }
            }
        }
        // The groups that must add up, checked on each scenario's parameters with all its overrides (as parameters.csv's are).
        if (errors.isEmpty()) {
            for (Map.Entry<String, Map<String, Double>> e : overrides.entrySet()) {
                try {
                    params.withAll(e.getValue(), "policies.csv");
                } catch (IllegalArgumentException bad) {
                    lastOverrideRow.get(e.getKey()).error("value", "scenario '" + e.getKey() + "': " + bad.getMessage());
                }
            }
        }
        double[] edShare = edShares(edShares, ht, errors);
        errors.throwIfAny();
        // ---- build (inputs are valid; model-level checks may still fail, reported with the directory name)
        Region region;
        ChainScenario base;
        try {
            region = new Region(src.label(), zones, stations, hospitals);
            base = settings.apply(ScenarioAssembler.assemble(src.label(), region, new Fleet(units), params, travel, crossings, edShare));
        } catch (IllegalArgumentException e) {
            errors.addFileError(src.label(), "inputs are valid one by one but do not fit together: " + e.getMessage());
            errors.throwIfAny();
            throw e;
        }
        final Region reg = region;
        final TravelModel tr = travel;
        final String label = src.label();
        final List<org.akuttsim.chain.FerryCrossing> fc = crossings;
        ScenarioDefinition d = new ScenarioDefinition(base, params, projection, scenarios, overrides,
                q -> settings.apply(ScenarioAssembler.assemble(label, reg, new Fleet(units), q, tr, fc, edShare)), List.of());
        List<String> warnings = new ArrayList<>(check(d, src.label(), zt, ut, firstRow, errors));
        if (travel != null && !crossings.isEmpty()) {
            warnings.add(0, CrossingsFile.FILE + " is not used: the minutes of travel.csv are real road times (ferries included)"
                    + " and take precedence");
        }
        return d.withWarnings(warnings);
    }

    /**
     * Builds every scenario and runs {@link ScenarioChecks} on it, so that a directory that loads also
     * runs. Refusals become located errors (thrown); the warnings are returned.
     */
    private static List<String> check(ScenarioDefinition d, String label, CsvTable zones, CsvTable units,
            Map<String, CsvRow> firstRow, InputErrors errors) {
        java.util.Set<String> warnings = new java.util.LinkedHashSet<>();
        ChainScenario base = d.baseline();
        List<String> baseProblems = ScenarioChecks.problems(base);
        ScenarioChecks.EdOverload o = ScenarioChecks.edOverload(base);
        if (o != null) {
            blamePopulation(o, base, zones, errors);
        }
        for (String p : baseProblems) {
            if (o != null && p.equals(ScenarioChecks.edOverloadMessage(o))) {
                continue;
            }
            if (p.contains("queue would hold")) {
                errors.addFileError("hospitals.csv", p);
            } else if (p.contains("unit")) {
                errors.addFileError(units.file(), p);
            } else {
                errors.addFileError(label, "the baseline: " + p);
            }
        }
        warnings.addAll(ScenarioChecks.warnings(base, d.parameters()));
        if (!errors.isEmpty()) {
            errors.throwIfAny();
        }
        for (String name : d.policies().keySet()) {
            CsvRow row = firstRow.get(name);
            ChainScenario sc;
            try {
                sc = d.scenario(name);
            } catch (IllegalArgumentException e) {
                row.error("scenario", "scenario '" + name + "' cannot be built: " + e.getMessage());
                continue;
            }
            for (String p : ScenarioChecks.problems(sc)) {
                String pop = p.startsWith("the ED of") ? String.format(java.util.Locale.ROOT, " (its population %,.0f; the baseline's %,.0f)",
                        sc.region().totalPopulation(), base.region().totalPopulation()) : "";
                row.error("scenario", "scenario '" + name + "' is refused: " + p + pop);
            }
            Map<String, Double> own = d.overrides().getOrDefault(name, Map.of());
            for (String w : ScenarioChecks.warnings(sc, own.isEmpty() ? d.parameters() : d.parameters().withAll(own, "policies.csv"))) {
                if (!warnings.contains(w)) {
                    warnings.add("scenario '" + name + "': " + w);
                }
            }
        }
        errors.throwIfAny();
        return List.copyOf(warnings);
    }

    /**
     * An ED over the run's limit in the baseline: the population is too large for the hospital's
     * share of it. Named at the largest population cell when shrinking that cell alone would do,
     * else at zones.csv as a whole, with the largest total population that runs.
     */
    private static void blamePopulation(ScenarioChecks.EdOverload o, ChainScenario base, CsvTable zones, InputErrors errors) {
        double total = base.region().totalPopulation();
        double allowed = total * (org.akuttsim.chain.hospital.EmergencyDepartmentSpec.MAX_ARRIVALS_PER_HOUR / o.perHour());
        CsvRow worst = null;
        String worstColumn = null;
        double worstValue = -1;
        for (CsvRow r : zones.rows()) {
            for (String c : POP_COLUMNS) {
                double v = Double.parseDouble(r.raw(c));
                if (v > worstValue) {
                    worstValue = v;
                    worst = r;
                    worstColumn = c;
                }
            }
        }
        String why = String.format(java.util.Locale.ROOT, "with a total population of %,.0f %s; the largest total population"
                + " within that limit is about %,.0f with these parameters", total, ScenarioChecks.edOverloadMessage(o), allowed);
        double cellMax = worstValue - (total - allowed);
        if (worst != null && cellMax >= 0) {
            worst.expected(worstColumn, String.format(java.util.Locale.ROOT, "at most %,.0f persons in this cell (%s)", Math.floor(cellMax), why));
        } else {
            errors.addFileError(zones.file(), "population too large: " + why + "; expected a smaller population");
        }
    }

    /** The largest number of persons in one cell of zones.csv: 10 billion (more than the world's population). */
    static final double MAX_POPULATION_CELL = 1e10;
    /** The largest growth factor population_growth.csv accepts (to_year over from_year). */
    static final double MAX_GROWTH_FACTOR = 10;

    private static String fmt(double x) {
        return CsvRow.fmt(x);
    }

    /** The {@code policies.csv} policy that overrides one parameter for a scenario: value {@code name=number}. */
    static final String PARAMETER = "parameter";

    private static void parameterOverride(CsvRow r, Parameters params, Map<String, Double> into) {
        String v = r.raw("value") == null ? "" : r.raw("value").trim();
        int eq = v.indexOf('=');
        if (eq <= 0) {
            r.expected("value", "'name=number' with a parameter of parameters.csv, e.g. 'triage.green_no_ambulance_need=0.5'");
            return;
        }
        String name = v.substring(0, eq).trim();
        double x;
        try {
            x = Double.parseDouble(v.substring(eq + 1).trim());
        } catch (NumberFormatException e) {
            r.expected("value", "a number after '=' for parameter " + name);
            return;
        }
        try {
            params.with(name, x, "policies.csv");
        } catch (IllegalArgumentException e) {
            r.expected("value", e.getMessage());
            return;
        }
        into.put(name, x);
    }

    /** ED shares: all empty → equal shares; otherwise all given and summing to 1. */
    private static double[] edShares(List<Double> shares, CsvTable ht, InputErrors errors) {
        double[] r = new double[shares.size()];
        long given = shares.stream().filter(x -> !Double.isNaN(x)).count();
        if (given == 0) {
            java.util.Arrays.fill(r, shares.isEmpty() ? 0 : 1.0 / shares.size());
            return r;
        }
        double sum = 0;
        for (int i = 0; i < r.length; i++) {
            r[i] = shares.get(i);
            sum += Double.isNaN(r[i]) ? 0 : r[i];
        }
        if (given < shares.size() || Math.abs(sum - 1) > 0.005) {
            errors.addFileError(ht.file(), "column ed_share must be empty for all hospitals (equal shares) or given for all and add up to 1; "
                    + "found " + given + " of " + shares.size() + " given, sum " + org.akuttsim.io.CsvRow.fmt(Math.round(sum * 1e4) / 1e4));
        }
        return r;
    }

    private static void checkReferences(CsvRow r, String kind, String value, Map<String, Integer> stations,
            Map<String, Integer> zones) {
        if (kind.trim().equalsIgnoreCase("close_station") && !stations.containsKey(value.trim())) {
            r.expected("value", "a station_id from stations.csv");
        }
        if (kind.trim().equalsIgnoreCase("open_station")) {
            String[] parts = value.split("[@:]");
            if (stations.containsKey(parts[0].trim())) {
                r.expected("value", "a new station id (not one from stations.csv)");
            }
            if (!zones.containsKey(parts[1].trim())) {
                r.expected("value", "station_id@zone_id:ambulances with a zone_id from zones.csv");
            }
        }
    }

    private static Integer zoneRef(CsvRow r, String column, Map<String, Integer> zoneIndex) {
        Integer z = zoneIndex.get(r.raw(column));
        if (z == null) {
            r.expected(column, "a zone_id from zones.csv");
        }
        return z;
    }

    private static PopulationProjection readGrowth(CsvTable t, Map<String, String> profileOfZone, CsvTable zones,
            InputErrors errors) {
        Map<String, double[]> factors = new LinkedHashMap<>();
        Map<String, int[]> years = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (int g = 0; g < AgeGroups.COUNT; g++) {
            labels.add(AgeGroups.label(g));
        }
        for (CsvRow r : t.rows()) {
            String prof = r.text("profile");
            String age = r.oneOf("age_group", labels);
            int from = r.integer("from_year", 1900, 2100);
            int to = r.integer("to_year", 1901, 2100);
            double f = r.positive("factor");
            if (f > MAX_GROWTH_FACTOR) {
                r.expected("factor", "a growth factor in (0, " + fmt(MAX_GROWTH_FACTOR) + "] (population in to_year / population in"
                        + " from_year; a larger one is refused as absurd, SCENARIO-FORMAT.md)");
                f = Double.NaN;
            }
            if (prof == null || age == null) {
                continue;
            }
            int[] y = years.computeIfAbsent(prof, k -> new int[] {from, to});
            if (y[0] != from || y[1] != to) {
                r.error("from_year", "expected the same years as the profile's first row (" + y[0] + "–" + y[1] + ")");
            }
            if (to <= from) {
                r.expected("to_year", "a year after from_year");
            }
            double[] arr = factors.computeIfAbsent(prof, k -> {
                double[] a = new double[AgeGroups.COUNT];
                java.util.Arrays.fill(a, Double.NaN);
                return a;
            });
            int g = labels.indexOf(age);
            if (!Double.isNaN(arr[g])) {
                r.error("age_group", "age group " + age + " given twice for profile " + prof);
            }
            arr[g] = f;
        }
        Map<String, GrowthProfile> profiles = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : factors.entrySet()) {
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                if (Double.isNaN(e.getValue()[g])) {
                    errors.addFileError(t.file(), "profile '" + e.getKey() + "' has no row for age group " + AgeGroups.label(g));
                }
            }
        }
        Integer base = null;
        for (Map.Entry<String, int[]> e : years.entrySet()) {
            if (base == null) {
                base = e.getValue()[0];
            } else if (base != e.getValue()[0]) {
                errors.addFileError(t.file(), "all profiles must start in the same year; '" + e.getKey() + "' starts in "
                        + e.getValue()[0] + ", another in " + base);
            }
        }
        for (CsvRow r : zones.rows()) {
            String p = r.raw("growth_profile");
            if (p.isEmpty()) {
                r.expected("growth_profile", "a profile from population_growth.csv (every zone needs one when the file exists)");
            } else if (!factors.containsKey(p)) {
                r.expected("growth_profile", "a profile from population_growth.csv: " + String.join(", ", factors.keySet()));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, double[]> e : factors.entrySet()) {
            int[] y = years.get(e.getKey());
            profiles.put(e.getKey(), new GrowthProfile(e.getKey(), y[0], y[1], e.getValue()));
        }
        return profiles.isEmpty() ? null : new PopulationProjection(profiles, profileOfZone);
    }

    private static TravelModel readTravel(CsvTable t, Map<String, Integer> zoneIndex, Parameters p, InputErrors errors) {
        int n = zoneIndex.size();
        Map<Integer, double[]> bands = new java.util.TreeMap<>();
        Map<Integer, boolean[]> seen = new HashMap<>();
        double[] km = t.hasColumn("km") ? new double[n * n] : null;
        for (CsvRow r : t.rows()) {
            Integer a = zoneRef(r, "from_zone", zoneIndex);
            Integer b = zoneRef(r, "to_zone", zoneIndex);
            double m = r.nonNegative("minutes");
            int band = r.integerOr("band_start_hour", 0, 23, 0);
            double k = km != null ? r.nonNegative("km") : 0;
            if (a == null || b == null) {
                continue;
            }
            double[] mat = bands.computeIfAbsent(band, x -> new double[n * n]);
            boolean[] s = seen.computeIfAbsent(band, x -> new boolean[n * n]);
            if (s[a * n + b]) {
                r.rowError("pair " + r.raw("from_zone") + " → " + r.raw("to_zone") + " given twice for band starting " + band);
            }
            s[a * n + b] = true;
            mat[a * n + b] = m;
            if (km != null) {
                km[a * n + b] = k;
            }
        }
        if (!bands.isEmpty() && !bands.containsKey(0)) {
            errors.addFileError(t.file(), "expected a band starting at hour 0 (band_start_hour empty or 0)");
        }
        List<String> ids = new ArrayList<>(zoneIndex.keySet());
        for (Map.Entry<Integer, boolean[]> e : seen.entrySet()) {
            int missing = 0;
            String example = null;
            for (int i = 0; i < n * n; i++) {
                if (!e.getValue()[i]) {
                    missing++;
                    if (example == null) {
                        example = ids.get(i / n) + " → " + ids.get(i % n);
                    }
                }
            }
            if (missing > 0) {
                errors.addFileError(t.file(), "band starting at hour " + e.getKey() + " lacks " + missing
                        + " zone pairs (e.g. " + example + "); expected all " + n + "×" + n + " pairs");
            }
        }
        if (!errors.isEmpty() || bands.isEmpty()) {
            return null;
        }
        double[][] minutes = bands.values().toArray(new double[0][]);
        int[] starts = bands.keySet().stream().mapToInt(Integer::intValue).toArray();
        return TravelModel.matrix(minutes, starts, km, p.get("travel.detour_factor"), p.get("travel.lights_and_sirens_factor"));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
