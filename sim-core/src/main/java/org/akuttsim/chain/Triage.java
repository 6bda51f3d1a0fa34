package org.akuttsim.chain;

/**
 * AMK call handling and triage.
 *
 * <p>A call waits for one of {@code operators} call handlers (first come, first served), is handled
 * for a time drawn from {@code callHandling}, and is then assigned a response {@link Level} drawn
 * from the row of its true need in a confusion matrix: {@code daytime} on weekdays from
 * {@code gpOpenHour} to {@code gpCloseHour}, {@code outOfHours} otherwise. Cells above the diagonal
 * are under-triage, cells below over-triage (levels are ordered most urgent first). The
 * out-of-hours matrix may not use {@link Level#GP_MUNICIPAL}: GP and municipal services are closed.
 *
 * <p>With {@code operators = 0} calls skip the queue and handling altogether (infinite call
 * handlers, zero time) — the setting for the hypercube reduction.
 *
 * @param callHandling time from answer to the end of triage, minutes
 * @param operators    call handlers on duty at all times (&ge; 0; 0 = no AMK queue and no handling time)
 * @param daytime      true need → assigned level on weekdays in GP opening hours ([6][6], rows sum to 1)
 * @param outOfHours   the same outside those hours; column GP_MUNICIPAL must be 0
 * @param gpOpenHour   hour of day GP/municipal services open (0–23)
 * @param gpCloseHour  hour of day they close (after open, 1–24)
 */
public record Triage(DurationModel callHandling, int operators, double[][] daytime, double[][] outOfHours,
                     int gpOpenHour, int gpCloseHour) {
    /**
     * Checks that the matrices are distributions over levels, that out of hours assigns nothing to
     * GP_MUNICIPAL and that the opening hours are 0 &le; open &lt; close &le; 24.
     *
     * @param callHandling time from answer to the end of triage, minutes
     * @param operators call handlers on duty at all times
     * @param daytime true need → assigned level in GP opening hours
     * @param outOfHours the same outside those hours
     * @param gpOpenHour hour of day GP/municipal services open
     * @param gpCloseHour hour of day they close
     */
    public Triage {
        Check.notNull("call-handling time", callHandling);
        if (operators < 0) {
            throw new IllegalArgumentException("AMK operators must be >= 0, was " + operators);
        }
        daytime = Check.distributions("triage matrix (daytime)", daytime, Level.COUNT, Level.COUNT);
        outOfHours = Check.distributions("triage matrix (out of hours)", outOfHours, Level.COUNT, Level.COUNT);
        for (int n = 0; n < Level.COUNT; n++) {
            if (outOfHours[n][Level.GP_MUNICIPAL.ordinal()] != 0) {
                throw new IllegalArgumentException("triage matrix (out of hours) row " + Level.of(n)
                        + " sends " + outOfHours[n][Level.GP_MUNICIPAL.ordinal()] + " to GP_MUNICIPAL, which is closed out of hours; expected 0");
            }
        }
        if (gpOpenHour < 0 || gpCloseHour > 24 || gpOpenHour >= gpCloseHour) {
            throw new IllegalArgumentException("GP opening hours must satisfy 0 <= open < close <= 24, were " + gpOpenHour + "-" + gpCloseHour);
        }
    }

    /**
     * Triage with one matrix for the opening hours (weekdays 08–16); out of hours its GP_MUNICIPAL
     * column is moved to LEGEVAKT.
     *
     * @param callHandling time from answer to the end of triage, minutes
     * @param operators call handlers on duty at all times
     * @param daytime true need → assigned level, [6][6], rows sum to 1
     * @return the triage
     */
    public static Triage of(DurationModel callHandling, int operators, double[][] daytime) {
        double[][] d = Check.distributions("triage matrix", daytime, Level.COUNT, Level.COUNT);
        double[][] o = Check.copy(d);
        int gp = Level.GP_MUNICIPAL.ordinal();
        for (double[] row : o) {
            row[Level.LEGEVAKT.ordinal()] += row[gp];
            row[gp] = 0;
        }
        return new Triage(callHandling, operators, d, o, 8, 16);
    }

    /**
     * Perfect triage: every call is assigned its true need (out of hours GP → legevakt).
     *
     * @param callHandling time from answer to the end of triage, minutes
     * @param operators call handlers on duty at all times
     * @return the triage
     */
    public static Triage perfect(DurationModel callHandling, int operators) {
        double[][] m = new double[Level.COUNT][Level.COUNT];
        for (int i = 0; i < Level.COUNT; i++) {
            m[i][i] = 1;
        }
        return of(callHandling, operators, m);
    }

    /**
     * True when GP/municipal services are open at hour of week {@code h} (0 = Monday 00–01).
     *
     * @param hourOfWeek the hour of the week, 0..167
     * @return whether GP services are open
     */
    public boolean gpOpen(int hourOfWeek) {
        int day = hourOfWeek / 24;
        int hour = hourOfWeek % 24;
        return day < 5 && hour >= gpOpenHour && hour < gpCloseHour;
    }

    /** {@return the daytime matrix, true need → assigned level (a copy)} */
    @Override
    public double[][] daytime() {
        return Check.copy(daytime);
    }

    /** {@return the out-of-hours matrix, true need → assigned level (a copy)} */
    @Override
    public double[][] outOfHours() {
        return Check.copy(outOfHours);
    }

    /**
     * Probability that true need {@code need} is assigned {@code level} in the given period.
     *
     * @param gpOpen whether GP services are open
     * @param need the true need's ordinal
     * @param level the assigned level's ordinal
     * @return the probability
     */
    public double probability(boolean gpOpen, int need, int level) {
        return (gpOpen ? daytime : outOfHours)[need][level];
    }

    /**
     * This triage with other matrices (e.g. less overtriage).
     *
     * @param newDaytime the daytime matrix
     * @param newOutOfHours the out-of-hours matrix
     * @return the new triage, same handling time and operators
     */
    public Triage withMatrices(double[][] newDaytime, double[][] newOutOfHours) {
        return new Triage(callHandling, operators, newDaytime, newOutOfHours, gpOpenHour, gpCloseHour);
    }
}
