package org.akuttsim.chain;

import java.util.Arrays;

import org.akuttsim.chain.dispatch.DispatchPolicy;
import org.akuttsim.chain.dispatch.DispatchView;
import org.akuttsim.engine.EventHandler;
import org.akuttsim.engine.Simulator;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.KeyedRandom;
import org.akuttsim.stats.Histogram;
import org.akuttsim.stats.Tally;

/**
 * One replication of the acute-medicine chain: the state of every unit ({@link Unit}) and of every
 * call in the chain ({@link Call}, recycled slots), one {@link Simulator}, and one event handler that
 * switches on small int event kinds; units and calls are int indices in events and in the dispatch view.
 * Built by {@link ChainModel}; public so that tests and reports can read the detailed results
 * (per-unit state shares, dispatch counts by zone and unit) that do not fit in {@link Responses}.
 *
 * <h2>Events (kind, entity)</h2>
 * <ul>
 *   <li>{@code ARRIVAL (0)}: the next call arrives at AMK — only when it arrives before the previous call's
 *       handling ends; otherwise that call's AMK_DONE receives it (see "AMK" below).</li>
 *   <li>{@code AMK_DONE (call)}: call handling ends; triage assigns a level; ambulance levels go to dispatch.</li>
 *   <li>{@code RECONSIDER (call)}: a waiting call's {@link DispatchPolicy#reconsiderAfter} limit has passed.</li>
 *   <li>{@code SCENE_DONE (unit)}, {@code AT_HOSPITAL (unit)}, {@code AT_STATION (unit)}: the unit's mission
 *       steps. The arrival on scene has no event: an EN_ROUTE unit is on scene from the end of its drive
 *       ({@code legEnd}). Nor has the end of a scene that ends in a transport: whether it does, where
 *       to and how long the drive takes follow from the call's own numbers, so dispatch plans it and
 *       schedules AT_HOSPITAL; SCENE_DONE remains for treat-and-leave and for rapid responders. Both
 *       steps are booked ({@code settle}) when the next event of the unit comes or anything asks.
 *       A patient taken past the ED has no AT_HOSPITAL event either: its handover's end
 *       (DIRECT_HANDOVER_DONE) is known at dispatch, and the arrival is booked lazily.
 *       AT_STATION is scheduled only while a call waits (the arrival home may let a policy serve it);
 *       otherwise the unit, free all along, is booked home lazily, and a call that starts to wait
 *       schedules the AT_STATION events of the units still driving home.</li>
 *   <li>{@code HOUR (0)}: crew schedules change (only scheduled at the hours of the week when some unit's
 *       crewing changes: an hour without a change would do nothing).</li>
 *   <li>{@code WARM_UP_END (0)}: every statistic is reset.</li>
 *   <li>kinds in [100, 200): forwarded to the {@link HospitalLink}.</li>
 * </ul>
 *
 * <h2>Arrivals: thinning of a fixed envelope (common random numbers under growth)</h2>
 * Calls are the accepted points of {@link CallArrivals}: a Poisson process in (time, cell, level)
 * with the intensity of the scenario's {@link ArrivalEnvelope} (reference rate per zone × age-group
 * cell and a weekly shape), of which a scenario keeps the points whose level lies below its own rate
 * ratio in that cell and hour. The points are generated region-wide, one candidate stream per level
 * band, from the replication's {@code StreamFactory.key("chain.arrivals")}; they do not depend on
 * the scenario, so two scenarios with the same envelope see the same candidates, and one with a rate
 * at least as high in every cell and hour receives a superset of the other's calls, with equal keys
 * and equal attributes. The base scenario (ratio 1) generates band 0 only and rejects nothing.
 * Each band has exactly one pending event, its next accepted call.
 *
 * <h2>AMK</h2>
 * AMK answers calls first come, first served with {@code Triage.operators()} operators, and nothing
 * else in the model waits on it, so each call's handling start is known the moment the call is
 * received, from the operators' finishing times alone (the Kiefer-Wolfowitz recursion: start =
 * max(arrival, earliest finishing time)); zero operators means no wait and no handling time. A call
 * is therefore <em>received</em> — attributes drawn, AMK wait recorded, AMK_DONE scheduled — at or
 * before its arrival: by the AMK_DONE of the call before it when it arrives no earlier than that
 * call's handling ends (three calls in four in the St. Olavs region), else at once together with the
 * call before it (it arrives while that call is handled, so its start is already known), and never
 * before the end of the warm-up when it arrives after it — only then, and for the first call, does an
 * ARRIVAL event at its arrival time receive it. The result is the same queue as with an event per
 * arrival and a FIFO of waiting calls, with one event per call instead of two.
 *
 * <h2>Per-call randomness</h2>
 * A call's own draws come from {@link KeyedRandom} re-seeded with its key: part 0 condition and true
 * need; part 2 call-handling time and triage; part 3 activation delay, on-scene time and
 * treat-and-leave; part 1 the call's place inside its zone (intra-zone trip length, when the travel
 * model has an intra-zone disc); part 4 whether a transported patient bypasses the ED and the
 * handover time there; part 5 the factor on its response drive (when the travel model varies drives);
 * parts 0–7 are the chain's, higher parts belong to the hospital submodel. Fleet
 * size and dispatch rules therefore never change what a call is.
 *
 * <h2>Where a moving unit is</h2>
 * Positions are zones. A unit driving from zone a to zone b counts as in a during the first half of
 * the leg and in b during the second half (used for dispatching returning units and for redispatch).
 * Kilometres of an interrupted leg count in proportion to the time driven.
 *
 * <h2>Readiness and coverage</h2>
 * A unit is <em>free</em> when it is AVAILABLE or RETURNING and crewed. A district is ready while at
 * least one unit of its station is free. A zone is covered within 12 (25) minutes while a station
 * with a free unit lies within 12 (25) minutes of it by RED travel in the first time band; the zones
 * each station covers are precomputed, and only the zones of a station whose free count crosses
 * zero are updated. Time integrals are split by hour of day.
 */
public final class ChainRun implements EventHandler, DispatchView, OffloadListener {

    static final int ARRIVAL = 0, AMK_DONE = 1, RECONSIDER = 2, SCENE_DONE = 4, AT_HOSPITAL = 5,
            AT_STATION = 6, HOUR = 7, WARM_UP_END = 8, DIRECT_HANDOVER_DONE = 9;

    private static final int NONE = -1;
    private static final int C_FREE = 0, C_AMK = 2, C_WAITING = 3, C_ASSIGNED = 4, C_TRANSPORT = 5;
    private static final int PART_IDENTITY = 0, PART_LOCATION = 1, PART_AMK = 2, PART_SCENE = 3, PART_DESTINATION = 4, PART_DRIVE = 5;
    private static final double HIST_MAX = 240, HIST_BIN = 0.25;

    private final ChainScenario scenario;
    private final Replication replication;
    private final Simulator sim;
    private final HospitalLink hospitals;
    private final DispatchPolicy policy;
    private final boolean redispatchToRed;
    private final KeyedRandom rng = new KeyedRandom();
    private CallListener listener;

    // Region
    private final int nZones, nStations, nHospitals, nUnits;
    private final int[] zoneDistrict, stationZone, hospitalZone;
    private final boolean[] zoneUrban;
    private final double[] zonePop;
    private final double totalPop;
    private final double[][] bandMinutes;
    private final int[] bandOfHourOfDay = new int[24];
    private final double[] km;
    private final double lights;
    private final int[] nearestEd, nearestPci, nearestStroke;
    /** Every station's readiness, indexed by station. */
    private final StationReadiness[] stations;

    // Demand and triage
    private final CallArrivals arrivals;
    private final Categories[] conditionCdf, needCdf, triageDayCdf, triageNightCdf;
    private final Triage triage;
    private final double end;

    // Scene
    private final DurationModel[] activation, onScene;
    private final double[][] treatAndLeave;
    private final double[] bypassEd;
    private final DurationModel directHandover;
    private final TravelModel intraDisc;          // null: intra-zone trips use the zone × zone tables
    private final TravelModel driveVariation;     // null: response drives take exactly the expected minutes
    private long directToDestination;
    private final int specialNeedUpTo;
    private final boolean lightsOnTransport;

    // Units
    /** Every unit's state, indexed by unit (the dispatch view's unit index). */
    private final Unit[] units;
    private final int[] scheduledUnits;
    /** Bit u set while unit u is free ({@link Unit#free}), so dispatch visits only free units, in index order. */
    private final long[] freeMask;
    /** Bit u set while unit u is RETURNING. */
    private final long[] returningMask;
    private final double[] stateTime;
    private int freeUnits;

    // Calls (recycled slots; grown by doubling with the most calls in the chain at once)
    private int callCap = 64;
    private Call[] calls = newCalls(new Call[0], callCap);
    private int[] freeCalls = new int[callCap];
    private int freeCallCount, callsUsed, callsActive;

    // AMK answer queue (ring buffer of calls) and operators
    /** Per AMK operator, the time its current call's handling ends (Kiefer-Wolfowitz workload vector). */
    private final double[] operatorFree;
    /** End of the warm-up (0 without one): no call arriving after it is received before it. */
    private final double warmUpEnd;

    // Dispatch waiting lists by level (doubly linked through Call.next / Call.prev)
    private final int[] waitHead = {NONE, NONE, NONE}, waitTail = {NONE, NONE, NONE};
    private int waiting;

