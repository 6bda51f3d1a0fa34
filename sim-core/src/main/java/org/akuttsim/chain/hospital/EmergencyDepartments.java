package org.akuttsim.chain.hospital;

import java.util.Arrays;
import java.util.List;
import org.akuttsim.chain.HospitalLink;
import org.akuttsim.chain.OffloadListener;
import org.akuttsim.engine.Simulator;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.Exponential;
import org.akuttsim.random.KeyedRandom;
import org.akuttsim.random.StreamFactory;

/**
 * The full hospital submodel of akuttsim for one replication (a {@link HospitalLink}): per hospital
 * an emergency department with treatment spaces and a ward with beds for its emergency admissions.
 * Scenarios use it through {@link EmergencyDepartmentModel}; it can also run on its own simulator
 * (tests, ED-only studies): build it, call {@link #start()}, forward kinds in [100, 200).
 *
 * <p>The clock counts minutes; time 0 is Monday 00:00 (as the chain's).
 *
 * <h2>Patient path</h2>
 * <ol>
 *   <li><b>Arrival</b> by ambulance (from the chain), walk-in or GP/legevakt referral (generated
 *       here). The patient enters the ED.</li>
 *   <li><b>Wait for a treatment space</b>, served by true need (0 first), first come first served
 *       within a need.</li>
 *   <li><b>Treatment</b> in the space for a lognormal (or exponential) time. An ambulance patient's
 *       handover starts with the space; the ambulance is released when the handover ends
 *       ({@link OffloadListener}). Its offload delay is the wait for the space.</li>
 *   <li><b>Decision</b>: outpatient discharge (leaves the ED) or admission with probability by need
 *       and age group. An admitted patient takes a free ward bed and leaves the ED; when every bed is
 *       taken the patient <b>boards</b>: stays in the treatment space, FCFS for the next free bed.</li>
 *   <li><b>Ward stay</b> (lognormal, days), then the bed goes to the longest-boarding patient, whose
 *       treatment space goes to the next waiting patient.</li>
 * </ol>
 * Length of stay (LOS) = ED arrival to leaving the ED (wait + treatment + boarding).
 *
 * <h2>Randomness</h2>
 * A patient's own numbers (treatment time, admission, ward stay, handover) are drawn at arrival from
 * a {@link KeyedRandom}: re-seeded with {@code (callKey, }{@link #CALL_KEY_PART}{@code )} for ambulance patients and
 * with the arrival's own key (source key, hour of the run, number in the hour) for walk-ins and
 * referrals. Walk-in and referral arrivals are {@link HourlyArrivals} keyed by the replication's keys
 * {@code ed.<id>.walkIn} and {@code ed.<id>.referral}: hour-by-hour Poisson counts and uniform
 * times, so a scenario with higher hourly rates keeps every arrival of the base scenario.
 *
 * <h2>Memory and speed</h2>
 * Patients are {@link Patient} slots, recycled through a free list, linked into per-(hospital,
 * need) waiting queues and a per-hospital boarding queue through their {@code next} slot. The slots
 * grow (by doubling) only with the largest number of patients in the EDs at once, never with the
 * horizon; ward patients need no slot. Nothing is allocated per event once grown. Each hospital's
 * own state, pending happenings and statistics are the fields of one {@link Department}.
 *
 * <p>Only what the chain sees runs on the event list: the end of each ambulance's handover, and a
 * wake-up while an ambulance patient waits for a space. Walk-in and referral arrivals, treatment
 * ends, ward discharges and boarders' moves to the ward are kept per hospital and applied in time
 * order, each at its own time, whenever the hospital is next touched (see {@code settle}); results
 * are those of one event per happening.
 *
 * <h2>Metrics</h2>
 * All streamed and reset at the end of the warm-up. "Occupancy" counts patients present in the ED
 * (waiting, in treatment, boarding); its quantiles come from the exact time at each level.
 */
public final class EmergencyDepartments implements HospitalLink {

    /** The {@link KeyedRandom} part of a call's key used for its hospital draws (the chain uses 0–7). */
    public static final int CALL_KEY_PART = 8;

