package org.akuttsim.chain;

import org.akuttsim.chain.internal.LognormalQuantile;
import java.util.Arrays;
import java.util.List;

/**
 * Road travel times (minutes) and distances (kilometres) between zones.
 *
 * <p>Two forms:
 * <ul>
 *   <li><b>Matrix</b> ({@link #matrix}): the user gives zone × zone minutes, optionally one matrix per
 *       time-of-day band (e.g. rush hour), and optionally a kilometre matrix (else kilometres come from
 *       coordinates × detour factor).</li>
 *   <li><b>Derived</b> ({@link #fromCoordinates}): minutes = great-circle km × detour factor ÷ speed,
 *       with the urban speed when both ends are urban zones and the rural speed otherwise; within one
 *       zone the distance is {@code intraZoneKm} (a zone is an area, not a point).</li>
 * </ul>
 * In both forms a RED response (and a transport of a RED patient) drives with lights and sirens:
 * its minutes are multiplied by {@code lightsAndSirensFactor} (&le; 1). Kilometres do not change.
 * {@link #zero()} gives zero minutes and kilometres everywhere (the hypercube reduction).
 * A derived model may add fjord crossings ({@link #withCrossings}) and time-of-day speed factors
 * ({@link #withSpeedBands}); its bands are then the runs of hours with the same factors and headways.
 *
 * <p>Minutes from either form are what a dispatcher <em>expects</em>; {@link #withResponseVariability}
 * makes the realised response drive vary around it (weather, traffic, finding the address).
 */
public final class TravelModel {

    private final double[][] bandMinutes;   // null for derived; [band][from * n + to]
    private int[] bandStartHour;            // hour of day at which each band starts; first is 0 (derived: set by the hourly profile)
    private final double[] kmMatrix;        // null: derived from coordinates
    private final double detourFactor;
    private final double urbanSpeedKmh;
    private final double ruralSpeedKmh;
    private final double intraZoneKm;
    private final double lightsAndSirensFactor;
    private double discRadiusUrbanKm;       // 0: fixed intraZoneKm (set only by withIntraZoneDisc)
    private double discRadiusRuralKm;
    private double responseCvUrban;         // 0: the response drive takes exactly the expected minutes
    private double responseCvRural;
    /** F's quantile tables, exp(σ·Φ⁻¹(u) − σ²/2); null while the CV is 0 (no table built). */
    private LognormalQuantile responseUrban, responseRural;
    /** Fjord crossings of a derived model (empty: none). */
    private List<FerryCrossing> crossings = List.of();
    /** Multipliers on drive minutes by hour of day, between two urban zones and otherwise; null: 1 at every hour. */
    private double[] urbanFactorByHour, ruralFactorByHour;

    private TravelModel(double[][] bandMinutes, int[] bandStartHour, double[] kmMatrix, double detourFactor,
                        double urbanSpeedKmh, double ruralSpeedKmh, double intraZoneKm, double lightsAndSirensFactor) {
        this.bandMinutes = bandMinutes;
        this.bandStartHour = bandStartHour;
        this.kmMatrix = kmMatrix;
        this.detourFactor = detourFactor;
        this.urbanSpeedKmh = urbanSpeedKmh;
        this.ruralSpeedKmh = ruralSpeedKmh;
        this.intraZoneKm = intraZoneKm;
        this.lightsAndSirensFactor = lightsAndSirensFactor;
    }

    /**
     * Travel derived from zone coordinates.
     *
     * @param detourFactor          road km per great-circle km (&ge; 1; about 1.3–1.5 in Norway)
     * @param urbanSpeedKmh         mean road speed between two urban zones, km/h
     * @param ruralSpeedKmh         mean road speed otherwise, km/h
     * @param intraZoneKm           road km of a trip inside one zone (&ge; 0)
     * @param lightsAndSirensFactor multiplier on minutes for RED (in (0, 1])
     * @return the travel model
     */
    public static TravelModel fromCoordinates(double detourFactor, double urbanSpeedKmh, double ruralSpeedKmh,
                                              double intraZoneKm, double lightsAndSirensFactor) {
        if (!(detourFactor >= 1) || Double.isInfinite(detourFactor)) {
            throw new IllegalArgumentException("detour factor must be >= 1 (road km per great-circle km), was " + detourFactor);
        }
        Check.positive("urban speed (km/h)", urbanSpeedKmh);
        Check.positive("rural speed (km/h)", ruralSpeedKmh);
        Check.nonNegative("intra-zone distance (km)", intraZoneKm);
        return new TravelModel(null, new int[] {0}, null, detourFactor, urbanSpeedKmh, ruralSpeedKmh, intraZoneKm,
                lightsFactor(lightsAndSirensFactor));
    }

