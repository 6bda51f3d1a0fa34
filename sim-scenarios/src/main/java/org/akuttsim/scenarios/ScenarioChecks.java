package org.akuttsim.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.akuttsim.chain.ChainModel;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Level;
import org.akuttsim.chain.UnitSpec;
import org.akuttsim.chain.hospital.EmergencyDepartmentModel;
import org.akuttsim.chain.hospital.EmergencyDepartmentSpec;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;

/**
 * The checks every built scenario passes before anything runs — the baseline and each scenario of a
 * directory, each point of a sweep — so that a scenario that validates also runs
 * ({@code SCENARIO-FORMAT.md}, "Degenerate models"). Two kinds of finding:
 *
 * <ul>
 *   <li><b>refused</b> ({@link #problems}): an ED receiving more than
 *   {@link EmergencyDepartmentSpec#MAX_ARRIVALS_PER_HOUR} walk-ins or referrals in an hour of the week
 *   (the run's real limit); an assigned ambulance level with calls that no unit type serves; calls that
 *   need transport with no transporting unit; no unit at all; an ED queue expected to hold more than
 *   {@link #MAX_ED_BACKLOG} patients at the end of the run; and anything else that fails when the
 *   scenario's run is set up (a run of one simulated minute is made);</li>
 *   <li><b>warned about</b> ({@link #warnings}): an expected ward or ED occupancy above 100 % (the
 *   chain then gridlocks: boarding fills the ED and blocks ambulance handover).</li>
 * </ul>
 */
public final class ScenarioChecks {

    /** What the refused-ED-rate finding needs to be located in zones.csv. */
    public record EdOverload(String hospital, double perHour, int hourOfWeek) {
    }

    private ScenarioChecks() {
    }

    /**
     * The hospital whose walk-ins or referrals exceed the run's limit most, or null.
     *
     * @param sc the scenario
     * @return the worst overload, or null when every ED is within the limit
     */
    public static EdOverload edOverload(ChainScenario sc) {
        if (!(sc.hospitals() instanceof EmergencyDepartmentModel ed)) {
            return null;
        }
        EdOverload worst = null;
        for (EmergencyDepartmentSpec s : ed.parameters().hospitals()) {
            for (double[] rates : new double[][] {s.walkInPerHour(), s.referralPerHour()}) {
                for (int h = 0; h < rates.length; h++) {
                    double r = rates[h];
                    if (!(r <= EmergencyDepartmentSpec.MAX_ARRIVALS_PER_HOUR) && (worst == null || !(r <= worst.perHour()))) {
                        worst = new EdOverload(s.id(), r, h);
                    }
                }
            }
        }
        return worst;
    }

    /** The horizon {@link #problems(ChainScenario)} assumes: the command line's default 7 + 365 days, in hours. */
    public static final double DEFAULT_HORIZON_HOURS = (7 + 365) * 24;
    /**
     * The most patients an ED's queue may be expected to hold at the end of a run. Measured with
     * St. Olavs' ED (20 spaces, 2.9 h): a backlog of ≈ 193,000 ran a year in 2 min within
     * {@code -Xmx256m}; ≈ 2.8 million died of OutOfMemoryError within {@code -Xmx512m}.
     */
    public static final double MAX_ED_BACKLOG = 1_000_000;

