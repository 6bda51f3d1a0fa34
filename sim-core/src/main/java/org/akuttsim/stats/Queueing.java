package org.akuttsim.stats;

/**
 * Exact steady-state results of the classic queues, against which simulation models are checked:
 * Erlang's loss formula (M/M/c/c, and by insensitivity M/G/c/c), Erlang's delay formula (M/M/c),
 * and their mean waits and queue lengths.
 *
 * <p>Everything is expressed through the <em>offered load</em> {@code a = λ·E[S]} in Erlangs
 * (arrival rate times mean service time), so time units cancel. The chain model uses these in its
 * own reductions: a single AMK desk is an M/M/c queue, an ambulance district without queueing is
 * Erlang's loss system, and the hypercube model reduces to both.
 *
 * <p>Erlang B is computed by the recursion {@code B(0) = 1, B(k) = a·B(k-1) / (k + a·B(k-1))},
 * which is numerically stable for any number of servers (no factorials, no powers), and Erlang C
 * from it as {@code C = c·B / (c - a·(1 - B))}.
 */
public final class Queueing {

    private Queueing() {
    }

    /**
     * Erlang B: the probability that an arrival finds all {@code servers} busy and is lost, in a
     * loss system with offered load {@code a} (M/M/c/c; by insensitivity any service distribution).
     *
     * @param servers the number of servers c (&ge; 1)
     * @param offeredLoad the offered load a = λ·E[S], in Erlang
     * @return the blocking probability B(c, a)
     */
    public static double erlangB(int servers, double offeredLoad) {
        checkServers(servers);
        checkLoad(offeredLoad);
        double b = 1.0;
        for (int k = 1; k <= servers; k++) {
            b = offeredLoad * b / (k + offeredLoad * b);
        }
        return b;
    }

    /**
     * Erlang C: the probability that an arrival to an M/M/c queue has to wait. Requires a stable
     * queue, {@code offeredLoad < servers}.
     *
     * @param servers the number of servers c (&ge; 1)
     * @param offeredLoad the offered load a = λ·E[S], in Erlang
     * @return the probability of waiting C(c, a)
     */
    public static double erlangC(int servers, double offeredLoad) {
        checkStable(servers, offeredLoad);
        double b = erlangB(servers, offeredLoad);
        return servers * b / (servers - offeredLoad * (1.0 - b));
    }

    /**
     * Mean wait in queue (before service starts) of an M/M/c queue:
     * {@code Wq = C · E[S] / (c - a)}, in the time unit of {@code meanService}.
     *
     * @param servers the number of servers c
     * @param arrivalRate λ, arrivals per time unit
     * @param meanService E[S], in the same time unit
     * @return Wq
     */
    public static double mmcMeanWait(int servers, double arrivalRate, double meanService) {
        double a = offeredLoad(arrivalRate, meanService);
        return erlangC(servers, a) * meanService / (servers - a);
    }

    /**
     * Mean time in system of an M/M/c queue: {@code W = Wq + E[S]}.
     *
     * @param servers the number of servers c
     * @param arrivalRate λ, arrivals per time unit
     * @param meanService E[S], in the same time unit
     * @return W, in the time unit of {@code meanService}
     */
    public static double mmcMeanSojourn(int servers, double arrivalRate, double meanService) {
        return mmcMeanWait(servers, arrivalRate, meanService) + meanService;
    }

    /**
     * Mean number waiting in an M/M/c queue: {@code Lq = λ·Wq} (Little).
     *
     * @param servers the number of servers c
     * @param arrivalRate λ, arrivals per time unit
     * @param meanService E[S], in the same time unit
     * @return Lq
     */
    public static double mmcMeanQueueLength(int servers, double arrivalRate, double meanService) {
        return arrivalRate * mmcMeanWait(servers, arrivalRate, meanService);
    }

    /**
     * Mean number in an M/M/c system (waiting and in service): {@code L = Lq + a}.
     *
     * @param servers the number of servers c
     * @param arrivalRate λ, arrivals per time unit
     * @param meanService E[S], in the same time unit
     * @return L
     */
    public static double mmcMeanNumberInSystem(int servers, double arrivalRate, double meanService) {
        return mmcMeanQueueLength(servers, arrivalRate, meanService) + offeredLoad(arrivalRate, meanService);
    }

