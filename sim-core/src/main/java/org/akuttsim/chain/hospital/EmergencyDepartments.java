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
 * Patients are slots in primitive arrays, recycled through a free list, linked into per-(hospital,
 * need) waiting queues and a per-hospital boarding queue through a {@code next} array. The arrays
 * grow (by doubling) only with the largest number of patients in the EDs at once, never with the
 * horizon; ward patients need no slot. Nothing is allocated per event once grown.
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

    private static final int NONE = -1;
    private static final double MINUTES_PER_HOUR = 60.0;
    private static final double MINUTES_PER_DAY = 1440.0;
    private static final double FOUR_HOURS = 240.0;
    /** Histogram range for waits, stays and offload delays: one week in 1-minute bins. */
    private static final double HIST_LIMIT = 7 * MINUTES_PER_DAY;

    private final Simulator sim;
    private final OffloadListener listener;
    private final HospitalParameters params;
    private final int hospitals;
    private final int needs;
    private final String[] ids;

    // Capacities and arrival processes, per hospital (and source 1 = walk-in, 2 = referral).
    private final int[] spaces;
    private final int[] beds;
    private final HourlyArrivals[] arrivalProcess; // [h * 3 + source]; source 0 unused
    private final double[] nextArrival; // [h * 3 + source]: time of the next arrival (∞: none)

    // Distributions of a patient's own numbers.
    private final KeyedRandom keyed = new KeyedRandom();
    private final boolean exponentialTreatment;
    private final double treatmentMeanMinutes;
    private final LogNormalTime treatment;
    private final LogNormalTime wardStay;
    private final LogNormalTime handover;
    private final double[][] admitP;
    private final double[][] needCdf; // [source][need]
    private final double[][] ageCdf;

    // State per hospital.
    private final int[] inEd;
    private final int[] busySpaces;
    // Pending happenings per hospital (see settle): treatment ends (at most spaces[h]) and ward
    // discharges (one per busy bed, so their number is the ward's occupancy).
    private final EndTimes[] treatmentEnds;
    private final EndTimes[] wardEnds;
    private final double[] nextHappening; // earliest pending happening of hospital h
    private final int[] ambulanceWaiting; // ambulance patients in the queues of hospital h
    private final boolean[] wakePending;
    private final long[] wakeHandle;
    private final double[] wakeTime;
    private final int[] boarding;
    private final int[] queueHead; // [h * needs + need]
    private final int[] queueTail;
    private final int[] boardHead;
    private final int[] boardTail;

    // Patient slots.
    private int[] pHospital;
    private int[] pNeed;
    private int[] pSource;
    private int[] pUnit;
    private int[] pNext;
    private boolean[] pAdmit;
    private double[] pArrival;
    private double[] pTreatment;
    private double[] pWardStay;
    private double[] pHandover;
    private double[] pBoardStart;
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;

    // Totals since time 0 (never reset): conservation checks.
    private final long[] arrivedTotal;
    private final long[] dischargedTotal;
    private final long[] toWardTotal;

    // Statistics since the last reset.
    private double statStart;
    private final double[] lastChange;
    private final long[][] arrivals; // [h][source]
    private final double[][] timeAtLevel; // [h][patients in ED]
    private final double[][] areaByHourOfDay; // [h][hour]
    private final double[] timeAtOrAboveCapacity;
    private final double[] busyArea;
    private final double[] wardArea;
    private final MinuteHistogram[] wait;
    private final MinuteHistogram[] los;
    private final MinuteHistogram[] offloadDelay;
    private final double[] offloadTimeSum;
    private final long[] admissions;
    private final long[] discharges;
    private final long[] boardedPatients;
    private final double[] boardingSum;
    private final long[] wardEntries;

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
        ids = new String[hospitals];
        spaces = new int[hospitals];
        beds = new int[hospitals];
        arrivalProcess = new HourlyArrivals[hospitals * 3];
        nextArrival = new double[hospitals * 3];
        for (int h = 0; h < hospitals; h++) {
            EmergencyDepartmentSpec s = specs.get(h);
            ids[h] = s.id();
            spaces[h] = s.treatmentSpaces();
            beds[h] = s.wardBeds();
            for (int src = SOURCE_WALK_IN; src <= SOURCE_REFERRAL; src++) {
                String name = "ed." + s.id() + "." + SOURCE_NAME[src];
                arrivalProcess[h * 3 + src] = new HourlyArrivals(tables.arrivalCdf()[h * 3 + src], streams.key(name));
            }
        }
        exponentialTreatment = params.treatmentDistribution() == HospitalParameters.StayDistribution.EXPONENTIAL;
        treatmentMeanMinutes = params.treatmentMeanHours() * MINUTES_PER_HOUR;
        treatment = tables.treatment();
        wardStay = tables.wardStay();
        handover = tables.handover();
        admitP = params.admissionProbability();
        needCdf = new double[3][];
        ageCdf = new double[3][];
        needCdf[SOURCE_WALK_IN] = cdf(params.walkInNeedMix());
        ageCdf[SOURCE_WALK_IN] = cdf(params.walkInAgeMix());
        needCdf[SOURCE_REFERRAL] = cdf(params.referralNeedMix());
        ageCdf[SOURCE_REFERRAL] = cdf(params.referralAgeMix());

        inEd = new int[hospitals];
        busySpaces = new int[hospitals];
        treatmentEnds = new EndTimes[hospitals];
        wardEnds = new EndTimes[hospitals];
        for (int h = 0; h < hospitals; h++) {
            treatmentEnds[h] = new EndTimes(spaces[h]);
            wardEnds[h] = new EndTimes(beds[h]);
        }
        nextHappening = new double[hospitals];
        Arrays.fill(nextHappening, Double.POSITIVE_INFINITY);
        Arrays.fill(nextArrival, Double.POSITIVE_INFINITY);
        ambulanceWaiting = new int[hospitals];
        wakePending = new boolean[hospitals];
        wakeHandle = new long[hospitals];
        wakeTime = new double[hospitals];
        boarding = new int[hospitals];
        queueHead = new int[hospitals * needs];
        queueTail = new int[hospitals * needs];
        Arrays.fill(queueHead, NONE);
        Arrays.fill(queueTail, NONE);
        boardHead = new int[hospitals];
        boardTail = new int[hospitals];
        Arrays.fill(boardHead, NONE);
        Arrays.fill(boardTail, NONE);

        int cap = 64;
        pHospital = new int[cap];
        pNeed = new int[cap];
        pSource = new int[cap];
        pUnit = new int[cap];
        pNext = new int[cap];
        pAdmit = new boolean[cap];
        pArrival = new double[cap];
        pTreatment = new double[cap];
        pWardStay = new double[cap];
        pHandover = new double[cap];
        pBoardStart = new double[cap];
        freeSlots = new int[cap];

        arrivedTotal = new long[hospitals];
        dischargedTotal = new long[hospitals];
        toWardTotal = new long[hospitals];
        lastChange = new double[hospitals];
        arrivals = new long[hospitals][3];
        timeAtLevel = new double[hospitals][];
        areaByHourOfDay = new double[hospitals][24];
        timeAtOrAboveCapacity = new double[hospitals];
        busyArea = new double[hospitals];
        wardArea = new double[hospitals];
        wait = new MinuteHistogram[hospitals];
        los = new MinuteHistogram[hospitals];
        offloadDelay = new MinuteHistogram[hospitals];
        offloadTimeSum = new double[hospitals];
        admissions = new long[hospitals];
        discharges = new long[hospitals];
        boardedPatients = new long[hospitals];
        boardingSum = new double[hospitals];
        wardEntries = new long[hospitals];
        for (int h = 0; h < hospitals; h++) {
            timeAtLevel[h] = new double[4 * spaces[h] + 16];
            wait[h] = new MinuteHistogram(1.0, HIST_LIMIT, FOUR_HOURS);
            los[h] = new MinuteHistogram(1.0, HIST_LIMIT, FOUR_HOURS);
            offloadDelay[h] = new MinuteHistogram(1.0, HIST_LIMIT, FOUR_HOURS);
        }
        statStart = sim.now();
        Arrays.fill(lastChange, sim.now());
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
        for (int h = 0; h < hospitals; h++) {
            for (int src = SOURCE_WALK_IN; src <= SOURCE_REFERRAL; src++) {
                HourlyArrivals a = arrivalProcess[h * 3 + src];
                a.start(sim.now());
                nextArrival[h * 3 + src] = a.next();
            }
            updateNext(h);
        }
    }

    @Override
    public void handle(int kind, int entity) {
        switch (kind) {
            case HANDOVER_END -> listener.offloadComplete(entity / hospitals, entity % hospitals);
            case WAKE -> {
                wakePending[entity] = false;
                settle(entity);
                ensureWake(entity);
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
        settle(hospital); // the ED as it is now (before the keyed draws: settling may draw walk-ins)
        double now = sim.now();
        keyed.reseed(callKey, CALL_KEY_PART);
        int p = newPatient(hospital, trueNeed, SOURCE_AMBULANCE, unit, now);
        // Handover: base draw plus the crowding surcharge at arrival (occupancy counts this patient).
        double base = params.handoverMedianMinutes() == 0 ? 0.0 : handover.inverse(keyed.nextDouble());
        double excess = (double) (inEd[hospital] + 1) / spaces[hospital] - params.crowdingThreshold();
        pHandover[p] = base + (excess > 0 ? params.crowdingMinutesPer10Percent() * excess * 10.0 : 0.0);
        drawOutcome(p, trueNeed, ageGroup);
        enter(p, now);
        ensureWake(hospital);
    }

    /*
     * Happenings instead of events. Inside the ED only two things must happen on the chain's clock:
     * an ambulance's release (HANDOVER_END, which the chain sees) and the start of treatment of an
     * ambulance patient who waited for a space (it schedules that release). Everything else — walk-in
     * and referral arrivals, ends of treatment, ward discharges, boarders moving to a ward bed — only
     * changes this hospital's own state, which nobody reads between the hospital's own calls. So each
     * hospital keeps its pending happenings in small structures of its own (the next arrival of each
     * source, a min-heap of treatment ends, a min-heap of ward discharge times) and settle(h) applies
     * every happening due by now in time order, each at its own time (the statistics are integrated
     * up to each happening's time, exactly as its event would have), before anything reads or changes
     * hospital h: an ambulance arrival, a WAKE event, a view, a reset, the final record. While an
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

    /** Applies every happening of hospital {@code h} due by now, in time order. */
    private void settle(int h) {
        double now = sim.now();
        if (nextHappening[h] > now) {
            return;
        }
        do {
            happenNext(h);
            updateNext(h);
        } while (nextHappening[h] <= now);
        if (ambulanceWaiting[h] > 0) {
            ensureWake(h);
        }
    }

    /** Applies the earliest pending happening (ward discharges first at equal times, as before). */
    private void happenNext(int h) {
        double tw = wardEnds[h].first();
        double tt = treatmentEnds[h].first();
        int a = h * 3;
        double tWalk = nextArrival[a + SOURCE_WALK_IN];
        double tRef = nextArrival[a + SOURCE_REFERRAL];
        double ta = Math.min(tWalk, tRef);
        if (tw <= tt && tw <= ta) {
            wardDischarge(h, tw);
        } else if (tt <= ta) {
            treatmentEnd(h, tt);
        } else {
            internalArrival(h, tWalk <= tRef ? SOURCE_WALK_IN : SOURCE_REFERRAL, ta);
        }
    }

    /** Caches the time of hospital {@code h}'s earliest pending happening. */
    private void updateNext(int h) {
        int a = h * 3;
        double t = Math.min(nextArrival[a + SOURCE_WALK_IN], nextArrival[a + SOURCE_REFERRAL]);
        t = Math.min(t, Math.min(treatmentEnds[h].first(), wardEnds[h].first()));
        nextHappening[h] = t;
    }

    /**
     * While an ambulance patient waits for a space, keeps one WAKE event at the earliest moment a
     * space can free: the first treatment end or, while patients board, the first ward discharge.
     */
    private void ensureWake(int h) {
        if (ambulanceWaiting[h] == 0) {
            return;
        }
        double t = treatmentEnds[h].first();
        if (boarding[h] > 0) {
            t = Math.min(t, wardEnds[h].first());
        }
        if (t == Double.POSITIVE_INFINITY) {
            return; // only boarders hold the spaces and no bed will free (a ward without beds)
        }
        if (wakePending[h]) {
            if (wakeTime[h] <= t) {
                return;
            }
            sim.cancel(wakeHandle[h]);
        }
        wakePending[h] = true;
        wakeTime[h] = t;
        wakeHandle[h] = sim.scheduleAt(Math.max(t, sim.now()), WAKE, h);
    }

    // --- arrivals -------------------------------------------------------------------------------

    /** The current arrival of {@code src} (at {@code t}) enters; the source's next arrival is drawn. */
    private void internalArrival(int h, int src, double t) {
        HourlyArrivals a = arrivalProcess[h * 3 + src];
        a.reseedPatient(keyed);
        int need = categorical(needCdf[src], keyed.nextDouble());
        int age = categorical(ageCdf[src], keyed.nextDouble());
        int p = newPatient(h, need, src, NONE, t);
        drawOutcome(p, need, age);
        enter(p, t);
        nextArrival[h * 3 + src] = a.next();
    }

    /**
     * The patient's treatment time, admission and ward stay: the last of its keyed draws, so the ward
     * stay (used only by admitted patients) is drawn only for them — skipping it changes no other
     * number.
     */
    private void drawOutcome(int p, int need, int age) {
        double u = keyed.nextDouble();
        pTreatment[p] = exponentialTreatment ? Exponential.inverse(u, treatmentMeanMinutes) : treatment.inverse(u);
        boolean admit = keyed.nextDouble() < admitP[need][age];
        pAdmit[p] = admit;
        pWardStay[p] = admit ? wardStay.inverse(keyed.nextDouble()) : 0.0;
    }

    private int newPatient(int h, int need, int src, int unit, double t) {
        int p = allocate();
        pHospital[p] = h;
        pNeed[p] = need;
        pSource[p] = src;
        pUnit[p] = unit;
        pNext[p] = NONE;
        pArrival[p] = t;
        pHandover[p] = 0;
        return p;
    }

    /** {@code p} enters the ED at time {@code t}: a free space, or the queue of its need. */
    private void enter(int p, double t) {
        int h = pHospital[p];
        advanceTo(h, t);
        inEd[h]++;
        arrivedTotal[h]++;
        arrivals[h][pSource[p]]++;
        if (busySpaces[h] < spaces[h]) {
            startTreatment(p, t);
        } else {
            int q = h * needs + pNeed[p];
            if (queueTail[q] == NONE) {
                queueHead[q] = p;
            } else {
                pNext[queueTail[q]] = p;
            }
            queueTail[q] = p;
            if (pSource[p] == SOURCE_AMBULANCE) {
                ambulanceWaiting[h]++;
            }
        }
    }

    // --- treatment, boarding, ward --------------------------------------------------------------

    /** Gives {@code p} a treatment space at time {@code t} (the caller has integrated up to t). */
    private void startTreatment(int p, double t) {
        int h = pHospital[p];
        busySpaces[h]++;
        double w = t - pArrival[p];
        wait[h].add(w);
        addEnd(h, treatmentEnds[h], t + pTreatment[p], p);
        if (pSource[p] == SOURCE_AMBULANCE) {
            if (t != sim.now()) {
                throw new IllegalStateException("internal: ambulance patient started at " + t + " off the clock " + sim.now());
            }
            offloadDelay[h].add(w);
            offloadTimeSum[h] += w + pHandover[p];
            sim.schedule(pHandover[p], HANDOVER_END, pUnit[p] * hospitals + h);
        }
    }

    /** The treatment of the patient with the earliest treatment end (at {@code t}) ends. */
    private void treatmentEnd(int h, double t) {
        int p = treatmentEnds[h].removeFirst();
        if (!pAdmit[p]) {
            discharges[h]++;
            dischargedTotal[h]++;
            leaveEd(p, t);
            return;
        }
        admissions[h]++;
        if (wardEnds[h].size() < beds[h]) {
            toWard(p, t, 0.0);
        } else {
            // Board: keep the treatment space until a bed frees.
            advanceTo(h, t);
            boarding[h]++;
            pBoardStart[p] = t;
            pNext[p] = NONE;
            if (boardTail[h] == NONE) {
                boardHead[h] = p;
            } else {
                pNext[boardTail[h]] = p;
            }
            boardTail[h] = p;
        }
    }

    private void toWard(int p, double t, double boarded) {
        int h = pHospital[p];
        advanceTo(h, t);
        wardEntries[h]++;
        boardingSum[h] += boarded;
        if (boarded > 0) {
            boardedPatients[h]++;
        }
        toWardTotal[h]++;
        addEnd(h, wardEnds[h], t + pWardStay[p], p); // the bed is taken from t: advanceTo above ran first
        leaveEd(p, t);
    }

    /** The earliest ward discharge (at {@code t}): the bed goes to the longest-boarding patient, if any. */
    private void wardDischarge(int h, double t) {
        advanceTo(h, t); // the bed was busy up to t
        wardEnds[h].removeFirst();
        if (boarding[h] > 0) {
            int p = boardHead[h];
            boardHead[h] = pNext[p];
            if (boardHead[h] == NONE) {
                boardTail[h] = NONE;
            }
            boarding[h]--;
            toWard(p, t, t - pBoardStart[p]);
        }
    }

    /** {@code p} leaves the ED and its treatment space at {@code t}; the next waiting patient gets the space. */
    private void leaveEd(int p, double t) {
        int h = pHospital[p];
        advanceTo(h, t);
        los[h].add(t - pArrival[p]);
        inEd[h]--;
        busySpaces[h]--;
        release(p);
        for (int q = h * needs, end = q + needs; q < end; q++) {
            int next = queueHead[q];
            if (next != NONE) {
                queueHead[q] = pNext[next];
                if (queueHead[q] == NONE) {
                    queueTail[q] = NONE;
                }
                if (pSource[next] == SOURCE_AMBULANCE) {
                    ambulanceWaiting[h]--;
                }
                startTreatment(next, t);
                return;
            }
        }
    }

    /** Adds an end time of hospital h (treatment or ward) and keeps its earliest happening current. */
    private void addEnd(int h, EndTimes ends, double t, int p) {
        ends.add(t, p);
        if (t < nextHappening[h]) {
            nextHappening[h] = t;
        }
    }

    // --- slots ----------------------------------------------------------------------------------

    private int allocate() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == pHospital.length) {
            int n = pHospital.length * 2;
            pHospital = Arrays.copyOf(pHospital, n);
            pNeed = Arrays.copyOf(pNeed, n);
            pSource = Arrays.copyOf(pSource, n);
            pUnit = Arrays.copyOf(pUnit, n);
            pNext = Arrays.copyOf(pNext, n);
            pAdmit = Arrays.copyOf(pAdmit, n);
            pArrival = Arrays.copyOf(pArrival, n);
            pTreatment = Arrays.copyOf(pTreatment, n);
            pWardStay = Arrays.copyOf(pWardStay, n);
            pHandover = Arrays.copyOf(pHandover, n);
            pBoardStart = Arrays.copyOf(pBoardStart, n);
            freeSlots = Arrays.copyOf(freeSlots, n);
        }
        return slotsUsed++;
    }

    private void release(int p) {
        freeSlots[freeCount++] = p;
    }

    // --- statistics -----------------------------------------------------------------------------

    /** Integrates up to {@code now} (not before the last change) with the state unchanged. */
    private void advanceTo(int h, double now) {
        double from = lastChange[h];
        if (now <= from) {
            return;
        }
        double dt = now - from;
        int level = inEd[h];
        double[] atLevel = timeAtLevel[h];
        if (level >= atLevel.length) {
            atLevel = timeAtLevel[h] = Arrays.copyOf(atLevel, Math.max(level + 1, atLevel.length * 2));
        }
        atLevel[level] += dt;
        if (level >= spaces[h]) {
            timeAtOrAboveCapacity[h] += dt;
        }
        busyArea[h] += busySpaces[h] * dt;
        wardArea[h] += wardEnds[h].size() * dt;
        // Occupancy by hour of day: split the interval at hour boundaries.
        double[] byHour = areaByHourOfDay[h];
        long hour = (long) (from / MINUTES_PER_HOUR);
        if (now <= (hour + 1) * MINUTES_PER_HOUR) { // the usual case: no hour boundary in between
            byHour[(int) (hour % 24)] += level * dt;
            lastChange[h] = now;
            return;
        }
        double t = from;
        while (t < now) {
            double hourStart = Math.floor(t / MINUTES_PER_HOUR) * MINUTES_PER_HOUR;
            double segEnd = Math.min(now, hourStart + MINUTES_PER_HOUR);
            byHour[(int) ((long) (hourStart / MINUTES_PER_HOUR) % 24)] += level * (segEnd - t);
            t = segEnd;
        }
        lastChange[h] = now;
    }

    @Override
    public void resetStatistics() {
        double now = sim.now();
        statStart = now;
        for (int h = 0; h < hospitals; h++) {
            settle(h);
            lastChange[h] = now;
            Arrays.fill(arrivals[h], 0);
            Arrays.fill(timeAtLevel[h], 0);
            Arrays.fill(areaByHourOfDay[h], 0);
            timeAtOrAboveCapacity[h] = 0;
            busyArea[h] = 0;
            wardArea[h] = 0;
            wait[h].reset();
            los[h].reset();
            offloadDelay[h].reset();
            offloadTimeSum[h] = 0;
            admissions[h] = 0;
            discharges[h] = 0;
            boardedPatients[h] = 0;
            boardingSum[h] = 0;
            wardEntries[h] = 0;
        }
    }

    @Override
    public void recordResults(Responses out) {
        double now = sim.now();
        double span = now - statStart;
        for (int h = 0; h < hospitals; h++) {
            settle(h);
            advanceTo(h, now);
            String m = "ed." + ids[h] + ".";
            long total = 0;
            for (int src = 0; src < 3; src++) {
                out.put(m + "arrivals." + SOURCE_NAME[src], arrivals[h][src]);
                total += arrivals[h][src];
            }
            out.put(m + "arrivals.total", total);
            out.put(m + "arrivals.perDay", span > 0 ? total * MINUTES_PER_DAY / span : Double.NaN);
            out.put(m + "occupancy.mean", occupancyMean(h));
            out.put(m + "occupancy.p90", occupancyQuantile(h, 0.9));
            out.put(m + "occupancy.atOrAboveCapacity.share", span > 0 ? timeAtOrAboveCapacity[h] / span : Double.NaN);
            double[] byHour = occupancyByHourOfDay(h);
            for (int hr = 0; hr < 24; hr++) {
                out.put(m + "occupancy.hour" + (hr < 10 ? "0" : "") + hr + ".mean", byHour[hr]);
            }
            out.put(m + "spacesBusy.mean", span > 0 ? busyArea[h] / span : Double.NaN);
            out.put(m + "wait.mean_min", wait[h].mean());
            out.put(m + "wait.p90_min", wait[h].quantile(0.9));
            out.put(m + "los.mean_min", los[h].mean());
            out.put(m + "los.p90_min", los[h].quantile(0.9));
            out.put(m + "los.over4h.share", los[h].shareAbove());
            out.put(m + "boarding.mean_min", wardEntries[h] == 0 ? Double.NaN : boardingSum[h] / wardEntries[h]);
            out.put(m + "boarding.share", wardEntries[h] == 0 ? Double.NaN : (double) boardedPatients[h] / wardEntries[h]);
            out.put(m + "offload.delay.mean_min", offloadDelay[h].mean());
            out.put(m + "offload.delay.p90_min", offloadDelay[h].quantile(0.9));
            out.put(m + "offload.time.mean_min", offloadDelay[h].count() == 0 ? Double.NaN : offloadTimeSum[h] / offloadDelay[h].count());
            out.put(m + "admissions", admissions[h]);
            long decided = admissions[h] + discharges[h];
            out.put(m + "outpatient.share", decided == 0 ? Double.NaN : (double) discharges[h] / decided);
            out.put(m + "ward.occupancy.mean", span > 0 ? wardArea[h] / span : Double.NaN);
        }
    }

    // --- read-only views (tests, traces, the chain's own metrics) -------------------------------

    /** Patients now in the ED of {@code hospital}: waiting, in treatment or boarding. */
    public int patientsInEd(int hospital) {
        settle(hospital);
        return inEd[hospital];
    }

    /** Treatment spaces in use (by patients in treatment or boarding). */
    public int spacesInUse(int hospital) {
        settle(hospital);
        return busySpaces[hospital];
    }

    /** Admitted patients waiting in the ED for a ward bed. */
    public int boardingNow(int hospital) {
        settle(hospital);
        return boarding[hospital];
    }

    /** Ward beds in use. */
    public int wardBedsInUse(int hospital) {
        settle(hospital);
        return wardEnds[hospital].size();
    }

    /** Patients who have arrived since time 0 (never reset). */
    public long arrivedTotal(int hospital) {
        settle(hospital);
        return arrivedTotal[hospital];
    }

    /** Outpatient discharges since time 0 (never reset). */
    public long dischargedTotal(int hospital) {
        settle(hospital);
        return dischargedTotal[hospital];
    }

    /** Patients moved from the ED to a ward bed since time 0 (never reset). */
    public long admittedToWardTotal(int hospital) {
        settle(hospital);
        return toWardTotal[hospital];
    }

    /** Observations of the wait for a treatment space since the last reset. */
    public long waitCount(int hospital) {
        settle(hospital);
        return wait[hospital].count();
    }

    /** Completed ED stays since the last reset. */
    public long losCount(int hospital) {
        settle(hospital);
        return los[hospital].count();
    }

    /** Ambulance offloads (space obtained) since the last reset. */
    public long offloadCount(int hospital) {
        settle(hospital);
        return offloadDelay[hospital].count();
    }

    /** Time-weighted mean number of patients in the ED since the last reset (up to its last change). */
    public double occupancyMean(int h) {
        settle(h);
        double sum = 0;
        double area = 0;
        double[] a = timeAtLevel[h];
        for (int k = 0; k < a.length; k++) {
            sum += a[k];
            area += k * a[k];
        }
        return sum > 0 ? area / sum : Double.NaN;
    }

    /** The smallest level L with share of time at levels ≤ L at least {@code p}. */
    public double occupancyQuantile(int h, double p) {
        settle(h);
        double[] a = timeAtLevel[h];
        double sum = 0;
        for (double v : a) {
            sum += v;
        }
        if (!(sum > 0)) {
            return Double.NaN;
        }
        double cum = 0;
        for (int k = 0; k < a.length; k++) {
            cum += a[k];
            if (cum >= p * sum * (1 - 1e-12)) {
                return k;
            }
        }
        return a.length - 1;
    }

    private double[] occupancyByHourOfDay(int h) {
        // Time observed in each hour of day since the reset, by the same splitting as advanceTo().
        double[] time = new double[24];
        double t = statStart;
        double end = lastChange[h];
        while (t < end) {
            double hourStart = Math.floor(t / MINUTES_PER_HOUR) * MINUTES_PER_HOUR;
            double segEnd = Math.min(end, hourStart + MINUTES_PER_HOUR);
            if (segEnd - t >= MINUTES_PER_HOUR && end - t >= MINUTES_PER_DAY) {
                // Whole days at once.
                double days = Math.floor((end - t) / MINUTES_PER_DAY);
                for (int i = 0; i < 24; i++) {
                    time[i] += days * MINUTES_PER_HOUR;
                }
                t += days * MINUTES_PER_DAY;
                continue;
            }
            time[(int) ((long) (hourStart / MINUTES_PER_HOUR) % 24)] += segEnd - t;
            t = segEnd;
        }
        double[] mean = new double[24];
        for (int i = 0; i < 24; i++) {
            mean[i] = time[i] > 0 ? areaByHourOfDay[h][i] / time[i] : Double.NaN;
        }
        return mean;
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