    /**
     * Event kinds (all in [100, 200)): a space may free for a waiting ambulance patient; an
     * ambulance's handover ends. Everything else in the EDs happens without events (see settle).
     */
    static final int WAKE = 102;
    static final int HANDOVER_END = 103;

    /** Arrival sources, indices into per-source arrays. */
    public static final int SOURCE_AMBULANCE = 0;
    public static final int SOURCE_WALK_IN = 1;
    public static final int SOURCE_REFERRAL = 2;
    private static final String[] SOURCE_NAME = {"ambulance", "walkIn", "referral"};

    static final int NONE = -1;
    private static final double MINUTES_PER_HOUR = Department.MINUTES_PER_HOUR;
    private static final double MINUTES_PER_DAY = Department.MINUTES_PER_DAY;

    private final Simulator sim;
    private final OffloadListener listener;
    private final HospitalParameters params;
    private final int hospitals;
    private final int needs;
    /** Per hospital: state, pending happenings and statistics. */
    private final Department[] departments;

    // Distributions of a patient's own numbers.
    private final KeyedRandom keyed = new KeyedRandom();
    private final boolean exponentialTreatment;
    private final double treatmentMeanMinutes;
    private final LogNormalTime treatment;
    private final LogNormalTime wardStay;
    private final LogNormalTime handover;
    private final boolean noHandoverDraw;
    private final double crowdingThreshold;
    private final double crowdingMinutesPer10Percent;
    private final double[][] admitP;
    private final double[][] needCdf; // [source][need]
    private final double[][] ageCdf;

    // Patient slots.
    private Patient[] patients;
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;

    // Statistics since the last reset (the rest are per department).
    private double statStart;

    /**
     * @param sim      the chain's simulator; its clock counts minutes from Monday 00:00
     * @param params   departments and patient-flow parameters
     * @param streams  this replication's streams (candidate arrivals and patient keys derive from them)
     * @param listener told when an ambulance is released
     */
    public EmergencyDepartments(Simulator sim, HospitalParameters params, StreamFactory streams, OffloadListener listener) {
        this(sim, params, Tables.of(params), streams, listener);
    }

    /**
     * What a run derives from its parameters alone — the lognormal tables and the Poisson tables of
     * the hourly arrival rates — built once per parameters and shared read-only by runs (building them
     * was half of setting up a St. Olavs replication, ~1.5 ms).
     */
    record Tables(LogNormalTime treatment, LogNormalTime wardStay, LogNormalTime handover, double[][][] arrivalCdf) {
        static Tables of(HospitalParameters params) {
            List<EmergencyDepartmentSpec> specs = params.hospitals();
            double[][][] cdf = new double[specs.size() * 3][][];
            for (int h = 0; h < specs.size(); h++) {
                EmergencyDepartmentSpec s = specs.get(h);
                for (int src = SOURCE_WALK_IN; src <= SOURCE_REFERRAL; src++) {
                    cdf[h * 3 + src] = HourlyArrivals.tables("ed." + s.id() + "." + SOURCE_NAME[src],
                            src == SOURCE_WALK_IN ? s.walkInPerHour() : s.referralPerHour());
                }
            }
            boolean exponential = params.treatmentDistribution() == HospitalParameters.StayDistribution.EXPONENTIAL;
            return new Tables(exponential ? null : LogNormalTime.ofMeanCv(params.treatmentMeanHours() * MINUTES_PER_HOUR, params.treatmentCv()),
                    LogNormalTime.ofMeanCv(params.wardStayMeanDays() * MINUTES_PER_DAY, params.wardStayCv()),
                    LogNormalTime.ofMedianCv(Math.max(params.handoverMedianMinutes(), Double.MIN_NORMAL), params.handoverCv()),
                    cdf);
        }
    }