    /**
     * P(wait &gt; t) in an M/M/c queue: {@code C · exp(-(c - a)·t / E[S])} for t &ge; 0 — the share of
     * calls answered later than a target.
     *
     * @param servers the number of servers c
     * @param arrivalRate λ, arrivals per time unit
     * @param meanService E[S], in the same time unit
     * @param t the waiting-time target, in the same time unit (&ge; 0)
     * @return P(Wq &gt; t)
     */
    public static double mmcWaitExceeds(int servers, double arrivalRate, double meanService, double t) {
        if (!(t >= 0.0)) {
            throw new IllegalArgumentException("waiting-time threshold must be >= 0, was " + t);
        }
        double a = offeredLoad(arrivalRate, meanService);
        return erlangC(servers, a) * Math.exp(-(servers - a) * t / meanService);
    }

    /**
     * M/M/1 utilisation ρ = λ·E[S], which is also its probability of waiting.
     *
     * @param arrivalRate λ, arrivals per time unit
     * @param meanService E[S], in the same time unit
     * @return ρ
     */
    public static double mm1Utilisation(double arrivalRate, double meanService) {
        double rho = offeredLoad(arrivalRate, meanService);
        checkStable(1, rho);
        return rho;
    }

    /**
     * M/M/1 mean wait in queue: {@code ρ·E[S] / (1 - ρ)}.
     *
     * @param arrivalRate λ, arrivals per time unit
     * @param meanService E[S], in the same time unit
     * @return Wq, in the time unit of {@code meanService}
     */
    public static double mm1MeanWait(double arrivalRate, double meanService) {
        double rho = mm1Utilisation(arrivalRate, meanService);
        return rho * meanService / (1.0 - rho);
    }

    /**
     * M/M/1 mean number in system: {@code ρ / (1 - ρ)}.
     *
     * @param arrivalRate λ, arrivals per time unit
     * @param meanService E[S], in the same time unit
     * @return L
     */
    public static double mm1MeanNumberInSystem(double arrivalRate, double meanService) {
        double rho = mm1Utilisation(arrivalRate, meanService);
        return rho / (1.0 - rho);
    }

    /**
     * Mean number of busy servers in a loss system (M/G/c/c): the carried load {@code a·(1 - B)}.
     *
     * @param servers the number of servers c
     * @param offeredLoad the offered load a, in Erlang
     * @return the mean number of busy servers
     */
    public static double lossMeanOccupancy(int servers, double offeredLoad) {
        return offeredLoad * (1.0 - erlangB(servers, offeredLoad));
    }

    /**
     * Mean number in an M/G/∞ system: {@code a = λ·E[S]}, for any service distribution; the number
     * in system is Poisson, so this is also its variance.
     *
     * @param arrivalRate λ, arrivals per time unit
     * @param meanService E[S], in the same time unit
     * @return the mean (and variance) of the number in system
     */
    public static double infiniteServerMeanOccupancy(double arrivalRate, double meanService) {
        return offeredLoad(arrivalRate, meanService);
    }

    /**
     * {@code λ·E[S]}, checking both.
     *
     * @param arrivalRate λ, arrivals per time unit (&ge; 0, finite)
     * @param meanService E[S], in the same time unit (&ge; 0, finite)
     * @return the offered load, in Erlang
     */
    public static double offeredLoad(double arrivalRate, double meanService) {
        if (!(arrivalRate > 0.0) || arrivalRate == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("arrival rate must be > 0 and finite, was " + arrivalRate);
        }
        if (!(meanService > 0.0) || meanService == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("mean service time must be > 0 and finite, was " + meanService);
        }
        return arrivalRate * meanService;
    }

    private static void checkServers(int servers) {
        if (servers < 1) {
            throw new IllegalArgumentException("number of servers must be >= 1, was " + servers);
        }
    }

    private static void checkLoad(double a) {
        if (!(a >= 0.0) || a == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("offered load must be finite and >= 0, was " + a);
        }
    }

    private static void checkStable(int servers, double a) {
        checkServers(servers);
        checkLoad(a);
        if (!(a < servers)) {
            throw new IllegalArgumentException("a queue with " + servers + " server(s) and offered load " + a
                    + " Erlang is unstable: the load must be below the number of servers");
        }
    }
}
