package org.akuttsim.chain.measure;

import java.util.Arrays;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.UnitState;
import org.akuttsim.chain.UnitType;
import org.akuttsim.experiment.Responses;

/**
 * Local readiness, split by hour of day.
 *
 * <p><b>Readiness means presence.</b> A district (a station) is ready while at least one of its own
 * transport-capable emergency ambulances ({@link UnitType#EMERGENCY_AMBULANCE}) is free — crewed and
 * not on a mission — <em>and present</em>: at its station (AVAILABLE), or
 * driving home (RETURNING) and already inside the district. With a relocation policy, "its own" means
 * posted there: an ambulance moved to the district's station makes it ready (at the station, or on the
 * way there — RELOCATING — once inside, by the same rule), and no longer makes its home district ready. "Inside" uses the chain's position rule
 * (a moving unit is in the zone it left for the first half of a leg and in the zone it drives to for
 * the second): a unit is inside from the start of its way home when it leaves from a zone of its
 * district, from the middle of the leg when it drives home from outside (its home zone is in its
 * district), never while driving elsewhere. Rapid responders and patient-transport cars do not make a
 * district ready. (Before issue 24 any free unit counted for its station wherever it was.)
 *
 * <p>Regional figures: the plain mean over districts ({@code readiness.meanOverDistricts}) and the
 * mean weighted by each district's population ({@code readiness.populationWeighted}), so Tydal does
 * not weigh as much as central Trondheim. (Coverage of the population from where the free units
 * actually are is {@link Coverage}'s.) This observer keeps its own counts: dispatch has its own free
 * counts, so the definition of readiness changes nothing but this class.
 *
 * <p>Metrics: {@code readiness.<station>}, {@code readiness.meanOverDistricts},
 * {@code readiness.populationWeighted}, {@code readiness.h<HH>}; per unit
 * {@code unit.<id>.present} (share of time it made its district ready).
 */
public final class Readiness extends FreeUnitFollower {

    private final ChainScenario scenario;
    /** Each unit's post: the station whose district it makes ready (its home unless a relocation policy moved it). */
    private final int[] stationOfUnit;
    /** Units that can make their district ready: transport-capable emergency ambulances. */
    private final boolean[] counts;
    private final int[] zoneDistrict;
    /** Per unit: when it is inside its district while driving home (+∞: not on this leg), present now, and since when. */
    private final boolean[] present;
    private final double[] insideFrom, presentSince, presentTime;

    /** Present units of each station. */
    private final int[] freeAtStation;
    private final double[] districtPopulation;
    private final double[] readySince;
    /** [station · 24 + hour of day]: minutes ready. */
    private final double[] readyByHour;
    private final double[] zonePopulation;
    private final double totalPopulation;
    private double start, end;
    private final double[] observedByHour = new double[24];

    /**
     * Readiness of every district of the scenario's region, from its own emergency ambulances.
     *
     * @param s the scenario
     */
    public Readiness(ChainScenario s) {
        super(s.fleet().size());
        this.scenario = s;
        Region region = s.region();
        int stations = region.stationCount(), zones = region.zoneCount();
        int n = s.fleet().size();
        stationOfUnit = new int[n];
        counts = new boolean[n];
        for (int u = 0; u < n; u++) {
            stationOfUnit[u] = s.fleet().units().get(u).station();
            counts[u] = s.fleet().units().get(u).type() == UnitType.EMERGENCY_AMBULANCE;
        }
        present = new boolean[n];
        insideFrom = new double[n];
        Arrays.fill(insideFrom, Double.POSITIVE_INFINITY);
        presentSince = new double[n];
        presentTime = new double[n];
        zoneDistrict = new int[zones];
        districtPopulation = new double[stations];
        freeAtStation = new int[stations];
        readySince = new double[stations];
        readyByHour = new double[stations * 24];
        zonePopulation = new double[zones];
        double total = 0;
        for (int z = 0; z < zones; z++) {
            zonePopulation[z] = region.zones().get(z).totalPopulation();
            total += zonePopulation[z];
            zoneDistrict[z] = region.zones().get(z).district();
            districtPopulation[zoneDistrict[z]] += zonePopulation[z];
        }
        totalPopulation = total;
    }

    /** The way to its post (the chain starts the leg first): inside the district from its start, its middle or never. */
    @Override
    double changed(int unit, double t) {
        insideFrom[unit] = Double.POSITIVE_INFINITY;
        if (told.state[unit] == UnitState.RETURNING || told.state[unit] == UnitState.RELOCATING) {
            int home = stationOfUnit[unit];
            insideFrom[unit] = zoneDistrict[told.legFrom[unit]] == home ? told.legStart[unit]
                    : zoneDistrict[told.legTo[unit]] == home ? told.legMiddle(unit) : Double.POSITIVE_INFINITY;
        }
        return insideFrom[unit];
    }

