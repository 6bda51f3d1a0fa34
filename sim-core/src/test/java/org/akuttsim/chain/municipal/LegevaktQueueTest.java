package org.akuttsim.chain.municipal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.akuttsim.chain.AgeGroups;
import org.akuttsim.chain.ChainModel;
import org.akuttsim.chain.ChainRun;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.ChainScenarios;
import org.akuttsim.chain.Condition;
import org.akuttsim.chain.Demand;
import org.akuttsim.chain.DurationModel;
import org.akuttsim.chain.Hospital;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.Station;
import org.akuttsim.chain.TravelModel;
import org.akuttsim.chain.Triage;
import org.akuttsim.chain.Zone;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.akuttsim.stats.Queueing;
import org.akuttsim.stats.Tally;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** The legevakt as a queue: Erlang C when reduced to M/M/c, waits that rise with load, referrals by their shares. */
class LegevaktQueueTest {

    /** Direct contacts per person-year; the zone's population sets the arrival rate. */
    private static final double RATE = 0.25;

    static Replication rep(int r, double warmUp, double length) {
        return new Replication(r, new StreamFactory(2035L).forReplication(r), warmUp, length);
    }

    /**
     * One zone whose legevakt gets Poisson direct contacts at {@code lambda} per minute (flat week), seen by
     * {@code doctors} doctors at all hours with consultations of {@code consultation}; AMK's few calls all
     * end in advice, so only the legevakt's queue matters.
     */
    static ChainScenario scenario(double lambda, int doctors, DurationModel consultation, double ed, double ambulance) {
        double persons = lambda * Demand.MINUTES_PER_YEAR / RATE;
        Zone z = new Zone("Z", ChainScenarios.populationIn(3, persons), true, 63, 10, 0);
        Region region = new Region("legevakt", List.of(z), List.of(new Station("S", 0)), List.of(new Hospital("H", 0, 10, 50, false, false)));
        double[][] advice = new double[Condition.COUNT][];
        for (int k = 0; k < Condition.COUNT; k++) {
            advice[k] = new double[] {0, 0, 0, 0, 0, 1};
        }
        int[] c = new int[Demand.HOURS_PER_WEEK];
        Arrays.fill(c, doctors);
        double[] week = new double[Demand.HOURS_PER_WEEK];
        Arrays.fill(week, 1.0 / Demand.HOURS_PER_WEEK);
        double[] rate = new double[AgeGroups.COUNT];
        Arrays.fill(rate, RATE);
        MunicipalServices m = new MunicipalServices(List.of(new LegevaktSite("lv", 0, c, new int[Demand.HOURS_PER_WEEK])), new int[] {0},
                rate, week, 1.0, consultation, DurationModel.fixed(30), ed, ambulance, 0, 0.65);
        return ChainScenarios.twoZonesOneStation().region(region).travel(TravelModel.zero())
                .demand(ChainScenarios.simpleDemand(1e-6).withNeedByCondition(advice))
                .triage(Triage.perfect(DurationModel.fixed(1), 1)).municipal(m).build();
    }

    static Responses run(ChainScenario s, Replication r) {
        ChainRun run = ChainModel.simulate(s, r);
        Responses out = new Responses();
        run.record(out);
        return out;
    }

