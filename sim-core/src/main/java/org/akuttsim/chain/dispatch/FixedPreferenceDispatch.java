package org.akuttsim.chain.dispatch;

/**
 * Fixed preference lists: a call from zone z gets the first free unit on {@code preferences[z]};
 * when none is free, the call is lost ({@code loss = true}) or waits ({@code loss = false}).
 *
 * <p>This is the dispatch rule of Larson's hypercube queueing model. To reduce the chain to the
 * hypercube model, configure a {@code ChainScenario} with
 * <ul>
 *   <li>one 24/7 emergency ambulance per station ({@code Fleet.ambulances(1, 1, …)}) and one zone per
 *       "atom" of the hypercube;</li>
 *   <li>{@code TravelModel.zero()} and zero activation delay;</li>
 *   <li>{@code Triage.perfect(DurationModel.fixed(0), 0)} with all true need RED (so every call is RED
 *       and skips the AMK queue);</li>
 *   <li>exponential on-scene time with the mission mean and treat-and-leave probability 1 (no transport),
 *       so the whole mission is one exponential service and the unit is free again at once;</li>
 *   <li>this policy with {@code loss = true} (hypercube loss model) or {@code loss = false} (one FCFS queue:
 *       a freed unit takes the head of the queue, since the head is offered first and the freed unit
 *       is then the only free one on every list).</li>
 * </ul>
 * {@code ChainScenarios.hypercube(…)} builds exactly this.
 *
 * @param preferences per zone, unit indices in order of preference (each list non-empty)
 * @param loss        true: lose calls that find every listed unit busy; false: queue them
 */
public record FixedPreferenceDispatch(int[][] preferences, boolean loss) implements DispatchPolicy {

    /**
     * Checks that every zone has a non-empty list of unit indices &ge; 0; keeps copies.
     *
     * @param preferences per zone, unit indices in order of preference
     * @param loss true to lose calls that find every listed unit busy, false to queue them
     */
    public FixedPreferenceDispatch {
        if (preferences == null || preferences.length == 0) {
            throw new IllegalArgumentException("preference lists must be given for every zone");
        }
        int[][] c = new int[preferences.length][];
        for (int z = 0; z < preferences.length; z++) {
            if (preferences[z] == null || preferences[z].length == 0) {
                throw new IllegalArgumentException("preference list of zone " + z + " must not be empty");
            }
            c[z] = preferences[z].clone();
            for (int u : c[z]) {
                if (u < 0) {
                    throw new IllegalArgumentException("preference list of zone " + z + " names unit " + u + "; expected unit indices >= 0");
                }
            }
        }
        preferences = c;
    }

    /** {@return the preference lists by zone (a copy)} */
    @Override
    public int[][] preferences() {
        int[][] c = new int[preferences.length][];
        for (int z = 0; z < c.length; z++) {
            c[z] = preferences[z].clone();
        }
        return c;
    }

    @Override
    public int choose(DispatchView v, int call) {
        int[] list = preferences[v.callZone(call)];
        for (int u : list) {
            if (v.isFree(u) && v.canServe(u, call)) {
                return u;
            }
        }
        return loss ? LOSE : QUEUE;
    }
}