    // Statistics
    private double observeStart;
    private long callsReceived, callsCompleted, callsAtStart, callsLost, callsNoAmbulance, treatedAndLeft, transported,
            redispatched, amkDelayed, amkAnswered;
    private final long[] callsByLevel = new long[Level.COUNT];
    private final long[] missionsByLevel = new long[Level.AMBULANCE_LEVELS];
    private final long[] dispatchCount;
    private double kmTotal;
    private final Tally amkWait = new Tally();
    private final Tally[] unitWait = {new Tally(), new Tally(), new Tally()};
    /** Response times by level × area (urban, rural) and by true need; by level alone they are pooled when read. */
    private final Tally[] respLevelArea = new Tally[6], respNeed = new Tally[Level.COUNT];
    private final Histogram[] histLevelArea = new Histogram[6], histNeed = new Histogram[Level.COUNT];
    private final Tally[] toHospital = new Tally[3];
    private final Histogram[] histToHospital = new Histogram[3];
    /** Hour index {@code (int) (t / 60.0)} of coverSince. */
    private int coverSinceHour;
    private final double[] cover12ByHour = new double[24], cover25ByHour = new double[24], observedByHour = new double[24];
    private final int[] cov12, cov25;
    private double coveredPop12, coveredPop25, coverSince;

    /** Builds the run; call {@link #run()} once. */
    public ChainRun(ChainScenario s, Replication replication) {
        this.scenario = s;
        this.replication = replication;
        this.sim = new Simulator(this, 1024);
        Region region = s.region();
        nZones = region.zoneCount();
        nStations = region.stationCount();
        nHospitals = region.hospitalCount();
        nUnits = s.fleet().size();
        zoneDistrict = new int[nZones];
        zoneUrban = new boolean[nZones];
        zonePop = new double[nZones];
        double pop = 0;
        for (int z = 0; z < nZones; z++) {
            Zone zone = region.zones().get(z);
            zoneDistrict[z] = zone.district();
            zoneUrban[z] = zone.urban();
            zonePop[z] = zone.totalPopulation();
            pop += zonePop[z];
        }
        totalPop = pop;
        stationZone = new int[nStations];
        for (int i = 0; i < nStations; i++) {
            stationZone[i] = region.stations().get(i).zone();
        }
        hospitalZone = new int[nHospitals];
        for (int h = 0; h < nHospitals; h++) {
            hospitalZone[h] = region.hospitals().get(h).zone();
        }
        TravelModel travel = s.travel();
        TravelModel.Tables tables = travel.tablesFor(region); // shared between runs: read only
        bandMinutes = tables.minutes();
        for (int h = 0; h < 24; h++) {
            bandOfHourOfDay[h] = travel.bandOfHour(h);
        }
        km = tables.km();
        lights = travel.lightsAndSirensFactor();
        intraDisc = travel.hasIntraZoneDisc() ? travel : null;
        driveVariation = travel.hasResponseVariability() ? travel : null;
        nearestEd = new int[nZones];
        nearestPci = new int[nZones];
        nearestStroke = new int[nZones];
        for (int z = 0; z < nZones; z++) {
            nearestEd[z] = nearestHospital(region, z, 0);
            nearestPci[z] = nearestHospital(region, z, 1);
            nearestStroke[z] = nearestHospital(region, z, 2);
        }
        double urbanTarget = s.metrics().urbanTargetMinutes(), ruralTarget = s.metrics().ruralTargetMinutes();
        int unitWords = (nUnits + 63) >>> 6;
        stations = new StationReadiness[nStations];
        for (int i = 0; i < nStations; i++) {
            stations[i] = new StationReadiness(zonesWithin(stationZone[i], urbanTarget), zonesWithin(stationZone[i], ruralTarget), unitWords);
        }
        cov12 = new int[nZones];
        cov25 = new int[nZones];

        // Demand
        Demand d = s.demand();
        end = replication.end();
        arrivals = new CallArrivals(s.envelope(), region, d, replication.streams().key("chain.arrivals"), end);
        bandNext = new double[arrivals.bands()];
        warmUpEnd = replication.warmUp();
        conditionCdf = Categories.rows(d.conditionMix());
        needCdf = Categories.rows(d.needByCondition());
        triage = s.triage();
        triageDayCdf = Categories.rows(triage.daytime());
        triageNightCdf = Categories.rows(triage.outOfHours());
        operatorFree = new double[triage.operators()];

        // Scene
        SceneParameters sc = s.scene();
        activation = sc.activation();
        onScene = sc.onScene();
        treatAndLeave = sc.treatAndLeave();
        bypassEd = sc.bypassEd();
        directHandover = sc.directHandover();
        specialNeedUpTo = sc.specialCentreNeedUpTo();
        lightsOnTransport = sc.lightsOnTransportForRed();

        // Units
        units = new Unit[nUnits];
        freeMask = new long[unitWords];
        returningMask = new long[freeMask.length];
        servesMask = new long[Level.AMBULANCE_LEVELS][freeMask.length];
        transportMask = new long[freeMask.length];
        busyStationMask = new long[freeMask.length];
        stateTime = new double[nUnits * UnitState.COUNT];
        int scheduled = 0;
        for (int u = 0; u < nUnits; u++) {
            UnitSpec spec = s.fleet().units().get(u);
            Unit unit = units[u] = new Unit(spec, stations[spec.station()], stationZone[spec.station()]);
            for (int l = 0; l < Level.AMBULANCE_LEVELS; l++) {
                servesMask[l][u >>> 6] |= spec.type().serves(l) ? 1L << u : 0;
            }
            transportMask[u >>> 6] |= unit.transports ? 1L << u : 0;
            unit.home.unitsMask[u >>> 6] |= 1L << u;
            busyStationMask[u >>> 6] |= 1L << u;
            if (!spec.schedule().alwaysOn()) {
                scheduled++;
            }
        }
        scheduledUnits = new int[scheduled];
        for (int u = 0, k = 0; u < nUnits; u++) {
            if (!s.fleet().units().get(u).schedule().alwaysOn()) {
                scheduledUnits[k++] = u;
            }
        }
        for (int how = 0; how < Demand.HOURS_PER_WEEK; how++) {
            int before = (how + Demand.HOURS_PER_WEEK - 1) % Demand.HOURS_PER_WEEK;
            for (int u : scheduledUnits) {
                dutyChangesAt[how] |= units[u].duty[how] != units[u].duty[before];
            }
        }
        dispatchCount = new long[nZones * nUnits];
        for (int i = 0; i < 3; i++) {
            toHospital[i] = new Tally();
            histToHospital[i] = Histogram.withBinWidth(0, HIST_MAX * 2, HIST_BIN);
        }
        for (int i = 0; i < 6; i++) {
            respLevelArea[i] = new Tally();
            histLevelArea[i] = Histogram.withBinWidth(0, HIST_MAX, HIST_BIN);
            respNeed[i] = new Tally();
            histNeed[i] = Histogram.withBinWidth(0, HIST_MAX, HIST_BIN);
        }
        buildHomeOrder();
        policy = s.dispatch().policy();
        redispatchToRed = s.dispatch().redispatchToRed();
        hospitals = Check.notNull("hospital link from " + s.hospitals(), s.hospitals().start(new HospitalContext(sim, region, replication, this)));
    }

    private int nearestHospital(Region region, int zone, int capability) {
        int best = NONE;
        double bestMin = Double.POSITIVE_INFINITY;
        for (int h = 0; h < nHospitals; h++) {
            Hospital hs = region.hospitals().get(h);
            if ((capability == 1 && !hs.pci()) || (capability == 2 && !hs.strokeCentre())) {
                continue;
            }
            double m = bandMinutes[0][zone * nZones + hospitalZone[h]];
            if (m < bestMin) {
                bestMin = m;
                best = h;
            }
        }
        return best == NONE ? nearestHospital(region, zone, 0) : best;
    }

    private int[] zonesWithin(int from, double minutes) {
        int n = 0;
        int[] tmp = new int[nZones];
        for (int z = 0; z < nZones; z++) {
            if (bandMinutes[0][from * nZones + z] * lights <= minutes) {
                tmp[n++] = z;
            }
        }
        return Arrays.copyOf(tmp, n);
    }

    /** Receives every call when done (trace, tests); null for none. Set before {@link #run()}. */
    public void setCallListener(CallListener l) {
        this.listener = l;
    }

    /** Runs warm-up and observation: {@link #start()}, {@link #advance(double)} to the end, {@link #finish()}. */
    public void run() {
        start();
        advance(end);
        finish();
    }

    /** Puts units on duty and schedules the first arrivals; time 0. */
    public void start() {
        if (started) {
            throw new IllegalStateException("a ChainRun runs once");
        }
        started = true;
        for (int u = 0; u < nUnits; u++) {
            units[u].onDuty = units[u].duty[0];
            units[u].state = units[u].onDuty ? UnitState.AVAILABLE : UnitState.OFF_DUTY;
            updateFree(u);
        }
        for (int b = 0; b < bandNext.length; b++) {
            double t = arrivals.next(b);
            bandNext[b] = t <= end ? t : Double.POSITIVE_INFINITY;
        }
        headBand = nextBand();
        int first = headBand;
        if (first >= 0) {
            sim.scheduleAt(bandNext[first], ARRIVAL, 0);
        }
        scheduleNextHour(1);
        if (replication.warmUp() > 0) {
            sim.schedule(replication.warmUp(), WARM_UP_END, 0);
        }
    }

    /** Handles events up to time {@code until} (at most the replication's end); tests step with it. */
    public void advance(double until) {
        sim.run(Math.min(until, end));
    }

