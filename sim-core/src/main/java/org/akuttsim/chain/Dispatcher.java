package org.akuttsim.chain;

import org.akuttsim.chain.dispatch.DispatchPolicy;
import org.akuttsim.chain.dispatch.DispatchView;
import org.akuttsim.engine.Simulator;

/**
 * Dispatch: the calls waiting for a unit, the {@link DispatchPolicy} that picks units, and
 * redispatch. Also the {@link DispatchView} the policy reads.
 *
 * <p><b>When the policy is asked</b>: when a call is ready (after triage, or again after a rapid
 * responder or a redispatch), for every waiting call — most urgent level first, FCFS within a level —
 * whenever a unit becomes free or comes home while calls wait ({@link #unitFreed}), and when a
 * waiting call's {@link DispatchPolicy#reconsiderAfter} limit passes (the RECONSIDER event). The
 * answer is a unit (its mission starts: {@link Missions#start}), {@link DispatchPolicy#QUEUE} or
 * {@link DispatchPolicy#LOSE}. With redispatch on, a RED call the policy queues may take the nearest
 * unit still driving to a YELLOW or GREEN call, which then waits again.
 *
 * <p><b>Relocation.</b> With a {@link org.akuttsim.chain.relocation.RelocationPolicy} set, the
 * {@link Relocator} is asked after dispatch has acted: when a unit became free or came to a station
 * ({@link #unitFreed}, after the waiting calls), when a call was given a unit ({@link #callReady},
 * {@link #reconsider}), and when crews changed ({@link #crewsChanged}). Without one nothing is asked.
 */
final class Dispatcher implements DispatchView {

    private final Simulator sim;
    private final CallBook calls;
    private final Units units;
    private final Roads roads;
    private final ChainObservers observers;
    private final DispatchPolicy policy;
    private final boolean redispatchToRed;
    private final int[] zoneDistrict;
    private final double end;
    private final NearestUnit nearest;
    /** The air and boat units' dispatch criteria; null when the fleet has none. */
    private final CraftDispatch crafts;
    private Missions missions;
    /** The relocation policy's side, or null without relocation. */
    private Relocator relocator;

    /** Waiting lists by level, doubly linked through {@link Call#next} and {@link Call#prev}. */
    private final int[] head = {-1, -1, -1}, tail = {-1, -1, -1};
    private int waiting;

    Dispatcher(ChainScenario s, double end, Simulator sim, CallBook calls, Units units, Roads roads, ChainObservers observers) {
        this.sim = sim;
        this.calls = calls;
        this.units = units;
        this.roads = roads;
        this.observers = observers;
        this.policy = s.dispatch().policy();
        this.redispatchToRed = s.dispatch().redispatchToRed();
        this.end = end;
        boolean anyCraft = s.fleet().units().stream().anyMatch(x -> x.craft() != null);
        this.crafts = anyCraft ? new CraftDispatch(units, roads) : null;
        this.nearest = new NearestUnit(units, roads, crafts);
        Region region = s.region();
        zoneDistrict = new int[region.zoneCount()];
        for (int z = 0; z < zoneDistrict.length; z++) {
            zoneDistrict[z] = region.zones().get(z).district();
        }
    }

    /** The mission steps that a dispatch starts (set once, when the run is assembled). */
    void connect(Missions m) {
        this.missions = m;
    }

    /** The relocation policy's side (set once, when the run is assembled, only with a policy). */
    void connect(Relocator r) {
        this.relocator = r;
    }

    /** Calls waiting for a unit. */
    int waiting() {
        return waiting;
    }

    /** A call is ready for a unit (after triage, or again): the policy is asked. */
    void callReady(Call c) {
        if (offer(c, c.state == Call.AT_AMK) && relocator != null) {
            relocator.consider();
        }
    }

    /** A unit became free or came home: waiting calls are offered again, then relocation is asked. */
    void unitFreed(int u) {
        if (waiting > 0 && units.isFree(u)) {
            serveQueue();
        }
        if (relocator != null) {
            relocator.consider();
        }
    }

    /** Crews changed (HOUR): relocation is asked (after the waiting calls were offered). */
    void crewsChanged() {
        if (relocator != null) {
            relocator.consider();
        }
    }

    /** Offers waiting calls, most urgent level first, while free units remain. */
    void serveQueue() {
        for (int level = 0; level < Level.AMBULANCE_LEVELS && units.freeUnits() > 0; level++) {
            int call = head[level];
            while (call >= 0 && units.freeUnits() > 0) {
                int next = calls.get(call).next;
                offer(calls.get(call), false);
                call = next;
            }
        }
    }

    /** RECONSIDER: the call's time limit passed; the policy is asked again. */
    void reconsider(int call) {
        Call c = calls.get(call);
        c.reconsider = -1;
        if (c.state == Call.WAITING && offer(c, false) && relocator != null) {
            relocator.consider();
        }
    }

