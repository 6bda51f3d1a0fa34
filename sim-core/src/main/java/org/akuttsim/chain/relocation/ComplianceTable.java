package org.akuttsim.chain.relocation;

import java.util.Arrays;

/**
 * A compliance table: for each number n of free emergency ambulances, the n stations that should then
 * hold one (a station may appear more than once: it should hold that many). When asked, the policy
 * goes through the row of the current number of free ambulances in order; a place is unfilled when
 * fewer ambulances are posted at its station than the row lists up to that place. To each unfilled
 * place it moves the nearest (minutes from where it is) movable ambulance whose station has more free
 * ambulances than the whole row asks of it — so a place earlier in the row is never emptied to fill a
 * later one — until every place is filled or no such ambulance is left. More free ambulances than
 * the table has rows: the last row is used and the ambulances beyond it stay where they are.
 *
 * <p>This is the compliance-table move-up of the ambulance literature (e.g. Gendreau, Laporte and
 * Semet 2001; JEMSS.jl's {@code comp_table}), with a greedy nearest-unit assignment instead of an
 * optimal one: simple and deterministic, at the price of sometimes more kilometres than needed.
 *
 * @param rows rows[n − 1]: the n station indices for n free ambulances (row n has exactly n entries)
 */
public record ComplianceTable(int[][] rows) implements RelocationPolicy {

    /**
     * Checks that row n lists exactly n stations, none negative; keeps a copy. Whether the stations exist
     * is checked against the region by {@link #checkFits}.
     *
     * @param rows rows[n − 1]: the n station indices for n free ambulances
     * @throws IllegalArgumentException if there is no row, a row has the wrong length or a negative index
     */
    public ComplianceTable {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException("a compliance table needs at least the row for 1 free ambulance");
        }
        int[][] c = new int[rows.length][];
        for (int n = 1; n <= rows.length; n++) {
            int[] row = rows[n - 1];
            if (row == null || row.length != n) {
                throw new IllegalArgumentException("compliance table row for " + n + " free ambulance" + (n == 1 ? "" : "s")
                        + " must list exactly " + n + " station" + (n == 1 ? "" : "s") + ", found "
                        + (row == null ? "none" : row.length));
            }
            for (int s : row) {
                if (s < 0) {
                    throw new IllegalArgumentException("compliance table row " + n + " names station " + s + "; expected station indices >= 0");
                }
            }
            c[n - 1] = row.clone();
        }
        rows = c;
    }

    /**
     * The table's rows.
     *
     * @return a copy: rows[n − 1] lists the n stations for n free ambulances
     */
    @Override
    public int[][] rows() {
        int[][] c = new int[rows.length][];
        for (int n = 0; n < c.length; n++) {
            c[n] = rows[n].clone();
        }
        return c;
    }

    @Override
    public void checkFits(int stations) {
        for (int n = 1; n <= rows.length; n++) {
            for (int s : rows[n - 1]) {
                if (s >= stations) {
                    throw new IllegalArgumentException("compliance table row " + n + " names station " + s
                            + " but the region has " + stations + " stations (0.." + (stations - 1) + ")");
                }
            }
        }
    }

    @Override
    public void relocate(RelocationView v) {
        int free = v.freeUnits();
        if (free == 0) {
            return;
        }
        int[] row = rows[Math.min(free, rows.length) - 1];
        for (int k = 0; k < row.length; k++) {
            int s = row[k];
            if (v.freeAt(s) >= timesBefore(row, k + 1, s)) {
                continue; // this place is filled
            }
            int best = -1;
            double bestMinutes = Double.POSITIVE_INFINITY;
            for (int u = 0; u < v.units(); u++) {
                if (!v.movable(u) || v.post(u) == s) {
                    continue;
                }
                int p = v.post(u);
                if (v.freeAt(p) <= timesBefore(row, row.length, p)) {
                    continue; // its station needs it
                }
                double m = v.minutesToStation(u, s);
                if (m < bestMinutes) {
                    bestMinutes = m;
                    best = u;
                }
            }
            if (best < 0) {
                return; // nobody to spare: later places wait as well
            }
            v.move(best, s);
        }
    }

    /** How often station s appears among the first {@code length} places of the row. */
    private static int timesBefore(int[] row, int length, int s) {
        int c = 0;
        for (int i = 0; i < length; i++) {
            c += row[i] == s ? 1 : 0;
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComplianceTable t && Arrays.deepEquals(rows, t.rows);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(rows);
    }

    @Override
    public String toString() {
        return "compliance-table" + Arrays.deepToString(rows);
    }
}
