package org.akuttsim.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.akuttsim.chain.AgeGroups;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Condition;
import org.akuttsim.chain.CrewSchedule;
import org.akuttsim.chain.Demand;
import org.akuttsim.chain.Fleet;
import org.akuttsim.chain.Level;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.SceneParameters;
import org.akuttsim.chain.Station;
import org.akuttsim.chain.Triage;
import org.akuttsim.chain.UnitSpec;
import org.akuttsim.chain.UnitType;
import org.akuttsim.chain.Zone;
import org.akuttsim.chain.dispatch.DispatchPolicy;
import org.akuttsim.chain.hospital.EmergencyDepartmentModel;
import org.akuttsim.chain.hospital.EmergencyDepartmentSpec;
import org.akuttsim.chain.relocation.RelocationPolicy;

/**
 * The policy levers of the scenarios module, each a {@link Policy} documented with the parameter
 * it moves. Triage matrices are [true need][assigned level], levels ordered most urgent first, so
 * over-triage is the part of a row left of its diagonal.
 *
 * <p>{@link PolicyNames} builds a lever from the two text cells of {@code policies.csv} and says which
 * levers may be applied twice.
 */
public final class Policies {

    private static final int R = Level.RED.ordinal();
    private static final int Y = Level.YELLOW.ordinal();
    private static final int G = Level.GREEN.ordinal();
    private static final int LV = Level.LEGEVAKT.ordinal();
    private static final int GP = Level.GP_MUNICIPAL.ordinal();

    private Policies() {
    }

    // ---- triage ---------------------------------------------------------------------------------

    /**
     * Less overtriage: a share {@code s} of every over-triaged cell (assigned level more urgent than
     * the true need) moves to the true level, in the daytime and the out-of-hours matrix (out of hours a
     * true GP/municipal need moves to legevakt, since GP services are closed).
     * <b>Moves</b> triage matrices: cells left of the diagonal × (1 − s), the diagonal up.
     *
     * @param s the share moved, in [0, 1]
     * @return the lever
     */
    public static Policy lessOvertriage(double s) {
        share("less overtriage", s);
        return Policy.of("less_overtriage=" + fmt(s), "triage: over-triaged cells x(1-" + fmt(s) + ") moved to the true level",
                sc -> withTriage(sc, moveOvertriage(sc.triage().daytime(), s, true), moveOvertriage(sc.triage().outOfHours(), s, false)));
    }

    static double[][] moveOvertriage(double[][] m, double s, boolean gpOpen) {
        for (int n = 0; n < Level.COUNT; n++) {
            int target = (!gpOpen && n == GP) ? LV : n;
            for (int a = 0; a < n; a++) {
                if (a == target) {
                    continue;
                }
                double moved = s * m[n][a];
                m[n][a] -= moved;
                m[n][target] += moved;
            }
        }
        return m;
    }

    /**
     * More under-triage, the usual price of stricter dispatch criteria: a share {@code s} of the calls
     * triaged at their true level RED or YELLOW is assigned one level lower instead (true RED → YELLOW,
     * true YELLOW → GREEN), day and night. Compose it with {@link #lessOvertriage(double)} to ask what
     * less over-triage costs the sickest: their response times are reported by true need
     * ({@code response.need.RED.*}). <b>Moves</b> triage matrices: cells [RED][RED] and [YELLOW][YELLOW]
     * × (1 − s), the cell to their right up.
     *
     * @param s the share under-triaged, in [0, 1]
     * @return the lever
     */
    public static Policy moreUndertriage(double s) {
        share("more undertriage", s);
        return Policy.of("more_undertriage=" + fmt(s), "triage: correctly triaged RED/YELLOW x(1-" + fmt(s) + ") assigned one level lower",
                sc -> withTriage(sc, moveUndertriage(sc.triage().daytime(), s), moveUndertriage(sc.triage().outOfHours(), s)));
    }

    static double[][] moveUndertriage(double[][] m, double s) {
        for (int n : new int[] {R, Y}) {
            double moved = s * m[n][n];
            m[n][n] -= moved;
            m[n][n + 1] += moved;
        }
        return m;
    }

