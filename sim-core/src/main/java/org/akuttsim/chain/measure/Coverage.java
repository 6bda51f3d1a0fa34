package org.akuttsim.chain.measure;

import java.util.Arrays;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.UnitState;
import org.akuttsim.chain.UnitType;
import org.akuttsim.experiment.Responses;

/**
 * Population coverage from where the free ambulances actually are: the share of the population
 * living in zones within 12 (25) minutes — RED travel in the first time band — of a free emergency
 * ambulance ({@link UnitType#EMERGENCY_AMBULANCE}, crewed, not on a mission), each counted at its
 * position: its station while AVAILABLE; on its way home, the zone it left for the first half of the
 * leg and its home zone for the second (the chain's position rule). With a relocation policy the same
 * holds for its post: the station it was moved to, and the way there (RELOCATING). A unit driving home from the
 * hospital thus covers the city first and its own district later. Positions that change in the
 * middle of a leg wait in a short list until their time (no event).
 *
 * <p>Metrics: {@code coverage.pop12}, {@code coverage.pop25}, {@code coverage.pop12.h<HH>},
 * {@code coverage.pop25.h<HH>}.
 */
public final class Coverage extends FreeUnitFollower {

    private final boolean[] counts;
    /** Each unit's post's zone (its home station's unless a relocation policy moved it), and its position now. */
    private final int[] homeZone, pos;
    private final int[] stationZone;
    /** Per unit on its way home from another zone: when its position switches to home (+∞: none). */
    private final double[] switchAt;

    private final int[][] within12, within25;
    private final double[] zonePopulation;
    private final double totalPopulation;
    /** Free units positioned in each zone; zones with such a unit within reach of each zone. */
    private final int[] unitsAt, reach12, reach25;
    private double covered12, covered25, since, start, end;
    private final double[] cover12ByHour = new double[24], cover25ByHour = new double[24], observedByHour = new double[24];

    /**
     * Coverage for the scenario's region and fleet; the zones within the urban and rural targets (12
     * and 25 minutes by default) of each zone, with lights and sirens, are worked out here, once.
     *
     * @param s the scenario
     */
    public Coverage(ChainScenario s) {
        super(s.fleet().size());
        Region region = s.region();
        int n = s.fleet().size(), zones = region.zoneCount();
        counts = new boolean[n];
        homeZone = new int[n];
        for (int u = 0; u < n; u++) {
            counts[u] = s.fleet().units().get(u).type() == UnitType.EMERGENCY_AMBULANCE;
            homeZone[u] = region.stations().get(s.fleet().units().get(u).station()).zone();
        }
        stationZone = new int[region.stationCount()];
        for (int st = 0; st < stationZone.length; st++) {
            stationZone[st] = region.stations().get(st).zone();
        }
        pos = new int[n];
        Arrays.fill(pos, -1);
        switchAt = new double[n];
        Arrays.fill(switchAt, Double.POSITIVE_INFINITY);
        zonePopulation = new double[zones];
        double total = 0;
        for (int z = 0; z < zones; z++) {
            zonePopulation[z] = region.zones().get(z).totalPopulation();
            total += zonePopulation[z];
        }
        totalPopulation = total;
        double[] minutes = s.travel().responseMinutes(region, 0); // lights and sirens on the drive, not on a ferry
        within12 = new int[zones][];
        within25 = new int[zones][];
        for (int from = 0; from < zones; from++) {
            within12[from] = zonesWithin(minutes, zones, from, s.metrics().urbanTargetMinutes());
            within25[from] = zonesWithin(minutes, zones, from, s.metrics().ruralTargetMinutes());
        }
        unitsAt = new int[zones];
        reach12 = new int[zones];
        reach25 = new int[zones];
    }

    private static int[] zonesWithin(double[] minutes, int zones, int from, double limit) {
        return java.util.stream.IntStream.range(0, zones).filter(z -> minutes[from * zones + z] <= limit).toArray();
    }

    /** On the way home from another zone, the position switches to home in the middle of the leg. */
    @Override
    double changed(int unit, double t) {
        switchAt[unit] = Double.POSITIVE_INFINITY;
        if ((told.state[unit] == UnitState.RETURNING || told.state[unit] == UnitState.RELOCATING)
                && told.legFrom[unit] != told.legTo[unit] && told.legMiddle(unit) > t) {
            switchAt[unit] = told.legMiddle(unit);
        }
        return switchAt[unit];
    }

