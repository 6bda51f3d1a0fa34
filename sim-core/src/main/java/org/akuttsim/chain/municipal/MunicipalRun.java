package org.akuttsim.chain.municipal;

import java.util.Arrays;
import java.util.List;

import org.akuttsim.chain.AgeGroups;
import org.akuttsim.chain.Condition;
import org.akuttsim.chain.Demand;
import org.akuttsim.chain.HospitalLink;
import org.akuttsim.chain.Level;
import org.akuttsim.chain.MunicipalContext;
import org.akuttsim.chain.MunicipalLink;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.Zone;
import org.akuttsim.engine.Simulator;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.KeyedRandom;
import org.akuttsim.random.RandomStream;
import org.akuttsim.stats.Histogram;
import org.akuttsim.stats.Tally;

/**
 * One replication of the municipal side ({@link MunicipalServices}): it owns the legevakt queues
 * ({@link DoctorQueue}, one per site), the daytime municipal slots in use, the patients in either, the
 * direct-contact arrival streams and the statistics.
 *
 * <p><b>Randomness.</b> Direct contacts from a zone are candidates of the Poisson process of the zone's
 * hourly rates before {@code directKept} (stream {@code legevakt.direct.<zone id>}: a unit exponential
 * inverted through the piecewise-constant rate, then a mark); a candidate is kept when its mark is
 * below {@code directKept}, so a scenario that keeps fewer contacts keeps a subset of the same ones. A patient's own numbers (zone, age group,
 * consultation time, outcome) come from {@link KeyedRandom} re-seeded with its key: the AMK call's key,
 * or for a direct contact a key from the site's stream key and the candidate's number.
 */
final class MunicipalRun implements MunicipalLink {

    static final int DIRECT = MunicipalLink.FIRST_EVENT_KIND, CONSULT_END = DIRECT + 1, SHIFT = DIRECT + 2, VISIT_END = DIRECT + 3,
            PHONE_END = DIRECT + 4;
    /** {@link KeyedRandom} parts of a patient's key (the chain uses 0–7, the hospital 8–9). */
    static final int PART_CONSULT = 20, PART_DIRECT = 21, PART_VISIT = 22, PART_ORDER = 23, PART_ED = 24, PART_FAR = 25, PART_PHONE = 26;
    private static final int NONE = -1;
    private static final double YEAR = Demand.MINUTES_PER_YEAR;

    private final MunicipalServices spec;
    private final Simulator sim;
    private final HospitalLink hospitals;
    private final MunicipalContext.AmbulanceOrders ambulances;
    private final double end;
    private final KeyedRandom rng = new KeyedRandom();
    private final int sites;
    private final LegevaktSite[] site;
    private final DoctorQueue[] queues;
    /** Per site, the nurses answering 116117 (a queue like the doctors'), and whether it has a telephone stage. */
    private final DoctorQueue[] phones;
    private final boolean[] telephone;
    private final int[] edOfSite;
    private final int[] slotsInUse;
    private final double[] travelToSite; // per zone: minutes to its site

    // direct contacts, per zone
    private final RandomStream[] directStream;
    private final long[] directKey;
    private final long[] candidates;
    private final double[][] rate; // [zone][hour of week]: direct contacts per minute before directKept
    private final double[][] ageCdf; // [zone][age group]

    // patients (slots recycled)
    private final Patients patients = new Patients();

    // statistics
    private double from;
    private long contactsAmk, contactsDirect, contactsOverflow, referredEd, referredAmbulance;
    private long municipalContacts, overflowAmbulance, overflowLegevakt, municipalEd, farAmbulance;
    private final long[] siteContacts;
    private final Tally wait = new Tally();
    private final Tally[] siteWait;
    private final Histogram waitHistogram = Histogram.withBinWidth(0, 2880, 1);
    private final Tally travel = new Tally();
    private long phoneCalls, phoneWithin2, phoneSettled;
    private final Tally phoneWait = new Tally();