    /**
     * Travel from user matrices.
     *
     * @param minutesByBand one zone × zone matrix (row-major, {@code from * zones + to}) of minutes per band
     * @param bandStartHour hour of day (0–23, ascending, first = 0) at which each band starts
     * @param km            zone × zone road kilometres (row-major), or null to derive from coordinates
     *                      with {@code detourFactor} (intra-zone km then 0)
     * @param detourFactor  used only when {@code km} is null
     * @param lightsAndSirensFactor multiplier on minutes for RED (in (0, 1])
     * @return the travel model
     */
    public static TravelModel matrix(double[][] minutesByBand, int[] bandStartHour, double[] km, double detourFactor,
                                     double lightsAndSirensFactor) {
        Check.notNull("travel minutes by band", minutesByBand);
        Check.notNull("band start hours", bandStartHour);
        if (minutesByBand.length == 0 || minutesByBand.length != bandStartHour.length) {
            throw new IllegalArgumentException("need one travel-time matrix per band: " + minutesByBand.length
                    + " matrices for " + bandStartHour.length + " band start hours");
        }
        if (bandStartHour[0] != 0) {
            throw new IllegalArgumentException("the first travel-time band must start at hour 0, started at " + bandStartHour[0]);
        }
        for (int b = 1; b < bandStartHour.length; b++) {
            if (bandStartHour[b] <= bandStartHour[b - 1] || bandStartHour[b] > 23) {
                throw new IllegalArgumentException("band start hours must ascend within 0..23, were " + Arrays.toString(bandStartHour));
            }
        }
        int len = minutesByBand[0].length;
        int n = (int) Math.round(Math.sqrt(len));
        if (n * n != len) {
            throw new IllegalArgumentException("travel-time matrix must be square (zones × zones), had " + len + " entries");
        }
        double[][] copy = new double[minutesByBand.length][];
        for (int b = 0; b < copy.length; b++) {
            copy[b] = Check.length("travel minutes of band " + b, minutesByBand[b], len);
            for (int i = 0; i < len; i++) {
                Check.nonNegative("travel minutes from zone " + (i / n) + " to zone " + (i % n) + " in band " + b, copy[b][i]);
            }
        }
        double[] kmCopy = null;
        if (km != null) {
            kmCopy = Check.length("travel km matrix", km, len);
            for (int i = 0; i < len; i++) {
                Check.nonNegative("travel km from zone " + (i / n) + " to zone " + (i % n), kmCopy[i]);
            }
        } else if (!(detourFactor >= 1)) {
            throw new IllegalArgumentException("detour factor must be >= 1 when km are derived, was " + detourFactor);
        }
        return new TravelModel(copy, bandStartHour.clone(), kmCopy, detourFactor, 1, 1, 0, lightsFactor(lightsAndSirensFactor));
    }

    /**
     * This derived model with a random intra-zone distance: a call lies uniformly in a disc of the
     * given great-circle radius around its zone's point (urban or rural radius by the zone's flag), so
     * its distance from the point is {@code radius · sqrt(U)} and the road distance that times the detour
     * factor. Why: a rural municipality is hundreds of km² with one station; a single fixed trip length
     * makes every own-district response equally short and puts the rural median far below the published
     * one. The uniform {@code U} is drawn per call from the call's own random numbers, so common random
     * numbers hold. Trips between two different zones keep the point-to-point distance (the offsets
     * average out over calls). A radius of 0 keeps the fixed {@code intraZoneKm} for that kind of zone.
     *
     * @param urbanRadiusKm disc radius of urban zones, km (&ge; 0)
     * @param ruralRadiusKm disc radius of rural zones, km (&ge; 0)
     * @return the new travel model
     */
    public TravelModel withIntraZoneDisc(double urbanRadiusKm, double ruralRadiusKm) {
        if (bandMinutes != null) {
            throw new IllegalArgumentException("an intra-zone disc needs a travel model derived from coordinates, not a matrix");
        }
        Check.nonNegative("intra-zone disc radius of urban zones (km)", urbanRadiusKm);
        Check.nonNegative("intra-zone disc radius of rural zones (km)", ruralRadiusKm);
        TravelModel t = copy();
        t.discRadiusUrbanKm = urbanRadiusKm;
        t.discRadiusRuralKm = ruralRadiusKm;
        return t;
    }

