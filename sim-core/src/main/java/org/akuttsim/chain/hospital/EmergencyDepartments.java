package org.akuttsim.chain.hospital;

import java.util.List;
import org.akuttsim.chain.HospitalLink;
import org.akuttsim.chain.OffloadListener;
import org.akuttsim.engine.Simulator;
import org.akuttsim.experiment.Responses;
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
 *       taken the patient <b>boards</b>: stays in the treatment space, FCFS for the next free bed —
 *       with a {@link WardRelief}, at most its boarding limit, then a corridor bed above the beds.</li>
 *   <li><b>Ward stay</b> (lognormal, days; shortened by discharge pressure when the patient enters a
 *       ward above the relief's threshold), then the bed goes to the longest-boarding patient (while
 *       the ward is back under its beds), whose treatment space goes to the next waiting patient.</li>
 * </ol>
 * Length of stay (LOS) = ED arrival to leaving the ED (wait + treatment + boarding).
 *
 * <h2>Randomness</h2>
 * A patient's own numbers (treatment time, admission, ward stay, handover) are drawn at arrival from
 * a {@link KeyedRandom} ({@link PatientDraws}): re-seeded with {@code (callKey, }{@link #CALL_KEY_PART}{@code )} for ambulance patients and
 * with the arrival's own key (source key, hour of the run, number in the hour) for walk-ins and
 * referrals. Walk-in and referral arrivals are {@link HourlyArrivals} keyed by the replication's keys
 * {@code ed.<id>.walkIn} and {@code ed.<id>.referral}: hour-by-hour Poisson counts and uniform
 * times, so a scenario with higher hourly rates keeps every arrival of the base scenario.
 *
 * <h2>Memory and speed</h2>
 * Patients are {@link Patient} slots, recycled through a free list ({@link Patients}), linked into
 * per-(hospital, need) waiting queues and a per-hospital boarding queue through their {@code next}
 * slot. The slots grow (by doubling) only with the largest number of patients in the EDs at once,
 * never with the horizon; ward patients need no slot. Nothing is allocated per event once grown.
 * Each hospital's own state, pending happenings and statistics are the fields of one
 * {@link Department}.
 *
 * <p>Only what the chain sees runs on the event list: the end of each ambulance's handover, and a
 * wake-up while an ambulance patient waits for a space. Walk-in and referral arrivals, treatment
 * ends, ward discharges and boarders' moves to the ward are kept per hospital and applied in time
 * order, each at its own time, whenever the hospital is next touched ({@link PatientFlow#settle});
 * results are those of one event per happening.
 *
 * <h2>Parts</h2>
 * This class is the chain's side: it checks the chain's input, dispatches the hospital events and
 * answers the views. {@link PatientFlow} moves the patients and applies the happenings,
 * {@link PatientDraws} draws each patient's own numbers, {@link EmergencyDepartmentResults} writes
 * the metrics, and {@link HospitalTables} holds what the parameters alone determine.
 *
 * <h2>Metrics</h2>
 * All streamed and reset at the end of the warm-up. "Occupancy" counts patients present in the ED
 * (waiting, in treatment, boarding); its quantiles come from the exact time at each level.
 */
public final class EmergencyDepartments implements HospitalLink {

    /** The {@link KeyedRandom} part of a call's key used for its hospital draws (the chain uses 0–7). */
    public static final int CALL_KEY_PART = 8;
    /** {@link KeyedRandom} part of a patient referred by the municipal side (legevakt, GP): re-seeded with {@code (key, 9)}. */
    public static final int REFERRAL_KEY_PART = 9;

    /**
     * Event kinds (all in [100, 200)): a space may free for a waiting ambulance patient; an
     * ambulance's handover ends. Everything else in the EDs happens without events (see
     * {@link PatientFlow#settle}).
     */
    static final int WAKE = 102;
    static final int HANDOVER_END = 103;

    /** Arrival source: brought by an ambulance of the chain (indices into per-source arrays). */
    public static final int SOURCE_AMBULANCE = 0;
    /** Arrival source: came on their own (self-referred). */
    public static final int SOURCE_WALK_IN = 1;
    /** Arrival source: referred by a GP or the legevakt. */
    public static final int SOURCE_REFERRAL = 2;
    private static final String[] SOURCE_NAME = {"ambulance", "walkIn", "referral"};

    private final Simulator sim;
    private final OffloadListener listener;
    private final HospitalParameters params;
    private final int hospitals;
    private final int needs;
    private final int ageGroups;
    /** Per hospital: state, pending happenings and statistics. */
    private final Department[] departments;
    private final PatientFlow flow;
    private final EmergencyDepartmentResults results;

    /**
     * @param sim      the chain's simulator; its clock counts minutes from Monday 00:00
     * @param params   departments and patient-flow parameters
     * @param streams  this replication's streams (candidate arrivals and patient keys derive from them)
     * @param listener told when an ambulance is released
     */
    public EmergencyDepartments(Simulator sim, HospitalParameters params, StreamFactory streams, OffloadListener listener) {
        this(sim, params, HospitalTables.of(params), streams, listener);
    }

    EmergencyDepartments(Simulator sim, HospitalParameters params, HospitalTables tables, StreamFactory streams,
            OffloadListener listener) {
        if (sim == null || params == null || streams == null || listener == null) {
            throw new IllegalArgumentException("simulator, parameters, streams and offload listener must all be given");
        }
        this.sim = sim;
        this.listener = listener;
        this.params = params;
        List<EmergencyDepartmentSpec> specs = params.hospitals();
        hospitals = specs.size();
        needs = params.needLevels();
        ageGroups = params.ageGroups();
        departments = new Department[hospitals];
        for (int h = 0; h < hospitals; h++) {
            EmergencyDepartmentSpec s = specs.get(h);
            HourlyArrivals walkIns = tables.arrivals(h, s, SOURCE_WALK_IN, streams);
            HourlyArrivals referrals = tables.arrivals(h, s, SOURCE_REFERRAL, streams);
            departments[h] = new Department(h, s, needs, walkIns, referrals, sim.now());
        }
        flow = new PatientFlow(sim, params, tables);
        results = new EmergencyDepartmentResults(sim.now());
    }

    /** The name of arrival source {@code source} in stream keys and metrics. */
    static String sourceName(int source) {
        return SOURCE_NAME[source];
    }

    /**
     * Number of hospitals; indices run from 0 in the order of the parameters.
     *
     * @return the number of hospitals
     */
    public int hospitalCount() {
        return hospitals;
    }

    /**
     * The parameters this system was built from.
     *
     * @return the parameters
     */
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
            case HANDOVER_END -> listener.offloadComplete(entity / hospitals, entity % hospitals); // entity: see PatientFlow
            case WAKE -> flow.wake(departments[entity]);
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
        if (ageGroup < 0 || ageGroup >= ageGroups) {
            throw new IllegalArgumentException("ageGroup must be in [0, " + ageGroups + "), was " + ageGroup);
        }
        if (unit < 0 || unit > (Integer.MAX_VALUE - hospital) / hospitals) {
            throw new IllegalArgumentException("unit index out of range: " + unit);
        }
        flow.ambulanceArrival(departments[hospital], unit, callKey, trueNeed, ageGroup);
    }

    @Override
    public void referralArrival(int hospital, long key) {
        if (hospital < 0 || hospital >= hospitals) {
            throw new IllegalArgumentException("hospital must be in [0, " + hospitals + "), was " + hospital);
        }
        flow.referralArrival(departments[hospital], key);
    }

    // --- statistics -----------------------------------------------------------------------------

    @Override
    public void resetStatistics() {
        double now = sim.now();
        results.restartAt(now);
        for (Department d : departments) {
            flow.settle(d);
            d.resetStatistics(now);
        }
    }

    @Override
    public void recordResults(Responses out) {
        double now = sim.now();
        for (Department d : departments) {
            flow.settle(d);
            results.record(d, out, now);
        }
    }

    // --- read-only views (tests, traces, the chain's own metrics) -------------------------------

    /** Department {@code hospital}, settled up to now. */
    private Department settled(int hospital) {
        Department d = departments[hospital];
        flow.settle(d);
        return d;
    }

    /**
     * Patients now in the ED of {@code hospital}: waiting, in treatment or boarding.
     *
     * @param hospital the hospital's index
     * @return the number of patients
     */
    public int patientsInEd(int hospital) {
        return settled(hospital).inEd;
    }

    /**
     * Treatment spaces in use (by patients in treatment or boarding).
     *
     * @param hospital the hospital's index
     * @return the spaces in use
     */
    public int spacesInUse(int hospital) {
        return settled(hospital).busySpaces;
    }

    /**
     * Admitted patients waiting in the ED for a ward bed.
     *
     * @param hospital the hospital's index
     * @return the number boarding
     */
    public int boardingNow(int hospital) {
        return settled(hospital).boarding;
    }

    /**
     * Ward beds in use.
     *
     * @param hospital the hospital's index
     * @return the beds in use
     */
    public int wardBedsInUse(int hospital) {
        return settled(hospital).wardEnds.size();
    }

    /**
     * Patients who have arrived since time 0 (never reset).
     *
     * @param hospital the hospital's index
     * @return the count
     */
    public long arrivedTotal(int hospital) {
        return settled(hospital).arrivedTotal;
    }

    /**
     * Outpatient discharges since time 0 (never reset).
     *
     * @param hospital the hospital's index
     * @return the count
     */
    public long dischargedTotal(int hospital) {
        return settled(hospital).dischargedTotal;
    }

    /**
     * Patients moved from the ED to a ward bed since time 0 (never reset).
     *
     * @param hospital the hospital's index
     * @return the count
     */
    public long admittedToWardTotal(int hospital) {
        return settled(hospital).toWardTotal;
    }

    /**
     * Observations of the wait for a treatment space since the last reset.
     *
     * @param hospital the hospital's index
     * @return the count
     */
    public long waitCount(int hospital) {
        return settled(hospital).wait.count();
    }

    /**
     * Completed ED stays since the last reset.
     *
     * @param hospital the hospital's index
     * @return the count
     */
    public long losCount(int hospital) {
        return settled(hospital).los.count();
    }

    /**
     * Ambulance offloads (space obtained) since the last reset.
     *
     * @param hospital the hospital's index
     * @return the count
     */
    public long offloadCount(int hospital) {
        return settled(hospital).offloadDelay.count();
    }

    /**
     * Time-weighted mean number of patients in the ED since the last reset (up to its last change).
     *
     * @param h the hospital's index
     * @return the mean number of patients
     */
    public double occupancyMean(int h) {
        return settled(h).occupancyMean();
    }

    /**
     * The smallest level L with share of time at levels ≤ L at least {@code p}.
     *
     * @param h the hospital's index
     * @param p the probability, in [0, 1]
     * @return the occupancy quantile, in patients
     */
    public double occupancyQuantile(int h, double p) {
        return settled(h).occupancyQuantile(p);
    }
}
