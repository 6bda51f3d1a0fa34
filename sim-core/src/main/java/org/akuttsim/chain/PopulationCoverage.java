package org.akuttsim.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The population within a target drive time (12 or 25 minutes) of a ready station, integrated over
 * time by hour of day: the "time-averaged share of population within 12 and 25 minutes of an
 * available unit".
 *
 * <p>Zones are bit sets. A zone is covered while at least one ready station reaches it, so the covered
 * set is the union of the ready stations' reach sets, and the covered population changes only when
 * that union does. Most readiness changes leave it alone — neighbouring districts overlap — and then
 * nothing is booked at all:
 * <ul>
 *   <li>a station becoming ready adds the zones of its reach not yet covered (one AND-NOT);</li>
 *   <li>a station becoming unready removes the zones of its reach that no other ready station
 *       reaches: its overlapping stations are tried, most shared zones first, until every zone of
 *       its reach is accounted for (usually the first ready neighbour already covers them).</li>
 * </ul>
 * When the set changes, the elapsed interval is booked with the old population, then the zones gained
 * or lost are added to or subtracted from it (exact for whole-number populations).
 */
final class PopulationCoverage {

    private final int words;
    private final long[] reach;          // [station * words + w]: zones the station reaches in time
    private final int[][] overlapping;   // per station: stations sharing a zone with it, most shared first
    private final double[] zonePop;
    private final boolean[] ready;
    private final long[] covered;
    private final long[] remaining;
    private double population;

    private final double[] byHour = new double[24];
    private double since, observeStart;
    private int sinceHour;

    /**
     * @param reachZones per station, the zones it reaches within the target (indices below
     *                   {@code zonePop.length})
     * @param zonePop    population of each zone
     */
    PopulationCoverage(int[][] reachZones, double[] zonePop) {
        int nStations = reachZones.length;
        this.words = Math.max(1, (zonePop.length + 63) >>> 6);
        this.zonePop = zonePop.clone();
        this.reach = new long[nStations * words];
        for (int st = 0; st < nStations; st++) {
            for (int z : reachZones[st]) {
                reach[st * words + (z >>> 6)] |= 1L << z;
            }
        }
        this.overlapping = new int[nStations][];
        for (int st = 0; st < nStations; st++) {
            List<int[]> shared = new ArrayList<>();
            for (int other = 0; other < nStations; other++) {
                int n = other == st ? 0 : sharedZones(st, other);
                if (n > 0) {
                    shared.add(new int[] {other, n});
                }
            }
            shared.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
            overlapping[st] = shared.stream().mapToInt(a -> a[0]).toArray();
        }
        this.ready = new boolean[nStations];
        this.covered = new long[words];
        this.remaining = new long[words];
    }

    private int sharedZones(int a, int b) {
        int n = 0;
        for (int w = 0; w < words; w++) {
            n += Long.bitCount(reach[a * words + w] & reach[b * words + w]);
        }
        return n;
    }

    /** Station {@code st} has a free unit again at time {@code now} (hour index {@code hour}). */
    void stationReady(int st, double now, int hour) {
        ready[st] = true;
        int o = st * words;
        boolean changes = false;
        for (int w = 0; w < words; w++) {
            changes |= (reach[o + w] & ~covered[w]) != 0;
        }
        if (changes) {
            book(now, hour);
            double p = population;
            for (int w = 0; w < words; w++) {
                p += sum(w, reach[o + w] & ~covered[w]);
                covered[w] |= reach[o + w];
            }
            population = p;
        }
    }

    /** Station {@code st} has no free unit from time {@code now} (hour index {@code hour}). */
    void stationUnready(int st, double now, int hour) {
        ready[st] = false;
        int o = st * words;
        long left = 0;
        for (int w = 0; w < words; w++) {
            remaining[w] = reach[o + w];
            left |= remaining[w];
        }
        for (int other : overlapping[st]) {
            if (left == 0) {
                return; // every zone of its reach is still covered by another ready station
            }
            if (ready[other]) {
                left = 0;
                int p = other * words;
                for (int w = 0; w < words; w++) {
                    remaining[w] &= ~reach[p + w];
                    left |= remaining[w];
                }
            }
        }
        if (left != 0) {
            book(now, hour);
            double p = population;
            for (int w = 0; w < words; w++) {
                p -= sum(w, remaining[w]);
                covered[w] &= ~remaining[w];
            }
            population = p;
        }
    }

    /** Population of the zones in word {@code w} of a zone set. */
    private double sum(int w, long zones) {
        double s = 0;
        for (long bits = zones; bits != 0; bits &= bits - 1) {
            s += zonePop[(w << 6) + Long.numberOfTrailingZeros(bits)];
        }
        return s;
    }

    /** Books population × time since the last change up to {@code now}, counting from the observation start. */
    void book(double now, int hour) {
        double t0 = since;
        int h0 = sinceHour;
        if (t0 < observeStart) {
            t0 = observeStart;
            h0 = (int) (t0 / 60.0);
        }
        HourOfDayBins.add(byHour, 0, t0, h0, now, population);
        since = now;
        sinceHour = hour;
    }

    /** Books up to {@code now} and forgets everything booked: observation starts at {@code now} (end of warm-up). */
    void restart(double now, int hour) {
        book(now, hour);
        Arrays.fill(byHour, 0);
        observeStart = now;
    }

    /** Population × minutes covered in hour of day {@code h} (booked up to the last change or {@link #book}). */
    double populationMinutes(int h) {
        return byHour[h];
    }

    /** The population covered now. */
    double population() {
        return population;
    }
}
