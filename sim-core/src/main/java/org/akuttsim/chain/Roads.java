package org.akuttsim.chain;

/**
 * The roads as one run sees them: minutes between zones by time-of-day band, kilometres, lights and
 * sirens, a call's own trip inside its zone and the spread of response drives ({@link TravelModel}).
 * Read only; shared by the components of a run.
 *
 * <p>A unit's leg takes the table's minutes × the unit's travel factor (× the lights-and-sirens factor
 * for RED responses and, where configured, RED transports). A leg that starts or ends at a call's
 * place inside one zone takes the call's own intra-zone trip when the travel model has one.
 */
final class Roads {

    final int zones;
    private final double[][] minutes;
    /** Fixed minutes (ferry wait and crossing) by band, or null when no trip has any. */
    private final double[][] ferry;
    private final double[][] km;
    private final int[] bandOfHourOfDay = new int[24];
    final double lights;
    /** Null: intra-zone trips use the zone × zone tables. */
    private final TravelModel intraDisc;
    /** Null: response drives take exactly the expected minutes. */
    private final TravelModel driveVariation;

    Roads(ChainScenario s) {
        Region region = s.region();
        TravelModel travel = s.travel();
        TravelModel.Tables tables = travel.tablesFor(region); // shared between runs: read only
        zones = region.zoneCount();
        minutes = tables.minutes();
        ferry = tables.ferry();
        km = tables.km();
        for (int h = 0; h < 24; h++) {
            bandOfHourOfDay[h] = travel.bandOfHour(h);
        }
        lights = travel.lightsAndSirensFactor();
        intraDisc = travel.hasIntraZoneDisc() ? travel : null;
        driveVariation = travel.hasResponseVariability() ? travel : null;
    }

    /** The time-of-day band in force at time {@code t}. */
    int band(double t) {
        return bandOfHourOfDay[ChainClock.hourOfDay(t)];
    }

    int bands() {
        return minutes.length;
    }

    /** Normal-driving minutes from zone to zone in {@code band} (drive and ferry), before any unit's factor. */
    double minutes(int band, int from, int to) {
        int k = from * zones + to;
        return ferry == null ? minutes[band][k] : minutes[band][k] + ferry[band][k];
    }

    /** Minutes of a unit's leg between zones (zone centres), in {@code band}; a craft's own minutes ({@link Craft}). */
    double legMinutes(Unit unit, int from, int to, boolean sirens, int band) {
        int k = from * zones + to;
        if (unit.craft != null) {
            return unit.craftMinutes[k];
        }
        double m = minutes[band][k] * unit.travelFactor;
        m = sirens ? m * lights : m;
        return ferry == null ? m : m + ferry[band][k];
    }

    /**
     * Minutes of a leg that starts or ends at the call's place (inside its zone the call's own trip),
     * its drive × {@code driveFactor} (a response drive's variation; 1 otherwise); a ferry's wait and
     * crossing are not scaled.
     */
    double callLegMinutes(Unit unit, int from, int to, boolean sirens, Call call, int band, double driveFactor) {
        if (unit.craft != null) {
            return intraDisc != null && from == to ? call.intraKm / unit.craft.speedKmh() * 60.0 : unit.craftMinutes[from * zones + to];
        }
        double m;
        if (intraDisc == null || from != to) {
            m = minutes[band][from * zones + to] * unit.travelFactor;
        } else {
            m = call.intraMin * unit.travelFactor;
        }
        m = (sirens ? m * lights : m) * driveFactor;
        return ferry == null ? m : m + ferry[band][from * zones + to];
    }

    /** Kilometres of a unit's leg that starts or ends at the call's place. */
    double callLegKm(Unit unit, int from, int to, Call call, int band) {
        return intraDisc != null && from == to ? call.intraKm : legKm(unit, band, from, to);
    }

    /** Kilometres of a unit's leg between zones: road km in {@code band} (none on board a ferry), or a craft's own. */
    double legKm(Unit unit, int band, int from, int to) {
        return unit.craft != null ? unit.craftKm[from * zones + to] : km[band][from * zones + to];
    }

    boolean hasIntraZoneTrips() {
        return intraDisc != null;
    }

    /** The call's trip inside its zone: kilometres and minutes for a uniform {@code u} (needs {@link #hasIntraZoneTrips}). */
    double intraZoneKm(boolean urban, double u) {
        return intraDisc.intraZoneKm(urban, u);
    }

    double intraZoneMinutesOf(boolean urban, double km) {
        return intraDisc.intraZoneMinutesOf(urban, km);
    }

    /** Realised ÷ expected minutes of a response drive for a uniform {@code u} (1 without drive variation). */
    double driveFactor(boolean urban, double u) {
        return driveVariation == null ? 1.0 : driveVariation.responseFactor(urban, u);
    }

    boolean hasDriveVariation() {
        return driveVariation != null;
    }
}