    /** Closes the time integrals at the end of the replication. */
    public void finish() {
        if (sim.now() < end) {
            sim.run(end);
        }
        flushTimeIntegrals();
        for (int u = 0; u < nUnits; u++) {
            settle(u);
            closeState(u);
        }
    }

    private boolean started;

    // ---------------------------------------------------------------- events

    @Override
    public void handle(int kind, int e) {
        switch (kind) {
            case ARRIVAL -> receiveCalls();
            case AMK_DONE -> amkDone(e);
            case RECONSIDER -> reconsider(e);
            case SCENE_DONE -> sceneDone(e);
            case AT_HOSPITAL -> atHospital(e);
            case DIRECT_HANDOVER_DONE -> directHandoverDone(e);
            case AT_STATION -> atStation(e);
            case HOUR -> hour();
            case WARM_UP_END -> resetStatistics();
            default -> {
                if (kind >= HospitalLink.FIRST_EVENT_KIND && kind < HospitalLink.END_EVENT_KIND) {
                    hospitals.handle(kind, e);
                } else {
                    throw new IllegalStateException("unknown event kind " + kind);
                }
            }
        }
    }

    /** The band whose next accepted call comes first (lowest band on a tie), or -1 when none is left. */
    private int nextBand() {
        int best = -1;
        double t = Double.POSITIVE_INFINITY;
        for (int b = 0; b < bandNext.length; b++) {
            if (bandNext[b] < t) {
                t = bandNext[b];
                best = b;
            }
        }
        return best;
    }

    /** Time of each level band's next accepted call ({@link CallArrivals}); +∞ when it has none before the end. */
    private final double[] bandNext;
    /** {@link #nextBand()}, kept up to date whenever {@link #bandNext} changes. */
    private int headBand;

    /**
     * Receives the next call of the arrival stream, at or before its arrival time, and every call after
     * it that arrives while the AMK is still busy with the one before; then arranges for the first call
     * left to be received in time (see the class comment, "AMK").
     */
    private void receiveCalls() {
        double now = sim.now();
        while (true) {
            int call = receiveNextCall();
            double done = amkDoneAt;
            int nb = headBand;
            double following = nb < 0 ? Double.POSITIVE_INFINITY : bandNext[nb];
            calls[call].receivesNext = false;
            if (following == Double.POSITIVE_INFINITY) {
                return;
            }
            if (following < done && !(now < warmUpEnd && following >= warmUpEnd)) {
                continue; // it arrives while this call is handled: received now, as its start is known now
            }
            // Received when this call's handling ends if it arrives no earlier (and on the same side of
            // the warm-up's end), otherwise by an ARRIVAL event at its arrival.
            boolean chain = following >= done && !(done < warmUpEnd && following >= warmUpEnd);
            calls[call].receivesNext = chain;
            if (!chain) {
                sim.scheduleAt(following, ARRIVAL, 0);
            }
            return;
        }
    }

    /** When the AMK finishes the call {@link #receiveNextCall} received last. */
    private double amkDoneAt;

    /**
     * Receives the next call of the arrival stream: draws its own attributes, books its AMK handling
     * and schedules the AMK_DONE event that dispatches it; returns the call.
     */
    private int receiveNextCall() {
        int band = headBand;
        double t = bandNext[band];
        int cell = arrivals.cell(band);
        long key = arrivals.key(band);
        double next = arrivals.next(band);
        bandNext[band] = next <= end ? next : Double.POSITIVE_INFINITY;
        headBand = nextBand();
        int z = cell / AgeGroups.COUNT;
        int g = cell - z * AgeGroups.COUNT;
        int call = newCall();
        Call c = calls[call];
        c.zone = z;
        c.age = g;
        c.key = key;
        KeyedRandom a = rng.reseed(key, PART_AMK);
        double handlingU = a.nextDouble();
        c.triageU = a.nextDouble();
        KeyedRandom r = rng.reseed(key, PART_IDENTITY);
        int cond = conditionCdf[g].pick(r.nextDouble());
        c.condition = cond;
        c.need = needCdf[cond].pick(r.nextDouble());
        c.received = t;
        c.ready = c.dispatched = c.onScene = c.travel = Double.NaN;
        c.unit = NONE;
        c.reconsider = -1;
        c.needsTransport = false;
        c.state = C_AMK;
        callsReceived++;
        // AMK: first come, first served on the earliest free operator (Kiefer-Wolfowitz: calls are
        // received in arrival order, so each start time is known at once).
        double done = t;
        double[] free = operatorFree;
        if (free.length > 0) {
            int k = 0;
            for (int i = 1; i < free.length; i++) {
                k = free[i] < free[k] ? i : k;
            }
            double start = Math.max(t, free[k]);
            double w = start - t;
            amkWait.add(w);
            amkAnswered++;
            if (w > 0) {
                amkDelayed++;
            }
            done = start + triage.callHandling().minutes(handlingU);
            free[k] = done;
        } else {
            amkAnswered++;
            amkWait.add(0);
        }
        sim.scheduleAt(done, AMK_DONE, call);
        amkDoneAt = done;
        return call;
    }

    /** AMK_DONE: the call is triaged and offered to dispatch; then, if it was arranged so, the next call is received. */
    private void amkDone(int call) {
        Call c = calls[call];
        boolean receiveNext = c.receivesNext; // read first: triage may finish the call and free its slot
        triageAndOffer(call);
        if (receiveNext) {
            receiveCalls();
        }
    }

    private void triageAndOffer(int call) {
        Call c = calls[call];
        double now = sim.now();
        clockHour();
        Categories[] m = triage.gpOpen(clockHourOfWeek) ? triageDayCdf : triageNightCdf;
        int level = m[c.need].pick(c.triageU);
        c.level = level;
        c.ready = now;
        callsByLevel[level]++;
        if (level >= Level.AMBULANCE_LEVELS) {
            callsNoAmbulance++;
            finishCall(call, CallListener.NO_AMBULANCE, Double.NaN);
            return;
        }
        drawPlace(call);
        KeyedRandom r = rng.reseed(c.key, PART_SCENE);
        c.activationU = r.nextDouble();
        c.sceneU = r.nextDouble();
        c.leaveU = r.nextDouble();
        offer(call, true);
    }

    /**
     * Where in its zone an ambulance call is (the trip inside the zone) and how its response drive
     * varies: the call's own draws (parts 1 and 5), needed only once an ambulance is to be sent.
     */
    private void drawPlace(int call) {
        Call c = calls[call];
        long key = c.key;
        int z = c.zone;
        if (intraDisc != null) {
            double loc = rng.reseed(key, PART_LOCATION).nextDouble();
            double km = intraDisc.intraZoneKm(zoneUrban[z], loc);
            c.intraKm = km;
            c.intraMin = intraDisc.intraZoneMinutesOf(zoneUrban[z], km);
        }
        // The call's own drive factor: whichever unit drives there, its realised minutes vary the same way.
        c.driveFactor = driveVariation == null ? 1.0
                : driveVariation.responseFactor(zoneUrban[z], rng.reseed(key, PART_DRIVE).nextDouble());
    }

    /** Offers a ready call to the policy; assigns, queues or loses it. */
    private void offer(int call, boolean firstTime) {
        Call c = calls[call];
        clockHour();
        viewBand = bandOfHourOfDay[clockHourOfDay];
        viewMinutes = bandMinutes[viewBand];
        int u = policy.choose(this, call);
        if (u >= 0) {
            if (u >= nUnits || !units[u].free || !canServe(u, call)) {
                throw new IllegalStateException("dispatch policy " + policy + " chose unit " + u
                        + ", which is not a free unit able to serve call level " + Level.of(c.level));
            }
            if (c.state == C_WAITING) {
                unlink(call);
            }
            dispatch(u, call);
            return;
        }
        if (u == DispatchPolicy.LOSE) {
            if (c.state == C_WAITING) {
                unlink(call);
            }
            callsLost++;
            finishCall(call, CallListener.LOST, Double.NaN);
            return;
        }
        if (u != DispatchPolicy.QUEUE) {
            throw new IllegalStateException("dispatch policy returned " + u + "; expected a unit index, QUEUE or LOSE");
        }
        if (redispatchToRed && c.level == 0 && tryRedispatch(call)) {
            return;
        }
        if (c.state != C_WAITING) {
            enqueue(call);
            if (firstTime) {
                double after = policy.reconsiderAfter(this, call);
                if (after < Double.POSITIVE_INFINITY) {
                    double at = Math.max(c.ready + after, sim.now());
                    c.reconsider = at <= end ? sim.scheduleAt(at, RECONSIDER, call) : -1;
                }
            }
        }
    }

    private void reconsider(int call) {
        Call c = calls[call];
        c.reconsider = -1;
        if (c.state == C_WAITING) {
            offer(call, false);
        }
    }

    /** Takes the nearest unit driving to a YELLOW or GREEN call for this RED call. */
    private boolean tryRedispatch(int call) {
        int best = NONE;
        double bestMin = Double.POSITIVE_INFINITY;
        for (int u = 0; u < nUnits; u++) {
            if (units[u].state == UnitState.EN_ROUTE && sim.now() < units[u].legEnd && calls[units[u].call].level > 0 && canServeType(u, call)) {
                double t = travelMinutes(u, call);
                if (t < bestMin) {
                    bestMin = t;
                    best = u;
                }
            }
        }
        if (best == NONE) {
            return false;
        }
        int other = units[best].call;
        int pos = positionZone(best);
        sim.cancel(units[best].event);
        units[best].sceneEnd = Double.NaN;
        endLeg(best, true);
        redispatched++;
        calls[other].unit = NONE;
        calls[other].state = C_READY_AGAIN;
        // The unit turns where it is: a zero-length leg at its position, rolling (no new activation).
        startLeg(best, pos, pos, sim.now(), 0);
        units[best].call = NONE;
        setState(best, UnitState.RETURNING);
        dispatch(best, call);
        enqueue(other);
        return true;
    }