    EmergencyDepartments(Simulator sim, HospitalParameters params, Tables tables, StreamFactory streams, OffloadListener listener) {
        if (sim == null || params == null || streams == null || listener == null) {
            throw new IllegalArgumentException("simulator, parameters, streams and offload listener must all be given");
        }
        this.sim = sim;
        this.listener = listener;
        this.params = params;
        List<EmergencyDepartmentSpec> specs = params.hospitals();
        hospitals = specs.size();
        needs = params.needLevels();
        departments = new Department[hospitals];
        for (int h = 0; h < hospitals; h++) {
            EmergencyDepartmentSpec s = specs.get(h);
            HourlyArrivals[] process = new HourlyArrivals[3];
            for (int src = SOURCE_WALK_IN; src <= SOURCE_REFERRAL; src++) {
                String name = "ed." + s.id() + "." + SOURCE_NAME[src];
                process[src] = new HourlyArrivals(tables.arrivalCdf()[h * 3 + src], streams.key(name));
            }
            departments[h] = new Department(h, s, needs, process[SOURCE_WALK_IN], process[SOURCE_REFERRAL], sim.now());
        }
        exponentialTreatment = params.treatmentDistribution() == HospitalParameters.StayDistribution.EXPONENTIAL;
        treatmentMeanMinutes = params.treatmentMeanHours() * MINUTES_PER_HOUR;
        treatment = tables.treatment();
        wardStay = tables.wardStay();
        handover = tables.handover();
        noHandoverDraw = params.handoverMedianMinutes() == 0;
        crowdingThreshold = params.crowdingThreshold();
        crowdingMinutesPer10Percent = params.crowdingMinutesPer10Percent();
        admitP = params.admissionProbability();
        needCdf = new double[3][];
        ageCdf = new double[3][];
        needCdf[SOURCE_WALK_IN] = cdf(params.walkInNeedMix());
        ageCdf[SOURCE_WALK_IN] = cdf(params.walkInAgeMix());
        needCdf[SOURCE_REFERRAL] = cdf(params.referralNeedMix());
        ageCdf[SOURCE_REFERRAL] = cdf(params.referralAgeMix());

        int cap = 64;
        patients = Patient.grow(new Patient[0], cap);
        freeSlots = new int[cap];

        statStart = sim.now();
    }

    /** Number of hospitals; indices run from 0 in the order of the parameters. */
    public int hospitalCount() {
        return hospitals;
    }

    /** The parameters this system was built from. */
    public HospitalParameters parameters() {
        return params;
    }

    /** Draws the first walk-in and referral arrivals; call once, at the start of the run. */
    public void start() {
        for (Department d : departments) {
            d.walkIns.start(sim.now());
            d.nextWalkIn = d.walkIns.next();
            d.referrals.start(sim.now());
            d.nextReferral = d.referrals.next();
            d.nextHappening = d.earliestHappening();
        }
    }

    @Override
    public void handle(int kind, int entity) {
        switch (kind) {
            case HANDOVER_END -> listener.offloadComplete(entity / hospitals, entity % hospitals);
            case WAKE -> {
                Department d = departments[entity];
                d.wakePending = false;
                settle(d);
                ensureWake(d);
            }
            default -> throw new IllegalArgumentException("event kind " + kind + " is not a hospital event ("
                    + WAKE + " or " + HANDOVER_END + ")");
        }
    }

    @Override
    public void ambulanceArrival(int hospital, int unit, long callKey, int trueNeed, int ageGroup, int condition) {
        if (hospital < 0 || hospital >= hospitals) {
            throw new IllegalArgumentException("hospital must be in [0, " + hospitals + "), was " + hospital);
        }
        if (trueNeed < 0 || trueNeed >= needs) {
            throw new IllegalArgumentException("trueNeed must be in [0, " + needs + "), was " + trueNeed);
        }
        if (ageGroup < 0 || ageGroup >= admitP[0].length) {
            throw new IllegalArgumentException("ageGroup must be in [0, " + admitP[0].length + "), was " + ageGroup);
        }
        if (unit < 0 || unit > (Integer.MAX_VALUE - hospital) / hospitals) {
            throw new IllegalArgumentException("unit index out of range: " + unit);
        }
        Department d = departments[hospital];
        settle(d); // the ED as it is now (before the keyed draws: settling may draw walk-ins)
        double now = sim.now();
        keyed.reseed(callKey, CALL_KEY_PART);
        d.integrateTo(now);
        int p = newPatient(trueNeed, SOURCE_AMBULANCE, unit, now);
        // Handover: base draw plus the crowding surcharge at arrival (occupancy counts this patient).
        double base = noHandoverDraw ? 0.0 : handover.inverse(keyed.nextDouble());
        double excess = (double) (d.inEd + 1) / d.spaces - crowdingThreshold;
        patients[p].handover = base + (excess > 0 ? crowdingMinutesPer10Percent * excess * 10.0 : 0.0);
        drawOutcome(p, trueNeed, ageGroup);
        enter(d, p, now);
        ensureWake(d);
    }

