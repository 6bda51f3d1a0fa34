package org.akuttsim.chain;

import java.util.BitSet;

import org.akuttsim.engine.Simulator;

/**
 * The fleet during one run: every unit's state machine, its crew schedule and the leg it drives.
 * The only writer of {@link Unit}'s changing fields. The mission steps ({@link Missions}) decide
 * <em>which</em> state comes next; this class checks that the change is legal ({@link
 * UnitState#canChange}), keeps the free flags and the free count of every station that dispatch
 * reads, and tells the observers.
 *
 * <p><b>Crews.</b> At each hour of the week at which some unit's crewing changes (the HOUR event;
 * other hours would change nothing) a unit whose crew comes on duty becomes AVAILABLE, one whose crew
 * goes off duty becomes OFF_DUTY if AVAILABLE, stops being free if RETURNING (it goes off duty at its
 * station) and finishes its mission first if busy.
 *
 * <p><b>Where a moving unit is.</b> Positions are zones. A unit driving from zone a to zone b counts
 * as in a during the first half of the leg and in b during the second half (a documented
 * approximation, used to dispatch returning units and for redispatch). An interrupted leg's
 * kilometres count in proportion to the time driven.
 */
final class Units {

    private final Simulator sim;
    private final ChainObservers observers;
    private final Unit[] units;
    private final int[] freeAtStation;
    /** When each unit last became free. */
    private final double[] freeSince;
    /** The units that are not AVAILABLE at their home station but may be free: RETURNING, RELOCATING, AVAILABLE elsewhere. */
    private final BitSet awayFromHome = new BitSet();
    /** The zone of each station. */
    private final int[] stationZone;
    private int free;
    private final int[] scheduled;
    /** Hours of the week at which some scheduled unit's duty flag differs from the hour before. */
    private final boolean[] crewChangesAt = new boolean[Demand.HOURS_PER_WEEK];

    Units(ChainScenario s, Simulator sim, ChainObservers observers) {
        this.sim = sim;
        this.observers = observers;
        Region region = s.region();
        int n = s.fleet().size();
        units = new Unit[n];
        freeAtStation = new int[region.stationCount()];
        freeSince = new double[n];
        stationZone = new int[region.stationCount()];
        for (int st = 0; st < stationZone.length; st++) {
            stationZone[st] = region.stations().get(st).zone();
        }
        int nScheduled = 0;
        for (int u = 0; u < n; u++) {
            UnitSpec spec = s.fleet().units().get(u);
            units[u] = new Unit(spec, region.stations().get(spec.station()).zone(), region);
            nScheduled += spec.schedule().alwaysOn() ? 0 : 1;
        }
        scheduled = new int[nScheduled];
        for (int u = 0, k = 0; u < n; u++) {
            if (!s.fleet().units().get(u).schedule().alwaysOn()) {
                scheduled[k++] = u;
            }
        }
        for (int how = 0; how < Demand.HOURS_PER_WEEK; how++) {
            int before = (how + Demand.HOURS_PER_WEEK - 1) % Demand.HOURS_PER_WEEK;
            for (int u : scheduled) {
                crewChangesAt[how] |= units[u].duty[how] != units[u].duty[before];
            }
        }
    }

    /** Time 0: crews of the first hour on duty, every unit at its station. */
    void start() {
        for (int u = 0; u < units.length; u++) {
            Unit unit = units[u];
            unit.onDuty = unit.duty[0];
            if (unit.onDuty) {
                change(u, UnitState.AVAILABLE);
            }
        }
    }

    int count() {
        return units.length;
    }

    /** The unit, to read; its changing fields are written here only. */
    Unit get(int u) {
        return units[u];
    }

    boolean isFree(int u) {
        return units[u].free;
    }

    /** When unit {@code u} last became free (0 before it ever was). */
    double freeSince(int u) {
        return freeSince[u];
    }

