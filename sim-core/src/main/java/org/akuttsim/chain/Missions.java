package org.akuttsim.chain;

import org.akuttsim.engine.Simulator;
import org.akuttsim.random.KeyedRandom;

/**
 * The steps of a unit's mission, each an event of the unit:
 * <pre>
 *  start ─(activation + drive)→ on scene ─(scene time)→ SCENE_DONE ┬ treat and leave ──────────────→ home
 *                                                                  ├ rapid responder: call offered again → home
 *                                                                  └ transport → AT_HOSPITAL ─┬ ED: offload (hospital submodel) → home
 *                                                                                             └ past the ED → HANDOVER_DONE → home
 *  home: RETURNING ─(drive)→ AT_STATION: AVAILABLE (or OFF_DUTY)
 * </pre>
 * Durations are the call's own draws ({@link Call} uniforms; part 4 for the bypass and its handover),
 * so a mission's course does not depend on which unit drives it. A returning unit may be sent to a
 * new call ({@link #start} cancels its AT_STATION); a unit driving to a YELLOW or GREEN call may be
 * diverted to a RED one ({@link #divert}).
 *
 * <h2>Silent steps</h2>
 * Three steps change nothing that anyone else could notice when they happen: the arrival on scene,
 * the start of a transport and the arrival of a patient taken past the ED (the unit is busy before
 * and after, its call waits for nobody). Because the call's own numbers fix the mission's course at
 * dispatch, {@link #start} plans these steps with their times and schedules only the next step that
 * matters to others: SCENE_DONE (treat and leave, rapid responder), AT_HOSPITAL (the ED) or
 * HANDOVER_DONE (past the ED). A planned step is carried out — by the same method an event would
 * call, with its own time {@code t}, so observers see the right times — when anything next looks at
 * the unit ({@link #catchUp}): the unit's next event, the dispatch view, the warm-up's end, the end of
 * the run. Redispatch takes only units still driving, which have no step due. Measured: planning
 * these steps instead of scheduling them saves about 120,000 of 345,000 events and
 * ≈ 10 % of the CPU time of a St. Olavs replication-year (paired, both orders; {@code benchmarks/README.md}).
 *
 * <p>Owns each unit's pending mission event and planned steps; unit state changes go through {@link Units}.
 */
final class Missions implements OffloadListener {

    private final Simulator sim;
    private final Units units;
    private final CallBook calls;
    private final Roads roads;
    private final Destinations destinations;
    private final ChainObservers observers;
    private final Dispatcher dispatcher;
    private HospitalLink hospitals;
    /** Null: no transfers between hospitals. */
    private Transfers transfers;
    private final KeyedRandom rng = new KeyedRandom();
    private final int[] hospitalZone;
    private final DurationModel[] activation, onScene;
    /** Multiplier on on-scene time by condition (e.g. the stroke pathway's short scene). */
    private final double[] onSceneFactor;
    private final double[][] treatAndLeave;
    private final double[] bypassEd;
    /** Referred share and ED bypass of referred patients by true need; null share: no referral drawn. */
    private final double[] referredShare, referredBypassEd;
    private final DurationModel directHandover;
    private final boolean lightsOnTransport;
    /** Each unit's pending mission event, or -1. */
    private final long[] pending;
    /** Each unit's planned silent steps (NaN: none): arrival on scene, transport start, arrival past the ED. */
    private final double[] onSceneAt, transportAt, pastEdAt;
    /** The planned transport's minutes and time band. */
    private final double[] transportMinutes;
    private final int[] transportBand;

