package org.akuttsim.chain.relocation;

/**
 * Fills an empty district from its neighbours. A district (station) is <em>empty</em> when no free
 * emergency ambulance is posted there (none standing there or driving there) while at least one of
 * its own ambulances is crewed — a district whose crews are all off duty is not filled. Its
 * <em>neighbours</em> are the stations within {@code neighbourMinutes} of normal driving. The neighbour
 * with the most free ambulances posted at it, and at least two (a neighbour is never emptied; ties to
 * the nearer, then the lower index), sends its ambulance nearest to the empty station.
 *
 * <p>The cover ends when it is no longer needed: a moved ambulance standing at a station that has
 * another free ambulance posted (its own crew is back, say) drives home. Districts are looked at in
 * station order; returns come before fills, so a return never empties a district.
 *
 * <p>This is the "dekningsflytting" AMK centres do by hand (the source documents' "local readiness
 * that dispatch protects by moving units"), written as a rule; the neighbour radius is the one lever.
 *
 * @param neighbourMinutes how far (minutes of normal driving, station to station) a neighbour may be
 */
public record FillEmptyDistrict(double neighbourMinutes) implements RelocationPolicy {

    /**
     * ASSUMPTION: 60 minutes — a neighbour's ambulance can reach the empty station within the hour, the
     * order of the 25-minute rural target plus the time a call waits for triage; no published rule.
     */
    public static final double DEFAULT_NEIGHBOUR_MINUTES = 60;

    /**
     * Checks that the neighbour radius is positive.
     *
     * @param neighbourMinutes how far a neighbour may be, minutes of normal driving (&gt; 0)
     * @throws IllegalArgumentException if it is not &gt; 0
     */
    public FillEmptyDistrict {
        if (!(neighbourMinutes > 0)) {
            throw new IllegalArgumentException("neighbour radius of fill-empty-district must be > 0 minutes, was " + neighbourMinutes);
        }
    }

    /**
     * The policy with {@link #DEFAULT_NEIGHBOUR_MINUTES}.
     *
     * @return fill-empty-district with a 60-minute neighbour radius
     */
    public static FillEmptyDistrict standard() {
        return new FillEmptyDistrict(DEFAULT_NEIGHBOUR_MINUTES);
    }

    @Override
    public void relocate(RelocationView v) {
        for (int u = 0; u < v.units(); u++) {
            int p = v.post(u);
            if (v.movable(u) && p != v.homeStation(u) && v.unitState(u) == org.akuttsim.chain.UnitState.AVAILABLE && v.freeAt(p) >= 2) {
                v.move(u, v.homeStation(u));
            }
        }
        for (int s = 0; s < v.stations(); s++) {
            if (v.freeAt(s) > 0 || v.crewedAt(s) == 0) {
                continue;
            }
            int donor = -1;
            double donorMinutes = Double.POSITIVE_INFINITY;
            for (int d = 0; d < v.stations(); d++) {
                double m = v.stationMinutes(d, s);
                if (d == s || m > neighbourMinutes || v.freeAt(d) < 2) {
                    continue;
                }
                if (donor < 0 || v.freeAt(d) > v.freeAt(donor) || (v.freeAt(d) == v.freeAt(donor) && m < donorMinutes)) {
                    donor = d;
                    donorMinutes = m;
                }
            }
            if (donor < 0) {
                continue;
            }
            int best = -1;
            double bestMinutes = Double.POSITIVE_INFINITY;
            for (int u = 0; u < v.units(); u++) {
                if (v.movable(u) && v.post(u) == donor) {
                    double m = v.minutesToStation(u, s);
                    if (m < bestMinutes) {
                        bestMinutes = m;
                        best = u;
                    }
                }
            }
            if (best >= 0) {
                v.move(best, s);
            }
        }
    }

    @Override
    public String toString() {
        return "fill-empty-district(" + neighbourMinutes + " min)";
    }
}