    /** The unit on its way home comes inside its district. */
    @Override
    void due(int unit, double at) {
        if (presentAt(unit, at) && !present[unit]) {
            setPresent(unit, true, at);
        }
    }

    /** Whether the unit makes its district ready at time t. */
    private boolean presentAt(int u, double t) {
        int st = told.state[u];
        return counts[u] && told.free[u] && (st == UnitState.AVAILABLE
                || ((st == UnitState.RETURNING || st == UnitState.RELOCATING) && insideFrom[u] <= t));
    }

    /** A relocation: the unit leaves the district it made ready (the state change that follows counts it anew). */
    @Override
    void posted(int u, int station, double t) {
        if (present[u]) {
            setPresent(u, false, t);
        }
        stationOfUnit[u] = station;
    }

    @Override
    void update(int u, double t) {
        boolean p = presentAt(u, t);
        if (p != present[u]) {
            setPresent(u, p, t);
        }
    }

    private void setPresent(int u, boolean p, double t) {
        present[u] = p;
        int st = stationOfUnit[u];
        if (p) {
            presentSince[u] = t;
            if (freeAtStation[st]++ == 0) {
                readySince[st] = t;
            }
        } else {
            presentTime[u] += t - Math.max(presentSince[u], start);
            if (--freeAtStation[st] == 0) {
                HourBins.add(readyByHour, st * 24, start, readySince[st], t, 1.0);
            }
        }
    }

    @Override
    public void observationStarts(double t) {
        Arrays.fill(readyByHour, 0);
        Arrays.fill(observedByHour, 0);
        Arrays.fill(readySince, t);
        Arrays.fill(presentTime, 0);
        start = end = t;
    }

    @Override
    public void observationEnds(double t) {
        catchUp(t);
        for (int u = 0; u < present.length; u++) {
            if (present[u]) {
                presentTime[u] += t - Math.max(presentSince[u], start);
                presentSince[u] = t;
            }
        }
        for (int st = 0; st < freeAtStation.length; st++) {
            if (freeAtStation[st] > 0) {
                HourBins.add(readyByHour, st * 24, start, readySince[st], t, 1.0);
                readySince[st] = t;
            }
        }
        Arrays.fill(observedByHour, 0);
        HourBins.add(observedByHour, 0, start, start, t, 1.0);
        end = t;
    }

    /**
     * Share of observed time district {@code st} was ready (a unit of its own free and present).
     *
     * @param st the station's (district's) index
     * @return the share, in [0, 1]
     */
    public double of(int st) {
        double s = 0;
        for (int h = 0; h < 24; h++) {
            s += readyByHour[st * 24 + h];
        }
        return s / (end - start);
    }

    /**
     * Readiness averaged over districts weighted by their population.
     *
     * @return the population-weighted mean, in [0, 1]
     */
    public double populationWeighted() {
        double s = 0;
        for (int st = 0; st < districtPopulation.length; st++) {
            s += districtPopulation[st] * of(st);
        }
        return totalPopulation > 0 ? s / totalPopulation : Double.NaN;
    }

    /**
     * Share of observed time unit {@code u} made its district ready (free and present).
     *
     * @param u the unit's index
     * @return the share, in [0, 1]
     */
    public double presentShare(int u) {
        return presentTime[u] / (end - start);
    }

    /**
     * Share of observed time in hour of day {@code h} district {@code st} was ready (free and present).
     *
     * @param st the station's (district's) index
     * @param h the hour of day, 0..23
     * @return the share, in [0, 1]
     */
    public double of(int st, int h) {
        return observedByHour[h] > 0 ? readyByHour[st * 24 + h] / observedByHour[h] : Double.NaN;
    }

    @Override
    public void record(Responses out) {
        int stations = freeAtStation.length;
        double sum = 0;
        for (int st = 0; st < stations; st++) {
            double r = of(st);
            sum += r;
            out.put("readiness." + scenario.region().stations().get(st).id(), r);
        }
        out.put("readiness.meanOverDistricts", sum / stations);
        out.put("readiness.populationWeighted", populationWeighted());
        for (int u = 0; u < present.length; u++) {
            out.put("unit." + scenario.fleet().units().get(u).id() + ".present", presentShare(u));
        }
        for (int h = 0; h < 24; h++) {
            String hh = (h < 10 ? "0" : "") + h;
            double rs = 0;
            for (int st = 0; st < stations; st++) {
                rs += of(st, h);
            }
            out.put("readiness.h" + hh, rs / stations);
        }
    }
}
