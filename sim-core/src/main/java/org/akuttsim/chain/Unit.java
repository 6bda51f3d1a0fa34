package org.akuttsim.chain;

/**
 * One unit's state in a {@link ChainRun}: what it is (station, the levels it serves, whether it transports, crew schedule), what it does
 * (state, call, pending event) and where it drives (the current leg).
 *
 * <p>Why an object per unit rather than arrays indexed by unit: dispatch, the scene and the return
 * home each read and write a dozen of these values for the same unit, and a field is one load where
 * an array element is a load of the array, a bounds check and a load. The fields are package-private
 * and changed only by {@link ChainRun}, which owns the state machine.
 */
final class Unit {

    // What the unit is (fixed for the run).
    final int station;
    /** Its station's readiness (the station {@link #station} indexes). */
    final StationReadiness home;
    final int homeZone;
    /** Bit l set when the unit serves ambulance level l. */
    final int serves;
    final boolean transports;
    final double travelFactor;
    /** On duty in each hour of the week. */
    final boolean[] duty;

    // What it does.
    int state = UnitState.AVAILABLE;
    /** The call it serves, or -1. */
    int call = -1;
    /** Handle of its pending event, or -1 when it has none. */
    long event = -1;
    boolean onDuty;
    /** AVAILABLE or RETURNING, and crewed. */
    boolean free;
    /** Time its current state began. */
    double stateSince;
    /** The hospital it takes (or took) its patient to. */
    int hospital;
    /** End of the scene when the scene ends in a planned transport (NaN otherwise); the transport's minutes. */
    double sceneEnd = Double.NaN;
    double transportMinutes;
    /** Arrival at a hospital past the ED, booked lazily (NaN when none is pending). */
    double bypassArrival = Double.NaN;
    /** Driving home without an AT_STATION event: booked home lazily at {@link #legEnd}. */
    boolean homeLazy;

    // Where it drives: the current leg (zones, times, kilometres).
    int legFrom;
    int legTo;
    double legStart;
    double legEnd;
    double legKm;

    Unit(UnitSpec spec, StationReadiness home, int homeZone) {
        this.station = spec.station();
        this.home = home;
        this.homeZone = homeZone;
        int s = 0;
        for (int l = 0; l < Level.AMBULANCE_LEVELS; l++) {
            s |= spec.type().serves(l) ? 1 << l : 0;
        }
        this.serves = s;
        this.transports = spec.type().transports();
        this.travelFactor = spec.travelFactor();
        this.duty = spec.schedule().onDuty();
        legFrom = legTo = homeZone;
    }
}
