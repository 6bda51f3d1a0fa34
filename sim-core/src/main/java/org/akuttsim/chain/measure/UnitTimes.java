package org.akuttsim.chain.measure;

import java.util.Arrays;

import org.akuttsim.chain.ChainObserver;
import org.akuttsim.chain.Fleet;
import org.akuttsim.chain.UnitState;
import org.akuttsim.experiment.Responses;

/**
 * Time each unit spends in each {@link UnitState}; the shares of a unit add up to one. "Busy" has
 * one definition everywhere: on a mission ({@link UnitState#mission}: en route, on scene,
 * transporting, at hospital); driving home is free, not busy. Utilisation is busy time per crewed
 * time (all but off duty). (Before issue 24 utilisation counted the drive home as busy while the
 * hypercube's busy share did not.)
 *
 * <p>Metrics: {@code unit.<id>.utilisation}, {@code fleet.utilisation}, and the fleet's time by state,
 * {@code fleet.share.<state>} (summed over units; they add up to one; {@code relocating} only with a
 * relocation policy, whose moving units are free, not busy).
 */
public final class UnitTimes implements ChainObserver {

    private final Fleet fleet;
    /** Whether the fleet's relocating share is reported (only with a relocation policy: without one it is zero). */
    private final boolean relocating;
    private final int[] state;
    private final double[] since;
    /** [unit · COUNT + state]: minutes observed in the state. */
    private final double[] time;
    private double start, end;

    /**
     * Every unit starts OFF_DUTY at time 0 (the run puts crewed units on duty then). Without relocation:
     * {@code fleet.share.relocating} is not reported.
     *
     * @param fleet the units
     */
    public UnitTimes(Fleet fleet) {
        this(fleet, false);
    }

    /**
     * Every unit starts OFF_DUTY at time 0; {@code relocating}: a relocation policy is set, so
     * {@code fleet.share.relocating} is reported (without one the state never occurs and is left out).
     *
     * @param fleet the units
     * @param relocating whether a relocation policy is set
     */
    public UnitTimes(Fleet fleet, boolean relocating) {
        this.fleet = fleet;
        this.relocating = relocating;
        int n = fleet.size();
        state = new int[n];
        Arrays.fill(state, UnitState.OFF_DUTY);
        since = new double[n];
        time = new double[n * UnitState.COUNT];
    }

    @Override
    public void unitStateChanged(int unit, int from, int to, double t) {
        time[unit * UnitState.COUNT + from] += t - since[unit];
        since[unit] = t;
        state[unit] = to;
    }

    @Override
    public void observationStarts(double t) {
        Arrays.fill(time, 0);
        Arrays.fill(since, t);
        start = end = t;
    }

    @Override
    public void observationEnds(double t) {
        for (int u = 0; u < state.length; u++) {
            time[u * UnitState.COUNT + state[u]] += t - since[u];
            since[u] = t;
        }
        end = t;
    }

    /**
     * Share of the observed time unit {@code u} spent in {@code state}.
     *
     * @param u the unit's index
     * @param state a {@link UnitState} constant
     * @return the share, in [0, 1]
     */
    public double share(int u, int state) {
        return time[u * UnitState.COUNT + state] / (end - start);
    }

    /**
     * Minutes unit {@code u} spent on a mission ({@link UnitState#mission}).
     *
     * @param u the unit's index
     * @return the minutes
     */
    public double busyMinutes(int u) {
        double m = 0;
        for (int s = 0; s < UnitState.COUNT; s++) {
            m += UnitState.mission(s) ? time[u * UnitState.COUNT + s] : 0;
        }
        return m;
    }

    /**
     * Share of time unit {@code u} was busy, on a mission: the hypercube's busy share.
     *
     * @param u the unit's index
     * @return the share, in [0, 1]
     */
    public double missionShare(int u) {
        return busyMinutes(u) / (end - start);
    }

    @Override
    public void record(Responses out) {
        double busy = 0, crewed = 0;
        for (int u = 0; u < state.length; u++) {
            double b = busyMinutes(u), d = (end - start) - time[u * UnitState.COUNT + UnitState.OFF_DUTY];
            busy += b;
            crewed += d;
            out.put("unit." + fleet.units().get(u).id() + ".utilisation", d > 0 ? b / d : Double.NaN);
        }
        out.put("fleet.utilisation", crewed > 0 ? busy / crewed : Double.NaN);
        for (int s = 0; s < UnitState.COUNT; s++) {
            if (s == UnitState.RELOCATING && !relocating) {
                continue;
            }
            double t = 0;
            for (int u = 0; u < state.length; u++) {
                t += time[u * UnitState.COUNT + s];
            }
            out.put("fleet.share." + UnitState.name(s), t / (state.length * (end - start)));
        }
    }
}