    /*
     * Happenings instead of events. Inside the ED only two things must happen on the chain's clock:
     * an ambulance's release (HANDOVER_END, which the chain sees) and the start of treatment of an
     * ambulance patient who waited for a space (it schedules that release). Everything else — walk-in
     * and referral arrivals, ends of treatment, ward discharges, boarders moving to a ward bed — only
     * changes this hospital's own state, which nobody reads between the hospital's own calls. So each
     * hospital keeps its pending happenings in small structures of its own (the next arrival of each
     * source, a min-heap of treatment ends, a min-heap of ward discharge times) and settle(d) applies
     * every happening due by now in time order, each at its own time (the statistics are integrated
     * up to each happening's time, exactly as its event would have), before anything reads or changes
     * hospital d: an ambulance arrival, a WAKE event, a view, a reset, the final record. While an
     * ambulance patient waits for a space there is one WAKE event at the earliest moment a space can
     * free (the first treatment end, or while patients board the first ward discharge), so the wait
     * ends, and the ambulance's handover starts, at that instant on the chain's clock.
     *
     * The random numbers are those of the one-event-per-happening model (each source's candidate
     * stream is its own; patients' draws are keyed), the happenings of one hospital take place in the
     * same order at the same times, and the integrals get the same pieces in the same order, so the
     * results are identical to it; the chain's events keep their order (fewer hospital events only
     * leave gaps in the sequence numbers). This takes ~42,000 events a simulated St. Olavs year off
     * the event list (treatment ends, walk-ins, referrals) and ~14 pending events out of the heap that
     * every other event sifts through.
     */

    /**
     * Applies every happening of department {@code d} due by now, in time order: each time the earliest
     * pending one (ward discharges first at equal times, then treatment ends, then walk-ins before
     * referrals, as before), until the earliest is later than now, whose time is then the
     * department's next happening. One method with the loop inside (not a call per happening) so
     * that the compiler makes one copy of the happenings' code, not two.
     */
    private void settle(Department d) {
        double now = sim.now();
        if (d.nextHappening > now) {
            return;
        }
        while (true) {
            double tw = d.wardEnds.first();
            double tt = d.treatmentEnds.first();
            double tWalk = d.nextWalkIn;
            double tRef = d.nextReferral;
            double ta = Math.min(tWalk, tRef);
            boolean ward = tw <= tt && tw <= ta;
            boolean treatment = !ward && tt <= ta;
            double t = ward ? tw : treatment ? tt : ta;
            if (t > now) {
                d.nextHappening = t;
                break;
            }
            // The statistics up to the happening, with the state before it: the one integration the
            // happening needs (what it changes, it changes at t, so the steps below need no other).
            d.integrateTo(t);
            if (ward) {
                wardDischarge(d, t);
            } else if (treatment) {
                treatmentEnd(d, t);
            } else if (tWalk <= tRef) {
                internalArrival(d, SOURCE_WALK_IN, d.walkIns, t);
                d.nextWalkIn = d.walkIns.next();
            } else {
                internalArrival(d, SOURCE_REFERRAL, d.referrals, t);
                d.nextReferral = d.referrals.next();
            }
        }
        if (d.ambulanceWaiting > 0) {
            ensureWake(d);
        }
    }

