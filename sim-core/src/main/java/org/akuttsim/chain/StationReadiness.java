package org.akuttsim.chain;

/**
 * One ambulance station's readiness in a {@link ChainRun}: how many of its units are free at home,
 * since when it has been ready (at least one free unit), its ready time by hour of day, and what its
 * readiness covers (the zones within the urban and the rural response-time target of it).
 *
 * <p>Why an object per station rather than arrays indexed by station: every time a unit becomes
 * free or busy, its station's count changes, and when the count crosses zero the station's readiness
 * and coverage change together — half a dozen values of the same station, each one load as a field
 * where an array element is a load of the array, a bounds check and a load (as for {@link Unit}).
 * The fields are package-private and changed only by {@link ChainRun}.
 */
final class StationReadiness {

    /** Zones within the urban (12-minute) and the rural (25-minute) target of the station, ascending. */
    final int[] coverZones12;
    final int[] coverZones25;
    /** Bit u set for every unit u based at the station. */
    final long[] unitsMask;
    /** Time the station was ready, by hour of day, since the statistics last started. */
    final double[] readyByHour = new double[24];

    /** Free units of the station (AVAILABLE or RETURNING, and crewed): ready while above 0. */
    int freeAtHome;
    /** While ready: when it became ready (or the time integrals were last flushed), and that time's hour index. */
    double readySince;
    int readySinceHour;

    StationReadiness(int[] coverZones12, int[] coverZones25, int unitWords) {
        this.coverZones12 = coverZones12;
        this.coverZones25 = coverZones25;
        this.unitsMask = new long[unitWords];
    }
}
