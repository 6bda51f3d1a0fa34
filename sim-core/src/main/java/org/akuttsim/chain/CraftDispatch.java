package org.akuttsim.chain;

import org.akuttsim.random.KeyedRandom;

/**
 * The dispatch criteria of air and boat units ({@link Craft}): may this craft be sent to this call now?
 * Used by the dispatcher's view ({@code canServe}, so every policy keeps them) and by {@link NearestUnit}.
 * Read only; a run without crafts never asks.
 */
final class CraftDispatch {

    /** The call's own random numbers for the craft's availability (weather): not used by {@link CallIntake}'s or the transfers' parts. */
    static final int PART_CRAFT = 11;

    private final Units units;
    private final Roads roads;
    private final KeyedRandom rng = new KeyedRandom();

    CraftDispatch(Units units, Roads roads) {
        this.units = units;
        this.roads = roads;
    }

    /**
     * True when the craft of {@code unit} may be sent to call {@code c} at time {@code now}: it can go
     * (availability, drawn once per call) and no free road unit that could serve the call reaches it
     * within the craft's {@link Craft#minRoadMinutes}. (Levels served and transport are checked by the caller.)
     */
    boolean allows(Unit unit, Call c, double now) {
        Craft craft = unit.craft;
        if (craft.availability() < 1 && rng.reseed(c.key, PART_CRAFT).nextDouble() >= craft.availability()) {
            return false;
        }
        if (craft.minRoadMinutes() <= 0) {
            return true;
        }
        int band = roads.band(now);
        boolean red = c.level == 0;
        for (int u = 0; u < units.count(); u++) {
            Unit road = units.get(u);
            if (road.craft == null && road.free && road.serves(c.level) && (road.transports || !c.needsTransport)
                    && roads.legMinutes(road, units.positionZone(u), c.zone, red, band) < craft.minRoadMinutes()) {
                return false;
            }
        }
        return true;
    }
}
