package org.akuttsim.chain.hypercube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.akuttsim.chain.hypercube.HypercubeModel.Method;
import org.akuttsim.chain.hypercube.HypercubeModel.Variant;
import org.akuttsim.stats.Queueing;
import org.junit.jupiter.api.Test;

/** The exact hypercube solution against closed forms and its own flow balances. */
class HypercubeModelTest {

    static int[][] cyclicPreferences(int n) {
        int[][] p = new int[n][n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                p[j][k] = (j + k) % n;
            }
        }
        return p;
    }

    static int[][] randomPreferences(int atoms, int n, long seed) {
        Random r = new Random(seed);
        int[][] p = new int[atoms][n];
        for (int j = 0; j < atoms; j++) {
            for (int k = 0; k < n; k++) {
                p[j][k] = k;
            }
            for (int k = n - 1; k > 0; k--) {
                int x = r.nextInt(k + 1);
                int t = p[j][k];
                p[j][k] = p[j][x];
                p[j][x] = t;
            }
        }
        return p;
    }

    @Test
    void oneUnitWithLossIsMM11() {
        double lambda = 0.7;
        double mu = 1.3;
        HypercubeSolution s = new HypercubeModel(new double[] {0.3, 0.4}, new double[] {mu}, new int[][] {{0}, {0}}, Variant.LOSS).solve();
        double busy = lambda / (lambda + mu);
        assertEquals(busy, s.utilisation(0), 1e-14);
        assertEquals(busy, s.lossProbability(), 1e-14);
        assertEquals(1 - busy, s.stateProbability(0), 1e-14);
        assertEquals(0.3 / 0.7 * (1 - busy), s.dispatchFraction(0, 0), 1e-14);
    }

    @Test
    void oneUnitWithQueueIsMM1() {
        double lambda = 0.7;
        double mu = 1.0;
        double rho = lambda / mu;
        HypercubeSolution s = new HypercubeModel(new double[] {lambda}, new double[] {mu}, new int[][] {{0}}, Variant.QUEUE).solve();
        assertEquals(rho, s.utilisation(0), 1e-13);
        assertEquals(rho, s.allBusyProbability(), 1e-13, "P(wait) = ρ");
        assertEquals(rho / (mu - lambda), s.meanWait(), 1e-12);
        assertEquals(rho * rho / (1 - rho), s.meanQueueLength(), 1e-12);
        assertEquals((1 - rho) * Math.pow(rho, 3), s.waitingProbability(2), 1e-14, "P(N = 3) = (1−ρ)ρ³");
        assertEquals(1.0, s.dispatchFraction(0, 0), 1e-13, "every call is served, queued or not");
        assertEquals(0.0, s.lossProbability());
    }

    @Test
    void symmetricUnitsReproduceErlangBAndErlangC() {
        int n = 4;
        double mu = 1.0 / 75; // per minute: 75-minute missions
        double[] lambda = {0.01, 0.01, 0.01, 0.01}; // a = 0.04 × 75 = 3 erlangs
        double a = 0.04 / mu;
        HypercubeSolution loss = new HypercubeModel(lambda, new double[] {mu, mu, mu, mu}, cyclicPreferences(n), Variant.LOSS).solve();
        assertEquals(Queueing.erlangB(n, a), loss.lossProbability(), 1e-12);
        double carried = a * (1 - Queueing.erlangB(n, a));
        for (int i = 0; i < n; i++) {
            assertEquals(carried / n, loss.utilisation(i), 1e-12, "symmetry: every unit carries a quarter");
        }
        HypercubeSolution queue = new HypercubeModel(lambda, new double[] {mu, mu, mu, mu}, cyclicPreferences(n), Variant.QUEUE).solve();
        double c = Queueing.erlangC(n, a);
        assertEquals(c, queue.allBusyProbability(), 1e-12);
        assertEquals(c / (n * mu - 0.04), queue.meanWait(), 1e-9);
        for (int i = 0; i < n; i++) {
            assertEquals(a / n, queue.utilisation(i), 1e-12, "nothing lost: utilisation = a / N");
        }
    }

    @Test
    void busyCountIsErlangWhateverThePreferencesWhenUnitsAreIdentical() {
        int n = 5;
        int atoms = 7;
        double[] lambda = {0.5, 0.1, 0.9, 0.3, 0.2, 0.6, 0.4}; // Λ = 3
        double[] mu = {1, 1, 1, 1, 1};
        HypercubeSolution s = new HypercubeModel(lambda, mu, randomPreferences(atoms, n, 5), Variant.LOSS).solve();
        double a = 3.0;
        double norm = 0;
        double[] poisson = new double[n + 1];
        double term = 1;
        for (int k = 0; k <= n; k++) {
            poisson[k] = term;
            norm += term;
            term *= a / (k + 1);
        }
        double[] byCount = new double[n + 1];
        for (int m = 0; m < s.states(); m++) {
            byCount[Integer.bitCount(m)] += s.stateProbability(m);
        }
        for (int k = 0; k <= n; k++) {
            assertEquals(poisson[k] / norm, byCount[k], 1e-12, "P(" + k + " busy) is truncated Poisson");
        }
        // Units early on many lists work more: not symmetric, yet the total is the carried load.
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += s.utilisation(i);
        }
        assertEquals(a * (1 - Queueing.erlangB(n, a)), sum, 1e-12);
    }

    @Test
    void eachUnitsUtilisationEqualsTheCallsItServesTimesItsMeanService() {
        double[] lambda = {0.2, 0.35, 0.15, 0.3};
        double[] mu = {1.0, 0.6, 1.4};
        int[][] pref = {{0, 1, 2}, {1, 0, 2}, {2, 1, 0}, {1, 2, 0}};
        for (Variant v : Variant.values()) {
            HypercubeSolution s = new HypercubeModel(lambda, mu, pref, v).solve();
            double served = 0;
            for (int i = 0; i < mu.length; i++) {
                double calls = 0;
                for (int j = 0; j < lambda.length; j++) {
                    calls += s.dispatchFraction(i, j);
                }
                served += calls;
                assertEquals(1.0 * calls / mu[i], s.utilisation(i), 1e-12, v + " unit " + i + ": ρ_i = Λ·Σ_j f_ij / μ_i");
            }
            assertEquals(v == Variant.LOSS ? 1 - s.lossProbability() : 1.0, served, 1e-12, v + ": fractions cover the served calls");
            double total = 0;
            for (int m = 0; m < s.states(); m++) {
                total += s.stateProbability(m);
            }
            double tail = v == Variant.QUEUE ? s.allBusyProbability() - s.stateProbability(7) : 0;
            assertEquals(1.0, total + tail, 1e-12);
            assertTrue(s.residual() < 1e-13, "balance residual " + s.residual());
        }
    }

    @Test
    void twoUnitsByHand() {
        // Atom 0 prefers unit 0, atom 1 prefers unit 1; λ = (1, 2), μ = (1, 1), loss.
        HypercubeSolution s = new HypercubeModel(new double[] {1, 2}, new double[] {1, 1}, new int[][] {{0, 1}, {1, 0}}, Variant.LOSS).solve();
        // Busy count is Erlang: p0 = 1/(1+3+4.5) = 2/17, p2 = 9/17, p1 total = 6/17.
        // State {0}: in = p0·λ0 + p11·μ1, out = (μ0 + Λ)·p{0} = 4·p{0}.
        double p0 = 2.0 / 17;
        double p2 = 9.0 / 17;
        double pUnit0Only = (p0 * 1 + p2 * 1) / 4;
        assertEquals(p0, s.stateProbability(0), 1e-14);
        assertEquals(p2, s.stateProbability(3), 1e-14);
        assertEquals(pUnit0Only, s.stateProbability(1), 1e-14);
        assertEquals(6.0 / 17 - pUnit0Only, s.stateProbability(2), 1e-14);
    }

    @Test
    void directAndGaussSeidelAgree() {
        int n = 7;
        Random r = new Random(9);
        double[] lambda = new double[9];
        for (int j = 0; j < lambda.length; j++) {
            lambda[j] = 0.2 + r.nextDouble();
        }
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = 0.8 + 0.8 * r.nextDouble();
        }
        HypercubeModel m = new HypercubeModel(lambda, mu, randomPreferences(lambda.length, n, 3), Variant.QUEUE);
        HypercubeSolution d = m.solve(Method.DIRECT);
        HypercubeSolution g = m.solve(Method.GAUSS_SEIDEL);
        assertTrue(g.iterations() > 0);
        for (int s = 0; s < d.states(); s++) {
            assertEquals(d.stateProbability(s), g.stateProbability(s), 1e-11);
        }
        assertEquals(d.meanWait(), g.meanWait(), 1e-10);
    }

    @Test
    void twelveUnitsSolveByGaussSeidelWithErlangBTotal() {
        int n = 12;
        double[] mu = new double[n];
        java.util.Arrays.fill(mu, 1.0);
        double[] lambda = new double[20];
        java.util.Arrays.fill(lambda, 8.0 / 20);
        HypercubeSolution s = new HypercubeModel(lambda, mu, randomPreferences(20, n, 1), Variant.LOSS).solve();
        assertTrue(s.iterations() > 0, "above the direct limit");
        assertEquals(Queueing.erlangB(n, 8.0), s.lossProbability(), 1e-10);
    }

    @Test
    void badInputIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HypercubeModel(new double[] {1}, new double[] {1, 1}, new int[][] {{0, 0}}, Variant.LOSS));
        assertTrue(e.getMessage().contains("permutation"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new HypercubeModel(new double[] {3}, new double[] {1, 1}, new int[][] {{0, 1}}, Variant.QUEUE));
        assertTrue(e.getMessage().contains("total service rate"), e.getMessage());
    }
}