    /**
     * Daytime transfer to municipal services: on weekdays in GP opening hours, a share {@code s} of the
     * calls assigned YELLOW or GREEN whose true need is GREEN or lower goes to GP/municipal services
     * instead (calls with a true RED/YELLOW need are never diverted). <b>Moves</b> the daytime triage
     * matrix: columns YELLOW and GREEN of rows GREEN…ADVICE × (1 − s), column GP_MUNICIPAL up.
     *
     * @param s the share diverted, in [0, 1]
     * @return the lever
     */
    public static Policy daytimeTransferToMunicipal(double s) {
        share("daytime transfer", s);
        return Policy.of("daytime_transfer=" + fmt(s), "daytime triage: YELLOW/GREEN of low-need calls x(1-" + fmt(s) + ") to GP_MUNICIPAL",
                sc -> {
                    double[][] d = sc.triage().daytime();
                    for (int n = G; n < Level.COUNT; n++) {
                        double moved = s * (d[n][Y] + d[n][G]);
                        d[n][Y] *= 1 - s;
                        d[n][G] *= 1 - s;
                        d[n][GP] += moved;
                    }
                    return withTriage(sc, d, sc.triage().outOfHours());
                });
    }

    /**
     * Centralised legevakt: larger out-of-hours GP districts send fewer GPs out, so a share {@code s} of
     * the calls AMK would refer to legevakt get an ambulance instead: GREEN for a true need of GREEN or
     * lower, the true level for an under-triaged RED/YELLOW need. <b>Moves</b> both triage matrices:
     * column LEGEVAKT × (1 − s), ambulance columns up (more missions).
     *
     * @param s the share that gets an ambulance instead, in [0, 1]
     * @return the lever
     */
    public static Policy centralisedLegevakt(double s) {
        share("centralised legevakt", s);
        return Policy.of("centralised_legevakt=" + fmt(s), "triage: LEGEVAKT column x(1-" + fmt(s) + ") to an ambulance level",
                sc -> withTriage(sc, legevaktToAmbulance(sc.triage().daytime(), s), legevaktToAmbulance(sc.triage().outOfHours(), s)));
    }

    static double[][] legevaktToAmbulance(double[][] m, double s) {
        for (int n = 0; n < Level.COUNT; n++) {
            double moved = s * m[n][LV];
            m[n][LV] -= moved;
            m[n][Math.min(n, G)] += moved;
        }
        return m;
    }

    private static ChainScenario withTriage(ChainScenario sc, double[][] day, double[][] night) {
        Triage t = sc.triage().withMatrices(day, night);
        return sc.toBuilder().triage(t).build();
    }

    // ---- scene --------------------------------------------------------------------------------

    /**
     * More treat-and-leave: the treat-and-leave probability of every patient whose true need is not
     * RED is set so that the share over RED+YELLOW missions (daytime triage) is {@code target}; true-RED
     * patients keep theirs. A target below the current share changes nothing (the lever only raises).
     * <b>Moves</b> {@code SceneParameters.treatAndLeave} rows YELLOW…ADVICE up.
     *
     * @param target the share of RED+YELLOW missions treated and left, in [0, 1]
     * @return the lever
     */
    public static Policy treatAndLeave(double target) {
        share("treat-and-leave target", target);
        return Policy.of("treat_and_leave=" + fmt(target), "scene: treat-and-leave of non-RED needs raised to reach " + fmt(target)
                + " of RED+YELLOW missions", sc -> {
                    double[] need = needDistribution(sc);
                    double[][] day = sc.triage().daytime();
                    double[][] joint = new double[Level.COUNT][Level.COUNT];
                    for (int n = 0; n < Level.COUNT; n++) {
                        for (int a = 0; a < Level.COUNT; a++) {
                            joint[n][a] = need[n] * day[n][a];
                        }
                    }
                    double[][] cur = sc.scene().treatAndLeave();
                    double[][] want = ScenarioAssembler.treatAndLeave(target, cur[R][0], joint);
                    for (int n = 0; n < Level.COUNT; n++) {
                        for (int c = 0; c < Condition.COUNT; c++) {
                            cur[n][c] = n == R ? cur[n][c] : Math.max(cur[n][c], want[n][c]);
                        }
                    }
                    SceneParameters scene = sc.scene().withTreatAndLeave(cur);
                    return sc.toBuilder().scene(scene).build();
                });
    }

