package org.akuttsim.chain.dispatch;

/**
 * A read-only view of the running chain for a {@link DispatchPolicy}: unit states and positions,
 * travel times, and the call to be served. Calls and units are small int indices; all times are
 * minutes. Views allocate nothing; a policy must not keep a view beyond the call to
 * {@link DispatchPolicy#choose}.
 */
public interface DispatchView {

    /**
     * Current simulation time, minutes since Monday 00:00 of week 0.
     *
     * @return the time, in minutes
     */
    double now();

    /**
     * Hour of the week, 0 (Monday 00–01) to 167.
     *
     * @return the hour of the week
     */
    int hourOfWeek();

    /**
     * Number of units; units are 0 .. units()-1.
     *
     * @return the number of units
     */
    int units();

    /**
     * The unit's {@link org.akuttsim.chain.UnitState}.
     *
     * @param unit the unit's index
     * @return its state constant
     */
    int unitState(int unit);

    /**
     * True if the unit may take a call now: available at station or returning (and crewed).
     *
     * @param unit the unit's index
     * @return whether it is free
     */
    boolean isFree(int unit);

    /**
     * True if the unit's type may serve this call's assigned level (and transport if the call needs it).
     *
     * @param unit the unit's index
     * @param call the call's slot
     * @return whether the unit can serve the call
     */
    boolean canServe(int unit, int call);

    /**
     * Since when the unit has been free (minutes; meaningful while {@link #isFree}): equal travel
     * times go to the unit free the longest, so identical units share the work. Views that do not
     * know return 0 (ties then go to the lower index).
     *
     * @param unit the unit's index
     * @return the time it became free, in minutes
     */
    default double freeSince(int unit) {
        return 0;
    }

    /**
     * The unit's home station (= its district).
     *
     * @param unit the unit's index
     * @return the station's index
     */
    int homeStation(int unit);

    /**
     * Minutes the unit would take from where it is now to the call's zone, at its own speed, with lights
     * and sirens for a RED call; activation delay not included. A returning unit counts as at the
     * hospital it left during the first half of its drive and at its home station during the second half.
     *
     * @param unit the unit's index
     * @param call the call's slot
     * @return the travel minutes
     */
    double travelMinutes(int unit, int call);

    /**
     * The call's zone.
     *
     * @param call the call's slot
     * @return the zone's index
     */
    int callZone(int call);

    /**
     * The call's assigned level ({@link org.akuttsim.chain.Level} ordinal: 0 RED, 1 YELLOW, 2 GREEN).
     *
     * @param call the call's slot
     * @return the level's ordinal
     */
    int callLevel(int call);

    /**
     * Minutes since the call became ready for dispatch (end of AMK handling).
     *
     * @param call the call's slot
     * @return the minutes waited
     */
    double callWaited(int call);

    /**
     * The station district the call's zone belongs to.
     *
     * @param call the call's slot
     * @return the district's (station's) index
     */
    int callDistrict(int call);

    /**
     * Number of stations (= districts).
     *
     * @return the number of stations
     */
    int stations();

    /**
     * Free units whose home station is {@code station}.
     *
     * @param station the station's index
     * @return the number of free units based there
     */
    int freeUnitsAtHome(int station);

    /**
     * The free unit that can serve {@code call} with the shortest {@link #travelMinutes}, or
     * {@link DispatchPolicy#QUEUE} if none; equal minutes go to the unit free the longest
     * ({@link #freeSince}), then to the lower unit index. This default asks the
     * other methods unit by unit; the chain overrides it with the same loop over its own arrays,
     * because it runs for every dispatch decision (see {@link DispatchPolicy#nearestFree}).
     *
     * @param call the call's slot
     * @return a unit's index, or {@link DispatchPolicy#QUEUE}
     */
    default int nearestFreeUnit(int call) {
        int best = DispatchPolicy.QUEUE;
        double bestMinutes = Double.POSITIVE_INFINITY;
        for (int u = 0, n = units(); u < n; u++) {
            if (isFree(u) && canServe(u, call)) {
                double t = travelMinutes(u, call);
                if (t < bestMinutes || (t == bestMinutes && freeSince(u) < freeSince(best))) {
                    bestMinutes = t;
                    best = u;
                }
            }
        }
        return best;
    }

    /**
     * Like {@link #nearestFreeUnit} but only among units whose home station keeps at least one other
     * free unit ({@link #freeUnitsAtHome} of its station at least 2): the readiness-protecting choice of
     * {@link DefaultDispatch} for GREEN calls. Same order and ties as {@link #nearestFreeUnit}; the
     * chain overrides it with the same loop over its own arrays.
     *
     * @param call the call's slot
     * @return a unit's index, or {@link DispatchPolicy#QUEUE}
     */
    default int nearestFreeUnitNotLastAtHome(int call) {
        int best = DispatchPolicy.QUEUE;
        double bestMinutes = Double.POSITIVE_INFINITY;
        for (int u = 0, n = units(); u < n; u++) {
            if (isFree(u) && canServe(u, call) && freeUnitsAtHome(homeStation(u)) >= 2) {
                double t = travelMinutes(u, call);
                if (t < bestMinutes || (t == bestMinutes && freeSince(u) < freeSince(best))) {
                    bestMinutes = t;
                    best = u;
                }
            }
        }
        return best;
    }
}