    /** A relocation: the unit's station is another (the state change that follows moves it). */
    @Override
    void posted(int unit, int station, double t) {
        homeZone[unit] = stationZone[station];
    }

    @Override
    void due(int unit, double at) {
        switchAt[unit] = Double.POSITIVE_INFINITY;
        update(unit, at);
    }

    /** Where unit u covers from now, or -1. */
    private int position(int u) {
        if (!counts[u] || !told.free[u]) {
            return -1;
        }
        if (told.state[u] == UnitState.AVAILABLE) {
            return homeZone[u];
        }
        if (told.state[u] == UnitState.RETURNING || told.state[u] == UnitState.RELOCATING) {
            return switchAt[u] < Double.POSITIVE_INFINITY ? told.legFrom[u] : told.legTo[u];
        }
        return -1;
    }

    @Override
    void update(int u, double t) {
        int p = position(u);
        if (p != pos[u]) {
            move(u, p, t);
        }
    }

    /** Moves unit u's position; coverage changes only when a zone gains its first free unit or loses its last. */
    private void move(int u, int to, double t) {
        int from = pos[u];
        pos[u] = to;
        boolean emptied = from >= 0 && --unitsAt[from] == 0, filled = to >= 0 && unitsAt[to]++ == 0;
        if (!emptied && !filled) {
            return;
        }
        HourBins.add(cover12ByHour, 0, start, since, t, covered12);
        HourBins.add(cover25ByHour, 0, start, since, t, covered25);
        since = t;
        if (emptied) {
            covered12 -= change(within12[from], reach12, -1);
            covered25 -= change(within25[from], reach25, -1);
        }
        if (filled) {
            covered12 += change(within12[to], reach12, +1);
            covered25 += change(within25[to], reach25, +1);
        }
    }

    /** Adds step to the zones' counts of occupied zones within reach; the population of the zones whose count leaves or reaches zero. */
    private double change(int[] zones, int[] reach, int step) {
        double p = 0;
        for (int z : zones) {
            int before = reach[z];
            reach[z] = before + step;
            if (before == 0 || reach[z] == 0) {
                p += zonePopulation[z];
            }
        }
        return p;
    }

    @Override
    public void observationStarts(double t) {
        Arrays.fill(cover12ByHour, 0);
        Arrays.fill(cover25ByHour, 0);
        Arrays.fill(observedByHour, 0);
        since = t;
        start = end = t;
    }

    @Override
    public void observationEnds(double t) {
        catchUp(t);
        HourBins.add(cover12ByHour, 0, start, since, t, covered12);
        HourBins.add(cover25ByHour, 0, start, since, t, covered25);
        since = t;
        Arrays.fill(observedByHour, 0);
        HourBins.add(observedByHour, 0, start, start, t, 1.0);
        end = t;
    }

    /**
     * Time-averaged share of the population within {@code minutes} (12 or 25) of a free ambulance; hour of
     * day or -1 for all.
     *
     * @param minutes the target, 12 or 25
     * @param hourOfDay 0..23, or -1 for the whole day
     * @return the covered share of the population, in [0, 1]
     */
    public double populationCovered(int minutes, int hourOfDay) {
        double[] bins = minutes == 12 ? cover12ByHour : minutes == 25 ? cover25ByHour : null;
        if (bins == null) {
            throw new IllegalArgumentException("coverage is kept for 12 and 25 minutes, asked for " + minutes);
        }
        if (totalPopulation <= 0) {
            return Double.NaN;
        }
        if (hourOfDay >= 0) {
            return observedByHour[hourOfDay] > 0 ? bins[hourOfDay] / observedByHour[hourOfDay] / totalPopulation : Double.NaN;
        }
        double s = 0, o = 0;
        for (int h = 0; h < 24; h++) {
            s += bins[h];
            o += observedByHour[h];
        }
        return o > 0 ? s / o / totalPopulation : Double.NaN;
    }

    @Override
    public void record(Responses out) {
        out.put("coverage.pop12", populationCovered(12, -1));
        out.put("coverage.pop25", populationCovered(25, -1));
        for (int h = 0; h < 24; h++) {
            String hh = (h < 10 ? "0" : "") + h;
            out.put("coverage.pop12.h" + hh, populationCovered(12, h));
            out.put("coverage.pop25.h" + hh, populationCovered(25, h));
        }
    }
}