    private static final int C_READY_AGAIN = 6;

    private void dispatch(int u, int call) {
        Call c = calls[call];
        Unit unit = units[u];
        double now = sim.now();
        settle(u); // a unit home without an AT_STATION event is AVAILABLE, not rolling
        unit.homeLazy = false;
        int from = positionZone(u);
        boolean rolling = unit.state == UnitState.RETURNING;
        if (rolling) {
            sim.cancel(unit.event);
            endLeg(u, true);
        }
        int level = c.level;
        double act = rolling ? 0 : activation[level].minutes(c.activationU);
        // Chosen by expected minutes (the policy saw those); driven in the call's realised minutes.
        double travel = callLegMinutes(u, from, c.zone, level == 0, call) * c.driveFactor;
        unit.call = call;
        c.unit = u;
        c.state = c.needsTransport ? C_TRANSPORT : C_ASSIGNED;
        c.dispatched = now;
        if (Double.isNaN(c.onScene)) {
            c.travel = travel;
        }
        unitWait[level].add(now - c.ready);
        missionsByLevel[level]++;
        dispatchCount[c.zone * nUnits + u]++;
        setState(u, UnitState.EN_ROUTE);
        startLeg(u, from, c.zone, now + act, travel);
        callLegKm(u, call);
        // The arrival on scene has no event of its own: the unit is on scene from legEnd (see
        // settleArrival), and the scene ends after the call's on-scene time.
        double t = onScene[level].minutes(c.sceneU);
        if (!Double.isNaN(c.onScene)) {
            t *= 0.5; // a transport unit after a rapid responder: the patient is prepared already
        }
        double arrival = now + (act + travel);
        boolean leave = !c.needsTransport && c.leaveU < treatAndLeave[c.need][c.condition];
        if (!leave && unit.transports) {
            // The scene ends in a transport, known now from the call's own numbers: the scene's end
            // needs no event either (see settle); the next event is the arrival at hospital.
            double ends = arrival + t;
            int h = destination(call);
            unit.hospital = h;
            double minutes = callLegMinutes(u, c.zone, hospitalZone[h], lightsOnTransport && level == 0, call,
                    bandOfHourOfDay[(int) (ends / 60.0) % 24]);
            unit.sceneEnd = ends;
            unit.transportMinutes = minutes;
            double atHospital = ends + minutes;
            double handover = bypassHandover(call);
            if (Double.isNaN(handover)) {
                unit.event = sim.scheduleAt(atHospital, AT_HOSPITAL, u);
            } else {
                // Past the ED: nothing but the unit sees the arrival, so the next event is the handover's end.
                unit.bypassArrival = atHospital;
                unit.event = sim.scheduleAt(atHospital + handover, DIRECT_HANDOVER_DONE, u);
            }
        } else {
            unit.sceneEnd = Double.NaN;
            unit.event = sim.scheduleAt(arrival + t, SCENE_DONE, u);
        }
    }

    /**
     * Minutes of the handover when the call's patient goes straight to a ward, lab or clinic (the
     * ED never sees them), else NaN: the call's own draws (part 4), as the arrival would draw them.
     */
    private double bypassHandover(int call) {
        Call c = calls[call];
        int level = c.level;
        if (bypassEd[level] > 0) {
            KeyedRandom r = rng.reseed(c.key, PART_DESTINATION);
            if (r.nextDouble() < bypassEd[level]) {
                return directHandover.minutes(r.nextDouble());
            }
        }
        return Double.NaN;
    }

    /** The hospital a transported patient goes to: the nearest ED, or a PCI or stroke centre when indicated. */
    private int destination(int call) {
        Call c = calls[call];
        int z = c.zone;
        int cond = c.condition;
        if (c.need <= specialNeedUpTo) {
            if (cond == Condition.CHEST_PAIN.ordinal()) {
                return nearestPci[z];
            } else if (cond == Condition.STROKE.ordinal()) {
                return nearestStroke[z];
            }
        }
        return nearestEd[z];
    }

    /**
     * Books an EN_ROUTE unit whose drive has ended ({@code legEnd <= now}) as arrived on scene at
     * {@code legEnd}: the drive's kilometres, the state times split at the arrival, the call's
     * response time. Arrivals are settled here instead of by an event at the arrival time, because
     * nothing else changes then (the unit is busy before and after); everything that looks at a
     * unit's state settles or tests {@code legEnd} first: the scene's end, redispatch (only units
     * still driving), {@link #unitState(int)}, the warm-up reset and the end of the run.
     */
    private void settle(int u) {
        Unit unit = units[u];
        if (unit.homeLazy && unit.legEnd <= sim.now()) {
            settleHome(u);
            return;
        }
        if (unit.state == UnitState.EN_ROUTE && unit.legEnd <= sim.now()) {
            settleArrival(u);
        }
        if (unit.state == UnitState.ON_SCENE && unit.sceneEnd <= sim.now()) {
            settleTransportStart(u);
        }
        if (unit.state == UnitState.TRANSPORTING && unit.bypassArrival <= sim.now()) {
            settleBypassArrival(u);
        }
    }

    /** The ON_SCENE unit's planned transport started at {@code sceneEnd}: state times split there, transport leg begun. */
    private void settleTransportStart(int u) {
        Unit unit = units[u];
        double ends = unit.sceneEnd;
        unit.sceneEnd = Double.NaN;
        double since = unit.stateSince;
        if (ends > since) {
            stateTime[u * UnitState.COUNT + UnitState.ON_SCENE] += ends - since;
            unit.stateSince = ends;
        }
        unit.state = UnitState.TRANSPORTING; // busy before and after
        int call = unit.call;
        int z = calls[call].zone;
        startLeg(u, z, hospitalZone[unit.hospital], ends, unit.transportMinutes);
        callLegKm(u, call);
    }

    private void settleArrival(int u) {
        Unit unit = units[u];
        double arrived = unit.legEnd;
        endLeg(u, false);
        double since = unit.stateSince;
        if (arrived > since) {
            stateTime[u * UnitState.COUNT + UnitState.EN_ROUTE] += arrived - since;
            unit.stateSince = arrived;
        }
        unit.state = UnitState.ON_SCENE; // busy before and after: no free or returning flag changes
        int call = unit.call;
        Call c = calls[call];
        if (Double.isNaN(c.onScene)) {
            c.onScene = arrived;
            recordResponse(call, arrived - c.received);
        }
    }

    private void recordResponse(int call, double rt) {
        Call c = calls[call];
        int la = c.level * 2 + (zoneUrban[c.zone] ? 0 : 1);
        respLevelArea[la].add(rt);
        histLevelArea[la].add(rt);
        respNeed[c.need].add(rt);
        histNeed[c.need].add(rt);
    }

    private void sceneDone(int u) {
        Unit unit = units[u];
        settle(u);
        int call = unit.call;
        Call c = calls[call];
        int z = c.zone;
        boolean leave = !c.needsTransport && c.leaveU < treatAndLeave[c.need][c.condition];
        if (leave) {
            treatedAndLeft++;
            unit.call = NONE;
            boolean intra = intraDisc != null && unit.homeZone == z;
            double intraMin = intra ? c.intraMin * unit.travelFactor : Double.NaN;
            double intraKm = intra ? c.intraKm : 0;
            finishCall(call, CallListener.TREAT_AND_LEAVE, Double.NaN);
            goHome(u, z, intraMin, intraKm);
            return;
        }
        if (unit.transports) {
            throw new IllegalStateException("unit " + u + " ended a scene in a transport that dispatch should have planned");
        }
        // A rapid responder: ask dispatch for a transporting unit; the responder goes home.
        unit.call = NONE;
        c.needsTransport = true;
        c.unit = NONE;
        c.state = C_READY_AGAIN;
        goHome(u, z);
        offer(call, false);
    }

    /** AT_HOSPITAL: a patient for the ED arrives (patients past the ED are booked by settleBypassArrival). */
    private void atHospital(int u) {
        Unit unit = units[u];
        settle(u);
        int call = unit.call;
        Call c = calls[call];
        long key = c.key;
        int need = c.need, age = c.age, cond = c.condition;
        arriveAtHospital(u, sim.now());
        unit.event = -1;
        hospitals.ambulanceArrival(unit.hospital, u, key, need, age, cond);
    }

    /** The transporting unit reached its hospital at {@code t}: leg, time-to-hospital, state, the call is done. */
    private void arriveAtHospital(int u, double t) {
        Unit unit = units[u];
        endLeg(u, false);
        int call = unit.call;
        Call c = calls[call];
        int cond = c.condition;
        if (cond <= Condition.SEPSIS.ordinal()) {
            double d = t - c.received;
            toHospital[cond].add(d);
            histToHospital[cond].add(d);
        }
        transported++;
        double since = unit.stateSince;
        if (t > since) {
            stateTime[u * UnitState.COUNT + UnitState.TRANSPORTING] += t - since;
            unit.stateSince = t;
        }
        unit.state = UnitState.AT_HOSPITAL; // busy before and after
        unit.call = NONE;
        finishCall(call, CallListener.TRANSPORTED, t);
    }

    /** A patient past the ED: the arrival at {@code bypassArrival}, booked lazily (the handover's end is the event). */
    private void settleBypassArrival(int u) {
        Unit unit = units[u];
        double t = unit.bypassArrival;
        unit.bypassArrival = Double.NaN;
        arriveAtHospital(u, t);
        directToDestination++;
    }

