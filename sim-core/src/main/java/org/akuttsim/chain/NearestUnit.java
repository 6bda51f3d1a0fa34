package org.akuttsim.chain;

import java.util.BitSet;

import org.akuttsim.chain.dispatch.DispatchPolicy;

/**
 * Finds the free unit with the shortest drive to a call — the same unit as the plain loop over all
 * units in {@link org.akuttsim.chain.dispatch.DispatchView#nearestFreeUnit} (least minutes; equal
 * minutes to the unit free the longest, then the lower index) — without looking at every unit: units
 * at their station are tried in the order of their drive from the station to the call's zone,
 * precomputed for each time band and zone, so the first eligible one and those tied with it are the
 * best of them; the few free units driving home (or moved by a relocation policy) are checked one by one.
 *
 * <p><b>Fair ties.</b> Identical units at one station have equal drives to every zone; the unit free
 * the longest goes first, so they take turns and share the work (a rule of the units' own history:
 * no random numbers, so common random numbers hold).
 *
 * <p>Kept for speed: the dispatch decision runs for every call and again for every waiting call when
 * a unit becomes free; against the plain loop this search saves about 6 % of a St. Olavs
 * replication's CPU time (paired, both orders; {@code benchmarks/README.md}).
 */
final class NearestUnit {

    private final Units units;
    private final Roads roads;
    /** Null when the fleet has no air or boat unit. */
    private final CraftDispatch crafts;
    private final int n;
    /** For band b and zone z, entries [(b·zones + z)·n, +n): every unit by (minutes from its station to z, index). */
    private final int[] order;
    /** The minutes of each entry of {@link #order}. */
    private final double[] orderMinutes;

    NearestUnit(Units units, Roads roads, CraftDispatch crafts) {
        this.units = units;
        this.roads = roads;
        this.crafts = crafts;
        this.n = units.count();
        order = new int[roads.bands() * roads.zones * n];
        orderMinutes = new double[order.length];
        Integer[] byMinutes = new Integer[n];
        for (int b = 0; b < roads.bands(); b++) {
            for (int z = 0; z < roads.zones; z++) {
                final int band = b, zone = z;
                for (int u = 0; u < n; u++) {
                    byMinutes[u] = u;
                }
                java.util.Arrays.sort(byMinutes, (x, y) -> { // stable: equal minutes keep index order
                    return Double.compare(homeMinutes(x, band, zone), homeMinutes(y, band, zone));
                });
                for (int k = 0; k < n; k++) {
                    order[(b * roads.zones + z) * n + k] = byMinutes[k];
                    orderMinutes[(b * roads.zones + z) * n + k] = homeMinutes(byMinutes[k], band, zone);
                }
            }
        }
    }

    private double homeMinutes(int u, int band, int zone) {
        Unit unit = units.get(u);
        return roads.legMinutes(unit, unit.homeZone, zone, false, band);
    }

    /**
     * The nearest free unit that can serve the call ({@code keepLastAtHome}: only units whose station
     * keeps another free unit), or {@link DispatchPolicy#QUEUE}.
     */
    int find(Call c, boolean keepLastAtHome, double now) {
        int band = roads.band(now);
        boolean red = c.level == 0;
        int best = DispatchPolicy.QUEUE;
        double bestMinutes = Double.POSITIVE_INFINITY;
        int o = (band * roads.zones + c.zone) * n;
        for (int k = 0; k < n; k++) {
            int u = order[o + k];
            Unit at = units.get(u);
            if (at.state != UnitState.AVAILABLE || at.post != at.station || !eligible(at, c, keepLastAtHome, now)) {
                continue;
            }
            best = u;
            // Units tied with it (equal drive, later in the order): the one free the longest.
            for (int j = k + 1; j < n && orderMinutes[o + j] == orderMinutes[o + k]; j++) {
                int v = order[o + j];
                Unit other = units.get(v);
                if (other.state == UnitState.AVAILABLE && other.post == other.station && eligible(other, c, keepLastAtHome, now)
                        && units.freeSince(v) < units.freeSince(best)) {
                    best = v;
                }
            }
            Unit unit = units.get(best);
            bestMinutes = roads.legMinutes(unit, unit.homeZone, c.zone, red, band);
            break;
        }
        BitSet away = units.awayFromHome();
        for (int u = away.nextSetBit(0); u >= 0; u = away.nextSetBit(u + 1)) {
            Unit unit = units.get(u);
            if (!eligible(unit, c, keepLastAtHome, now)) {
                continue;
            }
            double t = roads.legMinutes(unit, units.positionZone(u), c.zone, red, band);
            if (t < bestMinutes || (t == bestMinutes && before(u, best))) {
                bestMinutes = t;
                best = u;
            }
        }
        return best;
    }

    /** Of two units with equal minutes, whether {@code u} goes first: free longer, or as long and a lower index. */
    private boolean before(int u, int best) {
        double a = units.freeSince(u), b = units.freeSince(best);
        return a < b || (a == b && u < best);
    }

    private boolean eligible(Unit unit, Call c, boolean keepLastAtHome, double now) {
        return unit.free && unit.serves(c.level) && (unit.transports || !c.needsTransport)
                && (!keepLastAtHome || units.freeAtStation(unit.station) >= 2)
                && (unit.craft == null || crafts.allows(unit, c, now));
    }
}
