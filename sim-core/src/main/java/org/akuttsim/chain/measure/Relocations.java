package org.akuttsim.chain.measure;

import java.util.Arrays;

import org.akuttsim.chain.ChainObserver;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.UnitState;
import org.akuttsim.experiment.Responses;

/**
 * What relocation (move-up) costs: moves ordered by the relocation policy and the kilometres driven
 * on them (to the end of the move, or to where a call took the unit on the way), in all and by the
 * district (station) moved to, per year of observed time. Registered by the run only when a
 * relocation policy is set. Readiness, coverage and response times show what the moves buy (their
 * own observers).
 *
 * <p>Metrics: {@code relocation.moves_per_year}, {@code relocation.km_per_year},
 * {@code relocation.<station>.moves_per_year}, {@code relocation.<station>.km_per_year}.
 */
public final class Relocations implements ChainObserver {

    /** Minutes in a year of 365.25 days. */
    private static final double YEAR = 365.25 * 24 * 60;

    private final ChainScenario scenario;
    private final int[] state, destination;
    private final long[] moves;
    private final double[] km;
    private double start, end;

    /**
     * Counts moves and their kilometres for the scenario's fleet and stations; every unit starts OFF_DUTY,
     * posted at its home station.
     *
     * @param s the scenario (its fleet and region size the counters)
     */
    public Relocations(ChainScenario s) {
        this.scenario = s;
        int n = s.fleet().size();
        state = new int[n];
        Arrays.fill(state, UnitState.OFF_DUTY);
        destination = new int[n];
        for (int u = 0; u < n; u++) {
            destination[u] = s.fleet().units().get(u).station();
        }
        moves = new long[s.region().stationCount()];
        km = new double[s.region().stationCount()];
    }

    @Override
    public void unitPosted(int unit, int station, double t) {
        destination[unit] = station;
    }

    @Override
    public void unitStateChanged(int unit, int from, int to, double t) {
        state[unit] = to;
        if (to == UnitState.RELOCATING) {
            moves[destination[unit]]++;
        }
    }

    @Override
    public void unitDrove(int unit, double k, double t) {
        if (state[unit] == UnitState.RELOCATING) {
            km[destination[unit]] += k;
        }
    }

    @Override
    public void observationStarts(double t) {
        Arrays.fill(moves, 0);
        Arrays.fill(km, 0);
        start = end = t;
    }

    @Override
    public void observationEnds(double t) {
        end = t;
    }

    /** {@return the moves ordered in the observed time, all districts} */
    public long moves() {
        return Arrays.stream(moves).sum();
    }

    /** {@return the kilometres driven on moves in the observed time, all districts} */
    public double km() {
        return Arrays.stream(km).sum();
    }

    @Override
    public void record(Responses out) {
        double years = (end - start) / YEAR;
        out.put("relocation.moves_per_year", moves() / years);
        out.put("relocation.km_per_year", km() / years);
        for (int st = 0; st < moves.length; st++) {
            String id = scenario.region().stations().get(st).id();
            out.put("relocation." + id + ".moves_per_year", moves[st] / years);
            out.put("relocation." + id + ".km_per_year", km[st] / years);
        }
    }
}
