package org.akuttsim.chain;

import org.akuttsim.engine.Simulator;
import org.akuttsim.random.KeyedRandom;

/**
 * The steps of a unit's mission, each an event of the unit:
 * <pre>
 *  start ─(activation + drive)→ AT_SCENE ─(on scene)→ SCENE_DONE ─┬ treat and leave ──────────────→ home
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
 * <p>Owns each unit's pending mission event (for cancelling); unit state changes go through {@link Units}.
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
    private final KeyedRandom rng = new KeyedRandom();
    private final int[] hospitalZone;
    private final DurationModel[] activation, onScene;
    private final double[][] treatAndLeave;
    private final double[] bypassEd;
    private final DurationModel directHandover;
    private final boolean lightsOnTransport;
    /** Each unit's pending mission event, or -1. */
    private final long[] pending;

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
        treatAndLeave = sc.treatAndLeave();
        bypassEd = sc.bypassEd();
        directHandover = sc.directHandover();
        lightsOnTransport = sc.lightsOnTransportForRed();
        pending = new long[units.count()];
        java.util.Arrays.fill(pending, -1);
    }

    /** The hospital submodel patients are handed to (set once, when the run is assembled). */
    void connect(HospitalLink h) {
        this.hospitals = h;
    }

    /** Dispatch: the free unit {@code u} sets out for the call. A returning unit rolls (no activation). */
    void start(int u, Call c) {
        Unit unit = units.get(u);
        double now = sim.now();
        int from = units.positionZone(u);
        boolean rolling = unit.state == UnitState.RETURNING;
        if (rolling) {
            cancelPending(u);
            units.endLeg(u, true);
        }
        int level = c.level;
        double act = rolling ? 0 : activation[level].minutes(c.activationU);
        // Chosen by expected minutes (the policy saw those); driven in the call's realised minutes.
        double travel = roads.callLegMinutes(unit, from, c.zone, level == 0, c, roads.band(now)) * c.driveFactor;
        units.assign(u, c.id);
        c.unit = u;
        c.state = Call.ASSIGNED;
        c.dispatched = now;
        if (Double.isNaN(c.onScene)) {
            c.travel = travel;
        }
        units.change(u, UnitState.EN_ROUTE);
        units.startLeg(u, from, c.zone, now + act, travel, roads.callLegKm(from, c.zone, c));
        observers.callDispatched(c, u, now);
        pending[u] = sim.scheduleAt(unit.legEnd, ChainEvents.AT_SCENE, u);
    }

    /** Redispatch: the unit driving to its call turns where it is (that call loses it) and is free, rolling. */
    void divert(int u) {
        Unit unit = units.get(u);
        int at = units.positionZone(u);
        cancelPending(u);
        units.endLeg(u, true);
        calls.get(unit.call).unit = -1;
        units.assign(u, -1);
        units.startLeg(u, at, at, sim.now(), 0, 0); // turns where it is: a zero-length leg, rolling
        units.change(u, UnitState.RETURNING);
    }

    /** AT_SCENE: the unit reached its call; the first unit there ends the call's response time. */
    void atScene(int u) {
        pending[u] = -1;
        Unit unit = units.get(u);
        Call c = calls.get(unit.call);
        double now = sim.now();
        units.endLeg(u, false);
        units.change(u, UnitState.ON_SCENE);
        double minutes = onScene[c.level].minutes(c.sceneU);
        if (Double.isNaN(c.onScene)) {
            c.onScene = now;
            observers.callReached(c, u, now);
        } else {
            minutes *= 0.5; // a transport unit after a rapid responder: the patient is prepared already
        }
        pending[u] = sim.scheduleAt(now + minutes, ChainEvents.SCENE_DONE, u);
    }

    /** SCENE_DONE: treat and leave, transport, or (a rapid responder) ask for a transporting unit. */
    void sceneDone(int u) {
        pending[u] = -1;
        Unit unit = units.get(u);
        Call c = calls.get(unit.call);
        double now = sim.now();
        boolean leave = !c.needsTransport && c.leaveU < treatAndLeave[c.need][c.condition];
        if (leave) {
            units.assign(u, -1);
            calls.close(c, CallListener.TREAT_AND_LEAVE);
            goHomeFromScene(u, c);
        } else if (unit.transports) {
            int h = destinations.of(c);
            units.headFor(u, h);
            int band = roads.band(now);
            double minutes = roads.callLegMinutes(unit, c.zone, hospitalZone[h], lightsOnTransport && c.level == 0, c, band);
            units.change(u, UnitState.TRANSPORTING);
            units.startLeg(u, c.zone, hospitalZone[h], now, minutes, roads.callLegKm(c.zone, hospitalZone[h], c));
            pending[u] = sim.scheduleAt(unit.legEnd, ChainEvents.AT_HOSPITAL, u);
        } else {
            units.assign(u, -1);
            c.needsTransport = true;
            c.unit = -1;
            c.state = Call.READY_AGAIN;
            goHome(u, c.zone, Double.NaN, 0);
            dispatcher.callReady(c);
        }
    }

    /** AT_HOSPITAL: the patient reaches the hospital; handed to the ED (offload) or, past it, to a ward, lab or clinic. */
    void atHospital(int u) {
        pending[u] = -1;
        Unit unit = units.get(u);
        Call c = calls.get(unit.call);
        double now = sim.now();
        units.endLeg(u, false);
        units.change(u, UnitState.AT_HOSPITAL);
        units.assign(u, -1);
        c.atHospital = now;
        double handover = bypassHandover(c);
        boolean pastEd = !Double.isNaN(handover);
        observers.callAtHospital(c, u, unit.hospital, pastEd, now);
        long key = c.key;
        int need = c.need, age = c.age, condition = c.condition;
        calls.close(c, CallListener.TRANSPORTED);
        if (pastEd) {
            pending[u] = sim.scheduleAt(now + handover, ChainEvents.HANDOVER_DONE, u);
        } else {
            hospitals.ambulanceArrival(unit.hospital, u, key, need, age, condition);
        }
    }

    /**
     * Minutes of the handover when the call's patient goes straight to a ward, lab or clinic (the ED
     * never sees them), else NaN: the call's own draws (part 4).
     */
    private double bypassHandover(Call c) {
        if (bypassEd[c.level] > 0) {
            KeyedRandom r = rng.reseed(c.key, CallIntake.PART_DESTINATION);
            if (r.nextDouble() < bypassEd[c.level]) {
                return directHandover.minutes(r.nextDouble());
            }
        }
        return Double.NaN;
    }

    /** HANDOVER_DONE: a patient past the ED has been handed over. */
    void handoverDone(int u) {
        pending[u] = -1;
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
        goHome(u, c.zone, intra ? c.intraMin * unit.travelFactor : Double.NaN, intra ? c.intraKm : 0);
    }

    /** Drives home from {@code from}; {@code minutes} and {@code km} override the zone tables unless NaN. */
    private void goHome(int u, int from, double minutes, double km) {
        Unit unit = units.get(u);
        double now = sim.now();
        boolean table = Double.isNaN(minutes);
        double t = table ? roads.legMinutes(unit, from, unit.homeZone, false, roads.band(now)) : minutes;
        units.change(u, UnitState.RETURNING);
        units.startLeg(u, from, unit.homeZone, now, t, table ? roads.km(from, unit.homeZone) : km);
        pending[u] = sim.scheduleAt(unit.legEnd, ChainEvents.AT_STATION, u);
        dispatcher.unitFreed(u);
    }

    /** AT_STATION: home; AVAILABLE, or OFF_DUTY when its crew's shift ended meanwhile. */
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
