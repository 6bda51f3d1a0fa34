package org.akuttsim.scenarios;

import java.util.List;
import java.util.Locale;

import org.akuttsim.chain.dispatch.DefaultDispatch;
import org.akuttsim.chain.dispatch.NearestFreeDispatch;
import org.akuttsim.chain.relocation.ComplianceTable;
import org.akuttsim.chain.relocation.FillEmptyDistrict;

/**
 * The levers by their names in {@code policies.csv}: {@link #parse} builds a {@link Policy} (one of
 * {@link Policies}' or {@link MunicipalPolicies}') from the two text cells of a row, and
 * {@link #onceKey} says which levers a scenario may give only once.
 *
 * <p><b>Applied twice.</b> {@code population_year} and every share lever may appear once per
 * scenario (a second would compound growth or stack shares), a station id once in
 * {@code close_station}/{@code open_station}, a parameter once; different levers and different
 * stations compose in order. See {@link #onceKey}, enforced by {@code policies.csv} loading, by
 * {@link Policy#andThen} and by {@code sweep --lever}.
 */
public final class PolicyNames {

    private PolicyNames() {
    }

    // ---- applied twice ------------------------------------------------------------------------

    /**
     * What applying a lever twice in one scenario means: <b>refused</b> for every lever whose second
     * application would silently compound — {@code population_year} (growth applied to a grown
     * population), and each share lever ({@code less_overtriage}, {@code more_undertriage},
     * {@code treat_and_leave}, {@code daytime_transfer}, {@code centralised_legevakt},
     * {@code outpatient_handling}, {@code staff_shortage}: give the one share wanted); the same
     * {@code close_station} or {@code open_station} id twice; the same {@code parameter} name twice.
     * <b>Composed</b> (applied in order): different stations closed or opened, and different levers.
     * Scenario rows are checked with {@link #onceKey}; compositions in Java by {@link Policy#andThen}.
     *
     * @param policy the lever's name in {@code policies.csv}
     * @param value its value cell
     * @return the key under which a lever may appear once per scenario: the policy name, or for
     *         stations and parameters the name and the id
     */
    public static String onceKey(String policy, String value) {
        String p = policy == null ? "" : policy.trim().toLowerCase(Locale.ROOT);
        String v = value == null ? "" : value.trim();
        return switch (p) {
            case "close_station" -> p + "=" + v;
            case "open_station" -> p + "=" + (v.indexOf('@') > 0 ? v.substring(0, v.indexOf('@')).trim() : v);
            case "parameter" -> p + "=" + (v.contains("=") ? v.substring(0, v.indexOf('=')).trim() : v);
            default -> p;
        };
    }

    /** The message for a lever given a second time in scenario {@code scenario} (first on line {@code firstLine}). */
    static String twiceMessage(String policy, String scenario, long firstLine) {
        String p = policy.trim().toLowerCase(Locale.ROOT);
        String what = switch (p) {
            case "population_year" -> "growth would compound: give one population_year per scenario";
            case "close_station", "open_station" -> "that station is already " + (p.startsWith("close") ? "closed" : "opened");
            case "parameter" -> "that parameter is already set for this scenario: give one value";
            case "relocation", "dispatch" -> "a scenario has one " + p + " policy: give the one wanted";
            default -> "shares would stack: give the one share wanted";
        };
        return "expected " + p + " at most once per scenario (the same for its id) but scenario '" + scenario + "' gives it again, first on line "
                + firstLine + " (" + what + ")";
    }

    // ---- parsing --------------------------------------------------------------------------------

    /** The most ambulances {@code open_station} gives one new station. */
    static final int MAX_NEW_AMBULANCES = 100;

    /**
     * What a policy may need from its scenario directory: the projection, the demand trend and the
     * compliance table of {@code relocation.csv} (null without one).
     *
     * @param projection      the population projection that {@code population_year} reads
     * @param trendPerYear    the yearly change of call rates per person beyond demography (0.01: 1 % a year)
     * @param complianceTable the compliance table of {@code relocation.csv}, or null
     */
    public record Context(PopulationProjection projection, double trendPerYear, ComplianceTable complianceTable) {
        /**
         * Without a compliance table.
         *
         * @param projection the population projection
         * @param trendPerYear the yearly change of call rates per person beyond demography
         */
        public Context(PopulationProjection projection, double trendPerYear) {
            this(projection, trendPerYear, null);
        }
    }

    /** Policy names accepted by {@link #parse}. */
    public static final List<String> NAMES = java.util.stream.Stream.concat(java.util.stream.Stream.of("less_overtriage",
            "more_undertriage", "treat_and_leave", "daytime_transfer", "centralised_legevakt", "outpatient_handling", "staff_shortage",
            "close_station", "open_station", "population_year", "relocation", "dispatch"), MunicipalPolicies.NAMES.stream()).toList();