    private void directHandoverDone(int u) {
        Unit unit = units[u];
        settle(u);
        unit.event = -1;
        goHome(u, hospitalZone[unit.hospital]);
    }

    /** Minutes of a leg that starts or ends at {@code call}'s place; inside its zone the call's own trip length. */
    private double callLegMinutes(int u, int from, int to, boolean sirens, int call) {
        clockHour();
        return callLegMinutes(u, from, to, sirens, call, bandOfHourOfDay[clockHourOfDay]);
    }

    /** {@link #callLegMinutes(int, int, int, boolean, int)} in time band {@code band}. */
    private double callLegMinutes(int u, int from, int to, boolean sirens, int call, int band) {
        Unit unit = units[u];
        if (intraDisc == null || from != to) {
            double m = bandMinutes[band][from * nZones + to] * unit.travelFactor;
            return sirens ? m * lights : m;
        }
        double m = calls[call].intraMin * unit.travelFactor;
        return sirens ? m * lights : m;
    }

    private void callLegKm(int u, int call) {
        Unit unit = units[u];
        if (intraDisc != null && unit.legFrom == unit.legTo) {
            unit.legKm = calls[call].intraKm;
        }
    }


    @Override
    public void offloadComplete(int unit, int hospital) {
        if (units[unit].state != UnitState.AT_HOSPITAL) {
            throw new IllegalStateException("hospital system released unit " + unit + ", which is not at a hospital");
        }
        goHome(unit, hospitalZone[hospital]);
    }

    private void goHome(int u, int from) {
        goHome(u, from, Double.NaN, 0);
    }

    /** Drives home; {@code minutes} (with {@code legKmValue}) overrides the zone table when not NaN (a call's intra-zone trip). */
    private void goHome(int u, int from, double minutes, double legKmValue) {
        Unit unit = units[u];
        double t = Double.isNaN(minutes) ? legMinutes(u, from, unit.homeZone, false) : minutes;
        setState(u, UnitState.RETURNING);
        startLeg(u, from, unit.homeZone, sim.now(), t);
        if (!Double.isNaN(minutes)) {
            unit.legKm = legKmValue;
        }
        if (waiting > 0) {
            unit.event = sim.schedule(t, AT_STATION, u);
            unit.homeLazy = false;
        } else {
            // No call waits: nothing would happen at the arrival home but bookkeeping (see settleHome);
            // a call that starts to wait before then schedules the event (wakeReturningUnits).
            unit.event = -1;
            unit.homeLazy = true;
        }
        if (waiting > 0 && unit.free) {
            serveQueue();
        }
    }

    /**
     * A RETURNING unit without an AT_STATION event reached its station at {@code legEnd}: the leg's
     * kilometres, state times split there, AVAILABLE (or OFF_DUTY when its crew went off meanwhile).
     * Its free flag does not change (returning and crewed is free, as is available and crewed), so
     * readiness, coverage and dispatch saw the same unit all along — at its station from the second
     * half of the leg, as for every moving unit.
     */
    private void settleHome(int u) {
        Unit unit = units[u];
        double arrived = unit.legEnd;
        unit.homeLazy = false;
        endLeg(u, false);
        double since = unit.stateSince;
        if (arrived > since) {
            stateTime[u * UnitState.COUNT + UnitState.RETURNING] += arrived - since;
            unit.stateSince = arrived;
        }
        returningMask[u >>> 6] ^= 1L << u;
        unit.state = unit.onDuty ? UnitState.AVAILABLE : UnitState.OFF_DUTY;
        updateFree(u);
    }

    /** A call starts to wait: returning units without an AT_STATION event get one (or are home already). */
    private void wakeReturningUnits() {
        double now = sim.now();
        for (int w = 0; w < returningMask.length; w++) {
            long bits = returningMask[w];
            while (bits != 0) {
                int u = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (units[u].homeLazy) {
                    if (units[u].legEnd <= now) {
                        settleHome(u);
                    } else {
                        units[u].event = sim.scheduleAt(units[u].legEnd, AT_STATION, u);
                        units[u].homeLazy = false;
                    }
                }
            }
        }
    }

    private void atStation(int u) {
        Unit unit = units[u];
        endLeg(u, false);
        unit.event = -1;
        setState(u, unit.onDuty ? UnitState.AVAILABLE : UnitState.OFF_DUTY);
        if (waiting > 0 && unit.free) {
            serveQueue();
        }
    }

    private void hour() {
        double now = sim.now();
        for (int u = 0; u < nUnits; u++) {
            settle(u); // crews change on the units' states as of now
        }
        int how = (int) Math.round(now / 60.0) % Demand.HOURS_PER_WEEK;
        boolean more = false;
        for (int u : scheduledUnits) {
            boolean on = units[u].duty[how];
            if (on == units[u].onDuty) {
                continue;
            }
            units[u].onDuty = on;
            if (on && units[u].state == UnitState.OFF_DUTY) {
                setState(u, UnitState.AVAILABLE);
                more = true;
            } else if (!on && units[u].state == UnitState.AVAILABLE) {
                setState(u, UnitState.OFF_DUTY);
            } else {
                updateFree(u); // a returning unit stops being free; a busy one finishes first
            }
        }
        if (more && waiting > 0) {
            serveQueue();
        }
        scheduleNextHour((int) Math.round(now / 60.0) + 1);
    }

    /**
     * Schedules the HOUR event at the first hour {@code k' >= k} (minutes 60·k', an exact double) at
     * which some unit's crewing changes, if that is within the run. An HOUR event in any other hour
     * would find every unit's duty flag unchanged and do nothing (about 7,250 of the 8,766 HOUR
     * events a year in the St. Olavs region).
     */
    private void scheduleNextHour(int k) {
        for (int i = 0; i < Demand.HOURS_PER_WEEK; i++, k++) {
            if (dutyChangesAt[k % Demand.HOURS_PER_WEEK]) {
                if (60.0 * k <= end) {
                    sim.scheduleAt(60.0 * k, HOUR, 0);
                }
                return;
            }
        }
    }

    /** Hours of the week at which some scheduled unit's duty flag differs from the hour before. */
    private final boolean[] dutyChangesAt = new boolean[Demand.HOURS_PER_WEEK];

    /** Offers waiting calls, most urgent first, while free units remain. */
    private void serveQueue() {
        for (int level = 0; level < Level.AMBULANCE_LEVELS && freeUnits > 0; level++) {
            int call = waitHead[level];
            while (call != NONE && freeUnits > 0) {
                int next = calls[call].next;
                offer(call, false);
                call = next;
            }
        }
    }

    // ---------------------------------------------------------------- units

    private double legMinutes(int u, int from, int to, boolean sirens) {
        clockHour();
        double m = bandMinutes[bandOfHourOfDay[clockHourOfDay]][from * nZones + to] * units[u].travelFactor;
        return sirens ? m * lights : m;
    }

    private void startLeg(int u, int from, int to, double start, double minutes) {
        Unit unit = units[u];
        unit.legFrom = from;
        unit.legTo = to;
        unit.legStart = start;
        unit.legEnd = start + minutes;
        unit.legKm = km[from * nZones + to];
    }

    /** Counts the kilometres of the current leg: all of it, or the driven share when interrupted. */
    private void endLeg(int u, boolean interrupted) {
        Unit unit = units[u];
        double k = unit.legKm;
        if (interrupted) {
            double len = unit.legEnd - unit.legStart;
            double f = len > 0 ? (sim.now() - unit.legStart) / len : 1;
            k *= f < 0 ? 0 : f > 1 ? 1 : f;
        }
        kmTotal += k;
        unit.legKm = 0;
    }

    private int positionZone(int u) {
        Unit unit = units[u];
        int s = unit.state;
        if (s == UnitState.AVAILABLE || s == UnitState.OFF_DUTY) {
            return unit.homeZone;
        }
        double len = unit.legEnd - unit.legStart;
        if (len <= 0) {
            return unit.legTo;
        }
        return 2 * (sim.now() - unit.legStart) < len ? unit.legFrom : unit.legTo;
    }

    private void setState(int u, int s) {
        Unit unit = units[u];
        closeState(u);
        if ((unit.state == UnitState.RETURNING) != (s == UnitState.RETURNING)) {
            returningMask[u >>> 6] ^= 1L << u;
        }
        unit.state = s;
        updateFree(u);
    }

    private void closeState(int u) {
        Unit unit = units[u];
        double now = sim.now();
        double since = unit.stateSince;
        if (now > since) {
            stateTime[u * UnitState.COUNT + unit.state] += now - since;
        }
        unit.stateSince = now;
    }

    private void updateFree(int u) {
        Unit unit = units[u];
        boolean free = UnitState.free(unit.state) && unit.onDuty;
        if (free == unit.free) {
            return;
        }
        unit.free = free;
        freeMask[u >>> 6] ^= 1L << u;
        StationReadiness st = unit.home;
        if (free) {
            freeUnits++;
            if (st.freeAtHome++ == 0) {
                stationReadyChanged(st, true);
            } else if (st.freeAtHome == 2) {
                flipLastFreeStation(st);
            }
        } else {
            freeUnits--;
            if (--st.freeAtHome == 0) {
                stationReadyChanged(st, false);
            } else if (st.freeAtHome == 1) {
                flipLastFreeStation(st);
            }
        }
    }