    Missions(ChainScenario s, Simulator sim, Units units, CallBook calls, Roads roads, Destinations destinations,
             ChainObservers observers, Dispatcher dispatcher) {
        this.sim = sim;
        this.units = units;
        this.calls = calls;
        this.roads = roads;
        this.destinations = destinations;
        this.observers = observers;
        this.dispatcher = dispatcher;
        Region region = s.region();
        hospitalZone = new int[region.hospitalCount()];
        for (int h = 0; h < hospitalZone.length; h++) {
            hospitalZone[h] = region.hospitals().get(h).zone();
        }
        SceneParameters sc = s.scene();
        activation = sc.activation();
        onScene = sc.onScene();
        onSceneFactor = sc.onSceneFactor();
        treatAndLeave = sc.treatAndLeave();
        bypassEd = sc.bypassEd();
        referredShare = sc.referral().any() ? sc.referral().share() : null;
        referredBypassEd = sc.referral().bypassEd();
        directHandover = sc.directHandover();
        lightsOnTransport = sc.lightsOnTransportForRed();
        int n = units.count();
        pending = new long[n];
        java.util.Arrays.fill(pending, -1);
        onSceneAt = nans(n);
        transportAt = nans(n);
        pastEdAt = nans(n);
        transportMinutes = new double[n];
        transportBand = new int[n];
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    /** The hospital submodel patients are handed to (set once, when the run is assembled). */
    void connect(HospitalLink h) {
        this.hospitals = h;
    }

    /** The transfers between hospitals that patients' arrivals may start (set once, when the run is assembled). */
    void connect(Transfers t) {
        this.transfers = t;
    }

    /** A transfer takes the free unit {@code u}: a returning unit stops where it is (its way home is cancelled). */
    void leaveForTransfer(int u) {
        if (units.get(u).state == UnitState.RETURNING) {
            cancelPending(u);
            units.endLeg(u, true);
        }
    }

    /** The unit, done with a transfer at zone {@code from}, drives home. */
    void sendHome(int u, int from) {
        goHome(u, from, Double.NaN, 0);
    }

    /** Dispatch: the free unit {@code u} sets out for the call. A returning unit rolls (no activation). */
    void start(int u, Call c) {
        Unit unit = units.get(u);
        double now = sim.now();
        int from = units.positionZone(u);
        boolean rolling = unit.state == UnitState.RETURNING || unit.state == UnitState.RELOCATING;
        if (rolling) {
            cancelPending(u);
            units.endLeg(u, true);
        }
        int level = c.level;
        double act = rolling ? 0 : unit.craft != null ? unit.craft.readyMinutes() : activation[level].minutes(c.activationU);
        // Chosen by expected minutes (the policy saw those); driven in the call's realised minutes.
        int band = roads.band(now);
        double travel = roads.callLegMinutes(unit, from, c.zone, level == 0, c, band, c.driveFactor);
        units.assign(u, c.id);
        c.unit = u;
        c.state = Call.ASSIGNED;
        c.dispatched = now;
        if (Double.isNaN(c.onScene)) {
            c.travel = travel;
        }
        units.change(u, UnitState.EN_ROUTE);
        units.startLeg(u, from, c.zone, now + act, travel, roads.callLegKm(unit, from, c.zone, c, band));
        observers.callDispatched(c, u, now);
        planScene(u, c);
    }

    /**
     * Plans the mission from the arrival on scene on (see "Silent steps"): the arrival at the end of
     * the drive; a scene that ends in a transport is planned through the arrival at hospital.
     */
    private void planScene(int u, Call c) {
        Unit unit = units.get(u);
        double arrival = unit.legEnd;
        onSceneAt[u] = arrival;
        double scene = onScene[c.level].minutes(c.sceneU) * onSceneFactor[c.condition];
        if (!Double.isNaN(c.onScene)) {
            scene *= 0.5; // a transport unit after a rapid responder: the patient is prepared already
        }
        double sceneEnd = arrival + scene;
        boolean leave = !c.needsTransport && c.leaveU < treatAndLeave[c.need][c.condition];
        if (leave || !unit.transports) {
            pending[u] = sim.scheduleAt(sceneEnd, ChainEvents.SCENE_DONE, u);
            return;
        }
        int h = destinations.of(c);
        units.headFor(u, h);
        transportAt[u] = sceneEnd;
        transportBand[u] = roads.band(sceneEnd);
        transportMinutes[u] = roads.callLegMinutes(unit, c.zone, hospitalZone[h], lightsOnTransport && c.level == 0, c,
                transportBand[u], 1.0);
        double atHospital = sceneEnd + transportMinutes[u];
        double handover = bypassHandover(c);
        if (Double.isNaN(handover)) {
            pending[u] = sim.scheduleAt(atHospital, ChainEvents.AT_HOSPITAL, u);
        } else {
            pastEdAt[u] = atHospital;
            pending[u] = sim.scheduleAt(atHospital + handover, ChainEvents.HANDOVER_DONE, u);
        }
    }

    /** Carries out the unit's planned silent steps that are due by now, each at its own time. */
    void catchUp(int u) {
        double now = sim.now();
        if (onSceneAt[u] <= now) {
            arriveOnScene(u, onSceneAt[u]);
        }
        if (transportAt[u] <= now) {
            startTransport(u, transportAt[u]);
        }
        if (pastEdAt[u] <= now) {
            arriveAtHospital(u, pastEdAt[u], true);
        }
    }

    /** {@link #catchUp} for every unit (the end of the warm-up, the end of the run). */
    void catchUpAll() {
        for (int u = 0; u < units.count(); u++) {
            catchUp(u);
        }
    }

    /** Redispatch: the unit driving to its call turns where it is (that call loses it) and is free, rolling. */
    void divert(int u) {
        Unit unit = units.get(u);
        int at = units.positionZone(u);
        cancelPending(u);
        onSceneAt[u] = transportAt[u] = pastEdAt[u] = Double.NaN;
        units.endLeg(u, true);
        calls.get(unit.call).unit = -1;
        units.assign(u, -1);
        units.startLeg(u, at, at, sim.now(), 0, 0); // turns where it is: a zero-length leg, rolling
        units.change(u, UnitState.RETURNING);
    }

    /** Step: the unit reached its call at {@code t}; the first unit there ends the call's response time. */
    private void arriveOnScene(int u, double t) {
        onSceneAt[u] = Double.NaN;
        Call c = calls.get(units.get(u).call);
        units.endLeg(u, false, t);
        units.change(u, UnitState.ON_SCENE, t);
        if (Double.isNaN(c.onScene)) {
            c.onScene = t;
            observers.callReached(c, u, t);
        }
    }

    /** Step: the planned transport leaves the scene at {@code t}. */
    private void startTransport(int u, double t) {
        transportAt[u] = Double.NaN;
        Unit unit = units.get(u);
        Call c = calls.get(unit.call);
        int to = hospitalZone[unit.hospital];
        c.departed = t;
        units.change(u, UnitState.TRANSPORTING, t);
        units.startLeg(u, c.zone, to, t, transportMinutes[u], roads.callLegKm(unit, c.zone, to, c, transportBand[u]));
    }

    /** Step: the patient reaches the hospital at {@code t}; the chain is done with the call. */
    private void arriveAtHospital(int u, double t, boolean pastEd) {
        pastEdAt[u] = Double.NaN;
        Unit unit = units.get(u);
        Call c = calls.get(unit.call);
        units.endLeg(u, false, t);
        units.change(u, UnitState.AT_HOSPITAL, t);
        units.assign(u, -1);
        c.atHospital = t;
        observers.callAtHospital(c, u, unit.hospital, pastEd, t);
        if (transfers != null) {
            transfers.patientArrived(c, unit.hospital, t);
        }
        calls.close(c, CallListener.TRANSPORTED, t);
    }

    /** SCENE_DONE (treat and leave, or a rapid responder): the unit leaves; a responder's patient waits for a transporting unit. */
    void sceneDone(int u) {
        pending[u] = -1;
        catchUp(u);
        Call c = calls.get(units.get(u).call);
        units.assign(u, -1);
        if (!c.needsTransport && c.leaveU < treatAndLeave[c.need][c.condition]) {
            calls.close(c, CallListener.TREAT_AND_LEAVE);
            goHomeFromScene(u, c);
        } else {
            c.needsTransport = true;
            c.unit = -1;
            c.state = Call.READY_AGAIN;
            goHome(u, c.zone, Double.NaN, 0);
            dispatcher.callReady(c);
        }
    }

    /** AT_HOSPITAL: the patient reaches the ED; the hospital submodel offloads the unit. */
    void atHospital(int u) {
        pending[u] = -1;
        catchUp(u);
        Unit unit = units.get(u);
        Call c = calls.get(unit.call);
        long key = c.key;
        int need = c.need, age = c.age, condition = c.condition;
        arriveAtHospital(u, sim.now(), false);
        hospitals.ambulanceArrival(unit.hospital, u, key, need, age, condition);
    }

    /**
     * Minutes of the handover when the call's patient goes straight to a ward, lab or clinic (the ED
     * never sees them), else NaN: the call's own draws (part 4). Whether a doctor referred the patient is
     * drawn first (part 6; patients of true need below GREEN are AMK's over-triaged 113 calls, never
     * referred); the share past the ED is that of the patient's origin and true need (needs below GREEN
     * take GREEN's): relabelling a call at AMK does not send its patient past the ED.
     */
    private double bypassHandover(Call c) {
        int need = Math.min(c.need, Level.GREEN.ordinal()); // by true need, never by the AMK label
        // A patient who needed no ambulance got one through AMK's over-triage of a 113 call: never referred.
        c.referred = c.ordered || referredShare != null && c.need <= Level.GREEN.ordinal()
                && rng.reseed(c.key, CallIntake.PART_REFERRAL).nextDouble() < referredShare[need];
        double p = c.referred ? referredBypassEd[need] : bypassEd[need];
        if (p > 0) {
            KeyedRandom r = rng.reseed(c.key, CallIntake.PART_DESTINATION);
            if (r.nextDouble() < p) {
                return directHandover.minutes(r.nextDouble());
            }
        }
        return Double.NaN;
    }

    /** HANDOVER_DONE: a patient past the ED has been handed over. */
    void handoverDone(int u) {
        pending[u] = -1;
        catchUp(u);
        goHome(u, hospitalZone[units.get(u).hospital], Double.NaN, 0);
    }

    @Override
    public void offloadComplete(int unit, int hospital) {
        if (units.get(unit).state != UnitState.AT_HOSPITAL) {
            throw new IllegalStateException("hospital system released unit " + unit + ", which is not at a hospital");
        }
        goHome(unit, hospitalZone[hospital], Double.NaN, 0);
    }

    /** Home from a scene: inside the call's own zone the unit drives the call's own trip back. */
    private void goHomeFromScene(int u, Call c) {
        Unit unit = units.get(u);
        boolean intra = roads.hasIntraZoneTrips() && unit.homeZone == c.zone;
        double minutes = unit.craft != null ? c.intraKm / unit.craft.speedKmh() * 60.0 : c.intraMin * unit.travelFactor;
        goHome(u, c.zone, intra ? minutes : Double.NaN, intra ? c.intraKm : 0);
    }

    /** Drives home from {@code from}; {@code minutes} and {@code km} override the zone tables unless NaN. */
    private void goHome(int u, int from, double minutes, double km) {
        Unit unit = units.get(u);
        double now = sim.now();
        boolean table = Double.isNaN(minutes);
        int band = roads.band(now);
        double t = table ? roads.legMinutes(unit, from, unit.homeZone, false, band) : minutes;
        units.startLeg(u, from, unit.homeZone, now, t, table ? roads.legKm(unit, band, from, unit.homeZone) : km);
        units.change(u, UnitState.RETURNING);
        pending[u] = sim.scheduleAt(unit.legEnd, ChainEvents.AT_STATION, u);
        dispatcher.unitFreed(u);
    }

    /**
     * A relocation (move-up): the free unit {@code u}, AVAILABLE or RETURNING, drives to station
     * {@code station} (normal driving, no activation) and becomes RELOCATING; AT_STATION ends the move.
     * A returning unit breaks off its way home where it is.
     */
    void relocate(int u, int station) {
        Unit unit = units.get(u);
        double now = sim.now();
        int from = units.positionZone(u);
        if (unit.state == UnitState.RETURNING) {
            cancelPending(u);
            units.endLeg(u, true);
        }
        int to = units.stationZone(station);
        units.post(u, station, now);
        int band = roads.band(now);
        units.startLeg(u, from, to, now, roads.legMinutes(unit, from, to, false, band), roads.legKm(unit, band, from, to));
        units.change(u, UnitState.RELOCATING);
        pending[u] = sim.scheduleAt(unit.legEnd, ChainEvents.AT_STATION, u);
    }

    /** AT_STATION: home (or at the station a relocation moved it to); AVAILABLE, or OFF_DUTY when its crew's shift ended meanwhile. */
    void atStation(int u) {
        pending[u] = -1;
        units.endLeg(u, false);
        units.change(u, units.get(u).onDuty ? UnitState.AVAILABLE : UnitState.OFF_DUTY);
        dispatcher.unitFreed(u);
    }

    private void cancelPending(int u) {
        if (pending[u] >= 0) {
            sim.cancel(pending[u]);
            pending[u] = -1;
        }
    }
}
