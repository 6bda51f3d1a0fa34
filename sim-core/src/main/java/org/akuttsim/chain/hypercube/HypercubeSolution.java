package org.akuttsim.chain.hypercube;

/**
 * The steady state of a {@link HypercubeModel}. Probabilities of calls (loss, waiting, dispatch
 * fractions) are shares of all arriving calls (Poisson arrivals see time averages).
 */
public final class HypercubeSolution {
    private final HypercubeModel.Variant variant;
    private final double[] stateProbability;
    private final double[] utilisation;
    private final double[][] dispatch;
    private final double loss;
    private final double allBusy;
    private final double meanWait;
    private final double meanQueue;
    private final double tail;
    private final double residual;
    private final int iterations;

    HypercubeSolution(HypercubeModel.Variant variant, double[] stateProbability, double[] utilisation, double[][] dispatch,
            double loss, double allBusy, double meanWait, double meanQueue, double tail, double residual, int iterations) {
        this.variant = variant;
        this.stateProbability = stateProbability;
        this.utilisation = utilisation;
        this.dispatch = dispatch;
        this.loss = loss;
        this.allBusy = allBusy;
        this.meanWait = meanWait;
        this.meanQueue = meanQueue;
        this.tail = tail;
        this.residual = residual;
        this.iterations = iterations;
    }

    /** {@return the variant this solves: loss or queue} */
    public HypercubeModel.Variant variant() {
        return variant;
    }

    /**
     * Probability that exactly the units in {@code busyMask} (bit i = unit i) are busy and, for the
     * queue variant, nobody waits.
     *
     * @param busyMask the busy units as bits
     * @return the probability
     */
    public double stateProbability(int busyMask) {
        return stateProbability[busyMask];
    }

    /**
     * Number of hypercube states (2^N).
     *
     * @return the number of states
     */
    public int states() {
        return stateProbability.length;
    }

    /**
     * Probability that all units are busy and {@code k ≥ 1} calls wait (queue variant; 0 for loss).
     *
     * @param k the number waiting
     * @return the probability
     */
    public double waitingProbability(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        if (tail == 0) {
            return 0;
        }
        double pf = stateProbability[stateProbability.length - 1];
        double r = tail / (pf + tail); // tail = pf·r/(1−r) ⇒ r = tail/(pf + tail)
        return pf * Math.pow(r, k);
    }

    /**
     * Share of time unit {@code i} is busy.
     *
     * @param i the unit's index
     * @return the busy share, in [0, 1]
     */
    public double utilisation(int i) {
        return utilisation[i];
    }

    /**
     * Share of all calls that come from atom {@code atom} and are served by unit {@code unit} (queued calls
     * included).
     *
     * @param unit the unit's index
     * @param atom the atom's index
     * @return the fraction of all calls
     */
    public double dispatchFraction(int unit, int atom) {
        return dispatch[unit][atom];
    }

    /**
     * Loss variant: share of calls lost. 0 for the queue variant.
     *
     * @return the loss probability
     */
    public double lossProbability() {
        return loss;
    }

    /**
     * Share of calls that find every unit busy (lost or queued).
     *
     * @return the probability
     */
    public double allBusyProbability() {
        return allBusy;
    }

    /**
     * Queue variant: mean wait in queue over all calls (time units of the rates). 0 for loss.
     *
     * @return the mean wait, in the rates' time unit
     */
    public double meanWait() {
        return meanWait;
    }

    /**
     * Queue variant: mean number of calls waiting.
     *
     * @return the mean queue length
     */
    public double meanQueueLength() {
        return meanQueue;
    }

    /**
     * Largest absolute imbalance of the 2^N balance equations before rescaling (a solution check).
     *
     * @return the residual
     */
    public double residual() {
        return residual;
    }

    /**
     * Gauss–Seidel sweeps used (0 for the direct solve).
     *
     * @return the number of sweeps
     */
    public int iterations() {
        return iterations;
    }
}