    /**
     * While an ambulance patient waits for a space, keeps one WAKE event at the earliest moment a
     * space can free: the first treatment end or, while patients board, the first ward discharge.
     */
    private void ensureWake(Department d) {
        if (d.ambulanceWaiting == 0) {
            return;
        }
        double t = d.treatmentEnds.first();
        if (d.boarding > 0) {
            t = Math.min(t, d.wardEnds.first());
        }
        if (t == Double.POSITIVE_INFINITY) {
            return; // only boarders hold the spaces and no bed will free (a ward without beds)
        }
        if (d.wakePending) {
            if (d.wakeTime <= t) {
                return;
            }
            sim.cancel(d.wakeHandle);
        }
        d.wakePending = true;
        d.wakeTime = t;
        d.wakeHandle = sim.scheduleAt(Math.max(t, sim.now()), WAKE, d.index);
    }

    // --- arrivals -------------------------------------------------------------------------------

    /** The current arrival of {@code src} (at {@code t}) enters; the caller draws the source's next arrival. */
    private void internalArrival(Department d, int src, HourlyArrivals a, double t) {
        a.reseedPatient(keyed);
        int need = categorical(needCdf[src], keyed.nextDouble());
        int age = categorical(ageCdf[src], keyed.nextDouble());
        int p = newPatient(need, src, NONE, t);
        drawOutcome(p, need, age);
        enter(d, p, t);
    }

    /**
     * The patient's treatment time, admission and ward stay: the last of its keyed draws, so the ward
     * stay (used only by admitted patients) is drawn only for them — skipping it changes no other
     * number.
     */
    private void drawOutcome(int p, int need, int age) {
        double u = keyed.nextDouble();
        patients[p].treatment = exponentialTreatment ? Exponential.inverse(u, treatmentMeanMinutes) : treatment.inverse(u);
        boolean admit = keyed.nextDouble() < admitP[need][age];
        patients[p].admit = admit;
        patients[p].wardStay = admit ? wardStay.inverse(keyed.nextDouble()) : 0.0;
    }

    private int newPatient(int need, int src, int unit, double t) {
        int p = allocate();
        patients[p].need = need;
        patients[p].source = src;
        patients[p].unit = unit;
        patients[p].next = NONE;
        patients[p].arrival = t;
        patients[p].handover = 0;
        return p;
    }

    /**
     * {@code p} enters the ED of {@code d} at time {@code t}: a free space, or the queue of its need.
     * Like every step of a happening below, it expects the statistics integrated up to t already.
     */
    private void enter(Department d, int p, double t) {
        d.inEd++;
        d.arrivedTotal++;
        d.arrivals[patients[p].source]++;
        if (d.busySpaces < d.spaces) {
            startTreatment(d, p, t);
        } else {
            int need = patients[p].need;
            if (d.queueTail[need] == NONE) {
                d.queueHead[need] = p;
            } else {
                patients[d.queueTail[need]].next = p;
            }
            d.queueTail[need] = p;
            if (patients[p].source == SOURCE_AMBULANCE) {
                d.ambulanceWaiting++;
            }
        }
    }

    // --- treatment, boarding, ward --------------------------------------------------------------

    /** Gives {@code p} a treatment space at time {@code t} (the caller has integrated up to t). */
    private void startTreatment(Department d, int p, double t) {
        d.busySpaces++;
        double w = t - patients[p].arrival;
        d.wait.add(w);
        addEnd(d, d.treatmentEnds, t + patients[p].treatment, p);
        if (patients[p].source == SOURCE_AMBULANCE) {
            if (t != sim.now()) {
                throw new IllegalStateException("internal: ambulance patient started at " + t + " off the clock " + sim.now());
            }
            d.offloadDelay.add(w);
            d.offloadTimeSum += w + patients[p].handover;
            sim.schedule(patients[p].handover, HANDOVER_END, patients[p].unit * hospitals + d.index);
        }
    }

