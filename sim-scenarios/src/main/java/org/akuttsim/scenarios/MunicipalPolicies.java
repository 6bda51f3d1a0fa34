package org.akuttsim.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Demand;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.Zone;
import org.akuttsim.chain.municipal.LegevaktSite;
import org.akuttsim.chain.municipal.MunicipalServices;

/**
 * The levers of the municipal side (issue 20), each a {@link Policy} with a {@code policies.csv}
 * name ({@link #NAMES}, parsed by {@link PolicyNames#parse}). They need a scenario with a municipal
 * side ({@code municipal.model} 1) except {@code frequent_callers}, whose AMK part works without.
 * None changes the arrival envelope or a call's or patient's own numbers, so scenarios stay paired.
 */
public final class MunicipalPolicies {

    /**
     * ASSUMPTION: share of AMK calls and of direct legevakt contacts made by frequent callers (no
     * Norwegian figure found; international studies report a few per cent of callers making 5–10 %
     * of calls). Their calls are taken to have the region's mix of needs, so the lever's effect on RED
     * calls is an upper bound.
     */
    public static final double FREQUENT_CALLER_SHARE = 0.05;

    /** Lever names accepted by {@link #parse}. */
    public static final List<String> NAMES = List.of("frequent_callers", "municipal_capacity", "legevakt_centralise", "workforce");

    private MunicipalPolicies() {
    }

    /**
     * Frequent callers: a follow-up programme removes a share {@code r} of the calls made by frequent
     * callers ({@link #FREQUENT_CALLER_SHARE} of AMK calls and of direct legevakt contacts).
     * <b>Moves</b> {@code Demand.ratePerPersonYear} × (1 − share × r) and the legevakt's
     * {@code directKept} × the same; the envelope stays, so the remaining calls are a subset of the
     * base scenario's.
     *
     * @param r the share of frequent callers' calls removed, in [0, 1]
     * @return the lever, named {@code frequent_callers=<r>}
     * @throws IllegalArgumentException if {@code r} is outside [0, 1]
     */
    public static Policy frequentCallers(double r) {
        share("frequent callers reduction", r);
        double f = 1 - FREQUENT_CALLER_SHARE * r;
        return Policy.of("frequent_callers=" + fmt(r), "demand and direct legevakt contacts x" + fmt(f) + " (frequent callers' calls x(1-" + fmt(r)
                + "))", sc -> {
                    double[] rate = sc.demand().ratePerPersonYear();
                    for (int g = 0; g < rate.length; g++) {
                        rate[g] *= f;
                    }
                    ChainScenario.Builder b = sc.toBuilder().demand(sc.demand().withRates(rate));
                    if (sc.municipal() instanceof MunicipalServices m) {
                        b.municipal(m.withDirectKept(m.directKept() * f));
                    }
                    return b.build();
                });
    }

    /**
     * Daytime municipal capacity × {@code factor}: every site's GP/municipal slots by hour, rounded to
     * the nearest whole slot (0 closes them: every patient AMK sends there overflows).
     * <b>Moves</b> {@link LegevaktSite#municipalSlots()}.
     *
     * @param factor the multiplier on every site's slots, in [0, 100]
     * @return the lever, named {@code municipal_capacity=<factor>}; applied to a scenario without a
     *         municipal side it throws {@link IllegalArgumentException}
     * @throws IllegalArgumentException if {@code factor} is outside [0, 100]
     */
    public static Policy municipalCapacity(double factor) {
        if (!(factor >= 0 && factor <= 100)) {
            throw new IllegalArgumentException("municipal capacity factor must be in [0, 100], was " + factor);
        }
        return Policy.of("municipal_capacity=" + fmt(factor), "daytime municipal slots x" + fmt(factor), sc -> {
            MunicipalServices m = municipal(sc, "municipal_capacity");
            List<LegevaktSite> sites = new ArrayList<>();
            for (LegevaktSite s : m.sites()) {
                int[] slots = s.municipalSlots();
                for (int h = 0; h < slots.length; h++) {
                    slots[h] = (int) Math.round(slots[h] * factor);
                }
                sites.add(s.withMunicipalSlots(slots));
            }
            return sc.toBuilder().municipal(m.withSites(sites, m.siteOfZone())).build();
        });
    }

