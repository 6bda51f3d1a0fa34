package org.akuttsim.chain;

/**
 * How an air or boat unit travels and when it may be sent ({@link UnitSpec#craft()}). A unit with a
 * craft does not use the roads: its minutes between zones are the great-circle km × {@code routeFactor}
 * ÷ {@code speedKmh} (a helicopter flies straight: factor 1; a boat follows the sea lanes), without
 * lights and sirens, ferries or the drive variation, and it leaves {@code readyMinutes} after the
 * alarm (lift-off, casting off) instead of the road activation. Inside one zone it travels the call's
 * own trip's kilometres (the road km of the intra-zone disc) at its speed.
 *
 * <p><b>Dispatch criteria</b> (kept by the dispatcher's view for every policy, and by its
 * nearest-unit search): besides the levels its type serves, the craft may be sent to a call only
 * <ul>
 *   <li>when it can go: with probability {@code availability} (weather, darkness, a stated
 *       probability), drawn once per call from the call's own random numbers, the same for every
 *       craft (one weather); and</li>
 *   <li>when no free road unit would reach the call within {@code minRoadMinutes} (e.g. 30: the
 *       helicopter is for calls the road ambulances cannot reach in time; 0: no such rule).</li>
 * </ul>
 *
 * @param speedKmh       cruise speed, km/h (&gt; 0)
 * @param routeFactor    route km per great-circle km (&ge; 1)
 * @param readyMinutes   alarm to departure, minutes (&ge; 0)
 * @param availability   probability that the craft can go when asked, in (0, 1]
 * @param minRoadMinutes sent only when the nearest free road unit needs at least this many minutes (&ge; 0)
 * @param co2KgPerHour   CO2 emitted per hour under way, kg (&ge; 0)
 */
public record Craft(double speedKmh, double routeFactor, double readyMinutes, double availability, double minRoadMinutes,
                    double co2KgPerHour) {
    /**
     * Checks the ranges given above.
     *
     * @param speedKmh cruise speed, km/h (&gt; 0)
     * @param routeFactor route km per great-circle km (&ge; 1, finite)
     * @param readyMinutes alarm to departure, minutes (&ge; 0)
     * @param availability probability that the craft can go when asked, in (0, 1]
     * @param minRoadMinutes the nearest free road unit's minutes from which the craft may be sent (&ge; 0)
     * @param co2KgPerHour CO2 per hour under way, kg (&ge; 0)
     * @throws IllegalArgumentException naming the field outside its range
     */
    public Craft {
        Check.positive("craft speed (km/h)", speedKmh);
        if (!(routeFactor >= 1) || Double.isInfinite(routeFactor)) {
            throw new IllegalArgumentException("craft route factor must be >= 1 (route km per great-circle km), was " + routeFactor);
        }
        Check.nonNegative("craft ready time (min)", readyMinutes);
        if (!(availability > 0 && availability <= 1)) {
            throw new IllegalArgumentException("craft availability must be in (0, 1] (probability it can go when asked), was " + availability);
        }
        Check.nonNegative("minimum road minutes for the craft", minRoadMinutes);
        Check.nonNegative("craft CO2 per hour (kg)", co2KgPerHour);
    }
}