    /** The station's free count crossed between 1 and 2: its units enter or leave {@link #busyStationMask}. */
    private void flipLastFreeStation(StationReadiness st) {
        long[] units = st.unitsMask;
        for (int w = 0; w < units.length; w++) {
            busyStationMask[w] ^= units[w];
        }
    }

    private void stationReadyChanged(StationReadiness st, boolean ready) {
        double now = sim.now();
        int hour = clockHour();
        if (ready) {
            st.readySince = now;
            st.readySinceHour = hour;
        } else {
            addByHour(st.readyByHour, 0, st.readySince, st.readySinceHour, now, 1.0);
        }
        addCoverByHour(coverSince, coverSinceHour, now);
        coverSince = now;
        coverSinceHour = hour;
        // A zone's covered population changes only when its count of ready covering stations
        // crosses zero: going up from 0, or coming down to 0.
        // One loop per target for both directions (half the compiled loops): the count steps by ±1,
        // it crosses zero from 0 going up and from 1 coming down, and ±pop is exact.
        // Whether a zone's count crosses is data-dependent, so the population is added times 0 or 1
        // instead of under a branch: adding ±0.0 leaves the sum exactly as it was (also a +0.0 sum).
        // ((n ^ crossesFrom) − 1) >>> 31 is 1 when n == crossesFrom and 0 otherwise (n ≥ 0).
        final int[] c12 = cov12, c25 = cov25;
        final double[] pop = zonePop;
        final int step = ready ? 1 : -1, crossesFrom = ready ? 0 : 1;
        final double sign = step;
        double p12 = coveredPop12, p25 = coveredPop25;
        for (int z : st.coverZones12) {
            int n = c12[z];
            c12[z] = n + step;
            p12 += sign * pop[z] * (((n ^ crossesFrom) - 1) >>> 31);
        }
        for (int z : st.coverZones25) {
            int n = c25[z];
            c25[z] = n + step;
            p25 += sign * pop[z] * (((n ^ crossesFrom) - 1) >>> 31);
        }
        coveredPop12 = p12;
        coveredPop25 = p25;
    }

    /**
     * {@link #addByHour} of both covered-population integrals over the same interval [t0, t1): one
     * hour-of-day lookup for the two, the same additions in the same order.
     */
    private void addCoverByHour(double t0, int h0, double t1) {
        if (t0 < observeStart) {
            t0 = observeStart;
            h0 = (int) (t0 / 60.0);
        }
        if (!(t0 < t1)) {
            return;
        }
        if (t1 <= (h0 + 1) * 60.0) {
            int b = h0 % 24;
            double dt = t1 - t0;
            cover12ByHour[b] += coveredPop12 * dt;
            cover25ByHour[b] += coveredPop25 * dt;
            return;
        }
        addByHour(cover12ByHour, 0, t0, h0, t1, coveredPop12);
        addByHour(cover25ByHour, 0, t0, h0, t1, coveredPop25);
    }

    /**
     * Adds weight × (the part of [t0, t1) after the observation start) to bins by hour of day;
     * {@code h0 = (int) (t0 / 60.0)}, kept by the caller (a division saved per call).
     */
    private void addByHour(double[] bins, int off, double t0, int h0, double t1, double weight) {
        if (t0 < observeStart) {
            t0 = observeStart;
            h0 = (int) (t0 / 60.0);
        }
        if (!(t0 < t1)) {
            return;
        }
        if (t1 <= (h0 + 1) * 60.0) { // the usual case: no hour boundary in between
            bins[off + h0 % 24] += weight * (t1 - t0);
            return;
        }
        // Hour by hour; after the first, each piece starts at (h + 1)·60, whose hour is exactly h + 1.
        int h = h0, hod = h0 % 24;
        while (t0 < t1) {
            double e = Math.min(t1, (h + 1) * 60.0);
            bins[off + hod] += weight * (e - t0);
            t0 = e;
            h++;
            hod = hod == 23 ? 0 : hod + 1;
        }
    }

    /**
     * The clock's hour index {@code (int) (now / 60.0)}, also as hour of day and of week, without a
     * division per use: the clock never goes back, so it is recomputed only when the clock reaches
     * {@link #nextHourStart}, the first double whose quotient by 60 reaches the next hour (exactly the
     * division's answer, also for times a rounding below a whole hour).
     */
    private int clockHour() {
        double now = sim.now();
        if (now >= nextHourStart) {
            clockHour = (int) (now / 60.0);
            clockHourOfDay = clockHour % 24;
            clockHourOfWeek = clockHour % Demand.HOURS_PER_WEEK;
            nextHourStart = firstInstantOfHour(clockHour + 1);
        }
        return clockHour;
    }

    private int clockHour, clockHourOfDay, clockHourOfWeek;
    private double nextHourStart = firstInstantOfHour(1);

    /** The least t with {@code (int) (t / 60.0) >= h} (60·h, or a few ulps below where the quotient rounds up). */
    static double firstInstantOfHour(int h) {
        double t = 60.0 * h;
        while (t > 0 && (int) (Math.nextDown(t) / 60.0) >= h) {
            t = Math.nextDown(t);
        }
        return t;
    }

    private void flushTimeIntegrals() {
        double now = sim.now();
        for (StationReadiness st : stations) {
            if (st.freeAtHome > 0) {
                addByHour(st.readyByHour, 0, st.readySince, st.readySinceHour, now, 1.0);
                st.readySince = now;
                st.readySinceHour = clockHour();
            }
        }
        addByHour(cover12ByHour, 0, coverSince, coverSinceHour, now, coveredPop12);
        addByHour(cover25ByHour, 0, coverSince, coverSinceHour, now, coveredPop25);
        coverSince = now;
        coverSinceHour = clockHour();
        Arrays.fill(observedByHour, 0);
        addByHour(observedByHour, 0, observeStart, (int) (observeStart / 60.0), now, 1.0);
    }

    // ---------------------------------------------------------------- calls

    private int newCall() {
        callsActive++;
        if (freeCallCount > 0) {
            return freeCalls[--freeCallCount];
        }
        if (callsUsed == callCap) {
            growCalls();
        }
        return callsUsed++;
    }

    private void growCalls() {
        int n = callCap * 2;
        calls = newCalls(calls, n);
        freeCalls = Arrays.copyOf(freeCalls, n);
        callCap = n;
    }

    /** {@code old}'s calls followed by new ones, {@code n} in all. */
    private static Call[] newCalls(Call[] old, int n) {
        Call[] c = Arrays.copyOf(old, n);
        for (int i = old.length; i < n; i++) {
            c[i] = new Call();
        }
        return c;
    }

    private void finishCall(int call, int outcome, double atHospital) {
        Call c = calls[call];
        if (listener != null) {
            listener.callDone(c.key, c.zone, c.age, c.condition, c.need, c.level, c.received,
                    c.ready, c.dispatched, c.onScene, atHospital, c.unit, c.travel, outcome);
        }
        if (c.reconsider >= 0) {
            sim.cancel(c.reconsider);
            c.reconsider = -1;
        }
        c.state = C_FREE;
        callsCompleted++;
        callsActive--;
        freeCalls[freeCallCount++] = call;
    }

    /** Appends a call to its level's waiting list, in order of readiness (FCFS within the level). */
    private void enqueue(int call) {
        Call c = calls[call];
        int level = c.level;
        int after = waitTail[level];
        while (after != NONE && calls[after].ready > c.ready) {
            after = calls[after].prev;
        }
        int before = after == NONE ? waitHead[level] : calls[after].next;
        c.prev = after;
        c.next = before;
        if (after == NONE) {
            waitHead[level] = call;
        } else {
            calls[after].next = call;
        }
        if (before == NONE) {
            waitTail[level] = call;
        } else {
            calls[before].prev = call;
        }
        c.state = C_WAITING;
        if (waiting++ == 0) {
            wakeReturningUnits();
        }
    }

    private void unlink(int call) {
        Call c = calls[call];
        int level = c.level;
        int p = c.prev, n = c.next;
        if (p == NONE) {
            waitHead[level] = n;
        } else {
            calls[p].next = n;
        }
        if (n == NONE) {
            waitTail[level] = p;
        } else {
            calls[n].prev = p;
        }
        waiting--;
        if (c.reconsider >= 0) {
            sim.cancel(c.reconsider);
            c.reconsider = -1;
        }
    }

    // ---------------------------------------------------------------- statistics

    private void resetStatistics() {
        for (int u = 0; u < nUnits; u++) {
            settle(u); // counted before the reset, as an arrival event would have been
        }
        flushTimeIntegrals();
        double now = sim.now();
        observeStart = now;
        callsAtStart = callsActive;
        callsReceived = callsCompleted = callsLost = callsNoAmbulance = treatedAndLeft = transported = redispatched = directToDestination = 0;
        amkDelayed = amkAnswered = 0;
        Arrays.fill(callsByLevel, 0);
        Arrays.fill(missionsByLevel, 0);
        Arrays.fill(dispatchCount, 0);
        kmTotal = 0;
        amkWait.reset();
        for (Tally t : unitWait) {
            t.reset();
        }
        for (int i = 0; i < 3; i++) {
            toHospital[i].reset();
            histToHospital[i].reset();
        }
        for (int i = 0; i < 6; i++) {
            respLevelArea[i].reset();
            histLevelArea[i].reset();
            respNeed[i].reset();
            histNeed[i].reset();
        }
        for (StationReadiness st : stations) {
            Arrays.fill(st.readyByHour, 0);
        }
        Arrays.fill(cover12ByHour, 0);
        Arrays.fill(cover25ByHour, 0);
        for (int u = 0; u < nUnits; u++) {
            closeState(u);
        }
        Arrays.fill(stateTime, 0);
        hospitals.resetStatistics();
    }