    /** Free units (AVAILABLE or RETURNING, crewed) whose home is {@code station}. */
    int freeAtStation(int station) {
        return freeAtStation[station];
    }

    /**
     * The units whose place is not their home station's in {@link NearestUnit}'s precomputed order,
     * read only: RETURNING, RELOCATING, and AVAILABLE at a station a relocation policy moved them to.
     * Without relocation these are exactly the RETURNING units.
     */
    BitSet awayFromHome() {
        return awayFromHome;
    }

    /** The zone of station {@code station}. */
    int stationZone(int station) {
        return stationZone[station];
    }

    int stationCount() {
        return freeAtStation.length;
    }

    int freeUnits() {
        return free;
    }

    // ------------------------------------------------------------ state machine

    /** Moves the unit to {@code to} now; refuses a transition the state machine does not have. */
    void change(int u, int to) {
        change(u, to, sim.now());
    }

    /**
     * Moves the unit to {@code to} at time {@code t} (at most now: a step booked after the fact, see
     * {@link Missions}); refuses a transition the state machine does not have.
     */
    void change(int u, int to, double t) {
        Unit unit = units[u];
        int from = unit.state;
        if (!UnitState.canChange(from, to)) {
            throw new IllegalStateException("unit " + u + " cannot go from " + UnitState.name(from) + " to " + UnitState.name(to));
        }
        if ((to == UnitState.RETURNING || to == UnitState.OFF_DUTY) && unit.post != unit.station) {
            // ASSUMPTION: a unit moved by a relocation policy drives home after its next mission; a crew
            // whose shift ends at another station ends it at home (that drive is not simulated: rare, and
            // only with relocation on).
            post(u, unit.station, t);
        }
        unit.state = to;
        awayFromHome.set(u, to == UnitState.RETURNING || to == UnitState.RELOCATING
                || (to == UnitState.AVAILABLE && unit.post != unit.station));
        observers.unitStateChanged(u, from, to, t);
        updateFree(u, t);
    }

    /**
     * The unit's post becomes {@code station} (a relocation's destination, or home again) from time
     * {@code t}; observers are told before the state change that always follows.
     */
    void post(int u, int station, double t) {
        Unit unit = units[u];
        if (unit.post == station) {
            return;
        }
        unit.post = station;
        unit.postZone = stationZone[station];
        observers.unitPosted(u, station, t);
    }

    /** The unit takes the call ({@code -1}: it has none). */
    void assign(int u, int call) {
        units[u].call = call;
    }

    /** The unit starts ({@code true}) or ends a transfer between hospitals: a mission without a call. */
    void transfer(int u, boolean on) {
        units[u].transfer = on;
    }

    /** The hospital the unit takes its patient to. */
    void headFor(int u, int hospital) {
        units[u].hospital = hospital;
    }

    private void updateFree(int u, double now) {
        Unit unit = units[u];
        boolean f = UnitState.free(unit.state) && unit.onDuty;
        if (f == unit.free) {
            return;
        }
        unit.free = f;
        if (f) {
            freeSince[u] = now;
        }
        int step = f ? 1 : -1;
        free += step;
        freeAtStation[unit.station] += step;
        observers.unitFreeChanged(u, f, now);
    }

    // ------------------------------------------------------------ crews

    /** The first hour {@code k' >= k} at which some unit's crewing changes, or -1 when none does. */
    int nextCrewChange(int k) {
        for (int i = 0; i < Demand.HOURS_PER_WEEK; i++, k++) {
            if (crewChangesAt[k % Demand.HOURS_PER_WEEK]) {
                return k;
            }
        }
        return -1;
    }

