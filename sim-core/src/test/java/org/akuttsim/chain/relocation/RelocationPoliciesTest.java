package org.akuttsim.chain.relocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.akuttsim.chain.UnitState;
import org.junit.jupiter.api.Test;

/** The policies' decisions on a scripted view: which unit goes where, and which does not. */
class RelocationPoliciesTest {

    /** Units standing AVAILABLE at stations; travel between stations from a matrix; moves are recorded. */
    static final class ScriptedView implements RelocationView {
        final double[][] minutes;
        final int[] home, post;
        final boolean[] movable, crewed;
        final List<String> moves = new ArrayList<>();

        ScriptedView(double[][] minutes, int[] home, int[] post) {
            this.minutes = minutes;
            this.home = home;
            this.post = post.clone();
            movable = new boolean[home.length];
            java.util.Arrays.fill(movable, true);
            crewed = new boolean[home.length];
            java.util.Arrays.fill(crewed, true);
        }

        @Override public double now() { return 0; }
        @Override public int units() { return home.length; }
        @Override public int stations() { return minutes.length; }
        @Override public int freeUnits() {
            int n = 0;
            for (boolean m : movable) {
                n += m ? 1 : 0;
            }
            return n;
        }
        @Override public int unitState(int u) { return movable[u] ? UnitState.AVAILABLE : UnitState.ON_SCENE; }
        @Override public int homeStation(int u) { return home[u]; }
        @Override public int post(int u) { return post[u]; }
        @Override public boolean movable(int u) { return movable[u]; }
        @Override public int freeAt(int s) {
            int n = 0;
            for (int u = 0; u < post.length; u++) {
                n += movable[u] && post[u] == s ? 1 : 0;
            }
            return n;
        }
        @Override public int crewedAt(int s) {
            int n = 0;
            for (int u = 0; u < home.length; u++) {
                n += crewed[u] && home[u] == s ? 1 : 0;
            }
            return n;
        }
        @Override public double minutesToStation(int u, int s) { return minutes[post[u]][s]; }
        @Override public double stationMinutes(int a, int b) { return minutes[a][b]; }
        @Override public void move(int u, int s) {
            moves.add(u + "->" + s);
            post[u] = s;
        }
    }

    /** Four stations on a line, 10 minutes apart. */
    static double[][] line(int n, double step) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = Math.abs(i - j) * step;
            }
        }
        return m;
    }

    @Test
    void complianceTableFillsThePlacesInOrderWithTheNearestSpareUnit() {
        // Units 0,1,2 at station 0, unit 3 at station 3 (busy). Three free: the row says stations 0, 2, 1.
        ScriptedView v = new ScriptedView(line(4, 10), new int[] {0, 0, 0, 3}, new int[] {0, 0, 0, 3});
        v.movable[3] = false;
        new ComplianceTable(new int[][] {{0}, {0, 2}, {0, 2, 1}, {0, 1, 2, 3}}).relocate(v);
        assertEquals(List.of("0->2", "1->1"), v.moves, "station 0 keeps one; 2 then 1 get the nearest spare (lowest index on ties)");
    }

    @Test
    void complianceTableNeverStripsAStationTheRowNeeds() {
        // Two free units, both needed where they are (row {0, 1}); a table asking for station 2 first with one free.
        ScriptedView v = new ScriptedView(line(3, 10), new int[] {0, 1}, new int[] {0, 1});
        new ComplianceTable(new int[][] {{0}, {0, 1}}).relocate(v);
        assertEquals(List.of(), v.moves);
        v.movable[1] = false; // one free: row {2}... the table's row 1 says station 0, already filled
        new ComplianceTable(new int[][] {{2}, {0, 1}}).relocate(v);
        assertEquals(List.of("0->2"), v.moves, "one free unit goes where row 1 says");
    }

    @Test
    void fillEmptyDistrictTakesFromTheNeighbourWithMostFreeUnitsWithinReach() {
        // Stations 0..3 on a line 20 min apart; station 1 empty (its unit busy); station 0 has 2 free, station 3 has 3 free (60 min away).
        int[] home = {0, 0, 1, 3, 3, 3};
        ScriptedView v = new ScriptedView(line(4, 20), home, home);
        v.movable[2] = false;
        new FillEmptyDistrict(30).relocate(v);
        assertEquals(List.of("0->1"), v.moves, "station 3 has more but lies 40 minutes away; station 2 has no crew of its own");
        ScriptedView w = new ScriptedView(line(4, 20), home, home);
        w.movable[2] = false;
        new FillEmptyDistrict(40).relocate(w);
        assertEquals(List.of("3->1"), w.moves, "within 40 minutes station 3, with three free, gives");
    }

    @Test
    void fillEmptyDistrictNeverEmptiesTheDonorAndSkipsUncrewedDistricts() {
        int[] home = {0, 1, 2};
        ScriptedView v = new ScriptedView(line(3, 10), home, home);
        v.movable[1] = false; // station 1 empty, neighbours have one each
        new FillEmptyDistrict(60).relocate(v);
        assertEquals(List.of(), v.moves, "no neighbour has two free units");
        ScriptedView w = new ScriptedView(line(3, 10), new int[] {0, 0, 1}, new int[] {0, 0, 1});
        w.movable[2] = false;
        w.crewed[2] = false; // station 1's crew is off duty: not filled
        new FillEmptyDistrict(60).relocate(w);
        assertEquals(List.of(), w.moves);
    }

    @Test
    void aCoveringUnitGoesHomeWhenItsPostHasAnotherFreeUnit() {
        // Unit 0 (home 0) covers station 1; station 1's own unit 1 is back: unit 0 drives home.
        ScriptedView v = new ScriptedView(line(2, 10), new int[] {0, 1, 0}, new int[] {1, 1, 0});
        new FillEmptyDistrict(60).relocate(v);
        assertEquals(List.of("0->0"), v.moves);
    }
}
