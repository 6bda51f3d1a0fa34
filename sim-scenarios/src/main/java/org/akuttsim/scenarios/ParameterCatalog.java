package org.akuttsim.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.akuttsim.chain.AgeGroups;

/**
 * Every parameter {@code parameters.csv} may set, with its unit and range. A name not listed here
 * is an error (a typo would otherwise leave the default silently in force).
 */
public final class ParameterCatalog {

    /** Hours of day in {@code profile.hour.HH}. */
    public static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    /** Level names used in parameter names. */
    public static final String[] LEVELS = {"red", "yellow", "green"};
    /** Condition names used in {@code condition.share.*}, in {@link org.akuttsim.chain.Condition} order. */
    public static final String[] CONDITIONS = {"chest_pain", "stroke", "sepsis", "trauma", "other"};

    private final Map<String, ParameterSpec> specs;

    private ParameterCatalog(Map<String, ParameterSpec> specs) {
        this.specs = Collections.unmodifiableMap(specs);
    }

    /**
     * {@return the specification of {@code name}, or null when unknown}
     *
     * @param name a parameter name
     */
    public ParameterSpec spec(String name) {
        return specs.get(name);
    }

    /**
     * {@return whether {@code name} is a catalogue parameter}
     *
     * @param name a parameter name
     */
    public boolean knows(String name) {
        return specs.containsKey(name);
    }

    /** {@return every parameter name, in catalogue order} */
    public List<String> names() {
        return new ArrayList<>(specs.keySet());
    }

