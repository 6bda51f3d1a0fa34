package org.akuttsim.chain.relocation;

/**
 * What a {@link RelocationPolicy} sees of the running chain, and the one thing it may do
 * ({@link #move}). Units and stations are small int indices; station i is district i; times are
 * minutes. A unit's <em>post</em> is the station it stands at or drives to while free: its home station
 * unless a move sent it elsewhere. Only transport-capable emergency ambulances take part in relocation
 * (rapid responders, patient-transport cars and air ambulances stay where dispatch leaves them).
 */
public interface RelocationView {

    /**
     * Current simulation time.
     *
     * @return minutes since Monday 00:00 of week 0
     */
    double now();

    /**
     * Number of units in the fleet, of every type.
     *
     * @return the count; units are 0 .. units()-1
     */
    int units();

    /**
     * Number of stations (= districts).
     *
     * @return the count; stations are 0 .. stations()-1
     */
    int stations();

    /**
     * Free emergency ambulances now (AVAILABLE, RETURNING or RELOCATING, crewed).
     *
     * @return the count, 0 .. units()
     */
    int freeUnits();

    /**
     * The unit's {@link org.akuttsim.chain.UnitState}: exact for free and off-duty units; for a unit on a
     * mission it may still show an earlier mission state (silent steps are carried out when the mission
     * next looks at the unit; asking here must not reorder what observers are told).
     *
     * @param unit the unit's index, 0 .. units()-1
     * @return a {@link org.akuttsim.chain.UnitState} constant
     */
    int unitState(int unit);

    /**
     * The unit's home station.
     *
     * @param unit the unit's index, 0 .. units()-1
     * @return the station's index
     */
    int homeStation(int unit);

    /**
     * The station the unit stands at or drives to while free (its home station unless moved).
     *
     * @param unit the unit's index, 0 .. units()-1
     * @return the station's index
     */
    int post(int unit);

    /**
     * True if {@link #move} may move the unit: a free emergency ambulance, AVAILABLE at a station or RETURNING
     * home (not one already RELOCATING).
     *
     * @param unit the unit's index, 0 .. units()-1
     * @return whether the unit may be moved now
     */
    boolean movable(int unit);

    /**
     * Free emergency ambulances posted at the station: standing there, or driving there (home or on a move).
     *
     * @param station the station's index, 0 .. stations()-1
     * @return the count (&ge; 0)
     */
    int freeAt(int station);

    /**
     * Emergency ambulances whose home is the station and whose crew is on duty now (busy or not).
     *
     * @param station the station's index, 0 .. stations()-1
     * @return the count (&ge; 0)
     */
    int crewedAt(int station);

    /**
     * Minutes (normal driving, at the unit's own speed, in the current time band) from where the unit is now
     * to the station.
     *
     * @param unit the unit's index, 0 .. units()-1
     * @param station the station's index, 0 .. stations()-1
     * @return the expected minutes (&ge; 0)
     */
    double minutesToStation(int unit, int station);

    /**
     * Minutes (normal driving) from one station to another, in the current time band.
     *
     * @param from the first station's index
     * @param to the second station's index
     * @return the expected minutes (&ge; 0)
     */
    double stationMinutes(int from, int to);

    /**
     * Moves a {@link #movable} unit to another station, at once: it becomes RELOCATING, free for
     * dispatch on the way, and {@link #freeAt} and {@link #post} show the move. Throws
     * {@link IllegalStateException} for a unit that is not movable or a station it is posted at already.
     *
     * @param unit the unit's index; must be {@link #movable}
     * @param station the station to move it to, 0 .. stations()-1, not its {@link #post}
     * @throws IllegalStateException if the unit is not movable or the station is not another valid station
     */
    void move(int unit, int station);
}