    /** HOUR: crews change as scheduled for hour {@code hour}; true when some unit became free. */
    boolean changeCrews(int hour) {
        int how = hour % Demand.HOURS_PER_WEEK;
        boolean more = false;
        double now = sim.now();
        for (int u : scheduled) {
            Unit unit = units[u];
            boolean on = unit.duty[how];
            if (on == unit.onDuty) {
                continue;
            }
            unit.onDuty = on;
            if (on && unit.state == UnitState.OFF_DUTY) {
                change(u, UnitState.AVAILABLE);
                more = true;
            } else if (!on && unit.state == UnitState.AVAILABLE) {
                change(u, UnitState.OFF_DUTY);
            } else {
                updateFree(u, now); // a returning unit stops (or starts) being free; a busy one finishes first
                more |= unit.free;
            }
        }
        return more;
    }

    // ------------------------------------------------------------ legs

    /** Starts a leg from zone to zone, driving from {@code start} for {@code minutes}, of {@code km} kilometres. */
    void startLeg(int u, int from, int to, double start, double minutes, double km) {
        Unit unit = units[u];
        unit.legFrom = from;
        unit.legTo = to;
        unit.legStart = start;
        unit.legEnd = start + minutes;
        unit.legKm = km;
        observers.unitLegStarted(u, from, to, start, unit.legEnd);
    }

    /** Ends the current leg now: all its kilometres, or the share driven by now when {@code interrupted}. */
    void endLeg(int u, boolean interrupted) {
        endLeg(u, interrupted, sim.now());
    }

    /** Ends the current leg at time {@code t}: all its kilometres, or the share driven by {@code t} when {@code interrupted}. */
    void endLeg(int u, boolean interrupted, double now) {
        Unit unit = units[u];
        double k = unit.legKm;
        if (interrupted) {
            double len = unit.legEnd - unit.legStart;
            double f = len > 0 ? (now - unit.legStart) / len : 1;
            k *= f < 0 ? 0 : f > 1 ? 1 : f;
        }
        unit.legKm = 0;
        observers.unitDrove(u, k, now);
    }

    /** The zone the unit counts as in now (see the class comment). */
    int positionZone(int u) {
        Unit unit = units[u];
        int s = unit.state;
        if (s == UnitState.AVAILABLE || s == UnitState.OFF_DUTY) {
            return unit.postZone;
        }
        double len = unit.legEnd - unit.legStart;
        if (len <= 0) {
            return unit.legTo;
        }
        return 2 * (sim.now() - unit.legStart) < len ? unit.legFrom : unit.legTo;
    }

    /**
     * Checks that every unit's flags agree with its state and its call, and the free counts with the
     * flags: a unit on a call is the one the call is booked to. Throws naming the first violation.
     */
    void checkInvariants(CallBook calls) {
        int[] atStation = new int[freeAtStation.length];
        int f = 0;
        for (int u = 0; u < units.length; u++) {
            Unit unit = units[u];
            boolean onCall = unit.state == UnitState.EN_ROUTE || unit.state == UnitState.ON_SCENE || unit.state == UnitState.TRANSPORTING;
            if (!onCall && unit.call >= 0 || unit.transfer && !UnitState.mission(unit.state)) {
                throw new IllegalStateException("unit " + u + " in state " + UnitState.name(unit.state) + " has call " + unit.call
                        + (unit.transfer ? " and a transfer" : ""));
            }
            if (onCall && unit.transfer != (unit.call < 0)) {
                throw new IllegalStateException("unit " + u + " in state " + UnitState.name(unit.state) + " has call " + unit.call
                        + (unit.transfer ? " while on a transfer" : ""));
            }
            if (onCall && !unit.transfer && calls.get(unit.call).unit != u) {
                throw new IllegalStateException("call " + unit.call + " of unit " + u + " is booked to unit " + calls.get(unit.call).unit);
            }
            if (unit.free != (UnitState.free(unit.state) && unit.onDuty)) {
                throw new IllegalStateException("unit " + u + " free flag disagrees with its state");
            }
            if (unit.free) {
                f++;
                atStation[unit.station]++;
            }
        }
        if (f != free || !java.util.Arrays.equals(atStation, freeAtStation)) {
            throw new IllegalStateException("free-unit counts disagree with unit states");
        }
    }
}