    private TravelModel copy() {
        TravelModel t = new TravelModel(bandMinutes, bandStartHour, kmMatrix, detourFactor, urbanSpeedKmh, ruralSpeedKmh, intraZoneKm,
                lightsAndSirensFactor);
        t.discRadiusUrbanKm = discRadiusUrbanKm;
        t.discRadiusRuralKm = discRadiusRuralKm;
        t.setResponseCv(responseCvUrban, responseCvRural);
        t.crossings = crossings;
        t.urbanFactorByHour = urbanFactorByHour;
        t.ruralFactorByHour = ruralFactorByHour;
        return t;
    }

    /**
     * This derived model with fjord crossings ({@link FerryCrossing}): trips between zones on opposite
     * sides of a crossing take the ferry or the road around the fjord, whichever is faster at that hour.
     * Why: straight-line distance × a detour factor drives across the Trondheimsfjord as if it were
     * land. A matrix model is refused: its minutes are the user's real road times, ferries included,
     * and take precedence. Travel then depends on the hour: the bands are the runs of hours with the
     * same headways ({@link #bands()}).
     *
     * @param list the crossings (empty: none)
     * @return the new travel model
     * @throws IllegalArgumentException if this is a matrix model and the list is not empty
     */
    public TravelModel withCrossings(List<FerryCrossing> list) {
        Check.notNull("ferry crossings", list);
        if (bandMinutes != null && !list.isEmpty()) {
            throw new IllegalArgumentException("ferry crossings need a travel model derived from coordinates; a travel-time matrix"
                    + " already holds real road times (ferries included) and takes precedence");
        }
        TravelModel t = copy();
        t.crossings = List.copyOf(list);
        t.bandStartHour = t.hourlyBands();
        return t;
    }

    /**
     * This derived model with time-of-day speed bands: drive minutes between two urban zones are × {@code
     * urbanByHour[h]} in hour h of the day, all other drives × {@code ruralByHour[h]} (e.g. 1.3 in the
     * urban rush hours: 30 % longer). Ferry waits and crossings are not scaled. Factors of 1 at every hour
     * leave the model as it was.
     *
     * @param urbanByHour 24 factors (&gt; 0) on minutes between urban zones
     * @param ruralByHour 24 factors (&gt; 0) on all other minutes
     * @return the new travel model
     * @throws IllegalArgumentException if this is a matrix model or a factor is missing or not positive
     */
    public TravelModel withSpeedBands(double[] urbanByHour, double[] ruralByHour) {
        if (bandMinutes != null) {
            throw new IllegalArgumentException("time-of-day speed bands need a travel model derived from coordinates; a matrix"
                    + " gives its own bands (band_start_hour)");
        }
        double[] u = Check.length("urban speed-band factors by hour", urbanByHour, 24);
        double[] r = Check.length("rural speed-band factors by hour", ruralByHour, 24);
        for (int h = 0; h < 24; h++) {
            Check.positive("urban speed-band factor at hour " + h, u[h]);
            Check.positive("rural speed-band factor at hour " + h, r[h]);
        }
        TravelModel t = copy();
        boolean flat = true;
        for (int h = 0; h < 24; h++) {
            flat &= u[h] == 1 && r[h] == 1;
        }
        t.urbanFactorByHour = flat ? null : u;
        t.ruralFactorByHour = flat ? null : r;
        t.bandStartHour = t.hourlyBands();
        return t;
    }

    /**
     * The fjord crossings of this derived model.
     *
     * @return the crossings, unmodifiable (empty when none)
     */
    public List<FerryCrossing> crossings() {
        return crossings;
    }

