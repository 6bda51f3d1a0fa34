package org.akuttsim.chain.hypercube;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Larson's hypercube queueing model (Larson 1974): the exact steady state of N distinguishable
 * servers (ambulances, one per station) answering calls from J atoms (zones).
 *
 * <p>Assumptions: calls from atom j arrive as a Poisson process of rate λ<sub>j</sub>; each atom
 * has a fixed preference list, a permutation of all units, and a call goes to the first free unit
 * on it; unit i's service time (the whole mission: travel, scene, transport, return) is exponential
 * with rate μ<sub>i</sub>, whatever the atom; travel does not delay dispatch. When all units are
 * busy a call is lost ({@link Variant#LOSS}) or waits in one first-come-first-served queue
 * ({@link Variant#QUEUE}) whose head goes to the next unit that frees.
 *
 * <p><b>State space.</b> A state is the set of busy units, a bit mask over N bits (2<sup>N</sup>
 * states). In a non-full state B an arrival from atom j moves to B ∪ {first free unit of j}; a
 * completion by busy unit i moves to B \ {i}. For the queue variant, the states "all busy, k calls
 * waiting" (k ≥ 1) form a birth–death tail with birth rate Λ = Σλ<sub>j</sub> and death rate
 * M = Σμ<sub>i</sub> (any completion hands a waiting call to the freed unit, which stays busy). The
 * cut between "all busy, none waiting" (F) and the tail balances, P(F)·Λ = P(Q<sub>1</sub>)·M, so
 * the tail is geometric, P(Q<sub>k</sub>) = P(F)·r<sup>k</sup> with r = Λ/M &lt; 1, and the balance
 * equations of the 2<sup>N</sup> states are exactly those of the loss model. The queue variant is
 * therefore the loss solution rescaled by 1 + r/(1 − r) for F: closed form, no truncation.
 *
 * <p><b>Solution.</b> Up to {@value #DIRECT_LIMIT} units the balance equations (one replaced by
 * Σ P = 1) are solved directly by LU decomposition (commons-math3). Above that, Gauss–Seidel sweeps
 * over the states, which exploit that each state has at most 2N neighbours, run until the largest
 * change of any probability is below 1e-14 and the largest balance residual below 1e-12 (relative
 * to the total rate). Both report their balance residual.
 */
public final class HypercubeModel {

    /** What happens to a call that finds every unit busy. */
    public enum Variant {
        /** The call is lost (M/M/N/N-like). */
        LOSS,
        /** The call joins one FCFS queue (M/M/N-like); needs Λ &lt; Σμ. */
        QUEUE
    }

    /** Most units the model accepts (2^20 states × 20 rates ≈ 160 MB). */
    public static final int MAX_UNITS = 20;
    /** Largest N solved directly by LU; above it Gauss–Seidel. */
    public static final int DIRECT_LIMIT = 10;

    private final double[] lambda;
    private final double[] mu;
    private final int[][] preference;
    private final Variant variant;
    private final int n;

    /**
     * @param atomRates  λ<sub>j</sub> per atom, calls per time unit, ≥ 0 and not all 0
     * @param unitRates  μ<sub>i</sub> per unit, completions per time unit (1 / mean mission time), &gt; 0
     * @param preference per atom, the units in order of preference: a permutation of 0..N−1
     * @param variant    loss or FCFS queue
     */
    public HypercubeModel(double[] atomRates, double[] unitRates, int[][] preference, Variant variant) {
        if (unitRates == null || unitRates.length < 1 || unitRates.length > MAX_UNITS) {
            throw new IllegalArgumentException("need between 1 and " + MAX_UNITS + " units, had "
                    + (unitRates == null ? "none" : unitRates.length));
        }
        n = unitRates.length;
        for (int i = 0; i < n; i++) {
            if (!(unitRates[i] > 0) || Double.isInfinite(unitRates[i])) {
                throw new IllegalArgumentException("service rate of unit " + i + " must be finite and > 0, was " + unitRates[i]);
            }
        }
        if (atomRates == null || atomRates.length == 0) {
            throw new IllegalArgumentException("need at least one atom");
        }
        double total = 0;
        for (int j = 0; j < atomRates.length; j++) {
            if (!(atomRates[j] >= 0) || Double.isInfinite(atomRates[j])) {
                throw new IllegalArgumentException("arrival rate of atom " + j + " must be finite and >= 0, was " + atomRates[j]);
            }
            total += atomRates[j];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("at least one atom must have a positive arrival rate");
        }
        if (preference == null || preference.length != atomRates.length) {
            throw new IllegalArgumentException("need one preference list per atom (" + atomRates.length + "), had "
                    + (preference == null ? "none" : preference.length));
        }
        this.preference = new int[preference.length][];
        for (int j = 0; j < preference.length; j++) {
            int[] p = preference[j];
            if (p == null || p.length != n) {
                throw new IllegalArgumentException("preference list of atom " + j + " must list all " + n + " units, had "
                        + (p == null ? "none" : p.length));
            }
            boolean[] seen = new boolean[n];
            for (int u : p) {
                if (u < 0 || u >= n || seen[u]) {
                    throw new IllegalArgumentException("preference list of atom " + j + " must be a permutation of 0.." + (n - 1)
                            + ", was " + Arrays.toString(p));
                }
                seen[u] = true;
            }
            this.preference[j] = p.clone();
        }
        if (variant == null) {
            throw new IllegalArgumentException("variant must be LOSS or QUEUE");
        }
        double m = 0;
        for (double r : unitRates) {
            m += r;
        }
        if (variant == Variant.QUEUE && !(total < m)) {
            throw new IllegalArgumentException("the queue variant needs total arrival rate " + total
                    + " < total service rate " + m + " (otherwise the queue grows without bound)");
        }
        this.lambda = atomRates.clone();
        this.mu = unitRates.clone();
        this.variant = variant;
    }

    /**
     * Solves the model (directly up to {@value #DIRECT_LIMIT} units, else by Gauss–Seidel).
     *
     * @return the state probabilities and the measures derived from them
     */
    public HypercubeSolution solve() {
        return n <= DIRECT_LIMIT ? solve(Method.DIRECT) : solve(Method.GAUSS_SEIDEL);
    }

    /** How to solve the balance equations. */
    public enum Method {
        /** LU decomposition of the 2^N balance equations (exact up to rounding; memory grows as 4^N). */
        DIRECT,
        /** Gauss–Seidel sweeps until no probability changes by 1e-14 and the residual is below 1e-12 of the rate. */
        GAUSS_SEIDEL
    }

    /**
     * Solves with the given method (tests compare the two).
     *
     * @param method the solver
     * @return the solution
     */
    public HypercubeSolution solve(Method method) {
        int states = 1 << n;
        int full = states - 1;
        // dispatchRate[s * n + i]: arrival rate that sends unit i out from state s.
        double[] dispatchRate = new double[states * n];
        for (int s = 0; s < full; s++) {
            for (int j = 0; j < lambda.length; j++) {
                dispatchRate[s * n + firstFree(j, s)] += lambda[j];
            }
        }
        double[] p = method == Method.DIRECT ? direct(states, dispatchRate) : gaussSeidel(states, dispatchRate);
        int iterations = method == Method.DIRECT ? 0 : lastIterations;
        double residual = residual(p, dispatchRate);

        double bigLambda = 0;
        for (double l : lambda) {
            bigLambda += l;
        }
        double bigMu = 0;
        for (double m : mu) {
            bigMu += m;
        }
        // Queue variant: geometric tail above the full state; rescale so everything sums to 1.
        double tail = 0;
        double meanQueue = 0;
        if (variant == Variant.QUEUE) {
            double r = bigLambda / bigMu;
            double pf = p[full];
            double scale = 1.0 / (1.0 + pf * r / (1 - r));
            for (int s = 0; s < states; s++) {
                p[s] *= scale;
            }
            tail = p[full] * r / (1 - r);
            meanQueue = p[full] * r / ((1 - r) * (1 - r));
        }
        double allBusy = p[full] + tail; // PASTA: share of arrivals that find every unit busy

        double[] utilisation = new double[n];
        for (int s = 1; s < states; s++) {
            for (int i = 0; i < n; i++) {
                if ((s & (1 << i)) != 0) {
                    utilisation[i] += p[s];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            utilisation[i] += tail;
        }
        double[][] dispatch = new double[n][lambda.length];
        for (int s = 0; s < full; s++) {
            for (int j = 0; j < lambda.length; j++) {
                dispatch[firstFree(j, s)][j] += p[s] * lambda[j] / bigLambda;
            }
        }
        if (variant == Variant.QUEUE) {
            // A queued call goes to whichever unit frees first when it is at the head: unit i with
            // probability μ_i / M (every unit is busy then, and services are memoryless).
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < lambda.length; j++) {
                    dispatch[i][j] += allBusy * lambda[j] / bigLambda * mu[i] / bigMu;
                }
            }
        }
        return new HypercubeSolution(variant, p, utilisation, dispatch,
                variant == Variant.LOSS ? p[full] : 0.0, allBusy,
                variant == Variant.QUEUE ? meanQueue / bigLambda : 0.0, meanQueue, tail, residual, iterations);
    }

    private int firstFree(int atom, int busy) {
        for (int u : preference[atom]) {
            if ((busy & (1 << u)) == 0) {
                return u;
            }
        }
        return -1;
    }

    /** Balance equations with the last one replaced by normalisation; LU (commons-math3). */
    private double[] direct(int states, double[] dispatchRate) {
        double[][] a = new double[states][states]; // a[row = equation for state t][col = state s]
        for (int s = 0; s < states; s++) {
            // Outflow of s appears with a minus sign in s's own equation; inflow in the target's.
            for (int i = 0; i < n; i++) {
                int bit = 1 << i;
                if ((s & bit) != 0) {
                    a[s][s] -= mu[i];
                    a[s ^ bit][s] += mu[i];
                } else {
                    double r = dispatchRate[s * n + i];
                    a[s][s] -= r;
                    a[s | bit][s] += r;
                }
            }
        }
        Arrays.fill(a[states - 1], 1.0);
        double[] b = new double[states];
        b[states - 1] = 1.0;
        RealVector x = new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver().solve(new ArrayRealVector(b, false));
        return x.toArray();
    }

    private int lastIterations;

    private double[] gaussSeidel(int states, double[] dispatchRate) {
        double[] p = new double[states];
        Arrays.fill(p, 1.0 / states);
        double[] out = new double[states];
        for (int s = 0; s < states; s++) {
            for (int i = 0; i < n; i++) {
                out[s] += (s & (1 << i)) != 0 ? mu[i] : dispatchRate[s * n + i];
            }
        }
        double totalRate = 0;
        for (double l : lambda) {
            totalRate += l;
        }
        for (double m : mu) {
            totalRate += m;
        }
        int maxIterations = 1_000_000;
        for (int it = 1; it <= maxIterations; it++) {
            double maxChange = 0;
            for (int s = 0; s < states; s++) {
                double in = 0;
                for (int i = 0; i < n; i++) {
                    int bit = 1 << i;
                    if ((s & bit) != 0) {
                        int from = s ^ bit;
                        in += p[from] * dispatchRate[from * n + i];
                    } else {
                        in += p[s | bit] * mu[i];
                    }
                }
                double v = in / out[s];
                maxChange = Math.max(maxChange, Math.abs(v - p[s]));
                p[s] = v;
            }
            double sum = 0;
            for (double v : p) {
                sum += v;
            }
            for (int s = 0; s < states; s++) {
                p[s] /= sum;
            }
            if (maxChange < 1e-14 && residual(p, dispatchRate) < 1e-12 * totalRate) {
                lastIterations = it;
                return p;
            }
        }
        throw new IllegalStateException("Gauss–Seidel did not converge in " + maxIterations + " sweeps");
    }

    /** Largest |inflow − outflow| over the 2^N balance equations (loss-model form). */
    private double residual(double[] p, double[] dispatchRate) {
        int states = p.length;
        double worst = 0;
        for (int s = 0; s < states; s++) {
            double in = 0;
            double outRate = 0;
            for (int i = 0; i < n; i++) {
                int bit = 1 << i;
                if ((s & bit) != 0) {
                    in += p[s ^ bit] * dispatchRate[(s ^ bit) * n + i];
                    outRate += mu[i];
                } else {
                    in += p[s | bit] * mu[i];
                    outRate += dispatchRate[s * n + i];
                }
            }
            worst = Math.max(worst, Math.abs(in - p[s] * outRate));
        }
        return worst;
    }

    /** {@return the number of units N} */
    public int units() {
        return n;
    }

    /** {@return the number of atoms (call sources)} */
    public int atoms() {
        return lambda.length;
    }

    /** {@return what happens to a call that finds every unit busy} */
    public Variant variant() {
        return variant;
    }
}
