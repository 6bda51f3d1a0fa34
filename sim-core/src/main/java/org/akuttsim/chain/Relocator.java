package org.akuttsim.chain;

import org.akuttsim.chain.relocation.RelocationPolicy;
import org.akuttsim.chain.relocation.RelocationView;
import org.akuttsim.engine.Simulator;

/**
 * Asks the {@link RelocationPolicy} and carries out its moves ({@link Missions#relocate}); the
 * {@link RelocationView} the policy reads. Owns only the counts it recounts for each question (free
 * emergency ambulances posted at each station, own crews on duty), kept current as moves are made.
 * Exists only when a policy other than {@link RelocationPolicy#NONE} is set; {@link Dispatcher} says
 * when it is asked.
 */
final class Relocator implements RelocationView {

    private final Simulator sim;
    private final Units units;
    private final Roads roads;
    private final Missions missions;
    private final RelocationPolicy policy;
    /** Units that take part: transport-capable emergency ambulances. */
    private final boolean[] ambulance;
    private final int[] freeAt, crewedAt;
    private int free;
    private boolean asking;

    Relocator(ChainScenario s, Simulator sim, Units units, Roads roads, Missions missions) {
        this.sim = sim;
        this.units = units;
        this.roads = roads;
        this.missions = missions;
        this.policy = s.dispatch().relocation();
        ambulance = new boolean[units.count()];
        for (int u = 0; u < ambulance.length; u++) {
            ambulance[u] = s.fleet().units().get(u).type() == UnitType.EMERGENCY_AMBULANCE;
        }
        freeAt = new int[units.stationCount()];
        crewedAt = new int[units.stationCount()];
    }

    /** Recounts the stations and asks the policy (not again while it is being asked). */
    void consider() {
        if (asking) {
            return;
        }
        java.util.Arrays.fill(freeAt, 0);
        java.util.Arrays.fill(crewedAt, 0);
        free = 0;
        for (int u = 0; u < ambulance.length; u++) {
            if (!ambulance[u]) {
                continue;
            }
            Unit unit = units.get(u);
            if (unit.free) {
                freeAt[unit.post]++;
                free++;
            }
            if (unit.onDuty) {
                crewedAt[unit.station]++;
            }
        }
        asking = true;
        try {
            policy.relocate(this);
        } finally {
            asking = false;
        }
    }

    @Override
    public double now() {
        return sim.now();
    }

    @Override
    public int units() {
        return units.count();
    }

    @Override
    public int stations() {
        return freeAt.length;
    }

    @Override
    public int freeUnits() {
        return free;
    }

    @Override
    public int unitState(int unit) {
        return units.get(unit).state; // no catch-up: see the interface
    }

    @Override
    public int homeStation(int unit) {
        return units.get(unit).station;
    }

    @Override
    public int post(int unit) {
        return units.get(unit).post;
    }

    @Override
    public boolean movable(int unit) {
        Unit u = units.get(unit);
        return ambulance[unit] && u.free && (u.state == UnitState.AVAILABLE || u.state == UnitState.RETURNING);
    }

    @Override
    public int freeAt(int station) {
        return freeAt[station];
    }

    @Override
    public int crewedAt(int station) {
        return crewedAt[station];
    }

    @Override
    public double minutesToStation(int unit, int station) {
        return roads.legMinutes(units.get(unit), units.positionZone(unit), units.stationZone(station), false, roads.band(sim.now()));
    }

    @Override
    public double stationMinutes(int from, int to) {
        return roads.minutes(roads.band(sim.now()), units.stationZone(from), units.stationZone(to));
    }

    @Override
    public void move(int unit, int station) {
        if (unit < 0 || unit >= units.count() || !movable(unit)) {
            throw new IllegalStateException("relocation policy " + policy + " moved unit " + unit
                    + ", which is not a free emergency ambulance at a station or on its way home");
        }
        if (station < 0 || station >= freeAt.length || station == units.get(unit).post) {
            throw new IllegalStateException("relocation policy " + policy + " moved unit " + unit + " to station " + station
                    + "; expected another station than its post " + units.get(unit).post + " (0.." + (freeAt.length - 1) + ")");
        }
        freeAt[units.get(unit).post]--;
        freeAt[station]++;
        missions.relocate(unit, station);
    }
}
