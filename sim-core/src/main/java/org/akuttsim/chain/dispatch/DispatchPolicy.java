package org.akuttsim.chain.dispatch;

/**
 * Decides which unit serves a call. The contract, in full:
 * <ul>
 *   <li>{@link #choose} is called when a call becomes ready for dispatch, again for every waiting call
 *       (in priority order: RED, YELLOW, GREEN, first come first served within a level) whenever a unit
 *       becomes free, and when the call's {@link #reconsiderAfter} time has passed.</li>
 *   <li>It returns a unit index for which {@code view.isFree(u) && view.canServe(u, call)} holds, or
 *       {@link #QUEUE} (the call waits), or {@link #LOSE} (the call is lost: no unit will come).
 *       Returning anything else is an error the model reports.</li>
 *   <li>The policy must be stateless (or immutable) and thread-safe: one instance serves every
 *       replication of a scenario, in parallel. It must not allocate per call on the hot path.</li>
 * </ul>
 * A researcher's policy is a few lines, e.g. "always the unit of the call's own district if free":
 * <pre>{@code
 * DispatchPolicy ownDistrictFirst = (v, call) -> {
 *     int best = DispatchPolicy.QUEUE;
 *     double bestMinutes = Double.POSITIVE_INFINITY;
 *     for (int u = 0; u < v.units(); u++) {
 *         if (!v.isFree(u) || !v.canServe(u, call)) continue;
 *         double t = v.travelMinutes(u, call) - (v.homeStation(u) == v.callDistrict(call) ? 1000 : 0);
 *         if (t < bestMinutes) { bestMinutes = t; best = u; }
 *     }
 *     return best;
 * };
 * }</pre>
 */
@FunctionalInterface
public interface DispatchPolicy {

    /** The call waits in the priority queue. */
    int QUEUE = -1;
    /** The call is lost (loss systems such as the hypercube loss model). */
    int LOSE = -2;

    /**
     * A free unit able to serve {@code call}, or {@link #QUEUE}, or {@link #LOSE}.
     *
     * @param view the chain's state as dispatch may see it
     * @param call the call's slot
     * @return a unit's index, {@link #QUEUE} or {@link #LOSE}
     */
    int choose(DispatchView view, int call);

    /**
     * Minutes after becoming ready at which a waiting call is offered to {@link #choose} again even if
     * no unit has become free (e.g. a GREEN call that stops protecting readiness after a limit);
     * infinity for never. Asked once, when the call is first queued.
     *
     * @param view the chain's state as dispatch may see it
     * @param call the call's slot
     * @return minutes after the call became ready, or infinity
     */
    default double reconsiderAfter(DispatchView view, int call) {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * The free unit that can serve {@code call} with the shortest travel time, or {@link #QUEUE};
     * ties go to the lower unit index. A building block for policies.
     *
     * @param view the chain's state as dispatch may see it
     * @param call the call's slot
     * @return a unit's index, or {@link #QUEUE}
     */
    static int nearestFree(DispatchView view, int call) {
        return view.nearestFreeUnit(call);
    }
}