    /**
     * The known name closest to {@code name} (edit distance), for "did you mean" hints; null if none is
     * close.
     *
     * @param name a name that is not in the catalogue
     * @return the closest known name, or null
     */
    public String closest(String name) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : specs.keySet()) {
            int d = distance(name, k);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return bestD <= Math.max(2, name.length() / 4) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The parameters the St. Olavs default and every scenario directory use.
     *
     * @return the catalogue
     */
    public static ParameterCatalog standard() {
        Map<String, ParameterSpec> m = new LinkedHashMap<>();
        for (int g = 0; g < AgeGroups.COUNT; g++) {
            add(m, "demand.missions_per_1000." + AgeGroups.label(g), "per 1000 per year", 0, 5000, false,
                    "ambulance missions per 1,000 persons per year in this age group");
        }
        add(m, "demand.trend_per_year", "fraction per year", -0.2, 0.2, false, "growth of rates beyond demography, compounded from 2021");
        add(m, "demand.share_of_missions_from_113", "fraction", 0, 1, false, "missions from public 113 calls (rest: booked requests)");
        add(m, "amk.no_ambulance_share_113", "fraction", 0, 0.95, false, "113 calls that get no ambulance");
        add(m, "amk.no_ambulance_split.legevakt", "fraction", 0, 1, false, "no-ambulance outcome: legevakt");
        add(m, "amk.no_ambulance_split.gp_municipal", "fraction", 0, 1, false, "no-ambulance outcome: GP/municipal (weekdays 08-16)");
        add(m, "amk.no_ambulance_split.advice", "fraction", 0, 1, false, "no-ambulance outcome: advice");
        add(m, "amk.operators", "count", 0, 100, true, "AMK call handlers on duty (0 = no AMK queue)");
        add(m, "amk.call_to_dispatch_mean", "min", 0, 60, false, "call start to unit alerted (lognormal mean)");
        add(m, "amk.call_to_dispatch_cv", "ratio", 0.01, 5, false, "its coefficient of variation");
        for (String l : LEVELS) {
            add(m, "triage.mission_share." + l, "fraction", 0, 1, false, "share of missions assigned " + l.toUpperCase());
        }
        add(m, "triage.red_overtriaged", "fraction", 0, 1, false, "share of RED assignments whose true need is lower");
        add(m, "triage.red_overtriaged_to_yellow", "fraction", 0, 1, false, "of those, share with true need YELLOW (rest GREEN)");
        add(m, "triage.yellow_overtriaged", "fraction", 0, 1, false, "share of YELLOW assignments whose true need is GREEN");
        add(m, "triage.green_no_ambulance_need", "fraction", 0, 1, false,
                "share of GREEN assignments whose true need is no ambulance (legevakt)");
        add(m, "triage.undertriage", "fraction", 0, 0.5, false, "share of each assigned level whose true need is one level more urgent");
        for (String c : CONDITIONS) {
            add(m, "condition.share." + c, "fraction", 0, 1, false, "share of calls with condition " + c);
        }
        for (int c = 0; c < CONDITIONS.length - 1; c++) { // "other" takes the remainder
            add(m, "condition.age_slope." + CONDITIONS[c], "log per decade", -1, 1, false, "how the share of calls with condition "
                    + CONDITIONS[c] + " changes with age: × e^slope per ten-year age group, the region's overall share unchanged");
            add(m, "condition.red_need." + CONDITIONS[c], "fraction", 0, 1, false, "share of calls with condition "
                    + CONDITIONS[c] + " whose true need is RED (the other needs in the region's proportions)");
        }
        add(m, "on_scene.stroke_factor", "ratio", 0.1, 3, false, "on-scene time of stroke calls relative to their level's");
        for (String l : LEVELS) {
            add(m, "activation." + l, "min", 0, 120, false, "activation delay for " + l.toUpperCase() + " (lognormal mean)");
        }
        add(m, "activation.cv", "ratio", 0.01, 5, false, "coefficient of variation of activation delays");
        for (String l : LEVELS) {
            add(m, "on_scene." + l, "min", 0.1, 240, false, "on-scene time for " + l.toUpperCase() + " (lognormal mean)");
        }
        add(m, "on_scene.cv", "ratio", 0.01, 5, false, "coefficient of variation of on-scene times");
        add(m, "scene.treat_and_leave", "fraction", 0, 1, false, "share of missions where the crew treats and leaves");
        add(m, "scene.treat_and_leave_true_red", "fraction", 0, 1, false, "treat-and-leave for true need RED");
        for (String l : LEVELS) {
            add(m, "destination.bypass_ed." + l, "fraction", 0, 1, false, "share of transported 113 patients of true need "
                    + l.toUpperCase() + " taken directly to a ward, clinic or other destination, not the ED");
        }
        for (String l : LEVELS) {
            add(m, "destination.referred_share." + l, "fraction", 0, 1, false, "share of transported patients of true need "
                    + l.toUpperCase() + " whose ambulance a doctor (GP, legevakt, hospital) ordered rather than 113");
            add(m, "destination.bypass_ed_referred." + l, "fraction", 0, 1, false, "share of such referred patients of true need "
                    + l.toUpperCase() + " taken directly to a ward, clinic or other destination, not the ED");
        }
        add(m, "destination.handover", "min", 0, 240, false, "handover at such a direct destination (fixed)");
        add(m, "travel.detour_factor", "ratio", 1, 3, false, "road km per great-circle km");
        add(m, "travel.speed_urban", "km/h", 5, 130, false, "mean speed between urban zones");
        add(m, "travel.speed_rural", "km/h", 5, 130, false, "mean speed otherwise");
        add(m, "travel.intra_zone_km", "km", 0, 100, false, "road km of a trip within one zone");
        add(m, "travel.lights_and_sirens_factor", "ratio", 0.3, 1, false, "multiplier on minutes for RED");
        add(m, "travel.intra_zone_radius_urban", "km", 0, 100, false,
                "radius of the disc in which a call of an urban zone lies (0: fixed travel.intra_zone_km)");
        add(m, "travel.intra_zone_radius_rural", "km", 0, 100, false,
                "radius of the disc in which a call of a rural zone lies (0: fixed travel.intra_zone_km)");
        add(m, "travel.response_cv_urban", "ratio", 0, 2, false,
                "coefficient of variation of a response drive's minutes around the expected, calls in urban zones (0: exact)");
        add(m, "travel.response_cv_rural", "ratio", 0, 2, false,
                "coefficient of variation of a response drive's minutes around the expected, calls in rural zones (0: exact)");
        add(m, "travel.rush_factor_urban", "ratio", 0.2, 5, false,
                "multiplier on drive minutes between urban zones in the rush hours (1: no speed bands)");
        add(m, "travel.rush_factor_rural", "ratio", 0.2, 5, false, "multiplier on other drive minutes in the rush hours (1: none)");
        add(m, "travel.rush_morning_start", "hour", 0, 24, true, "first hour of the morning rush (hour of day)");
        add(m, "travel.rush_morning_end", "hour", 0, 24, true, "hour the morning rush ends (exclusive)");
        add(m, "travel.rush_afternoon_start", "hour", 0, 24, true, "first hour of the afternoon rush");
        add(m, "travel.rush_afternoon_end", "hour", 0, 24, true, "hour the afternoon rush ends (exclusive)");
        for (String l : new String[] {"red", "yellow"}) {
            for (String c : CONDITIONS) {
                add(m, "transfer.share." + l + "." + c, "fraction", 0, 1, false, "share of true-need " + l.toUpperCase() + " " + c
                        + " patients brought to a local hospital who are sent on to the receiving hospital");
            }
        }
        add(m, "transfer.request_delay", "min", 0, 1440, false, "arrival at the local hospital to the transfer request");
        add(m, "transfer.loading", "min", 0, 240, false, "taking over the patient at the sending hospital");
        add(m, "transfer.handover", "min", 0, 240, false, "handover at the receiving hospital");
        add(m, "transfer.booked_per_day", "per day", 0, 100, false, "booked transfers per weekday from each local hospital");
        add(m, "transfer.booked_start_hour", "hour", 0, 23, true, "first hour of booked transfer requests");
        add(m, "transfer.booked_end_hour", "hour", 1, 24, true, "hour booked transfer requests end (exclusive)");
        add(m, "ed.arrivals_per_1000", "per 1000 per year", 0, 2000, false, "ED arrivals per 1,000 persons per year, all routes");
        add(m, "ed.non_ambulance_share", "fraction", 0, 1, false, "ED arrivals by walk-in or GP/legevakt referral");
        add(m, "ed.admission_share", "fraction", 0, 1, false, "share of ED patients admitted");
        add(m, "ed.los_mean", "h", 0.1, 48, false, "ED treatment time, mean");
        add(m, "ed.los_cv", "ratio", 0.01, 5, false, "its coefficient of variation");
        add(m, "ward.stay_mean", "days", 0.1, 60, false, "ward stay, mean");
        add(m, "ward.stay_cv", "ratio", 0.01, 5, false, "its coefficient of variation");
        add(m, "ward.pressure_threshold", "ratio", 0, 5, false, "ward occupancy (patients / beds) above which new stays shorten");
        add(m, "ward.pressure_stay_reduction_per_10pct", "fraction", 0, 1, false,
                "share of a new ward stay removed per 10 % occupancy above the threshold (discharge pressure)");
        add(m, "ward.pressure_min_stay_factor", "fraction", 0.01, 1, false, "shortest stay under pressure, as a share of the drawn stay");
        add(m, "ward.max_boarding", "h", 0.01, 1000, false,
                "longest an admitted patient boards in the ED before a corridor (overflow) bed");
        add(m, "handover.median", "min", 0, 240, false, "ambulance handover at the ED, median");
        add(m, "handover.cv", "ratio", 0, 5, false, "its coefficient of variation");
        add(m, "handover.crowding_threshold", "ratio", 0, 5, false, "ED occupancy above which handover lengthens");
        add(m, "handover.crowding_minutes_per_10pct", "min", 0, 120, false, "extra handover minutes per 10 % occupancy above it");
        for (int h = 0; h < 24; h++) {
            add(m, String.format("profile.hour.%02d", h), "percent", 0, 100, false, "share of daily calls in this hour");
        }
        for (String d : DAYS) {
            add(m, "profile.day." + d, "multiplier", 0, 5, false, "relative call volume on this weekday");
        }
        // the municipal side (issue 20): legevakt and daytime municipal services with capacity (MunicipalAssembly)
        add(m, "municipal.model", "flag", 0, 1, true,
                "1: legevakt and daytime municipal services with capacity; 0: AMK's no-ambulance outcomes leave the chain");
        add(m, "legevakt.contacts_per_person_year", "per person per year", 0, 10, false,
                "legevakt consultations per person-year not through AMK (116117 and walk-in), base-year mean over ages");
        add(m, "legevakt.daytime_share", "fraction", 0, 1, false, "share of legevakt contacts on weekdays in GP opening hours");
        add(m, "legevakt.merge_minutes", "min", 0, 600, false,
                "station districts within this drive of a legevakt share it (intermunicipal legevakt)");
        add(m, "legevakt.phone_only_share", "fraction", 0, 0.99, false,
                "share of direct legevakt contacts (116117 calls) settled on the phone (nurse advice, doctor's phone advice)");
        add(m, "legevakt.phone_call_mean", "min", 0.1, 120, false, "116117 call handled by a nurse, mean");
        add(m, "legevakt.consultation_mean", "min", 0.1, 600, false, "legevakt consultation, doctor's time, mean");
        add(m, "legevakt.consultation_cv", "ratio", 0.01, 5, false, "its coefficient of variation");
        add(m, "legevakt.target_utilisation", "fraction", 0.05, 1, false,
                "doctors on duty by hour = base-year consultation load / this, rounded up (at least one)");
        add(m, "legevakt.ed_referral_share", "fraction", 0, 1, false, "share of legevakt consultations referred to the ED");
        add(m, "legevakt.ambulance_share", "fraction", 0, 1, false, "share of legevakt consultations for which the doctor orders an ambulance");
        add(m, "legevakt.ambulance_red_share", "fraction", 0, 1, false,
                "share of the ambulances a legevakt doctor orders (patient without a known ambulance-level need) that are RED; the rest YELLOW");
        add(m, "legevakt.far_minutes", "min", 0, 1000, false,
                "patients whose drive to their legevakt is longer may need an ambulance instead (legevakt.far_ambulance_share)");
        add(m, "legevakt.far_ambulance_share", "fraction", 0, 1, false,
                "share of the patients beyond legevakt.far_minutes who get a GREEN ambulance instead of driving there");
        add(m, "municipal.visit_mean", "min", 0.1, 10000, false, "time a daytime municipal patient holds one of its slots, mean");
        add(m, "municipal.capacity_factor", "ratio", 0, 100, false,
                "daytime municipal slots by hour = base-year GP_MUNICIPAL load x this, rounded up (at least one in opening hours)");
        add(m, "municipal.ed_referral_share", "fraction", 0, 1, false, "share of daytime municipal patients referred to the ED");
        add(m, "cost.crewed_hour", "NOK", 0, 1e6, false, "cost per crewed ambulance-hour (staff, vehicle, station)");
        add(m, "cost.km", "NOK", 0, 1e4, false, "cost per ambulance kilometre (fuel, wear)");
        add(m, "cost.ed_visit", "NOK", 0, 1e6, false, "cost per ED visit");
        add(m, "cost.bed_day", "NOK", 0, 1e6, false, "cost per ward bed-day");
        add(m, "cost.legevakt_consultation", "NOK", 0, 1e6, false, "cost per legevakt consultation");
        add(m, "cost.municipal_visit", "NOK", 0, 1e6, false, "cost per daytime municipal (GP, acute bed) visit");
        add(m, "emissions.diesel", "L/100km", 0, 100, false, "fuel use per 100 km");
        add(m, "emissions.co2_per_litre", "kg/L", 0, 10, false, "CO2 per litre of diesel");
        add(m, "emissions.fossil_share", "fraction", 0, 1, false, "fossil share of the diesel (biogenic CO2 excluded)");
        add(m, "target.urban", "min", 1, 120, false, "RED response target, urban");
        add(m, "target.rural", "min", 1, 120, false, "RED response target, rural");
        add(m, "calibration.missions_per_1000", "per 1000 per year", 0, 2000, false, "published missions per 1,000 (calibration table)");
        add(m, "calibration.red_share", "fraction", 0, 1, false, "published RED share of missions");
        add(m, "calibration.red_p50_urban", "min", 0, 120, false, "published RED median response, urban");
        add(m, "calibration.red_p50_rural", "min", 0, 120, false, "published RED median response, rural");
        add(m, "calibration.red_p90_urban", "min", 0, 120, false, "published RED 90th percentile, urban");
        add(m, "calibration.red_p90_rural", "min", 0, 120, false, "published RED 90th percentile, rural");
        add(m, "calibration.ed_arrivals_per_1000", "per 1000 per year", 0, 2000, false, "published ED arrivals per 1,000");
        add(m, "calibration.admission_share", "fraction", 0, 1, false, "published ED admission share");
        add(m, "calibration.main_ed_arrivals_per_day", "per day", 0, 2000, false,
                "published ED arrivals per day at the region's first hospital (calibration table)");
        add(m, "calibration.ward_occupancy", "fraction", 0, 2, false, "published mean somatic ward occupancy (calibration table)");
        add(m, "calibration.ward_stay", "days", 0, 60, false, "published mean ward stay (calibration table, realised, first hospital)");
        return new ParameterCatalog(m);
    }

    private static void add(Map<String, ParameterSpec> m, String name, String unit, double min, double max, boolean integer,
            String description) {
        m.put(name, new ParameterSpec(name, unit, min, max, integer, description));
    }
}
