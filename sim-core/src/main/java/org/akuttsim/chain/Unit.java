package org.akuttsim.chain;

/**
 * One unit in a {@link ChainRun}: what it is (station, the levels it serves, whether it transports,
 * crew schedule), what it does (state, call, crew on duty) and where it drives (the current leg).
 *
 * <p>Every field that changes is written only by {@link Units}, which owns the state machine; other
 * components read them. (An object per unit rather than arrays indexed by unit: a step reads a dozen
 * values of one unit, each one load as a field.)
 */
final class Unit {

    // What the unit is (fixed for the run).
    final int station;
    final int homeZone;
    /** Bit l set when the unit serves ambulance level l. */
    final int serves;
    final boolean transports;
    final double travelFactor;
    /** On duty in each hour of the week. */
    final boolean[] duty;
    /** How an air or boat unit travels, or null for a road unit. */
    final Craft craft;
    /** A craft's minutes and km between zones, row-major {@code from * zones + to}; null for a road unit. */
    final double[] craftMinutes, craftKm;

    // What it does.
    int state = UnitState.OFF_DUTY;
    /** The call it serves, or -1. */
    int call = -1;
    boolean onDuty;
    /** AVAILABLE or RETURNING, and crewed: dispatch may send it. */
    boolean free;
    /** On a transfer between hospitals (a mission without a call). */
    boolean transfer;
    /** The hospital it takes (or took) its patient to. */
    int hospital = -1;
    /**
     * The station it stands at or drives to when free (its "post"): its home station unless a
     * relocation policy moved it; driving home after a mission (RETURNING) or going off duty makes it
     * home again. {@link #postZone} is that station's zone.
     */
    int post;
    int postZone;

    // Where it drives: the current leg (zones, times, kilometres).
    int legFrom;
    int legTo;
    double legStart;
    double legEnd;
    double legKm;

    Unit(UnitSpec spec, int homeZone, Region region) {
        this.station = spec.station();
        this.homeZone = homeZone;
        int s = 0;
        for (int l = 0; l < Level.AMBULANCE_LEVELS; l++) {
            s |= spec.type().serves(l) ? 1 << l : 0;
        }
        this.serves = s;
        this.transports = spec.type().transports();
        this.travelFactor = spec.travelFactor();
        this.duty = spec.schedule().onDuty();
        this.craft = spec.craft();
        if (craft == null) {
            craftMinutes = craftKm = null;
        } else {
            int n = region.zoneCount();
            craftKm = new double[n * n];
            craftMinutes = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    craftKm[i * n + j] = region.greatCircleKm(i, j) * craft.routeFactor();
                    craftMinutes[i * n + j] = craftKm[i * n + j] / craft.speedKmh() * 60.0;
                }
            }
        }
        legFrom = legTo = homeZone;
        post = station;
        postZone = homeZone;
    }

    boolean serves(int level) {
        return (serves & (1 << level)) != 0;
    }
}
