package org.akuttsim.chain;

/**
 * One response unit.
 *
 * @param id           unique name
 * @param type         what it is and may do
 * @param station      index of its home station
 * @param schedule     when it is crewed
 * @param travelFactor multiplier on road travel minutes (1 for road units; e.g. 0.4 for a helicopter —
 *                     a crude stand-in for flight times, stated as an assumption)
 */
public record UnitSpec(String id, UnitType type, int station, CrewSchedule schedule, double travelFactor) {
    /**
     * Checks that the id is not blank, the station index not negative, a type and schedule given and the
     * travel factor &gt; 0.
     *
     * @param id unique name
     * @param type what it is and may do
     * @param station index of its home station
     * @param schedule when it is crewed
     * @param travelFactor multiplier on road travel minutes
     */
    public UnitSpec {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("unit id must not be empty");
        }
        Check.notNull("type of unit " + id, type);
        if (station < 0) {
            throw new IllegalArgumentException("station of unit " + id + " must be an index >= 0, was " + station);
        }
        Check.notNull("schedule of unit " + id, schedule);
        Check.positive("travel factor of unit " + id, travelFactor);
    }

    /**
     * A 24/7 emergency ambulance.
     *
     * @param id unique name
     * @param station index of its home station
     * @return the unit
     */
    public static UnitSpec ambulance(String id, int station) {
        return new UnitSpec(id, UnitType.EMERGENCY_AMBULANCE, station, CrewSchedule.twentyFourSeven(), 1.0);
    }
}