    /**
     * The ED backlog finding for a run of {@code hours} (warm-up plus observation), or null: the
     * walk-ins and referrals per hour (mean over the week; ambulance patients come on top) beyond what
     * the ED's spaces treat (spaces / mean treatment hours), × hours, above {@link #MAX_ED_BACKLOG}.
     *
     * @param sc the scenario
     * @param hours the run's warm-up plus observed length, hours
     * @return the problem as a sentence, or null
     */
    public static String backlogProblem(ChainScenario sc, double hours) {
        if (!(sc.hospitals() instanceof EmergencyDepartmentModel ed)) {
            return null;
        }
        double los = ed.parameters().treatmentMeanHours();
        for (EmergencyDepartmentSpec s : ed.parameters().hospitals()) {
            double excess = mean(s.walkInPerHour()) + mean(s.referralPerHour()) + municipalReferralsPerHour(sc, s.id()) - spacesOf(sc, s) / los;
            if (excess * hours > MAX_ED_BACKLOG) {
                return String.format(Locale.ROOT, "the ED of %s receives %,.0f walk-ins and referrals an hour more than its %d spaces"
                        + " treat, so its queue would hold about %,.0f patients after %,.0f simulated days; expected at most %,.0f"
                        + " (the run would spend its memory on the queue: fewer arrivals, more ed_spaces or a shorter run)", s.id(),
                        excess, spacesOf(sc, s), excess * hours, hours / 24, MAX_ED_BACKLOG);
            }
        }
        return null;
    }

    /**
     * The refused findings of {@code sc} (empty when it can run), each a sentence saying found and expected.
     *
     * @param sc the scenario
     * @return the problems
     */
    public static List<String> problems(ChainScenario sc) {
        List<String> out = new ArrayList<>();
        EdOverload o = edOverload(sc);
        if (o != null) {
            out.add(edOverloadMessage(o));
        } else {
            String backlog = backlogProblem(sc, DEFAULT_HORIZON_HOURS);
            if (backlog != null) {
                out.add(backlog);
            }
        }
        if (sc.fleet().units().isEmpty()) {
            out.add("no unit is left; expected at least one");
            return out;
        }
        double[] need = Policies.needDistribution(sc);
        boolean anyTransport = false;
        for (UnitSpec u : sc.fleet().units()) {
            anyTransport |= u.type().transports();
        }
        boolean anyCall = false;
        for (int l = 0; l < Level.AMBULANCE_LEVELS; l++) {
            double p = 0;
            for (int n = 0; n < Level.COUNT; n++) {
                p += need[n] * (sc.triage().daytime()[n][l] + sc.triage().outOfHours()[n][l]);
            }
            if (p <= 0) {
                continue;
            }
            anyCall = true;
            boolean served = false;
            for (UnitSpec u : sc.fleet().units()) {
                served |= u.type().serves(l);
            }
            if (!served) {
                out.add("calls assigned " + Level.values()[l] + " occur but no unit can serve them (found unit types "
                        + typesOf(sc) + "); expected a unit of a type that serves " + Level.values()[l] + " ("
                        + servingTypes(l) + ")");
            }
        }
        if (anyCall && !anyTransport) {
            out.add("no unit can take a patient to hospital (found unit types " + typesOf(sc)
                    + "); expected at least one emergency_ambulance, patient_transport, air_ambulance or boat_ambulance");
        }
        if (out.isEmpty()) {
            String failure = dryRun(sc);
            if (failure != null) {
                out.add("its run cannot be set up: " + failure);
            }
        }
        return out;
    }

    /** The sentence for an ED over the run's limit (the population is named by the caller, who knows where it is). */
    static String edOverloadMessage(EdOverload o) {
        return String.format(Locale.ROOT, "the ED of %s receives %,.0f walk-ins or referrals per hour at hour %d of the week,"
                + " above the %s per hour per ED and source the model handles", o.hospital(), o.perHour(), o.hourOfWeek(),
                CsvFmt.of(EmergencyDepartmentSpec.MAX_ARRIVALS_PER_HOUR));
    }