    MunicipalRun(MunicipalServices spec, MunicipalContext ctx) {
        this.spec = spec;
        this.sim = ctx.simulator();
        this.hospitals = ctx.hospitals();
        this.ambulances = ctx.ambulances();
        this.end = ctx.replication().end();
        Region region = ctx.scenario().region();
        List<LegevaktSite> list = spec.sites();
        sites = list.size();
        site = list.toArray(new LegevaktSite[0]);
        queues = new DoctorQueue[sites];
        phones = new DoctorQueue[sites];
        telephone = new boolean[sites];
        edOfSite = new int[sites];
        slotsInUse = new int[sites];
        siteContacts = new long[sites];
        siteWait = new Tally[sites];
        int n = region.zoneCount();
        double[] minutes = ctx.scenario().travel().minutes(region, 0);
        for (int s = 0; s < sites; s++) {
            if (site[s].zone() >= n) {
                throw new IllegalArgumentException("legevakt " + site[s].id() + " lies in zone " + site[s].zone() + "; the region has " + n);
            }
            queues[s] = new DoctorQueue(patients);
            phones[s] = new DoctorQueue(patients);
            telephone[s] = site[s].hasTelephone();
            siteWait[s] = new Tally();
            edOfSite[s] = MunicipalServices.nearestHospital(region, minutes, site[s].zone());
        }
        travelToSite = new double[n];
        for (int z = 0; z < n; z++) {
            travelToSite[z] = minutes[z * n + site[spec.site(z)].zone()];
        }
        // direct contacts: one stream per zone, so merging sites (a centralised legevakt) keeps every caller
        directStream = new RandomStream[n];
        directKey = new long[n];
        candidates = new long[n];
        rate = new double[n][Demand.HOURS_PER_WEEK];
        ageCdf = new double[n][AgeGroups.COUNT];
        for (int z = 0; z < n; z++) {
            Zone zone = region.zones().get(z);
            double perYear = spec.directEnvelopePerYear(zone);
            for (int h = 0; h < Demand.HOURS_PER_WEEK; h++) {
                rate[z][h] = perMinute(perYear, h);
            }
            double acc = 0;
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                acc += zone.population(g) * spec.contactsPerPersonYear()[g];
                ageCdf[z][g] = perYear > 0 ? acc / perYear : 1;
            }
            ageCdf[z][AgeGroups.COUNT - 1] = 1;
            directStream[z] = ctx.replication().streams().stream("legevakt.direct." + zone.id());
            directKey[z] = ctx.replication().streams().key("legevakt.direct." + zone.id());
            if (perYear > 0) {
                scheduleCandidate(z);
            }
        }
        // time 0: doctors of hour 0 on duty, first candidates, first shift change
        for (int s = 0; s < sites; s++) {
            queues[s].doctors(site[s].doctorsAt(0), 0);
            phones[s].doctors(site[s].nursesAt(0), 0);
        }
        scheduleShift(1);
        from = sim.now();
    }

    /** Direct contacts per minute at hour of week {@code h} for {@code perYear} a year. */
    private double perMinute(double perYear, int h) {
        return perYear * spec.weeklyShare(h) * (Demand.HOURS_PER_WEEK * 60.0 / YEAR) / 60.0;
    }

    /** Schedules zone {@code s}'s next candidate: one unit exponential, inverted through the hourly rates (piecewise constant). */
    private void scheduleCandidate(int s) {
        double t = sim.now();
        double e = -Math.log(directStream[s].nextDouble());
        while (true) {
            double r = rate[s][hourOfWeek(t)];
            double hourEnd = (Math.floor(t / 60.0) + 1) * 60.0;
            if (r > 0 && e <= r * (hourEnd - t)) {
                t += e / r;
                break;
            }
            e -= r * (hourEnd - t);
            t = hourEnd;
            if (t > end) {
                return;
            }
        }
        if (t <= end) {
            sim.scheduleAt(t, DIRECT, s);
        }
    }

    private static int hourOfWeek(double t) {
        return (int) (t / 60.0) % Demand.HOURS_PER_WEEK;
    }

    /** Schedules the next hour at or after hour {@code k} of the run at which some site's doctors change. */
    private void scheduleShift(int k) {
        for (int i = 0; i < Demand.HOURS_PER_WEEK; i++) {
            int h = (k + i) % Demand.HOURS_PER_WEEK;
            int prev = (h + Demand.HOURS_PER_WEEK - 1) % Demand.HOURS_PER_WEEK;
            for (LegevaktSite st : site) {
                if (st.doctorsAt(h) != st.doctorsAt(prev) || st.nursesAt(h) != st.nursesAt(prev)) {
                    if (60.0 * (k + i) <= end) {
                        sim.scheduleAt(60.0 * (k + i), SHIFT, k + i);
                    }
                    return;
                }
            }
        }
    }

    @Override
    public void handle(int kind, int entity) {
        switch (kind) {
            case DIRECT -> directCandidate(entity); // entity: zone
            case CONSULT_END -> consultEnd(entity);
            case SHIFT -> shift(entity);
            case VISIT_END -> visitEnd(entity);
            case PHONE_END -> phoneEnd(entity);
            default -> throw new IllegalArgumentException("event kind " + kind + " is not a municipal event");
        }
    }

    private void directCandidate(int z) {
        double mark = directStream[z].nextDouble();
        long number = candidates[z]++;
        scheduleCandidate(z);
        if (mark >= spec.directKept()) {
            return;
        }
        long key = rng.reseed(directKey[z], (int) number).nextLong() ^ number;
        double u = rng.reseed(key, PART_DIRECT).nextDouble();
        int g = 0;
        while (u >= ageCdf[z][g]) {
            g++;
        }
        int s = spec.site(z);
        // direct patients: need at the legevakt level, condition "other" (ASSUMPTION, see MunicipalServices)
        int p = patients.open(key, z, g, Condition.OTHER.ordinal(), Level.LEGEVAKT.ordinal(), s, sim.now());
        if (telephone[s]) {
            phoneCalls++;
            if (phones[s].arrive(p)) {
                startCall(s, p);
            }
        } else {
            contactsDirect++;
            toLegevakt(p);
        }
    }

    /** A nurse answers patient {@code p}'s 116117 call now. */
    private void startCall(int s, int p) {
        double now = sim.now();
        double w = now - patients.since[p];
        phoneWait.add(w);
        phoneWithin2 += w <= 2 ? 1 : 0;
        phones[s].started(now);
        sim.scheduleAt(now + spec.phoneCall().minutes(rng.reseed(patients.key[p], PART_PHONE).nextDouble()), PHONE_END, p);
    }

    /** PHONE_END: the call ends, settled on the phone or on to the consultation queue. */
    private void phoneEnd(int p) {
        int s = patients.site[p];
        double now = sim.now();
        int next = phones[s].finished(now);
        if (rng.reseed(patients.key[p], PART_PHONE).peekDouble(2) < spec.phoneOnlyShare()) {
            phoneSettled++;
            patients.free(p);
        } else {
            contactsDirect++;
            patients.since[p] = now;
            toLegevakt(p);
        }
        if (next != NONE) {
            startCall(s, next);
        }
    }

    @Override
    public void noAmbulanceCall(long key, int zone, int ageGroup, int condition, int need, int level, double t) {
        int s = spec.site(zone);
        if (level == Level.LEGEVAKT.ordinal()) {
            contactsAmk++;
            toLegevakt(patients.open(key, zone, ageGroup, condition, need, s, t));
        } else if (level == Level.GP_MUNICIPAL.ordinal()) {
            municipalContacts++;
            if (slotsInUse[s] < site[s].slotsAt(hourOfWeek(t))) {
                slotsInUse[s]++;
                int p = patients.open(key, zone, ageGroup, condition, need, s, t);
                sim.scheduleAt(t + spec.municipalVisit().minutes(rng.reseed(key, PART_VISIT).nextDouble()), VISIT_END, p);
            } else if (need < Level.AMBULANCE_LEVELS) {
                overflowAmbulance++;
                ambulances.order(derived(key, PART_ORDER), zone, ageGroup, condition, need, need);
            } else {
                overflowLegevakt++;
                contactsOverflow++;
                toLegevakt(patients.open(key, zone, ageGroup, condition, need, s, t));
            }
        }
    }

    private void toLegevakt(int p) {
        int s = patients.site[p];
        double trip = travelToSite[patients.zone[p]];
        if (trip > spec.farMinutes() && rng.reseed(patients.key[p], PART_FAR).nextDouble() < spec.farAmbulanceShare()) {
            // too far to get there by themselves: an ambulance instead (ASSUMPTION of the scenario, MunicipalServices#withFarPatients)
            farAmbulance++;
            int need = patients.need[p];
            ambulances.order(derived(patients.key[p], PART_ORDER), patients.zone[p], patients.age[p], patients.condition[p], need,
                    Math.min(need, Level.GREEN.ordinal()));
            patients.free(p);
            return;
        }
        siteContacts[s]++;
        travel.add(trip);
        if (queues[s].arrive(p)) {
            startConsultation(s, p);
        }
    }

    private void startConsultation(int s, int p) {
        double now = sim.now();
        double w = now - patients.since[p];
        wait.add(w);
        siteWait[s].add(w);
        waitHistogram.add(w);
        queues[s].started(now);
        double d = spec.consultation().minutes(rng.reseed(patients.key[p], PART_CONSULT).nextDouble());
        sim.scheduleAt(now + d, CONSULT_END, p);
    }

    private void consultEnd(int p) {
        int s = patients.site[p];
        double u = rng.reseed(patients.key[p], PART_CONSULT).peekDouble(2);
        if (u < spec.edReferralShare()) {
            if (referToEd(s, patients.key[p])) {
                referredEd++;
            }
        } else if (u < spec.edReferralShare() + spec.ambulanceShare()) {
            referredAmbulance++;
            int need = patients.need[p];
            // A known ambulance-level need (an under-triaged AMK call) keeps its level; otherwise RED with ambulanceRedShare, else YELLOW.
            int level = need < Level.AMBULANCE_LEVELS ? need
                    : rng.reseed(patients.key[p], PART_CONSULT).peekDouble(3) < spec.ambulanceRedShare() ? Level.RED.ordinal() : Level.YELLOW.ordinal();
            ambulances.order(derived(patients.key[p], PART_ORDER), patients.zone[p], patients.age[p], patients.condition[p],
                    Math.min(need, level), level);
        }
        patients.free(p);
        int next = queues[s].finished(sim.now());
        if (next != NONE) {
            startConsultation(s, next);
        }
    }

    private void visitEnd(int p) {
        int s = patients.site[p];
        slotsInUse[s]--;
        if (rng.reseed(patients.key[p], PART_VISIT).peekDouble(2) < spec.municipalEdShare()) {
            municipalEd++;
            referToEd(s, patients.key[p]);
        }
        patients.free(p);
    }

    /** Sends the patient to the ED nearest site {@code s}; false when the region has none. */
    private boolean referToEd(int s, long key) {
        if (edOfSite[s] == NONE) {
            return false;
        }
        hospitals.referralArrival(edOfSite[s], derived(key, PART_ED));
        return true;
    }

    private long derived(long key, int part) {
        return rng.reseed(key, part).nextLong();
    }

    private void shift(int hour) {
        double now = sim.now();
        int h = hour % Demand.HOURS_PER_WEEK;
        for (int s = 0; s < sites; s++) {
            queues[s].doctors(site[s].doctorsAt(h), now);
            for (int p = queues[s].next(); p != NONE; p = queues[s].next()) {
                startConsultation(s, p);
            }
            phones[s].doctors(site[s].nursesAt(h), now);
            for (int p = phones[s].next(); p != NONE; p = phones[s].next()) {
                startCall(s, p);
            }
        }
        scheduleShift(hour + 1);
    }

    @Override
    public void resetStatistics() {
        double now = sim.now();
        from = now;
        contactsAmk = contactsDirect = contactsOverflow = referredEd = referredAmbulance = 0;
        municipalContacts = overflowAmbulance = overflowLegevakt = municipalEd = farAmbulance = 0;
        Arrays.fill(siteContacts, 0);
        wait.reset();
        waitHistogram.reset();
        travel.reset();
        phoneCalls = phoneWithin2 = phoneSettled = 0;
        phoneWait.reset();
        for (int s = 0; s < sites; s++) {
            siteWait[s].reset();
            queues[s].resetStatistics(now);
            phones[s].resetStatistics(now);
        }
    }

    @Override
    public void recordResults(Responses out) {
        double now = sim.now();
        double perYear = now > from ? YEAR / (now - from) : Double.NaN;
        out.put("legevakt.contacts.perYear", (contactsAmk + contactsDirect + contactsOverflow) * perYear);
        out.put("legevakt.contacts.amk.perYear", contactsAmk * perYear);
        out.put("legevakt.contacts.direct.perYear", contactsDirect * perYear);
        out.put("legevakt.contacts.overflow.perYear", contactsOverflow * perYear);
        out.put("legevakt.wait.mean", wait.count() > 0 ? wait.mean() : Double.NaN);
        out.put("legevakt.wait.p90", waitHistogram.count() > 0 ? waitHistogram.quantile(0.9) : Double.NaN);
        out.put("legevakt.travel.mean", travel.count() > 0 ? travel.mean() : Double.NaN);
        out.put("legevakt.referrals.ed.perYear", referredEd * perYear);
        out.put("legevakt.referrals.ambulance.perYear", referredAmbulance * perYear);
        out.put("legevakt.far.ambulance.perYear", farAmbulance * perYear);
        double busy = 0, duty = 0;
        for (int s = 0; s < sites; s++) {
            busy += queues[s].busyMinutes(now);
            duty += queues[s].dutyMinutes(now);
            out.put("legevakt." + site[s].id() + ".contacts.perYear", siteContacts[s] * perYear);
            out.put("legevakt." + site[s].id() + ".wait.mean", siteWait[s].count() > 0 ? siteWait[s].mean() : Double.NaN);
            out.put("legevakt." + site[s].id() + ".doctorHours.perYear", queues[s].dutyMinutes(now) / 60.0 * perYear);
        }
        out.put("legevakt.doctorHours.perYear", duty / 60.0 * perYear);
        double nurse = 0;
        for (int s = 0; s < sites; s++) {
            nurse += phones[s].dutyMinutes(now);
        }
        out.put("legevakt.phone.calls.perYear", phoneCalls * perYear);
        out.put("legevakt.phone.settled.perYear", phoneSettled * perYear);
        out.put("legevakt.phone.wait.mean", phoneWait.count() > 0 ? phoneWait.mean() : Double.NaN);
        out.put("legevakt.phone.within2min", phoneWait.count() > 0 ? (double) phoneWithin2 / phoneWait.count() : Double.NaN);
        out.put("legevakt.nurseHours.perYear", nurse / 60.0 * perYear);
        out.put("legevakt.utilisation", duty > 0 ? busy / duty : Double.NaN);
        out.put("municipal.contacts.perYear", municipalContacts * perYear);
        out.put("municipal.overflow.ambulance.perYear", overflowAmbulance * perYear);
        out.put("municipal.overflow.legevakt.perYear", overflowLegevakt * perYear);
        out.put("municipal.referrals.ed.perYear", municipalEd * perYear);
    }
}