    /**
     * A lever from the {@code policy} and {@code value} cells of {@code policies.csv}. On bad input an
     * {@link IllegalArgumentException} whose message starts with "expected …" (the loader turns it
     * into a located input error).
     *
     * @param policy the lever's name, one of {@link #NAMES}
     * @param value its value cell
     * @param ctx what the lever may need from the scenario directory
     * @return the lever
     */
    public static Policy parse(String policy, String value, Context ctx) {
        String p = policy.trim().toLowerCase(Locale.ROOT);
        String v = value.trim();
        switch (p) {
            case "less_overtriage":
                return Policies.lessOvertriage(fraction(v));
            case "more_undertriage":
                return Policies.moreUndertriage(fraction(v));
            case "treat_and_leave":
                return Policies.treatAndLeave(fraction(v));
            case "daytime_transfer":
                return Policies.daytimeTransferToMunicipal(fraction(v));
            case "centralised_legevakt":
                return Policies.centralisedLegevakt(fraction(v));
            case "outpatient_handling":
                return Policies.outpatientHandling(fraction(v));
            case "staff_shortage": {
                double s = fraction(v);
                if (s >= 1) {
                    throw new IllegalArgumentException("expected a share in [0, 1) for staff_shortage (1 would remove every crewed hour)");
                }
                return Policies.staffShortage(s);
            }
            case "close_station":
                if (v.isEmpty()) {
                    throw new IllegalArgumentException("expected a station id from stations.csv");
                }
                return Policies.closeStation(v);
            case "open_station": {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^@:]+)@([^@:]+):(\\d{1,9})").matcher(v);
                if (!m.matches() || Integer.parseInt(m.group(3)) < 1 || Integer.parseInt(m.group(3)) > MAX_NEW_AMBULANCES) {
                    throw new IllegalArgumentException("expected 'station_id@zone_id:ambulances' with 1 to " + MAX_NEW_AMBULANCES
                            + " ambulances, e.g. 'botngard@orland:1'");
                }
                return Policies.openStation(m.group(1).trim(), m.group(2).trim(), Integer.parseInt(m.group(3)));
            }
            case "population_year": {
                if (ctx == null || ctx.projection() == null) {
                    throw new IllegalArgumentException("expected population_growth.csv in the scenario directory for population_year");
                }
                int base = ctx.projection().baseYear();
                int y;
                try {
                    y = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    y = -1;
                }
                if (y < base || y > GrowthProfile.LAST_YEAR) {
                    throw new IllegalArgumentException("expected a year from " + base + " to " + GrowthProfile.LAST_YEAR);
                }
                return Policies.populationYear(ctx.projection(), y, ctx.trendPerYear());
            }
            case "relocation": {
                String[] nm = v.split(":", 2);
                String name = nm[0].trim().toLowerCase(Locale.ROOT);
                if (!ModelSettings.RELOCATION_POLICIES.contains(name) || (nm.length > 1 && !name.equals(ModelSettings.FILL_EMPTY_DISTRICT))) {
                    throw new IllegalArgumentException("expected one of " + String.join(", ", ModelSettings.RELOCATION_POLICIES)
                            + " (fill-empty-district:<neighbour minutes> sets the radius, e.g. fill-empty-district:45)");
                }
                double radius = FillEmptyDistrict.DEFAULT_NEIGHBOUR_MINUTES;
                if (nm.length > 1) {
                    try {
                        radius = Double.parseDouble(nm[1].trim());
                    } catch (NumberFormatException e) {
                        radius = Double.NaN;
                    }
                    if (!(radius > 0 && radius <= ModelSettings.MAX_MINUTES)) {
                        throw new IllegalArgumentException("expected fill-empty-district:<minutes> with minutes in (0, "
                                + Policies.fmt(ModelSettings.MAX_MINUTES) + "], e.g. fill-empty-district:45");
                    }
                }
                if (name.equals(ModelSettings.COMPLIANCE_TABLE) && (ctx == null || ctx.complianceTable() == null)) {
                    throw new IllegalArgumentException("expected relocation.csv (free_units,place,station) in the scenario directory for"
                            + " relocation compliance-table");
                }
                return Policies.relocation(v, ModelSettings.relocation(name, radius, ctx == null ? null : ctx.complianceTable()));
            }
            case "dispatch": {
                String name = v.toLowerCase(Locale.ROOT);
                if (name.equals(ModelSettings.READINESS_PROTECTING)) {
                    return Policies.dispatch(name, DefaultDispatch.standard());
                }
                if (name.equals(ModelSettings.NEAREST_FREE)) {
                    return Policies.dispatch(name, new NearestFreeDispatch(false));
                }
                throw new IllegalArgumentException("expected " + ModelSettings.READINESS_PROTECTING + " or " + ModelSettings.NEAREST_FREE
                        + " (fixed preference lists and loss are chosen in dispatch.csv)");
            }
            default:
                if (MunicipalPolicies.NAMES.contains(p)) {
                    return MunicipalPolicies.parse(p, v, ctx);
                }
                throw new IllegalArgumentException("expected a policy name: " + String.join(", ", NAMES));
        }
    }

    private static double fraction(String v) {
        double x;
        try {
            x = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            x = Double.NaN;
        }
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException("expected a share in [0, 1] (e.g. 0.3 for 30 %)");
        }
        return x;
    }
}