    /**
     * The warnings of {@code sc} built from {@code p}: expected occupancy of each hospital's ward beds
     * and ED treatment spaces above 100 %. Expected = the hospital's walk-ins and referrals per hour
     * (mean over the week) / {@code ed.non_ambulance_share} (all routes) × {@code ed.admission_share}
     * × {@code ward.stay_mean} / ward beds, and × {@code ed.los_mean} / ED spaces.
     *
     * @param sc the scenario
     * @param p the parameters it was built from
     * @return the warnings
     */
    public static List<String> warnings(ChainScenario sc, Parameters p) {
        List<String> out = new ArrayList<>();
        if (!(sc.hospitals() instanceof EmergencyDepartmentModel ed)) {
            return out;
        }
        double nonAmb = p.get("ed.non_ambulance_share");
        for (EmergencyDepartmentSpec s : ed.parameters().hospitals()) {
            double perHour = (mean(s.walkInPerHour()) + mean(s.referralPerHour()) + municipalReferralsPerHour(sc, s.id())) / Math.max(nonAmb, 1e-9);
            double ward = perHour * p.get("ed.admission_share") * p.get("ward.stay_mean") * 24;
            double edLoad = perHour * p.get("ed.los_mean");
            int beds = bedsOf(sc, s);
            int spaces = spacesOf(sc, s);
            if (ward > beds) {
                out.add(String.format(Locale.ROOT, "hospital %s: expected ward occupancy %s (%s beds needed on average, %d given):"
                        + " above 100 %%, the ward fills, boarding blocks the ED and ambulance handover (gridlock)", s.id(),
                        beds == 0 ? "unbounded" : Math.round(100 * ward / beds) + " %", CsvFmt.of(Math.round(ward * 10) / 10.0), beds));
            }
            if (edLoad > spaces) {
                out.add(String.format(Locale.ROOT, "hospital %s: expected ED occupancy %d %% (%s treatment spaces needed on average,"
                        + " %d given): above 100 %%, the ED queue grows without bound", s.id(), Math.round(100 * edLoad / spaces),
                        CsvFmt.of(Math.round(edLoad * 10) / 10.0), spaces));
            }
        }
        return out;
    }

    /**
     * The ED referrals per hour the municipal side is expected to send to
     * hospital {@code id} (issue 20: they are taken out of the ED's own referral stream, so the checks
     * add them back); 0 without a municipal side.
     */
    static double municipalReferralsPerHour(ChainScenario sc, String id) {
        if (!(sc.municipal() instanceof org.akuttsim.chain.municipal.MunicipalServices m)) {
            return 0;
        }
        double[] perYear = MunicipalAssembly.edReferralsPerYear(sc, m);
        for (int h = 0; h < perYear.length; h++) {
            if (sc.region().hospitals().get(h).id().equals(id)) {
                return perYear[h] / (org.akuttsim.chain.Demand.MINUTES_PER_YEAR / 60);
            }
        }
        return 0;
    }

    private static int bedsOf(ChainScenario sc, EmergencyDepartmentSpec s) {
        for (org.akuttsim.chain.Hospital h : sc.region().hospitals()) {
            if (h.id().equals(s.id())) {
                return h.wardBeds();
            }
        }
        return s.wardBeds();
    }

    private static int spacesOf(ChainScenario sc, EmergencyDepartmentSpec s) {
        for (org.akuttsim.chain.Hospital h : sc.region().hospitals()) {
            if (h.id().equals(s.id())) {
                return h.edSpaces();
            }
        }
        return s.treatmentSpaces();
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Sets up the scenario's run and simulates one minute; the failure's message, or null. */
    static String dryRun(ChainScenario sc) {
        try {
            new ChainModel().run(sc, new Replication(0, new StreamFactory(1), 0, 1), new Responses());
            return null;
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            return e.getMessage();
        }
    }

    private static String typesOf(ChainScenario sc) {
        java.util.Set<String> t = new java.util.TreeSet<>();
        for (UnitSpec u : sc.fleet().units()) {
            t.add(u.type().name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", t);
    }

    private static String servingTypes(int level) {
        List<String> t = new ArrayList<>();
        for (org.akuttsim.chain.UnitType u : org.akuttsim.chain.UnitType.values()) {
            if (u.serves(level)) {
                t.add(u.name().toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", t);
    }

    /** Numbers in messages: as short as exact (CsvRow's format). */
    private static final class CsvFmt {
        static String of(double x) {
            return org.akuttsim.io.CsvRow.fmt(x);
        }
    }
}
