package org.akuttsim.chain;

/**
 * One response unit.
 *
 * @param id           unique name
 * @param type         what it is and may do
 * @param station      index of its home station
 * @param schedule     when it is crewed
 * @param travelFactor multiplier on road travel minutes (1 for road units; e.g. 0.4 for a helicopter —
 *                     a crude stand-in for flight times, stated as an assumption); not used by a unit with a craft
 * @param craft        how an air or boat unit travels and when it may be sent, or null: the unit drives on the
 *                     roads (an air ambulance without a craft drives the roads × its travel factor, as before)
 */
public record UnitSpec(String id, UnitType type, int station, CrewSchedule schedule, double travelFactor, Craft craft) {
    /**
     * Checks that the id is not blank, the station index not negative, a type and schedule given, the
     * travel factor &gt; 0 and that only an air or boat ambulance has a craft.
     *
     * @param id unique name
     * @param type what it is and may do
     * @param station index of its home station
     * @param schedule when it is crewed
     * @param travelFactor multiplier on road travel minutes
     * @param craft how an air or boat unit travels, or null for a unit on the roads
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
        if (craft != null && type != UnitType.AIR_AMBULANCE && type != UnitType.BOAT_AMBULANCE) {
            throw new IllegalArgumentException("unit " + id + " of type " + type + " cannot have a craft; expected an air or boat ambulance");
        }
    }

    /**
     * A unit that drives on the roads (no craft).
     *
     * @param id unique name
     * @param type what it is and may do
     * @param station index of its home station
     * @param schedule when it is crewed
     * @param travelFactor multiplier on road travel minutes
     */
    public UnitSpec(String id, UnitType type, int station, CrewSchedule schedule, double travelFactor) {
        this(id, type, station, schedule, travelFactor, null);
    }

    /**
     * This unit with another schedule (everything else kept).
     *
     * @param s the new schedule
     * @return the new unit
     */
    public UnitSpec withSchedule(CrewSchedule s) {
        return new UnitSpec(id, type, station, s, travelFactor, craft);
    }

    /**
     * This unit at another station (everything else kept).
     *
     * @param s the new home station's index
     * @return the new unit
     */
    public UnitSpec atStation(int s) {
        return new UnitSpec(id, type, s, schedule, travelFactor, craft);
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