    /** Expected true-need distribution of all calls (weighted by calls per age group and condition). */
    static double[] needDistribution(ChainScenario sc) {
        Demand d = sc.demand();
        double[][] mix = d.conditionMix();
        double[][] need = d.needByCondition();
        double[] byAge = new double[AgeGroups.COUNT];
        for (Zone z : sc.region().zones()) {
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                byAge[g] += z.population(g) * d.ratePerPersonYear(g);
            }
        }
        double[] out = new double[Level.COUNT];
        double tot = 0;
        for (int g = 0; g < AgeGroups.COUNT; g++) {
            for (int c = 0; c < Condition.COUNT; c++) {
                for (int n = 0; n < Level.COUNT; n++) {
                    double w = byAge[g] * mix[g][c] * need[c][n];
                    out[n] += w;
                    tot += w;
                }
            }
        }
        for (int n = 0; n < Level.COUNT; n++) {
            out[n] = tot > 0 ? out[n] / tot : 0;
        }
        return out;
    }

    // ---- emergency department -----------------------------------------------------------------

    /**
     * More outpatient handling at the ED (poliklinisering; up to 40 % of ED patients could be handled
     * as outpatients, DOMAIN.md): every admission probability × (1 − s). <b>Moves</b>
     * {@code HospitalParameters.admissionProbability} down (fewer admissions, fewer ward beds taken,
     * less boarding). Needs the ED model ({@link EmergencyDepartmentModel}).
     *
     * @param s the reduction of every admission probability, in [0, 1]
     * @return the lever
     */
    public static Policy outpatientHandling(double s) {
        share("outpatient handling", s);
        return Policy.of("outpatient_handling=" + fmt(s), "ED: admission probabilities x(1-" + fmt(s) + ")", sc -> {
            if (!(sc.hospitals() instanceof EmergencyDepartmentModel ed)) {
                throw new IllegalArgumentException("outpatient handling needs the ED model (EmergencyDepartmentModel), scenario has "
                        + sc.hospitals());
            }
            double[][] a = ed.parameters().admissionProbability();
            for (double[] row : a) {
                for (int k = 0; k < row.length; k++) {
                    row[k] *= 1 - s;
                }
            }
            return sc.toBuilder().hospitals(new EmergencyDepartmentModel(ed.parameters().withAdmissionProbability(a))).build();
        });
    }

    // ---- fleet and stations -------------------------------------------------------------------

    /**
     * Staff shortage: removes a share {@code s} of all crewed unit-hours per week. Units are taken from
     * the stations with the most units first (so single-unit stations stay open as long as possible),
     * whole units while the remainder allows, then the night hours (20–08) of one more unit, then its
     * day hours. Units left with no crewed hour leave the fleet; at least one unit, with at least one
     * crewed hour a week, always remains (in {@code policies.csv} the share must be below 1).
     * <b>Moves</b> {@code Fleet}: crewed unit-hours × (1 − s) (to the hour).
     *
     * @param s the share of crewed unit-hours removed, in [0, 1)
     * @return the lever
     */
    public static Policy staffShortage(double s) {
        share("staff shortage", s);
        return Policy.of("staff_shortage=" + fmt(s), "fleet: crewed unit-hours x(1-" + fmt(s) + ")", sc -> {
            List<UnitSpec> units = sc.fleet().units();
            int total = 0;
            int[] perStation = new int[sc.region().stationCount()];
            for (UnitSpec u : units) {
                total += u.schedule().hoursPerWeek();
                perStation[u.station()]++;
            }
            int remove = (int) Math.round(s * total);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.<Integer>comparingInt(i -> -perStation[units.get(i).station()])
                    .thenComparingInt(i -> units.get(i).schedule().hoursPerWeek())
                    .thenComparing(i -> -i));
            boolean[][] on = new boolean[units.size()][];
            for (int i = 0; i < units.size(); i++) {
                on[i] = units.get(i).schedule().onDuty();
            }
            int alive = units.size();
            for (int i : order) {
                if (remove <= 0) {
                    break;
                }
                int h = units.get(i).schedule().hoursPerWeek();
                if (h <= remove && alive > 1) {
                    Arrays.fill(on[i], false);
                    remove -= h;
                    alive--;
                } else {
                    int left = h;
                    for (int pass = 0; pass < 2 && remove > 0; pass++) {
                        for (int k = 0; k < Demand.HOURS_PER_WEEK && remove > 0 && left > 1; k++) {
                            int hod = k % 24;
                            boolean night = hod >= 20 || hod < 8;
                            if (on[i][k] && (pass == 1 || night)) {
                                on[i][k] = false;
                                remove--;
                                left--;
                            }
                        }
                    }
                }
            }
            List<UnitSpec> kept = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                UnitSpec u = units.get(i);
                CrewSchedule cs = new CrewSchedule(on[i]);
                if (cs.hoursPerWeek() > 0) {
                    kept.add(u.withSchedule(cs));
                }
            }
            return sc.toBuilder().fleet(new Fleet(kept)).build();
        });
    }

    /**
     * Station closure: the station and its units leave; the zones of its district join the district of
     * the nearest remaining station (by normal-driving minutes from that station's zone). <b>Moves</b>
     * {@code Region.stations}, {@code Zone.district}, {@code Fleet}: fewer units.
     *
     * @param stationId the id of the station to close
     * @return the lever
     */
    public static Policy closeStation(String stationId) {
        return Policy.of("close_station=" + stationId, "region: station " + stationId + " and its units removed", sc -> {
            Region r = sc.region();
            int closed = r.stationIndex(stationId);
            if (r.stationCount() == 1) {
                throw new IllegalArgumentException("cannot close station " + stationId + ": it is the only one");
            }
            double[] minutes = sc.travel().minutes(r, 0);
            int n = r.zoneCount();
            List<Station> stations = new ArrayList<>(r.stations());
            stations.remove(closed);
            List<Zone> zones = new ArrayList<>();
            for (Zone z : r.zones()) {
                int d = z.district();
                if (d == closed) {
                    int zi = r.zoneIndex(z.id());
                    int best = -1;
                    for (int k = 0; k < r.stationCount(); k++) {
                        if (k != closed && (best < 0 || minutes[r.stations().get(k).zone() * n + zi]
                                < minutes[r.stations().get(best).zone() * n + zi])) {
                            best = k;
                        }
                    }
                    d = best;
                }
                zones.add(new Zone(z.id(), z.population(), z.urban(), z.lat(), z.lon(), d > closed ? d - 1 : d));
            }
            List<UnitSpec> units = new ArrayList<>();
            for (UnitSpec u : sc.fleet().units()) {
                if (u.station() != closed) {
                    int st = u.station() > closed ? u.station() - 1 : u.station();
                    units.add(u.atStation(st));
                }
            }
            if (units.isEmpty()) {
                throw new IllegalArgumentException("closing station " + stationId + " would leave no units");
            }
            return sc.toBuilder().region(r.withStations(zones, stations)).fleet(new Fleet(units)).build();
        });
    }

    /**
     * Station opening: a new station in zone {@code zoneId} with {@code ambulances} 24/7 emergency
     * ambulances; every zone that is nearer (normal-driving minutes) to it than to its current
     * district's station joins its district. <b>Moves</b> {@code Region.stations}, {@code Zone.district},
     * {@code Fleet}: more units.
     *
     * @param stationId the new station's id
     * @param zoneId the id of the zone it sits in
     * @param ambulances the number of ambulances, 1..100
     * @return the lever
     */
    public static Policy openStation(String stationId, String zoneId, int ambulances) {
        if (ambulances < 1) {
            throw new IllegalArgumentException("a new station needs at least 1 ambulance, was " + ambulances);
        }
        return Policy.of("open_station=" + stationId + "@" + zoneId + ":" + ambulances,
                "region: station " + stationId + " with " + ambulances + " ambulance(s) added", sc -> {
                    Region r = sc.region();
                    int zi = r.zoneIndex(zoneId);
                    int idx = r.stationCount();
                    List<Station> stations = new ArrayList<>(r.stations());
                    stations.add(new Station(stationId, zi));
                    double[] minutes = sc.travel().minutes(r, 0);
                    int n = r.zoneCount();
                    List<Zone> zones = new ArrayList<>();
                    for (int k = 0; k < n; k++) {
                        Zone z = r.zones().get(k);
                        double current = minutes[r.stations().get(z.district()).zone() * n + k];
                        int d = minutes[zi * n + k] < current ? idx : z.district();
                        zones.add(new Zone(z.id(), z.population(), z.urban(), z.lat(), z.lon(), d));
                    }
                    Fleet f = sc.fleet();
                    for (int k = 0; k < ambulances; k++) {
                        f = f.plus(new UnitSpec(stationId + "_" + (k + 1), UnitType.EMERGENCY_AMBULANCE, idx,
                                CrewSchedule.twentyFourSeven(), 1.0));
                    }
                    return sc.toBuilder().region(r.withStations(zones, stations)).fleet(f).build();
                });
    }

    // ---- demand -------------------------------------------------------------------------------

    /**
     * Population growth to {@code year}: every zone's population by age group × its growth profile's
     * factor from the base year (see {@link GrowthProfile}), and call rates × (1 + trend)^(year − base).
     * ED walk-ins and referrals grow by the same factor as expected calls. Apply to a base-year scenario
     * (composing it twice is refused, {@link PolicyNames#onceKey}; applied by hand to a grown scenario it would
     * compound). <b>Moves</b> {@code Zone.population}, ED arrival rates, and
     * {@code Demand.ratePerPersonYear} when the trend is not 0.
     *
     * @param projection the growth profiles by zone
     * @param year the population year
     * @param trendPerYear the yearly change of call rates per person beyond demography
     * @return the lever
     */
    public static Policy populationYear(PopulationProjection projection, int year, double trendPerYear) {
        if (year < projection.baseYear() || year > GrowthProfile.LAST_YEAR) {
            throw new IllegalArgumentException("population year must be in " + projection.baseYear() + "–" + GrowthProfile.LAST_YEAR
                    + ", was " + year);
        }
        return Policy.of("population_year=" + year, "zones: population by age projected to " + year, sc -> {
            Region grown = projection.project(sc.region(), year);
            ChainScenario.Builder b = sc.toBuilder().region(grown);
            if (sc.hospitals() instanceof EmergencyDepartmentModel ed) {
                // walk-ins and referrals grow like ambulance demand: by population × age-specific rate
                double f = sc.demand().expectedCallsPerYear(grown) / sc.demand().expectedCallsPerYear(sc.region())
                        * Math.pow(1 + trendPerYear, year - projection.baseYear());
                List<EmergencyDepartmentSpec> specs = new ArrayList<>();
                for (EmergencyDepartmentSpec e : ed.parameters().hospitals()) {
                    specs.add(e.withArrivalsScaled(f));
                }
                b.hospitals(new EmergencyDepartmentModel(ed.parameters().withHospitals(specs)));
            }
            if (trendPerYear != 0) {
                double f = Math.pow(1 + trendPerYear, year - projection.baseYear());
                double[] r = sc.demand().ratePerPersonYear();
                for (int g = 0; g < r.length; g++) {
                    r[g] *= f;
                }
                b.demand(sc.demand().withRates(r));
            }
            return b.build();
        });
    }

    /**
     * Relocation (move-up) policy lever: the scenario's {@link org.akuttsim.chain.DispatchRules#relocation}
     * becomes {@code r}; nothing else moves (label {@code relocation=<name>}).
     *
     * @param name the policy as named in the label, e.g. {@code fill-empty-district:45}
     * @param r the relocation policy ({@link RelocationPolicy#NONE}: switch relocation off)
     * @return the lever
     */
    public static Policy relocation(String name, RelocationPolicy r) {
        return Policy.of("relocation=" + name, "dispatch: relocation policy " + r,
                s -> s.toBuilder().dispatch(s.dispatch().withRelocation(r)).build());
    }

    /**
     * Dispatch policy lever: the scenario's dispatch policy becomes {@code p}; relocation and redispatch stay
     * (label {@code dispatch=<name>}).
     *
     * @param name the policy as named in the label, e.g. {@code nearest-free}
     * @param p the dispatch policy
     * @return the lever
     */
    public static Policy dispatch(String name, DispatchPolicy p) {
        return Policy.of("dispatch=" + name, "dispatch: policy " + name,
                s -> s.toBuilder().dispatch(s.dispatch().withPolicy(p)).build());
    }

    private static void share(String what, double s) {
        if (!(s >= 0 && s <= 1)) {
            throw new IllegalArgumentException(what + " share must be in [0, 1], was " + s);
        }
    }

    /** {@code x} as CSV text (the project's number format), for lever labels. */
    static String fmt(double x) {
        return org.akuttsim.io.CsvRow.fmt(x);
    }
}
