package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.akuttsim.chain.ChainModel;
import org.akuttsim.chain.ChainRun;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Demand;
import org.akuttsim.chain.UnitCosts;
import org.akuttsim.chain.UnitSpec;
import org.akuttsim.chain.municipal.MunicipalServices;
import org.akuttsim.experiment.Experiment;
import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.akuttsim.stats.PairedDifference;
import org.junit.jupiter.api.Test;

/**
 * The municipal side's levers (issue 20) move their outcomes in the stated direction under common
 * random numbers — each replication's paired difference, not only the mean — and the cost adds up
 * from its parts. Three replications of six weeks keep the class to seconds.
 */
class MunicipalSideTest {

    static final int REPS = 3;
    static final double DAY = 24 * 60;
    static final ChainScenario BASE = DefaultRegion.stOlav2021();
    static final StreamFactory STREAMS = new StreamFactory(20261206L);

    static Responses run(ChainScenario s, int rep) {
        ChainRun run = ChainModel.simulate(s, new Replication(rep, STREAMS.forReplication(rep), 2 * DAY, 42 * DAY));
        Responses out = new Responses();
        run.record(out);
        return out;
    }

    static double missions(Responses r) {
        return r.get("missions.RED") + r.get("missions.YELLOW") + r.get("missions.GREEN");
    }

    @Test
    void theDefaultRegionHasAMunicipalSideThatKeepsItsTotals() {
        assertTrue(BASE.municipal() instanceof MunicipalServices, "St. Olavs 2021 has legevakt and daytime services");
        Responses r = run(BASE, 0);
        // ≈ 0.25 consultations per person-year (KPR 25-26 per 100): direct 0.23 plus AMK's LEGEVAKT outcomes
        double perPerson = r.get("legevakt.contacts.perYear") / BASE.region().totalPopulation();
        assertTrue(perPerson > 0.23 && perPerson < 0.28, "legevakt contacts per person-year " + perPerson);
        assertTrue(r.get("legevakt.wait.mean") > 0 && r.get("legevakt.wait.p90") >= r.get("legevakt.wait.mean"));
        assertTrue(r.get("legevakt.referrals.ed.perYear") > 0.09 * r.get("legevakt.contacts.perYear"));
    }

    /**
     * Daytime transfer helps only as far as the municipality can take it: with today's daytime slots, the
     * missions a larger transfer removes fall short of what the same transfer removes with unlimited
     * slots, and without any slots a transfer removes almost nothing (true-GREEN patients come back as
     * ambulances).
     */
    @Test
    void daytimeTransferBeyondMunicipalCapacityStopsHelping() {
        ChainScenario unlimited = MunicipalPolicies.municipalCapacity(100).apply(BASE);
        ChainScenario none = MunicipalPolicies.municipalCapacity(0).apply(BASE);
        for (int r = 0; r < REPS; r++) {
            double base = missions(run(BASE, r));
            double capped = base - missions(run(Policies.daytimeTransferToMunicipal(0.4).apply(BASE), r));
            double open = missions(run(unlimited, r)) - missions(run(Policies.daytimeTransferToMunicipal(0.4).apply(unlimited), r));
            double closed = missions(run(none, r)) - missions(run(Policies.daytimeTransferToMunicipal(0.4).apply(none), r));
            Responses overflow = run(Policies.daytimeTransferToMunicipal(0.4).apply(BASE), r);
            assertTrue(open > 0 && capped < 0.9 * open, "replication " + r + ": removed " + capped + " with today's slots, " + open + " unlimited");
            assertTrue(closed < 0.5 * capped, "replication " + r + ": without slots the transfer removes " + closed + " (today's " + capped + ")");
            assertTrue(overflow.get("municipal.overflow.ambulance.perYear") > 0, "patients overflow back to the ambulance");
        }
    }