    /** The treatment of the patient with the earliest treatment end (at {@code t}) ends. */
    private void treatmentEnd(Department d, double t) {
        int p = d.treatmentEnds.removeFirst();
        if (!patients[p].admit) {
            d.discharges++;
            d.dischargedTotal++;
            leaveEd(d, p, t);
            return;
        }
        d.admissions++;
        if (d.wardEnds.size() < d.beds) {
            toWard(d, p, t, 0.0);
        } else {
            // Board: keep the treatment space until a bed frees.
            d.boarding++;
            patients[p].boardStart = t;
            patients[p].next = NONE;
            if (d.boardTail == NONE) {
                d.boardHead = p;
            } else {
                patients[d.boardTail].next = p;
            }
            d.boardTail = p;
        }
    }

    private void toWard(Department d, int p, double t, double boarded) {
        d.wardEntries++;
        d.boardingSum += boarded;
        if (boarded > 0) {
            d.boardedPatients++;
        }
        d.toWardTotal++;
        addEnd(d, d.wardEnds, t + patients[p].wardStay, p); // the bed is taken from t: integrated up to t already
        leaveEd(d, p, t);
    }

    /** The earliest ward discharge (at {@code t}): the bed goes to the longest-boarding patient, if any. */
    private void wardDischarge(Department d, double t) {
        d.wardEnds.removeFirst();
        if (d.boarding > 0) {
            int p = d.boardHead;
            d.boardHead = patients[p].next;
            if (d.boardHead == NONE) {
                d.boardTail = NONE;
            }
            d.boarding--;
            toWard(d, p, t, t - patients[p].boardStart);
        }
    }

    /** {@code p} leaves the ED and its treatment space at {@code t}; the next waiting patient gets the space. */
    private void leaveEd(Department d, int p, double t) {
        d.los.add(t - patients[p].arrival);
        d.inEd--;
        d.busySpaces--;
        release(p);
        if (d.inEd > d.busySpaces) { // someone waits for a space
            startNextWaiting(d, t);
        }
    }

    /** The space freed at {@code t} goes to the first waiting patient of the most urgent need. */
    private void startNextWaiting(Department d, double t) {
        int[] head = d.queueHead;
        for (int need = 0; need < needs; need++) {
            int next = head[need];
            if (next != NONE) {
                head[need] = patients[next].next;
                if (head[need] == NONE) {
                    d.queueTail[need] = NONE;
                }
                if (patients[next].source == SOURCE_AMBULANCE) {
                    d.ambulanceWaiting--;
                }
                startTreatment(d, next, t);
                return;
            }
        }
    }

    /** Adds an end time of department d (treatment or ward) and keeps its earliest happening current. */
    private static void addEnd(Department d, EndTimes ends, double t, int p) {
        ends.add(t, p);
        if (t < d.nextHappening) {
            d.nextHappening = t;
        }
    }

    // --- slots ----------------------------------------------------------------------------------

