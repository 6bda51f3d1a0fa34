package org.akuttsim.chain.hospital;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One hospital's emergency department and the ward beds its emergency admissions go to. Immutable
 * and validated; arrays are copied in and out.
 *
 * <p>Non-ambulance arrivals come in two sources, each a Poisson process whose rate is constant
 * within each of the 168 hours of the week (hour 0 = Monday 00–01): <em>walk-ins</em>
 * (self-referred) and <em>referrals</em> from a GP or the legevakt. Ambulance patients come from
 * the chain. Scenarios grow demand by scaling these rates ({@link #withArrivalsScaled(double)}).
 *
 * <p>Arrivals are generated hour by hour ({@link HourlyArrivals}): a Poisson count from the hour's
 * own uniform and the hour's rate, then uniform times in the hour. Two scenarios whose rates differ
 * only upwards therefore see nested arrival sets: every walk-in of the smaller scenario also arrives,
 * at the same time and with the same attributes, in the grown one (common random numbers under
 * growth).
 *
 * @param id                    short name used in metric names ({@code ed.<id>.…}): {@code [A-Za-z0-9_-]+}; the same as the
 *                              chain's {@link org.akuttsim.chain.Hospital#id()}
 * @param treatmentSpaces       ED treatment spaces (rooms/cubicles); default 20 for St. Olavs
 *                              (A, domain brief "Emergency department": Little's law gives ≈ 9.5
 *                              occupied on average, ×2 for peaks)
 * @param wardBeds              ward beds available to emergency admissions from this ED
 * @param walkInPerHour         self-referred arrivals per hour, by hour of week (168 values, ≥ 0)
 * @param referralPerHour       GP/legevakt-referred arrivals per hour, by hour of week (168 values)
 */
public record EmergencyDepartmentSpec(String id, int treatmentSpaces, int wardBeds,
        double[] walkInPerHour, double[] referralPerHour) {

    /** Hours in a week: the length of the hourly rate arrays. */
    public static final int HOURS_PER_WEEK = 168;

    /**
     * The most walk-ins, or referrals, per hour of the week a run accepts (each source separately):
     * larger hourly means would need another Poisson algorithm (e^−λ underflows near 745). A
     * scenario above it is refused before it runs (the scenarios module's checks).
     */
    public static final double MAX_ARRIVALS_PER_HOUR = 500.0;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    /**
     * Checks the id (it becomes part of metric names), the capacities and the 168 hourly rates (&ge; 0);
     * keeps copies.
     *
     * @param id short name used in metric names, {@code [A-Za-z0-9_-]+}
     * @param treatmentSpaces ED treatment spaces (&ge; 1)
     * @param wardBeds ward beds for emergency admissions from this ED (&ge; 0)
     * @param walkInPerHour self-referred arrivals per hour, by hour of week
     * @param referralPerHour GP/legevakt-referred arrivals per hour, by hour of week
     */
    public EmergencyDepartmentSpec {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("hospital id must match [A-Za-z0-9_-]+ (it becomes part of metric names), was '" + id + "'");
        }
        if (treatmentSpaces < 1) {
            throw new IllegalArgumentException("hospital '" + id + "': treatmentSpaces must be >= 1, was " + treatmentSpaces);
        }
        if (wardBeds < 0) {
            throw new IllegalArgumentException("hospital '" + id + "': wardBeds must be >= 0, was " + wardBeds);
        }
        walkInPerHour = checkRates(id, "walkInPerHour", walkInPerHour);
        referralPerHour = checkRates(id, "referralPerHour", referralPerHour);
    }

    /** {@return the self-referred arrivals per hour by hour of week (a copy)} */
    @Override
    public double[] walkInPerHour() {
        return walkInPerHour.clone();
    }

    /** {@return the GP/legevakt-referred arrivals per hour by hour of week (a copy)} */
    @Override
    public double[] referralPerHour() {
        return referralPerHour.clone();
    }

    /**
     * This ED with its referral stream × {@code factor} and its walk-ins as they are: the referrals a
     * modelled legevakt sends are taken out of the fixed stream so the total stays (issue 20).
     *
     * @param factor the multiplier on the referral rates (finite, &ge; 0)
     * @return the new department
     * @throws IllegalArgumentException if {@code factor} is negative, infinite or NaN
     */
    public EmergencyDepartmentSpec withReferralsScaled(double factor) {
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("referral scale factor must be finite and >= 0, was " + factor);
        }
        double[] r = referralPerHour.clone();
        for (int i = 0; i < HOURS_PER_WEEK; i++) {
            r[i] *= factor;
        }
        return new EmergencyDepartmentSpec(id, treatmentSpaces, wardBeds, walkInPerHour, r);
    }

    /**
     * The same department with walk-in and referral rates multiplied by {@code factor}.
     *
     * @param factor the multiplier (finite, &ge; 0), e.g. population growth
     * @return the new department
     * @throws IllegalArgumentException if {@code factor} is negative, infinite or NaN
     */
    public EmergencyDepartmentSpec withArrivalsScaled(double factor) {
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("arrival scale factor must be finite and >= 0, was " + factor);
        }
        double[] w = walkInPerHour.clone();
        double[] r = referralPerHour.clone();
        for (int i = 0; i < HOURS_PER_WEEK; i++) {
            w[i] *= factor;
            r[i] *= factor;
        }
        return new EmergencyDepartmentSpec(id, treatmentSpaces, wardBeds, w, r);
    }

    /**
     * The same department with other capacities.
     *
     * @param spaces ED treatment spaces
     * @param beds ward beds
     * @return the new department
     */
    public EmergencyDepartmentSpec withCapacity(int spaces, int beds) {
        return new EmergencyDepartmentSpec(id, spaces, beds, walkInPerHour, referralPerHour);
    }

    /**
     * Rates constant over the week (for tests and stationary studies).
     *
     * @param id short name used in metric names
     * @param spaces ED treatment spaces
     * @param beds ward beds
     * @param walkInPerHour self-referred arrivals per hour, every hour
     * @param referralPerHour referred arrivals per hour, every hour
     * @return the department
     */
    public static EmergencyDepartmentSpec constantRates(String id, int spaces, int beds, double walkInPerHour, double referralPerHour) {
        double[] w = new double[HOURS_PER_WEEK];
        double[] r = new double[HOURS_PER_WEEK];
        Arrays.fill(w, walkInPerHour);
        Arrays.fill(r, referralPerHour);
        return new EmergencyDepartmentSpec(id, spaces, beds, w, r);
    }

    // --- defaults -------------------------------------------------------------------------------

    /**
     * Hourly share of 113 calls (per cent, hours 00–23), domain brief "Time profiles" (A, shaped by
     * Copenhagen, Swedish ED inflow and NEMSIS). Used for walk-ins.
     */
    static final double[] WALK_IN_HOUR_SHARE = {3.0, 2.6, 2.3, 2.0, 1.9, 2.0, 2.4, 3.2, 4.3, 5.3, 5.9, 6.1,
        6.0, 5.8, 5.6, 5.4, 5.3, 5.2, 5.0, 4.8, 4.5, 4.2, 3.8, 3.4};
    /**
     * Hourly shape of GP/legevakt referrals (A): GP referrals in office hours, then the legevakt's
     * busy afternoon and evening (brief §6: legevakt busiest afternoon/evening). Normalised in use.
     */
    static final double[] REFERRAL_HOUR_SHAPE = {2.5, 2.0, 1.5, 1.2, 1.0, 1.0, 1.2, 2.0, 3.5, 5.0, 6.0, 6.5,
        6.5, 6.5, 6.5, 6.5, 6.0, 5.5, 5.5, 5.5, 5.0, 4.5, 4.0, 3.1};
    /** Day-of-week multipliers Mon..Sun for 113 (brief "Time profiles", A). */
    static final double[] WALK_IN_DAY = {1.03, 0.98, 0.97, 0.97, 1.00, 1.08, 0.97};
    /** Day-of-week multipliers Mon..Sun for referrals (A: legevakt busier at weekends, brief §6). */
    static final double[] REFERRAL_DAY = {1.00, 0.97, 0.96, 0.96, 0.98, 1.07, 1.06};

    /**
     * St. Olavs ED, 2021 (the default region's main hospital).
     * <ul>
     *   <li>All ED arrivals ≈ 79/day (S: 28,822 adult contacts in 2021, brief §5). Of these the chain
     *       delivers the ambulance share; the defaults here are the rest, 52/day (A: ≈ one third of
     *       ED patients by ambulance): referrals 44/day, walk-ins 8/day (A: Norwegian EDs take
     *       patients mostly on referral from a GP or the legevakt).</li>
     *   <li>20 treatment spaces (A, brief "Emergency department").</li>
     *   <li>230 ward beds for emergency admissions (D: 79/day × 61 % admitted × 4.25 days ≈ 205
     *       occupied; at the derived 89 % mean somatic occupancy (additions §3) ≈ 230 beds).</li>
     * </ul>
     *
     * @return the department
     */
    public static EmergencyDepartmentSpec stOlavsDefault() {
        return weeklyProfile("stolav", 20, 230, 8.0, 44.0);
    }

    /**
     * A department whose walk-ins and referrals follow the default weekly profiles with the given
     * mean arrivals per day.
     *
     * @param id short name used in metric names
     * @param spaces ED treatment spaces
     * @param beds ward beds
     * @param walkInsPerDay mean self-referred arrivals per day
     * @param referralsPerDay mean referred arrivals per day
     * @return the department
     */
    public static EmergencyDepartmentSpec weeklyProfile(String id, int spaces, int beds, double walkInsPerDay, double referralsPerDay) {
        double[] w = profile(WALK_IN_HOUR_SHARE, WALK_IN_DAY, walkInsPerDay);
        double[] r = profile(REFERRAL_HOUR_SHAPE, REFERRAL_DAY, referralsPerDay);
        return new EmergencyDepartmentSpec(id, spaces, beds, w, r);
    }

    private static double[] profile(double[] hourShape, double[] day, double perDay) {
        double hourSum = 0;
        for (double v : hourShape) {
            hourSum += v;
        }
        double daySum = 0;
        for (double v : day) {
            daySum += v;
        }
        double[] rates = new double[HOURS_PER_WEEK];
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                rates[d * 24 + h] = perDay * (day[d] * 7 / daySum) * (hourShape[h] / hourSum);
            }
        }
        return rates;
    }

    private static double[] checkRates(String id, String name, double[] rates) {
        if (rates == null || rates.length != HOURS_PER_WEEK) {
            throw new IllegalArgumentException("hospital '" + id + "': " + name + " must have " + HOURS_PER_WEEK
                    + " hourly values (Monday 00–01 first), had " + (rates == null ? "none" : rates.length));
        }
        for (int i = 0; i < rates.length; i++) {
            if (!(rates[i] >= 0) || Double.isInfinite(rates[i])) {
                throw new IllegalArgumentException("hospital '" + id + "': " + name + "[" + i + "] must be finite and >= 0 (per hour), was " + rates[i]);
            }
        }
        return rates.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmergencyDepartmentSpec s && id.equals(s.id) && treatmentSpaces == s.treatmentSpaces
                && wardBeds == s.wardBeds && Arrays.equals(walkInPerHour, s.walkInPerHour)
                && Arrays.equals(referralPerHour, s.referralPerHour);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(walkInPerHour) * 7 + Arrays.hashCode(referralPerHour);
    }

    @Override
    public String toString() {
        return "EmergencyDepartmentSpec[" + id + ", spaces=" + treatmentSpaces + ", wardBeds=" + wardBeds + "]";
    }
}