    /** Writes this replication's metrics (see the architecture notes for the list). */
    public void record(Responses out) {
        double length = sim.now() - observeStart;
        out.put("calls.received", callsReceived);
        out.put("calls.completed", callsCompleted);
        out.put("calls.inProgress", callsActive);
        out.put("calls.lost", callsLost);
        out.put("calls.noAmbulance", callsNoAmbulance);
        for (int l = 0; l < Level.COUNT; l++) {
            out.put("calls.assigned." + Level.of(l), callsByLevel[l]);
        }
        out.put("amk.meanWait", amkWait.mean());
        out.put("amk.delayProbability", amkAnswered == 0 ? Double.NaN : (double) amkDelayed / amkAnswered);
        for (int l = 0; l < 3; l++) {
            String p = "response." + Level.of(l);
            Tally t = responseTime(l);
            Histogram h = Histogram.withBinWidth(0, HIST_MAX, HIST_BIN);
            h.addAll(histLevelArea[2 * l]);
            h.addAll(histLevelArea[2 * l + 1]);
            putResponse(out, p, t, h);
            putDistribution(out, p, t, h);
            putResponse(out, p + ".urban", respLevelArea[2 * l], histLevelArea[2 * l]);
            putResponse(out, p + ".rural", respLevelArea[2 * l + 1], histLevelArea[2 * l + 1]);
            out.put("dispatchWait." + Level.of(l) + ".mean", unitWait[l].mean());
            out.put("missions." + Level.of(l), missionsByLevel[l]);
        }
        for (int n = 0; n < 3; n++) {
            putResponse(out, "response.need." + Level.of(n), respNeed[n], histNeed[n]);
        }
        out.put("missions.treatAndLeave", treatedAndLeft);
        out.put("missions.transported", transported);
        out.put("missions.directToDestination", directToDestination);
        out.put("missions.redispatched", redispatched);
        out.put("km.total", kmTotal);
        out.put("co2.tonnes", kmTotal * scenario.metrics().fuelLitresPerKm() * scenario.metrics().co2KgPerLitre() / 1000.0);
        for (int c = 0; c < 3; c++) {
            String p = "callToHospital." + Condition.of(c);
            out.put(p + ".n", toHospital[c].count());
            out.put(p + ".mean", toHospital[c].mean());
            out.put(p + ".p50", toHospital[c].count() == 0 ? Double.NaN : histToHospital[c].quantile(0.5));
            out.put(p + ".p90", toHospital[c].count() == 0 ? Double.NaN : histToHospital[c].quantile(0.9));
        }
        double busy = 0, duty = 0;
        for (int u = 0; u < nUnits; u++) {
            double b = busyTime(u), d = length - stateTime[u * UnitState.COUNT + UnitState.OFF_DUTY];
            busy += b;
            duty += d;
            out.put("unit." + scenario.fleet().units().get(u).id() + ".utilisation", d > 0 ? b / d : Double.NaN);
        }
        out.put("fleet.utilisation", duty > 0 ? busy / duty : Double.NaN);
        if (scenario.metrics().dispatchShares()) {
            recordDispatchShares(out);
        }
        double readySum = 0;
        for (int st = 0; st < nStations; st++) {
            double r = readiness(st);
            readySum += r;
            out.put("readiness." + scenario.region().stations().get(st).id(), r);
        }
        out.put("readiness.meanOverDistricts", readySum / nStations);
        out.put("coverage.pop12", populationCovered(12, -1));
        out.put("coverage.pop25", populationCovered(25, -1));
        for (int h = 0; h < 24; h++) {
            String hh = (h < 10 ? "0" : "") + h;
            out.put("coverage.pop12.h" + hh, populationCovered(12, h));
            out.put("coverage.pop25.h" + hh, populationCovered(25, h));
            double rs = 0;
            for (int st = 0; st < nStations; st++) {
                rs += readiness(st, h);
            }
            out.put("readiness.h" + hh, rs / nStations);
        }
        hospitals.recordResults(out);
    }

    /** {@code dispatchShare.<zone>.<unit>}: dispatches of the unit to the zone's calls per call received. */
    private void recordDispatchShares(Responses out) {
        for (int z = 0; z < nZones; z++) {
            String p = "dispatchShare." + scenario.region().zones().get(z).id() + ".";
            for (int u = 0; u < nUnits; u++) {
                out.put(p + scenario.fleet().units().get(u).id(),
                        callsReceived == 0 ? Double.NaN : (double) dispatchCount[z * nUnits + u] / callsReceived);
            }
        }
    }

    private static void putResponse(Responses out, String p, Tally t, Histogram h) {
        long n = t.count();
        out.put(p + ".n", n);
        out.put(p + ".mean", t.mean());
        out.put(p + ".p50", n == 0 ? Double.NaN : h.quantile(0.5));
        out.put(p + ".p90", n == 0 ? Double.NaN : h.quantile(0.9));
        out.put(p + ".within12", n == 0 ? Double.NaN : h.fractionBelow(12));
        out.put(p + ".within25", n == 0 ? Double.NaN : h.fractionBelow(25));
    }

    /**
     * Minutes at which each level's response-time distribution is reported ({@code within<m>}), besides
     * the 12- and 25-minute targets: bin edges of the histogram, so the shares are exact.
     */
    static final int[] DISTRIBUTION_MINUTES = {5, 10, 15, 20, 30, 40, 50, 60, 90, 120};

    /** The share of responses within each of {@link #DISTRIBUTION_MINUTES} (the empirical distribution function). */
    private static void putDistribution(Responses out, String p, Tally t, Histogram h) {
        for (int m : DISTRIBUTION_MINUTES) {
            out.put(p + ".within" + m, t.count() == 0 ? Double.NaN : h.fractionBelow(m));
        }
    }

    private double busyTime(int u) {
        int o = u * UnitState.COUNT;
        return stateTime[o + UnitState.EN_ROUTE] + stateTime[o + UnitState.ON_SCENE] + stateTime[o + UnitState.TRANSPORTING]
                + stateTime[o + UnitState.AT_HOSPITAL] + stateTime[o + UnitState.RETURNING];
    }

    // ---------------------------------------------------------------- detailed results (after run)

    /** Share of the observed time unit {@code u} spent in {@code state}. */
    public double stateShare(int u, int state) {
        return stateTime[u * UnitState.COUNT + state] / (sim.now() - observeStart);
    }

    /** Share of time unit {@code u} was on a mission (en route to at hospital) — the hypercube's busy share. */
    public double busyShare(int u) {
        int o = u * UnitState.COUNT;
        return (stateTime[o + UnitState.EN_ROUTE] + stateTime[o + UnitState.ON_SCENE] + stateTime[o + UnitState.TRANSPORTING]
                + stateTime[o + UnitState.AT_HOSPITAL]) / (sim.now() - observeStart);
    }

    /** Dispatches of unit {@code u} to calls from zone {@code z} in the observed period. */
    public long dispatches(int z, int u) {
        return dispatchCount[z * nUnits + u];
    }

    /** Share of observed time district {@code st} had a free unit. */
    public double readiness(int st) {
        double s = 0;
        for (int h = 0; h < 24; h++) {
            s += stations[st].readyByHour[h];
        }
        return s / (sim.now() - observeStart);
    }

    /** Share of observed time in hour of day {@code h} district {@code st} had a free unit. */
    public double readiness(int st, int h) {
        return observedByHour[h] > 0 ? stations[st].readyByHour[h] / observedByHour[h] : Double.NaN;
    }

    /** Time-averaged share of population within {@code minutes} (12 or 25) of a free unit; hour of day or -1 for all. */
    public double populationCovered(int minutes, int hourOfDay) {
        double[] bins = minutes == 12 ? cover12ByHour : minutes == 25 ? cover25ByHour : null;
        if (bins == null) {
            throw new IllegalArgumentException("coverage is kept for 12 and 25 minutes, asked for " + minutes);
        }
        if (totalPop <= 0) {
            return Double.NaN;
        }
        if (hourOfDay >= 0) {
            return observedByHour[hourOfDay] > 0 ? bins[hourOfDay] / observedByHour[hourOfDay] / totalPop : Double.NaN;
        }
        double s = 0, t = 0;
        for (int h = 0; h < 24; h++) {
            s += bins[h];
            t += observedByHour[h];
        }
        return t > 0 ? s / t / totalPop : Double.NaN;
    }

    public long callsReceived() {
        return callsReceived;
    }

    public long callsCompleted() {
        return callsCompleted;
    }

    /** Calls in the system (AMK, waiting, being served) now. */
    public long callsInProgress() {
        return callsActive;
    }

    /** Calls in the system when observation started (after the warm-up). */
    public long callsAtStart() {
        return callsAtStart;
    }

    public long callsLost() {
        return callsLost;
    }

    public Tally amkWait() {
        return amkWait;
    }

    /** Probability that an answered call waited for an AMK operator. */
    public double amkDelayProbability() {
        return amkAnswered == 0 ? Double.NaN : (double) amkDelayed / amkAnswered;
    }

    /** Waits from triage to dispatch, by level. */
    public Tally dispatchWait(int level) {
        return unitWait[level];
    }

    /** Response times by assigned level (a new tally pooling the urban and rural ones). */
    public Tally responseTime(int level) {
        Tally t = new Tally();
        t.addAll(respLevelArea[2 * level]);
        t.addAll(respLevelArea[2 * level + 1]);
        return t;
    }

    public Simulator simulator() {
        return sim;
    }