    @Test
    void reducedToMmcTheMeanWaitIsErlangC() {
        int c = 3;
        double lambda = 0.1, mean = 25; // utilisation 0.833
        ChainScenario s = scenario(lambda, c, DurationModel.exponential(mean), 0, 0);
        double exact = Queueing.mmcMeanWait(c, lambda, mean);
        Tally waits = new Tally(), util = new Tally();
        double contacts = 0;
        int n = 30;
        for (int r = 0; r < n; r++) {
            Responses out = run(s, rep(r, 7 * 1440, 8 * 7 * 1440));
            waits.add(out.get("legevakt.wait.mean"));
            util.add(out.get("legevakt.utilisation"));
            contacts += out.get("legevakt.contacts.perYear");
        }
        // Poisson arrivals at lambda: 0.1 × 525,960 ≈ 52,600 contacts a year
        assertEquals(lambda * Demand.MINUTES_PER_YEAR, contacts / n, 0.01 * lambda * Demand.MINUTES_PER_YEAR);
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.995) * waits.standardDeviation() / Math.sqrt(n);
        assertTrue(Math.abs(waits.mean() - exact) <= half, "Erlang C mean wait " + exact + " outside 99 % CI " + waits.mean() + " ± " + half);
        assertTrue(half < 0.15 * exact, "interval too wide to mean anything: ±" + half + " around " + exact);
        assertEquals(lambda * mean / c, util.mean(), 0.01, "doctor utilisation = offered load / doctors");
    }

    /** 116117 as M/M/c: Poisson calls, exponential call times, c nurses; a third settled on the phone, the rest to a doctor. */
    @Test
    void theTelephoneIsAnMmcQueueToo() {
        int c = 2;
        double lambda = 0.15, mean = 10; // nurse utilisation 0.75
        ChainScenario base = scenario(lambda, 20, DurationModel.exponential(5), 0, 0);
        MunicipalServices m = (MunicipalServices) base.municipal();
        int[] nurses = new int[Demand.HOURS_PER_WEEK];
        Arrays.fill(nurses, c);
        LegevaktSite st = m.sites().get(0);
        MunicipalServices phone = m.withSites(List.of(new LegevaktSite(st.id(), st.zone(), st.doctors(), st.municipalSlots(), nurses)),
                m.siteOfZone()).withTelephone(DurationModel.exponential(mean), 1.0 / 3);
        ChainScenario s = base.toBuilder().municipal(phone).build();
        Tally waits = new Tally();
        double calls = 0, settled = 0, consultations = 0;
        int n = 20;
        for (int r = 0; r < n; r++) {
            Responses out = run(s, rep(r, 7 * 1440, 6 * 7 * 1440));
            waits.add(out.get("legevakt.phone.wait.mean"));
            calls += out.get("legevakt.phone.calls.perYear");
            settled += out.get("legevakt.phone.settled.perYear");
            consultations += out.get("legevakt.contacts.direct.perYear");
        }
        double exact = Queueing.mmcMeanWait(c, lambda, mean);
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.995) * waits.standardDeviation() / Math.sqrt(n);
        assertTrue(Math.abs(waits.mean() - exact) <= half, "Erlang C phone wait " + exact + " outside 99 % CI " + waits.mean() + " ± " + half);
        assertTrue(half < 0.15 * exact, "interval too wide: ±" + half);
        assertEquals(1.0 / 3, settled / calls, 0.01, "share settled on the phone");
        assertEquals(calls - settled, consultations, 0.002 * calls, "the others see a doctor");
    }

    @Test
    void waitsRiseWithLoad() {
        double[] lambdas = {0.06, 0.08, 0.1};
        double[] means = new double[lambdas.length];
        for (int i = 0; i < lambdas.length; i++) {
            Tally w = new Tally();
            for (int r = 0; r < 8; r++) {
                w.add(run(scenario(lambdas[i], 3, DurationModel.lognormal(25, 0.8), 0, 0), rep(r, 1440, 28 * 1440)).get("legevakt.wait.mean"));
            }
            means[i] = w.mean();
        }
        assertTrue(means[0] < means[1] && means[1] < means[2], "mean waits by load " + Arrays.toString(means));
        assertTrue(means[2] > 3 * means[0], "near saturation the wait grows steeply: " + Arrays.toString(means));
    }

    @Test
    void referralsFollowTheirSharesAndOrderedAmbulancesBecomeCalls() {
        double ed = 0.11, amb = 0.017;
        ChainScenario s = scenario(0.05, 3, DurationModel.exponential(20), ed, amb);
        Responses out = run(s, rep(0, 1440, 28 * 1440));
        double perYear = Demand.MINUTES_PER_YEAR / (28 * 1440);
        double seen = out.get("legevakt.contacts.perYear") / perYear; // contacts in the four weeks observed
        assertTrue(seen > 1500, "contacts " + seen);
        assertEquals(seen * ed, out.get("legevakt.referrals.ed.perYear") / perYear, 4 * Math.sqrt(seen * ed * (1 - ed)));
        assertEquals(seen * amb, out.get("legevakt.referrals.ambulance.perYear") / perYear, 4 * Math.sqrt(seen * amb * (1 - amb)));
        ChainRun run = ChainModel.simulate(s, rep(0, 1440, 28 * 1440));
        ChainRun without = ChainModel.simulate(scenario(0.05, 3, DurationModel.exponential(20), ed, 0), rep(0, 1440, 28 * 1440));
        // the doctors' ambulances are calls of the chain (about 0.017 × 0.05 × 40,320 ≈ 34 in four weeks)
        long extra = run.callsReceived() - without.callsReceived();
        assertTrue(extra > 15 && extra < 60, "ordered ambulances as calls: " + extra);
        run.checkInvariants();
    }
}