    /** A follow-up programme for frequent callers: fewer missions and legevakt contacts, same calls otherwise. */
    @Test
    void frequentCallersProgrammeMeansFewerMissionsAndContacts() {
        ChainScenario fc = MunicipalPolicies.frequentCallers(1.0).apply(BASE);
        for (int r = 0; r < REPS; r++) {
            Responses b = run(BASE, r), p = run(fc, r);
            assertTrue(missions(p) < missions(b), "missions " + missions(p) + " vs " + missions(b));
            assertTrue(p.get("legevakt.contacts.direct.perYear") < b.get("legevakt.contacts.direct.perYear"));
            assertTrue(p.get("calls.received") <= b.get("calls.received"), "a subset of the calls");
        }
    }

    /** Centralised legevakt: fewer, larger sites; patients drive farther, pooled doctors see them sooner, more far-patient ambulances. */
    @Test
    void centralisedLegevaktMeansLongerTripsShorterWaitsAndMoreAmbulances() {
        ChainScenario c = MunicipalPolicies.centraliseLegevakt(90).apply(BASE);
        MunicipalServices m = (MunicipalServices) c.municipal();
        MunicipalServices b0 = (MunicipalServices) BASE.municipal();
        assertTrue(m.sites().size() < b0.sites().size(), "sites merged");
        for (String what : new String[] {"doctors", "nurses", "slots"}) {
            assertEquals(staffHours(b0, what), staffHours(m, what), what + ": the same staff, pooled");
        }
        for (int r = 0; r < REPS; r++) {
            Responses b = run(BASE, r), p = run(c, r);
            assertTrue(p.get("legevakt.travel.mean") > b.get("legevakt.travel.mean"), "travel");
            assertTrue(p.get("legevakt.wait.mean") < b.get("legevakt.wait.mean"), "waits " + p.get("legevakt.wait.mean") + " vs "
                    + b.get("legevakt.wait.mean"));
            assertTrue(p.get("legevakt.far.ambulance.perYear") > b.get("legevakt.far.ambulance.perYear"), "far-patient ambulances");
            assertTrue(missions(p) > missions(b), "more missions");
        }
    }

    /**
     * The workforce path: with no recruitment a single-unit 24/7 station has its staff (rota × 1.1)
     * shrink by the retirement rate and goes day-only in the first year they fall below the rota —
     * 1.1 × (1 − r × t) < 1 — and stays crewed when recruits replace retirements.
     */
    @Test
    void aStationWhoseStaffFallBelowItsRotaLosesCrewedHoursInTheRightYears() {
        int station = -1;
        for (int st = 0; st < BASE.region().stationCount() && station < 0; st++) {
            int units = 0, hours = 0;
            for (UnitSpec u : BASE.fleet().units()) {
                if (u.station() == st) {
                    units++;
                    hours = u.schedule().hoursPerWeek();
                }
            }
            station = units == 1 && hours == 168 ? st : -1;
        }
        assertTrue(station >= 0, "the region has a single-unit 24/7 station");
        int firstShort = Workforce.BASE_YEAR + (int) Math.floor((1 - 1 / (1 + Workforce.BASE_MARGIN)) / Workforce.RETIREMENT_PER_YEAR) + 1;
        assertEquals(2026, firstShort, "1.1 × (1 − 0.0204 t) < 1 from t = 5");
        for (int year = 2021; year <= 2035; year++) {
            int h = hoursAt(Workforce.crewed(BASE.fleet(), BASE.region().stationCount(), year, 0), station);
            assertEquals(year < firstShort ? 168 : 84, h, "station hours in " + year);
            assertEquals(168, hoursAt(Workforce.crewed(BASE.fleet(), BASE.region().stationCount(), year, Workforce.RETIREMENT_PER_YEAR), station),
                    "recruits replace retirements: " + year);
        }
        assertEquals(BASE.fleet(), Workforce.crewed(BASE.fleet(), BASE.region().stationCount(), 2035, Workforce.RETIREMENT_PER_YEAR),
                "recruits replacing retirements keep the fleet as it is, in its order");
        int total2021 = totalHours(BASE), total2035 = totalHours(Workforce.path(2035, 0).apply(BASE));
        assertTrue(total2035 < 0.8 * total2021, "2035 without recruitment: " + total2035 + " of " + total2021 + " crewed hours a week");
        for (int r = 0; r < REPS; r++) {
            Responses b = run(BASE, r), p = run(Workforce.path(2035, 0).apply(BASE), r);
            assertTrue(p.get("readiness.meanOverDistricts") < b.get("readiness.meanOverDistricts"), "readiness");
            assertTrue(p.get("cost.crewedHours.mNOK") < b.get("cost.crewedHours.mNOK"), "fewer crewed hours cost less");
        }
        assertThrows(IllegalArgumentException.class, () -> Workforce.parse("2035:x"));
        assertThrows(IllegalArgumentException.class, () -> Workforce.parse("1990"));
    }