    /** Offers the call to the policy; true when a unit was sent to it. */
    private boolean offer(Call c, boolean firstTime) {
        int u = policy.choose(this, c.id);
        if (u >= 0) {
            if (u >= units.count() || !units.isFree(u) || !canServe(u, c.id)) {
                throw new IllegalStateException("dispatch policy " + policy + " chose unit " + u
                        + ", which is not a free unit able to serve call level " + Level.of(c.level));
            }
            leaveQueue(c);
            missions.start(u, c);
            return true;
        }
        if (u == DispatchPolicy.LOSE) {
            leaveQueue(c);
            calls.close(c, CallListener.LOST);
            return false;
        }
        if (u != DispatchPolicy.QUEUE) {
            throw new IllegalStateException("dispatch policy returned " + u + "; expected a unit index, QUEUE or LOSE");
        }
        if (redispatchToRed && c.level == 0 && redispatch(c)) {
            return true;
        }
        if (c.state != Call.WAITING) {
            enqueue(c);
            if (firstTime) {
                double after = policy.reconsiderAfter(this, c.id);
                if (after < Double.POSITIVE_INFINITY) {
                    double at = Math.max(c.ready + after, sim.now());
                    c.reconsider = at <= end ? sim.scheduleAt(at, ChainEvents.RECONSIDER, c.id) : -1;
                }
            }
        }
        return false;
    }

    /** Takes the nearest unit driving to a YELLOW or GREEN call for this RED call; false when there is none. */
    private boolean redispatch(Call red) {
        int best = -1;
        double bestMinutes = Double.POSITIVE_INFINITY;
        for (int u = 0; u < units.count(); u++) {
            Unit unit = units.get(u);
            if (unit.state == UnitState.EN_ROUTE && unit.call >= 0 && sim.now() < unit.legEnd && calls.get(unit.call).level > 0
                    && canServe(u, red.id)) { // unit.call < 0: a transfer between hospitals, not diverted
                double t = travelMinutes(u, red.id);
                if (t < bestMinutes) {
                    bestMinutes = t;
                    best = u;
                }
            }
        }
        if (best < 0) {
            return false;
        }
        Call other = calls.get(units.get(best).call);
        missions.divert(best);
        other.state = Call.READY_AGAIN;
        observers.callRedispatched(other, best, sim.now());
        leaveQueue(red);
        missions.start(best, red);
        enqueue(other);
        return true;
    }

    /** Appends a call to its level's waiting list, in order of readiness (FCFS within the level). */
    private void enqueue(Call c) {
        int level = c.level;
        int after = tail[level];
        while (after >= 0 && calls.get(after).ready > c.ready) {
            after = calls.get(after).prev;
        }
        int before = after < 0 ? head[level] : calls.get(after).next;
        c.prev = after;
        c.next = before;
        if (after < 0) {
            head[level] = c.id;
        } else {
            calls.get(after).next = c.id;
        }
        if (before < 0) {
            tail[level] = c.id;
        } else {
            calls.get(before).prev = c.id;
        }
        c.state = Call.WAITING;
        waiting++;
    }

    /** Takes a waiting call off its list (and cancels its RECONSIDER); nothing for a call not waiting. */
    private void leaveQueue(Call c) {
        if (c.state != Call.WAITING) {
            return;
        }
        int p = c.prev, n = c.next;
        if (p < 0) {
            head[c.level] = n;
        } else {
            calls.get(p).next = n;
        }
        if (n < 0) {
            tail[c.level] = p;
        } else {
            calls.get(n).prev = p;
        }
        c.state = Call.READY_AGAIN;
        waiting--;
        if (c.reconsider >= 0) {
            sim.cancel(c.reconsider);
            c.reconsider = -1;
        }
    }

    // ------------------------------------------------------------ DispatchView

    @Override
    public double now() {
        return sim.now();
    }

    @Override
    public int hourOfWeek() {
        return ChainClock.hourOfWeek(sim.now());
    }

    @Override
    public int units() {
        return units.count();
    }

    @Override
    public int unitState(int unit) {
        missions.catchUp(unit); // planned steps due by now are carried out first
        return units.get(unit).state;
    }

    @Override
    public boolean isFree(int unit) {
        return units.isFree(unit);
    }

    @Override
    public boolean canServe(int unit, int call) {
        Unit un = units.get(unit);
        Call c = calls.get(call);
        return un.serves(c.level) && (un.transports || !c.needsTransport) && (un.craft == null || crafts.allows(un, c, sim.now()));
    }

    @Override
    public double freeSince(int unit) {
        return units.freeSince(unit);
    }

    @Override
    public int homeStation(int unit) {
        return units.get(unit).station;
    }

    @Override
    public double travelMinutes(int unit, int call) {
        Call c = calls.get(call);
        return roads.legMinutes(units.get(unit), units.positionZone(unit), c.zone, c.level == 0, roads.band(sim.now()));
    }

    /** The interface's choice (least minutes; ties to the unit free longest, then the lower index), found by {@link NearestUnit}: it runs for every decision. */
    @Override
    public int nearestFreeUnit(int call) {
        return nearest.find(calls.get(call), false, sim.now());
    }

    @Override
    public int nearestFreeUnitNotLastAtHome(int call) {
        return nearest.find(calls.get(call), true, sim.now());
    }

    @Override
    public int callZone(int call) {
        return calls.get(call).zone;
    }

    @Override
    public int callLevel(int call) {
        return calls.get(call).level;
    }

    @Override
    public double callWaited(int call) {
        return sim.now() - calls.get(call).ready;
    }

    @Override
    public int callDistrict(int call) {
        return zoneDistrict[calls.get(call).zone];
    }

    @Override
    public int stations() {
        return units.stationCount();
    }

    @Override
    public int freeUnitsAtHome(int station) {
        return units.freeAtStation(station);
    }
}
