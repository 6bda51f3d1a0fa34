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

    /** A unit that drives on the roads (no craft). */
    public UnitSpec(String id, UnitType type, int station, CrewSchedule schedule, double travelFactor) {
        this(id, type, station, schedule, travelFactor, null);
    }

    /** This unit with another schedule (everything else kept). */
    public UnitSpec withSchedule(CrewSchedule s) {
        return new UnitSpec(id, type, station, s, travelFactor, craft);
    }

    /** This unit at another station (everything else kept). */
    public UnitSpec atStation(int s) {
        return new UnitSpec(id, type, s, schedule, travelFactor, craft);
    }

    /** A 24/7 emergency ambulance. */
    public static UnitSpec ambulance(String id, int station) {
        return new UnitSpec(id, UnitType.EMERGENCY_AMBULANCE, station, CrewSchedule.twentyFourSeven(), 1.0);
    }
}