    /**
     * Checks the state invariants: each unit's state agrees with its call, no call has two units, free
     * counts agree with states. Throws naming the first violation. For tests; O(units + calls).
     */
    public void checkInvariants() {
        int[] seen = new int[callsUsed];
        int free = 0;
        int[] atHome = new int[nStations];
        for (int u = 0; u < nUnits; u++) {
            int s = units[u].state;
            boolean mission = s == UnitState.EN_ROUTE || s == UnitState.ON_SCENE || s == UnitState.TRANSPORTING;
            if (mission != (units[u].call != NONE)) {
                throw new IllegalStateException("unit " + u + " in state " + UnitState.name(s) + " has call " + units[u].call);
            }
            if (mission) {
                int c = units[u].call;
                if (seen[c]++ > 0 || calls[c].unit != u) {
                    throw new IllegalStateException("call " + c + " is booked to more than one unit (or not to unit " + u + ")");
                }
            }
            if (units[u].free != (UnitState.free(s) && units[u].onDuty)) {
                throw new IllegalStateException("unit " + u + " free flag disagrees with its state");
            }
            if (units[u].free != ((freeMask[u >>> 6] & (1L << u)) != 0)) {
                throw new IllegalStateException("unit " + u + " free bit disagrees with its free flag");
            }
            if ((s == UnitState.RETURNING) != ((returningMask[u >>> 6] & (1L << u)) != 0)) {
                throw new IllegalStateException("unit " + u + " returning bit disagrees with its state");
            }
            if (units[u].free) {
                free++;
                atHome[units[u].station]++;
            }
        }
        boolean countsAgree = free == freeUnits;
        for (int st = 0; st < nStations; st++) {
            countsAgree &= atHome[st] == stations[st].freeAtHome;
        }
        if (!countsAgree) {
            throw new IllegalStateException("free-unit counts disagree with unit states");
        }
        int inUse = callsUsed - freeCallCount;
        if (inUse != callsActive) {
            throw new IllegalStateException("call slots in use " + inUse + " != active calls " + callsActive);
        }
    }

    // ---------------------------------------------------------------- DispatchView

    @Override
    public double now() {
        return sim.now();
    }

    @Override
    public int hourOfWeek() {
        clockHour();
        return clockHourOfWeek;
    }

    @Override
    public int units() {
        return nUnits;
    }

    @Override
    public int unitState(int unit) {
        settle(unit); // arrivals and transport starts are booked lazily
        return units[unit].state;
    }

    @Override
    public boolean isFree(int unit) {
        return units[unit].free;
    }

    @Override
    public boolean canServe(int unit, int call) {
        return canServeType(unit, call);
    }

    private boolean canServeType(int unit, int call) {
        Call c = calls[call];
        return (units[unit].serves & (1 << c.level)) != 0 && (units[unit].transports || !c.needsTransport);
    }

    @Override
    public int homeStation(int unit) {
        return units[unit].station;
    }

    @Override
    public double travelMinutes(int unit, int call) {
        Call c = calls[call];
        int from = units[unit].state == UnitState.AVAILABLE ? units[unit].homeZone : positionZone(unit);
        double m = viewMinutes[from * nZones + c.zone] * units[unit].travelFactor;
        return c.level == 0 ? m * lights : m;
    }

    /**
     * The same choice as the interface's default (same order, same arithmetic, so the same unit), on
     * this run's arrays with the call's fields read once: it runs for every dispatch decision. Only
     * free units are visited, in index order, through the bit set {@link #freeMask}.
     */
    @Override
    public int nearestFreeUnit(int call) {
        return nearest(call, false);
    }

    /** The interface's default, as {@link #nearestFreeUnit}: GREEN calls under {@code DefaultDispatch}. */
    @Override
    public int nearestFreeUnitNotLastAtHome(int call) {
        return nearest(call, true);
    }

    /**
     * The nearest free unit able to serve {@code call} (with {@code keepLastAtHome}: whose station has
     * at least 2 free units): the least (travel minutes, unit index), as the interface's loop over units
     * finds it. For units at their station that is the eligible unit of least rank in the precomputed
     * (minutes, index) order of the call's zone ({@link #homeOrder}): the eligible ones are a bit set
     * (free, not returning, serving the level, transporting if needed, station not down to its last),
     * and the minimum rank over its bits needs no branch per unit — the scan it replaces mispredicted on
     * every busy unit it met. The few free units still driving home are checked one by one (their
     * position changes).
     */
    private int nearest(int call, boolean keepLastAtHome) {
        Call c = calls[call];
        int level = c.level;
        int levelBit = 1 << level;
        boolean red = level == 0;
        boolean needsTransport = c.needsTransport;
        int zone = c.zone;
        int best = DispatchPolicy.QUEUE;
        double bestMinutes = Double.POSITIVE_INFINITY;
        // At their stations: the eligible unit of least rank in the (minutes, index) order of this zone.
        int o = (viewBand * nZones + zone) * nUnits;
        final int[] rank = homeRank;
        final long[] free = freeMask, returning = returningMask, serves = servesMask[level];
        int bestRank = Integer.MAX_VALUE;
        if (free.length == 1) {
            // Up to 64 units: the first unit of the order in the eligible set. (A binary search over
            // prefix masks took five dependent steps every time; the walk usually stops at once.)
            long eligible = free[0] & ~returning[0] & serves[0];
            if (needsTransport) {
                eligible &= transportMask[0];
            }
            if (keepLastAtHome) {
                eligible &= ~busyStationMask[0];
            }
            if (eligible != 0) {
                // Walk the order: the nearest unit is usually free (districts are ready ~85 % of the time).
                final int[] order = homeOrder;
                int k = o;
                while ((eligible & (1L << order[k])) == 0) {
                    k++;
                }
                bestRank = k - o;
            }
        } else {
            for (int w = 0; w < free.length; w++) {
                long bits = free[w] & ~returning[w] & serves[w];
                if (needsTransport) {
                    bits &= transportMask[w];
                }
                if (keepLastAtHome) {
                    bits &= ~busyStationMask[w];
                }
                while (bits != 0) {
                    int r = rank[o + (w << 6) + Long.numberOfTrailingZeros(bits)];
                    bestRank = Math.min(bestRank, r);
                    bits &= bits - 1;
                }
            }
        }
        if (bestRank != Integer.MAX_VALUE) {
            best = homeOrder[o + bestRank];
            double m = homeOrderMinutes[o + bestRank];
            bestMinutes = red ? m * lights : m;
        }
        double[] minutes = viewMinutes;
        for (int w = 0; w < free.length; w++) {
            long bits = free[w] & returning[w];
            while (bits != 0) {
                int u = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if ((units[u].serves & levelBit) == 0 || (needsTransport && !units[u].transports)
                        || (keepLastAtHome && units[u].home.freeAtHome < 2)) {
                    continue;
                }
                double m = minutes[positionZone(u) * nZones + zone] * units[u].travelFactor;
                double t = red ? m * lights : m;
                if (t < bestMinutes || (t == bestMinutes && u < best)) {
                    bestMinutes = t;
                    best = u;
                }
                if (units[u].homeLazy && units[u].legEnd <= sim.now()) {
                    settleHome(u); // at its station already: later searches find it there
                }
            }
        }
        return best;
    }

    /**
     * For band b and zone z, entries [(b·zones + z)·units, +units): every unit, ordered by the minutes
     * {@code bandMinutes[b][home(u)·zones + z] · travelFactor(u)} it takes from its station to z
     * (ties by unit index), and those minutes.
     */
    private int[] homeOrder;
    private double[] homeOrderMinutes;
    /** homeRank[(b·zones + z)·units + u]: the position of unit u in the order of band b and zone z. */
    private int[] homeRank;
    /** Bit sets over units: serving each level, transporting, of a station with fewer than 2 free units, of each station. */
    private final long[][] servesMask;
    private final long[] transportMask, busyStationMask;

    private void buildHomeOrder() {
        int bands = bandMinutes.length;
        homeOrder = new int[bands * nZones * nUnits];
        homeOrderMinutes = new double[homeOrder.length];
        homeRank = new int[homeOrder.length];
        for (int b = 0; b < bands; b++) {
            for (int z = 0; z < nZones; z++) {
                int o = (b * nZones + z) * nUnits;
                for (int u = 0; u < nUnits; u++) {
                    double m = bandMinutes[b][units[u].homeZone * nZones + z] * units[u].travelFactor;
                    int k = o + u;
                    // insertion by (minutes, index); units arrive in index order, so equal minutes keep it
                    while (k > o && homeOrderMinutes[k - 1] > m) {
                        homeOrder[k] = homeOrder[k - 1];
                        homeOrderMinutes[k] = homeOrderMinutes[k - 1];
                        k--;
                    }
                    homeOrder[k] = u;
                    homeOrderMinutes[k] = m;
                }
                for (int k = 0; k < nUnits; k++) {
                    homeRank[o + homeOrder[o + k]] = k;
                }
            }
        }
    }

    /** Travel minutes of the band in force when the policy was asked (set by offer()), and that band. */
    private double[] viewMinutes;
    private int viewBand;

    @Override
    public int callZone(int call) {
        return calls[call].zone;
    }

    @Override
    public int callLevel(int call) {
        return calls[call].level;
    }

    @Override
    public double callWaited(int call) {
        return sim.now() - calls[call].ready;
    }

    @Override
    public int callDistrict(int call) {
        return zoneDistrict[calls[call].zone];
    }

    @Override
    public int stations() {
        return nStations;
    }

    @Override
    public int freeUnitsAtHome(int station) {
        return stations[station].freeAtHome;
    }
}
