package org.akuttsim.chain.measure;

import java.util.Arrays;

import org.akuttsim.chain.ChainClock;
import org.akuttsim.chain.ChainObserver;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Region;
import org.akuttsim.experiment.Responses;

/**
 * Local readiness and population coverage, split by hour of day.
 *
 * <p><b>Readiness</b> of a district (a station) is the share of time at least one of its units is
 * free — AVAILABLE or RETURNING, and crewed ({@link ChainObserver#unitFreeChanged}). A free unit
 * counts for its home station wherever it is. <b>Coverage</b> within 12 (25) minutes is the share of
 * the population living in zones within 12 (25) minutes — RED travel in the first time band — of a
 * station that is ready. The readiness count is this observer's own: dispatch keeps its own free
 * counts, so a stricter definition of readiness changes nothing but this class.
 *
 * <p>Metrics: {@code readiness.<station>}, {@code readiness.meanOverDistricts} (unweighted mean),
 * {@code readiness.h<HH>}, {@code coverage.pop12}, {@code coverage.pop25}, {@code coverage.pop12.h<HH>},
 * {@code coverage.pop25.h<HH>}.
 */
public final class Readiness implements ChainObserver {

    private final ChainScenario scenario;
    private final int[] stationOfUnit;
    private final int[] freeAtStation;
    private final double[] readySince;
    /** [station · 24 + hour of day]: minutes ready. */
    private final double[] readyByHour;
    /** Zones within the urban (12-minute) and rural (25-minute) targets of each station. */
    private final int[][] within12, within25;
    private final double[] zonePopulation;
    private final double totalPopulation;
    /** Ready stations within reach of each zone. */
    private final int[] reach12, reach25;
    private double covered12, covered25, coverSince, start, end;
    private final double[] cover12ByHour = new double[24], cover25ByHour = new double[24], observedByHour = new double[24];

    public Readiness(ChainScenario s) {
        this.scenario = s;
        Region region = s.region();
        int stations = region.stationCount(), zones = region.zoneCount();
        stationOfUnit = new int[s.fleet().size()];
        for (int u = 0; u < stationOfUnit.length; u++) {
            stationOfUnit[u] = s.fleet().units().get(u).station();
        }
        freeAtStation = new int[stations];
        readySince = new double[stations];
        readyByHour = new double[stations * 24];
        zonePopulation = new double[zones];
        double total = 0;
        for (int z = 0; z < zones; z++) {
            zonePopulation[z] = region.zones().get(z).totalPopulation();
            total += zonePopulation[z];
        }
        totalPopulation = total;
        double[] minutes = s.travel().minutes(region, 0);
        double lights = s.travel().lightsAndSirensFactor();
        within12 = new int[stations][];
        within25 = new int[stations][];
        for (int st = 0; st < stations; st++) {
            int from = region.stations().get(st).zone();
            within12[st] = zonesWithin(minutes, lights, zones, from, s.metrics().urbanTargetMinutes());
            within25[st] = zonesWithin(minutes, lights, zones, from, s.metrics().ruralTargetMinutes());
        }
        reach12 = new int[zones];
        reach25 = new int[zones];
    }

    private static int[] zonesWithin(double[] minutes, double lights, int zones, int from, double limit) {
        return java.util.stream.IntStream.range(0, zones).filter(z -> minutes[from * zones + z] * lights <= limit).toArray();
    }

    @Override
    public void unitFreeChanged(int unit, boolean free, double t) {
        int st = stationOfUnit[unit];
        if (free) {
            if (freeAtStation[st]++ == 0) {
                readySince[st] = t;
                stationReadyChanged(st, +1, t);
            }
        } else if (--freeAtStation[st] == 0) {
            addByHour(readyByHour, st * 24, readySince[st], t, 1.0);
            stationReadyChanged(st, -1, t);
        }
    }

    /** A station became ready (+1) or stopped being ready (−1): zones whose count of ready stations crosses zero change coverage. */
    private void stationReadyChanged(int st, int step, double t) {
        addByHour(cover12ByHour, 0, coverSince, t, covered12);
        addByHour(cover25ByHour, 0, coverSince, t, covered25);
        coverSince = t;
        covered12 += coverChange(within12[st], reach12, step);
        covered25 += coverChange(within25[st], reach25, step);
    }

    private double coverChange(int[] zones, int[] reach, int step) {
        double change = 0;
        for (int z : zones) {
            reach[z] += step;
            if (reach[z] == (step > 0 ? 1 : 0)) {
                change += step * zonePopulation[z];
            }
        }
        return change;
    }

    /** Adds weight × the part of [t0, t1) after the observation start to {@code bins[off + hour of day]}. */
    private void addByHour(double[] bins, int off, double t0, double t1, double weight) {
        t0 = Math.max(t0, start);
        if (!(t0 < t1)) {
            return;
        }
        int h = ChainClock.hour(t0);
        while (true) {
            double e = Math.min(t1, 60.0 * (h + 1));
            bins[off + h % 24] += weight * (e - t0);
            if (e == t1) {
                return;
            }
            t0 = e;
            h++;
        }
    }

    @Override
    public void observationStarts(double t) {
        Arrays.fill(readyByHour, 0);
        Arrays.fill(cover12ByHour, 0);
        Arrays.fill(cover25ByHour, 0);
        Arrays.fill(observedByHour, 0);
        Arrays.fill(readySince, t);
        coverSince = t;
        start = end = t;
    }

    @Override
    public void observationEnds(double t) {
        for (int st = 0; st < freeAtStation.length; st++) {
            if (freeAtStation[st] > 0) {
                addByHour(readyByHour, st * 24, readySince[st], t, 1.0);
                readySince[st] = t;
            }
        }
        addByHour(cover12ByHour, 0, coverSince, t, covered12);
        addByHour(cover25ByHour, 0, coverSince, t, covered25);
        coverSince = t;
        Arrays.fill(observedByHour, 0);
        addByHour(observedByHour, 0, start, t, 1.0);
        end = t;
    }

    /** Share of observed time district {@code st} had a free unit. */
    public double of(int st) {
        double s = 0;
        for (int h = 0; h < 24; h++) {
            s += readyByHour[st * 24 + h];
        }
        return s / (end - start);
    }

    /** Share of observed time in hour of day {@code h} district {@code st} had a free unit. */
    public double of(int st, int h) {
        return observedByHour[h] > 0 ? readyByHour[st * 24 + h] / observedByHour[h] : Double.NaN;
    }

    /** Time-averaged share of the population within {@code minutes} (12 or 25) of a ready station; hour of day or -1 for all. */
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
        double s = 0, t = 0;
        for (int h = 0; h < 24; h++) {
            s += bins[h];
            t += observedByHour[h];
        }
        return t > 0 ? s / t / totalPopulation : Double.NaN;
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
        out.put("coverage.pop12", populationCovered(12, -1));
        out.put("coverage.pop25", populationCovered(25, -1));
        for (int h = 0; h < 24; h++) {
            String hh = (h < 10 ? "0" : "") + h;
            out.put("coverage.pop12.h" + hh, populationCovered(12, h));
            out.put("coverage.pop25.h" + hh, populationCovered(25, h));
            double rs = 0;
            for (int st = 0; st < stations; st++) {
                rs += of(st, h);
            }
            out.put("readiness.h" + hh, rs / stations);
        }
    }
}