    /**
     * Centralised legevakt by zone: sites are merged, most populous first, into the first site within
     * {@code minutes} of their own, with the same doctors, 116117 nurses and municipal slots pooled there
     * (the sum by hour). Patients drive farther and wait in one larger queue; those whose drive exceeds the
     * scenario's far-patient limit get an ambulance with its stated share
     * ({@link MunicipalServices#withFarPatients}, parameters {@code legevakt.far_*}).
     * <b>Moves</b> the sites and the zone → site map.
     *
     * @param minutes the merge radius, driving minutes between sites, in [0, 600]
     * @return the lever, named {@code legevakt_centralise=<minutes>}; applied to a scenario without a
     *         municipal side it throws {@link IllegalArgumentException}
     * @throws IllegalArgumentException if {@code minutes} is outside [0, 600]
     */
    public static Policy centraliseLegevakt(double minutes) {
        if (!(minutes >= 0 && minutes <= 600)) {
            throw new IllegalArgumentException("legevakt centralisation radius must be in [0, 600] minutes, was " + minutes);
        }
        return Policy.of("legevakt_centralise=" + fmt(minutes), "legevakt sites within " + fmt(minutes) + " min merged (doctors pooled)", sc -> {
            MunicipalServices m = municipal(sc, "legevakt_centralise");
            Region region = sc.region();
            double[] minutesTable = sc.travel().minutes(region, 0);
            List<LegevaktSite> old = m.sites();
            int[] siteOfZone = m.siteOfZone();
            double[] pop = new double[old.size()];
            for (int z = 0; z < region.zoneCount(); z++) {
                Zone zone = region.zones().get(z);
                pop[siteOfZone[z]] += zone.totalPopulation();
            }
            Integer[] order = new Integer[old.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(pop[b], pop[a]));
            int n = region.zoneCount();
            List<Integer> heads = new ArrayList<>();
            int[] into = new int[old.size()];
            for (int s : order) {
                int join = -1;
                for (int k = 0; k < heads.size() && join < 0; k++) {
                    if (minutesTable[old.get(s).zone() * n + old.get(heads.get(k)).zone()] <= minutes) {
                        join = k;
                    }
                }
                if (join < 0) {
                    join = heads.size();
                    heads.add(s);
                }
                into[s] = join;
            }
            List<LegevaktSite> merged = new ArrayList<>();
            for (int k = 0; k < heads.size(); k++) {
                int[] doctors = new int[Demand.HOURS_PER_WEEK];
                int[] slots = new int[Demand.HOURS_PER_WEEK];
                int[] nurses = new int[Demand.HOURS_PER_WEEK];
                for (int s = 0; s < old.size(); s++) {
                    if (into[s] == k) {
                        int[] d = old.get(s).doctors();
                        int[] sl = old.get(s).municipalSlots();
                        int[] nu = old.get(s).nurses();
                        for (int h = 0; h < Demand.HOURS_PER_WEEK; h++) {
                            doctors[h] += d[h];
                            slots[h] += sl[h];
                            nurses[h] += nu[h];
                        }
                    }
                }
                LegevaktSite head = old.get(heads.get(k));
                merged.add(new LegevaktSite(head.id(), head.zone(), doctors, slots, nurses));
            }
            int[] map = new int[n];
            for (int z = 0; z < n; z++) {
                map[z] = into[siteOfZone[z]];
            }
            return sc.toBuilder().municipal(m.withSites(merged, map)).build();
        });
    }

    private static MunicipalServices municipal(ChainScenario sc, String lever) {
        if (sc.municipal() instanceof MunicipalServices m) {
            return m;
        }
        throw new IllegalArgumentException("expected a scenario with a municipal side (parameter municipal.model = 1) for " + lever);
    }

    /** A lever from its {@code policies.csv} cells; messages start with "expected …" like {@link PolicyNames#parse}. */
    static Policy parse(String policy, String value, PolicyNames.Context ctx) {
        String v = value.trim();
        double x;
        try {
            x = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            x = Double.NaN;
        }
        switch (policy.trim().toLowerCase(Locale.ROOT)) {
            case "frequent_callers":
                if (!(x >= 0 && x <= 1)) {
                    throw new IllegalArgumentException("expected a share in [0, 1] (e.g. 0.5: frequent callers' calls halved)");
                }
                return frequentCallers(x);
            case "municipal_capacity":
                if (!(x >= 0 && x <= 100)) {
                    throw new IllegalArgumentException("expected a factor in [0, 100] for municipal_capacity (1: as today)");
                }
                return municipalCapacity(x);
            case "legevakt_centralise":
                if (!(x >= 0 && x <= 600)) {
                    throw new IllegalArgumentException("expected minutes in [0, 600] for legevakt_centralise");
                }
                return centraliseLegevakt(x);
            case "workforce":
                return Workforce.parse(v);
            default:
                throw new IllegalArgumentException("expected a policy name: " + String.join(", ", NAMES));
        }
    }

    private static void share(String what, double s) {
        if (!(s >= 0 && s <= 1)) {
            throw new IllegalArgumentException(what + " share must be in [0, 1], was " + s);
        }
    }

    private static String fmt(double x) {
        return org.akuttsim.io.CsvRow.fmt(x);
    }
}