    private int allocate() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == patients.length) {
            int n = patients.length * 2;
            patients = Patient.grow(patients, n);
            freeSlots = Arrays.copyOf(freeSlots, n);
        }
        return slotsUsed++;
    }

    private void release(int p) {
        freeSlots[freeCount++] = p;
    }

    // --- statistics -----------------------------------------------------------------------------

    @Override
    public void resetStatistics() {
        double now = sim.now();
        statStart = now;
        for (Department d : departments) {
            settle(d);
            d.resetStatistics(now);
        }
    }

    @Override
    public void recordResults(Responses out) {
        double now = sim.now();
        double span = now - statStart;
        for (Department d : departments) {
            settle(d);
            d.integrateTo(now);
            String m = "ed." + d.id + ".";
            long total = 0;
            for (int src = 0; src < 3; src++) {
                out.put(m + "arrivals." + SOURCE_NAME[src], d.arrivals[src]);
                total += d.arrivals[src];
            }
            out.put(m + "arrivals.total", total);
            out.put(m + "arrivals.perDay", span > 0 ? total * MINUTES_PER_DAY / span : Double.NaN);
            out.put(m + "occupancy.mean", d.occupancyMean());
            out.put(m + "occupancy.p90", d.occupancyQuantile(0.9));
            out.put(m + "occupancy.atOrAboveCapacity.share", span > 0 ? d.timeAtOrAboveCapacity / span : Double.NaN);
            double[] byHour = d.occupancyByHourOfDay(statStart);
            for (int hr = 0; hr < 24; hr++) {
                out.put(m + "occupancy.hour" + (hr < 10 ? "0" : "") + hr + ".mean", byHour[hr]);
            }
            out.put(m + "spacesBusy.mean", span > 0 ? d.busyArea / span : Double.NaN);
            out.put(m + "wait.mean_min", d.wait.mean());
            out.put(m + "wait.p90_min", d.wait.quantile(0.9));
            out.put(m + "los.mean_min", d.los.mean());
            out.put(m + "los.p90_min", d.los.quantile(0.9));
            out.put(m + "los.over4h.share", d.los.shareAbove());
            out.put(m + "boarding.mean_min", d.wardEntries == 0 ? Double.NaN : d.boardingSum / d.wardEntries);
            out.put(m + "boarding.share", d.wardEntries == 0 ? Double.NaN : (double) d.boardedPatients / d.wardEntries);
            out.put(m + "offload.delay.mean_min", d.offloadDelay.mean());
            out.put(m + "offload.delay.p90_min", d.offloadDelay.quantile(0.9));
            out.put(m + "offload.time.mean_min", d.offloadDelay.count() == 0 ? Double.NaN : d.offloadTimeSum / d.offloadDelay.count());
            out.put(m + "admissions", d.admissions);
            long decided = d.admissions + d.discharges;
            out.put(m + "outpatient.share", decided == 0 ? Double.NaN : (double) d.discharges / decided);
            out.put(m + "ward.occupancy.mean", span > 0 ? d.wardArea / span : Double.NaN);
        }
    }

    // --- read-only views (tests, traces, the chain's own metrics) -------------------------------

    /** Department {@code hospital}, settled up to now. */
    private Department settled(int hospital) {
        Department d = departments[hospital];
        settle(d);
        return d;
    }

    /** Patients now in the ED of {@code hospital}: waiting, in treatment or boarding. */
    public int patientsInEd(int hospital) {
        return settled(hospital).inEd;
    }

    /** Treatment spaces in use (by patients in treatment or boarding). */
    public int spacesInUse(int hospital) {
        return settled(hospital).busySpaces;
    }

    /** Admitted patients waiting in the ED for a ward bed. */
    public int boardingNow(int hospital) {
        return settled(hospital).boarding;
    }

    /** Ward beds in use. */
    public int wardBedsInUse(int hospital) {
        return settled(hospital).wardEnds.size();
    }

    /** Patients who have arrived since time 0 (never reset). */
    public long arrivedTotal(int hospital) {
        return settled(hospital).arrivedTotal;
    }

    /** Outpatient discharges since time 0 (never reset). */
    public long dischargedTotal(int hospital) {
        return settled(hospital).dischargedTotal;
    }

    /** Patients moved from the ED to a ward bed since time 0 (never reset). */
    public long admittedToWardTotal(int hospital) {
        return settled(hospital).toWardTotal;
    }

    /** Observations of the wait for a treatment space since the last reset. */
    public long waitCount(int hospital) {
        return settled(hospital).wait.count();
    }

    /** Completed ED stays since the last reset. */
    public long losCount(int hospital) {
        return settled(hospital).los.count();
    }

    /** Ambulance offloads (space obtained) since the last reset. */
    public long offloadCount(int hospital) {
        return settled(hospital).offloadDelay.count();
    }

    /** Time-weighted mean number of patients in the ED since the last reset (up to its last change). */
    public double occupancyMean(int h) {
        return settled(h).occupancyMean();
    }

    /** The smallest level L with share of time at levels ≤ L at least {@code p}. */
    public double occupancyQuantile(int h, double p) {
        return settled(h).occupancyQuantile(p);
    }

    private static double[] cdf(double[] p) {
        double[] c = new double[p.length];
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += p[i];
            c[i] = s;
        }
        c[c.length - 1] = Double.POSITIVE_INFINITY; // guards against rounding in the sum
        return c;
    }

    private static int categorical(double[] cdf, double u) {
        int i = 0;
        while (u >= cdf[i]) {
            i++;
        }
        return i;
    }
}