    /** Bands of a derived model: a new band starts at every hour whose speed factors or headways differ from the hour before. */
    private int[] hourlyBands() {
        int[] starts = new int[24];
        int n = 0;
        starts[n++] = 0;
        for (int h = 1; h < 24; h++) {
            boolean same = urbanFactor(h) == urbanFactor(h - 1) && ruralFactor(h) == ruralFactor(h - 1);
            for (FerryCrossing c : crossings) {
                same &= c.headwayByHour()[h] == c.headwayByHour()[h - 1];
            }
            if (!same) {
                starts[n++] = h;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    double urbanFactor(int hour) {
        return urbanFactorByHour == null ? 1 : urbanFactorByHour[hour];
    }

    double ruralFactor(int hour) {
        return ruralFactorByHour == null ? 1 : ruralFactorByHour[hour];
    }

    /** Sets the CVs and the lognormal constants derived from them (once, not per call). */
    private void setResponseCv(double cvUrban, double cvRural) {
        responseCvUrban = cvUrban;
        responseCvRural = cvRural;
        responseUrban = meanOne(cvUrban);
        responseRural = meanOne(cvRural);
    }

    /** The lognormal of mean 1 and the given CV (σ² = ln(1 + cv²), μ = −σ²/2); null for CV 0. */
    private static LognormalQuantile meanOne(double cv) {
        if (cv == 0) {
            return null;
        }
        double s2 = Math.log1p(cv * cv);
        return LognormalQuantile.of(-0.5 * s2, Math.sqrt(s2));
    }

    /**
     * Random variation of the response drive: the realised minutes of a unit's drive to a call are the
     * expected minutes × F, with F lognormal of mean 1 and coefficient of variation {@code cvUrban} for
     * calls in urban zones, {@code cvRural} in rural ones. Dispatch still chooses by expected minutes,
     * as a dispatcher does; kilometres do not change (F is speed, not distance). Why: with fixed drive
     * times the 90th percentile of response times is too short against published figures, because
     * real drives have a long tail. F is drawn from the call's own random numbers
     * ({@link #responseFactor}), so common random numbers hold. A CV of 0 keeps drives exact.
     *
     * @param cvUrban coefficient of variation of F in urban zones (&ge; 0; 0: no variation)
     * @param cvRural coefficient of variation of F in rural zones (&ge; 0)
     * @return the new travel model
     */
    public TravelModel withResponseVariability(double cvUrban, double cvRural) {
        Check.nonNegative("coefficient of variation of urban response drives", cvUrban);
        Check.nonNegative("coefficient of variation of rural response drives", cvRural);
        TravelModel t = copy();
        t.setResponseCv(cvUrban, cvRural);
        return t;
    }

    /**
     * True when response drives vary ({@link #withResponseVariability}).
     *
     * @return whether drives vary
     */
    public boolean hasResponseVariability() {
        return responseCvUrban > 0 || responseCvRural > 0;
    }

    /**
     * The factor F on a response drive to a call in an urban or rural zone, by inversion of the
     * lognormal of mean 1 at the uniform {@code u} (rising with u): {@code exp(σ·Φ⁻¹(u) − σ²/2)},
     * σ² = ln(1 + cv²).
     *
     * @param urban whether the call's zone is urban
     * @param u the call's own uniform
     * @return the factor F (mean 1 over u)
     */
    public double responseFactor(boolean urban, double u) {
        LognormalQuantile f = urban ? responseUrban : responseRural;
        // the table is built once by setResponseCv (per copy of the model, not per call)
        return f == null ? 1.0 : f.at(u);
    }

    /**
     * True when intra-zone trips have a per-call random length ({@link #withIntraZoneDisc}).
     *
     * @return whether intra-zone trips vary
     */
    public boolean hasIntraZoneDisc() {
        return discRadiusUrbanKm > 0 || discRadiusRuralKm > 0;
    }

    /**
     * Road km of a trip inside a zone for a call whose location uniform is {@code u} in [0, 1).
     *
     * @param urban whether the zone is urban
     * @param u the call's location uniform
     * @return the road km
     */
    public double intraZoneKm(boolean urban, double u) {
        double r = urban ? discRadiusUrbanKm : discRadiusRuralKm;
        return r > 0 ? r * Math.sqrt(u) * detourFactor : intraZoneKm;
    }

    /**
     * Normal-driving minutes of {@link #intraZoneKm}.
     *
     * @param urban whether the zone is urban
     * @param u the call's location uniform
     * @return the minutes at normal driving
     */
    public double intraZoneMinutes(boolean urban, double u) {
        return intraZoneMinutesOf(urban, intraZoneKm(urban, u));
    }

    /**
     * Normal-driving minutes of an intra-zone trip of {@code km} (as {@link #intraZoneMinutes}, given its
     * km).
     *
     * @param urban whether the zone is urban
     * @param km the trip's road km
     * @return the minutes at normal driving
     */
    public double intraZoneMinutesOf(boolean urban, double km) {
        return km / (urban ? urbanSpeedKmh : ruralSpeedKmh) * 60.0;
    }

    /**
     * Zero minutes and zero kilometres everywhere (hypercube reduction, unit tests).
     *
     * @return the model
     */
    public static TravelModel zero() {
        return new TravelModel(new double[][] {null}, new int[] {0}, null, 1, 1, 1, 0, 1);
    }

    private static double lightsFactor(double f) {
        if (!(f > 0 && f <= 1)) {
            throw new IllegalArgumentException("lights-and-sirens factor must be in (0, 1] (multiplier on minutes), was " + f);
        }
        return f;
    }

    /**
     * True for {@link #zero()}.
     *
     * @return whether this is the zero model
     */
    public boolean isZero() {
        return bandMinutes != null && bandMinutes[0] == null;
    }

    /**
     * Number of time-of-day bands (1 when travel does not depend on the hour).
     *
     * @return the number of bands
     */
    public int bands() {
        return bandStartHour.length;
    }

    /**
     * The band in force at {@code hourOfDay} (0–23).
     *
     * @param hourOfDay the hour of the day
     * @return the band's index
     */
    public int bandOfHour(int hourOfDay) {
        int b = 0;
        while (b + 1 < bandStartHour.length && bandStartHour[b + 1] <= hourOfDay) {
            b++;
        }
        return b;
    }

    /**
     * Multiplier on minutes for RED responses and transports.
     *
     * @return the factor, in (0, 1]
     */
    public double lightsAndSirensFactor() {
        return lightsAndSirensFactor;
    }

    /**
     * The minutes of every band and the kilometres for {@code region}, computed once per region and
     * shared read-only by the runs of a scenario (each replication used to rebuild them, ~0.35 ms for
     * St. Olavs). Callers must not modify the arrays.
     *
     * @param minutes drive minutes by band, row-major {@code from * zones + to} (the part that lights and
     *                sirens, a unit's factor and a drive's variation scale)
     * @param ferry   fixed minutes by band (ferry wait and crossing), or null when no trip has any
     * @param km      road kilometres by band (a closed ferry sends a trip around the fjord)
     */
    record Tables(Region region, double[][] minutes, double[][] ferry, double[][] km) {
    }

    private volatile Tables tables;

    Tables tablesFor(Region region) {
        Tables t = tables;
        if (t == null || t.region() != region) {
            t = build(region);
            tables = t;
        }
        return t;
    }

    private Tables build(Region region) {
        int n = region.zoneCount();
        int bands = bands();
        double[][] m = new double[bands][];
        double[][] km = new double[bands][];
        if (isZero()) {
            for (int b = 0; b < bands; b++) {
                m[b] = new double[n * n];
                km[b] = m[b];
            }
            return new Tables(region, m, null, km);
        }
        if (bandMinutes != null) {
            double[] k = matrixKm(region);
            for (int b = 0; b < bands; b++) {
                if (bandMinutes[b].length != n * n) {
                    throw new IllegalArgumentException("travel-time matrix is for " + (int) Math.round(Math.sqrt(bandMinutes[b].length))
                            + " zones but region " + region.name() + " has " + n);
                }
                m[b] = bandMinutes[b].clone();
                km[b] = k;
            }
            return new Tables(region, m, null, km);
        }
        double[] baseKm = coordinateKm(region);
        double[][] ferry = crossings.isEmpty() ? null : new double[bands][];
        for (int b = 0; b < bands; b++) {
            int hour = bandStartHour[b];
            m[b] = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    boolean urban = region.zones().get(i).urban() && region.zones().get(j).urban();
                    double d = baseKm[i * n + j] / (urban ? urbanSpeedKmh : ruralSpeedKmh) * 60.0;
                    m[b][i * n + j] = urbanFactorByHour == null ? d : d * (urban ? urbanFactor(hour) : ruralFactor(hour));
                }
            }
            km[b] = baseKm;
            if (ferry != null) {
                km[b] = baseKm.clone();
                ferry[b] = new double[n * n];
                new CrossingRoutes(region, crossings, detourFactor, ruralSpeedKmh, ruralFactor(hour), hour)
                        .apply(m[b], ferry[b], km[b]);
            }
        }
        return new Tables(region, m, ferry, km);
    }

    /**
     * Normal-driving minutes (drive and ferry), row-major {@code from * zones + to}, for one band in
     * {@code region} (the diagonal: a trip inside the zone of the fixed intra-zone length).
     *
     * @param region the region whose zones the matrix covers
     * @param band the band's index ({@link #bandOfHour})
     * @return a new zones × zones array of minutes
     */
    public double[] minutes(Region region, int band) {
        Tables t = tablesFor(region);
        double[] m = t.minutes()[band].clone();
        if (t.ferry() != null) {
            for (int i = 0; i < m.length; i++) {
                m[i] += t.ferry()[band][i];
            }
        }
        return m;
    }

    /**
     * Minutes of a RED response (lights and sirens on the drive, not on a ferry), row-major, for one
     * band in {@code region}.
     *
     * @param region the region whose zones the matrix covers
     * @param band the band's index ({@link #bandOfHour})
     * @return a new zones × zones array of minutes: the drive × {@link #lightsAndSirensFactor()}, plus
     *     any ferry wait and crossing
     */
    public double[] responseMinutes(Region region, int band) {
        Tables t = tablesFor(region);
        double[] m = t.minutes()[band].clone();
        for (int i = 0; i < m.length; i++) {
            m[i] *= lightsAndSirensFactor;
            if (t.ferry() != null) {
                m[i] += t.ferry()[band][i];
            }
        }
        return m;
    }

    /**
     * Road kilometres of the first band, row-major {@code from * zones + to}.
     *
     * @param region the region whose zones the matrix covers
     * @return a new zones × zones array of km
     */
    public double[] km(Region region) {
        return km(region, 0);
    }

    /**
     * Road kilometres in {@code band}, row-major (differs by band only where a ferry closes and the trip
     * goes around the fjord).
     *
     * @param region the region whose zones the matrix covers
     * @param band the band's index ({@link #bandOfHour})
     * @return a new zones × zones array of km
     */
    public double[] km(Region region, int band) {
        return tablesFor(region).km()[band].clone();
    }

    private double[] matrixKm(Region region) {
        int n = region.zoneCount();
        if (kmMatrix != null) {
            if (kmMatrix.length != n * n) {
                throw new IllegalArgumentException("km matrix does not match the " + n + " zones of region " + region.name());
            }
            return kmMatrix.clone();
        }
        return coordinateKm(region);
    }

    /** Great-circle km × the detour factor between zones, {@code intraZoneKm} inside one. */
    private double[] coordinateKm(Region region) {
        int n = region.zoneCount();
        double[] km = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                km[i * n + j] = i == j ? intraZoneKm : region.greatCircleKm(i, j) * detourFactor;
            }
        }
        return km;
    }

    /**
     * Great-circle distance in km (haversine, earth radius 6371 km).
     *
     * @param lat1 latitude of the first point, degrees
     * @param lon1 longitude of the first point, degrees
     * @param lat2 latitude of the second point, degrees
     * @param lon2 longitude of the second point, degrees
     * @return the distance, km
     */
    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    @Override
    public String toString() {
        if (isZero()) {
            return "TravelModel[zero]";
        }
        return bandMinutes != null ? "TravelModel[matrix, " + bands() + " band(s)]"
                : "TravelModel[derived: detour " + detourFactor + ", " + urbanSpeedKmh + "/" + ruralSpeedKmh + " km/h"
                + (hasIntraZoneDisc() ? ", intra-zone disc " + discRadiusUrbanKm + "/" + discRadiusRuralKm + " km" : "")
                + (hasResponseVariability() ? ", response CV " + responseCvUrban + "/" + responseCvRural : "")
                + (crossings.isEmpty() ? "" : ", " + crossings.size() + " ferry crossing(s)")
                + (urbanFactorByHour == null ? "" : ", speed bands") + "]";
    }
}
