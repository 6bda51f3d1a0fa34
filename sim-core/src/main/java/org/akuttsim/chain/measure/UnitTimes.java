package org.akuttsim.chain.measure;

import java.util.Arrays;

import org.akuttsim.chain.ChainObserver;
import org.akuttsim.chain.Fleet;
import org.akuttsim.chain.UnitState;
import org.akuttsim.experiment.Responses;

/**
 * Time each unit spends in each {@link UnitState}; the shares of a unit add up to one. Utilisation
 * is the busy time (en route to returning) per crewed time (all but off duty).
 *
 * <p>Metrics: {@code unit.<id>.utilisation}, {@code fleet.utilisation}.
 */
public final class UnitTimes implements ChainObserver {

    private final Fleet fleet;
    private final int[] state;
    private final double[] since;
    /** [unit · COUNT + state]: minutes observed in the state. */
    private final double[] time;
    private double start, end;

    /** Every unit starts OFF_DUTY at time 0 (the run puts crewed units on duty then). */
    public UnitTimes(Fleet fleet) {
        this.fleet = fleet;
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

    /** Share of the observed time unit {@code u} spent in {@code state}. */
    public double share(int u, int state) {
        return time[u * UnitState.COUNT + state] / (end - start);
    }

    /** Minutes unit {@code u} spent on a mission or returning from one (the states between dispatch and home). */
    public double busyMinutes(int u) {
        int o = u * UnitState.COUNT;
        return time[o + UnitState.EN_ROUTE] + time[o + UnitState.ON_SCENE] + time[o + UnitState.TRANSPORTING]
                + time[o + UnitState.AT_HOSPITAL] + time[o + UnitState.RETURNING];
    }

    /** Share of time unit {@code u} was on a mission ({@link UnitState#mission}): the hypercube's busy share. */
    public double missionShare(int u) {
        double m = 0;
        for (int s = 0; s < UnitState.COUNT; s++) {
            m += UnitState.mission(s) ? time[u * UnitState.COUNT + s] : 0;
        }
        return m / (end - start);
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
    }
}