    static int staffHours(MunicipalServices m, String what) {
        int h = 0;
        for (var s : m.sites()) {
            int[] v = what.equals("doctors") ? s.doctors() : what.equals("nurses") ? s.nurses() : s.municipalSlots();
            h += java.util.Arrays.stream(v).sum();
        }
        return h;
    }

    static int hoursAt(org.akuttsim.chain.Fleet f, int station) {
        int h = 0;
        for (UnitSpec u : f.units()) {
            h += u.station() == station ? u.schedule().hoursPerWeek() : 0;
        }
        return h;
    }

    static int totalHours(ChainScenario s) {
        return s.fleet().units().stream().mapToInt(u -> u.schedule().hoursPerWeek()).sum();
    }

    @Test
    void costAddsUpFromItsParts() {
        Responses r = run(BASE, 0);
        UnitCosts c = BASE.metrics().costs();
        double sum = 0;
        for (String part : UnitCosts.PARTS) {
            sum += r.get("cost." + part + ".mNOK");
            assertTrue(r.get("cost." + part + ".mNOK") > 0, part);
        }
        assertEquals(sum, r.get("cost.total.mNOK"), 1e-9 * sum);
        double hours = totalHours(BASE) * Demand.MINUTES_PER_YEAR / (Demand.HOURS_PER_WEEK * 60.0);
        assertEquals(hours, r.get("cost.crewedHours.quantity.perYear"), 1e-6 * hours);
        assertEquals(hours * c.perCrewedHour() / 1e6, r.get("cost.crewedHours.mNOK"), 1e-9 * hours);
        double kmPerYear = r.get("km.total") * Demand.MINUTES_PER_YEAR / (42 * DAY);
        assertEquals(kmPerYear * c.perKm() / 1e6, r.get("cost.km.mNOK"), 1e-9 * kmPerYear);
        assertEquals(r.get("legevakt.contacts.perYear") - r.get("legevakt.far.ambulance.perYear"), r.get("cost.legevaktConsultations.quantity.perYear"), 1e-6);
        assertEquals(r.get("cost.legevaktConsultations.quantity.perYear") * c.perLegevaktConsultation() / 1e6, r.get("cost.legevaktConsultations.mNOK"), 1e-9);
    }

    /** The levers keep common random numbers: the paired interval of a lever's effect is narrower than the unpaired one. */
    @Test
    void leversKeepCommonRandomNumbers() {
        ExperimentResult res = Experiment.builder(new ChainModel())
                .scenario("base", BASE)
                .scenario("frequent callers", MunicipalPolicies.frequentCallers(1.0).apply(BASE))
                .scenario("centralised", MunicipalPolicies.centraliseLegevakt(60).apply(BASE))
                .replications(6).seed(7).threads(1).warmUp(2 * DAY).length(28 * DAY).build().run();
        // (A centralised legevakt's waits are not compared: one pooled queue's waits hardly depend on those of the
        // many small ones it replaces, so there is little for pairing to cancel.)
        String[][] cases = {{"frequent callers", "legevakt.contacts.perYear"}, {"frequent callers", "legevakt.wait.mean"},
            {"frequent callers", "cost.total.mNOK"}, {"centralised", "legevakt.contacts.perYear"}, {"centralised", "calls.received"},
            {"centralised", "cost.total.mNOK"}};
        for (String[] c : cases) {
            String alt = c[0];
            for (String metric : new String[] {c[1]}) {
                PairedDifference d = res.compare("base", alt, metric);
                assertTrue(d.halfWidthRatio() < 1, alt + " / " + metric + ": paired half-width " + d.paired().halfWidth()
                        + " not narrower than unpaired " + d.independent().halfWidth());
            }
        }
    }
}
