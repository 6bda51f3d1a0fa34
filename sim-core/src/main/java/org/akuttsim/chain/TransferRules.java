package org.akuttsim.chain;

/**
 * Transfers between hospitals: patients a local hospital sends on to the receiving hospital (e.g. to
 * St. Olavs for PCI, thrombectomy or major trauma) by ground ambulance.
 *
 * <ul>
 *   <li><b>By rule (urgent).</b> A patient brought by ambulance to any hospital other than the receiving
 *       one is sent on with probability {@code share[need][condition]} (true need RED, YELLOW or GREEN —
 *       never the AMK label; needs below GREEN take GREEN's share), drawn from the call's own random
 *       numbers (common random numbers hold). The transfer is requested {@code requestDelayMinutes}
 *       after the arrival (assessment at the local hospital) and drives with lights and sirens.</li>
 *   <li><b>By rate (booked).</b> Each local hospital books {@code bookedPerDay} transfers a weekday
 *       on average (Poisson), requested at uniform times between {@code bookedStartHour} and
 *       {@code bookedEndHour}; no lights and sirens.</li>
 * </ul>
 * The transfer takes the emergency ambulance (type {@link UnitType#EMERGENCY_AMBULANCE}) that is free
 * and nearest to the sending hospital; when none is free, AMK asks again every {@link #RETRY_MINUTES}.
 * The unit drives to the sending hospital (EN_ROUTE), loads the patient ({@code loadingMinutes},
 * ON_SCENE), drives to the receiving hospital (TRANSPORTING), hands over past the ED ({@code
 * handoverMinutes}, AT_HOSPITAL) and drives home (RETURNING, free). {@link #NONE} has no transfers.
 *
 * @param receivingHospital   index of the hospital patients are sent to
 * @param share               [need RED, YELLOW, GREEN][condition]: share of patients of that true need and
 *                            condition, brought to another hospital, who are sent on
 * @param requestDelayMinutes arrival at the local hospital to the transfer request (&ge; 0)
 * @param loadingMinutes      taking over the patient at the local hospital (&ge; 0)
 * @param handoverMinutes     handing over at the receiving hospital (&ge; 0)
 * @param bookedPerDay        booked transfers per weekday from each local hospital (&ge; 0)
 * @param bookedStartHour     first hour of booked requests (0–23)
 * @param bookedEndHour       hour booked requests end, exclusive (after the start, at most 24)
 */
public record TransferRules(int receivingHospital, double[][] share, double requestDelayMinutes, double loadingMinutes,
                            double handoverMinutes, double bookedPerDay, int bookedStartHour, int bookedEndHour) {

    /** Minutes after which a transfer that found no free ambulance is tried again. ASSUMPTION: AMK looks again every 10 minutes. */
    public static final double RETRY_MINUTES = 10;

    /** No transfers. */
    public static final TransferRules NONE = new TransferRules(0, new double[Level.AMBULANCE_LEVELS][Condition.COUNT], 0, 0, 0, 0, 8, 16);

    /**
     * Checks the ranges given above and that {@code share} has a row per need RED, YELLOW, GREEN of one
     * probability per condition; keeps a copy. Whether the receiving hospital exists is checked by
     * {@link ChainScenario}.
     *
     * @param receivingHospital index of the hospital patients are sent to (&ge; 0)
     * @param share [need RED, YELLOW, GREEN][condition]: probabilities in [0, 1]
     * @param requestDelayMinutes arrival at the local hospital to the transfer request, minutes (&ge; 0)
     * @param loadingMinutes taking over the patient, minutes (&ge; 0)
     * @param handoverMinutes handing over at the receiving hospital, minutes (&ge; 0)
     * @param bookedPerDay booked transfers per weekday from each local hospital (&ge; 0)
     * @param bookedStartHour first hour of booked requests
     * @param bookedEndHour hour booked requests end, exclusive ({@code 0 <= start < end <= 24})
     * @throws IllegalArgumentException naming the field outside its range
     */
    public TransferRules {
        Check.nonNegative("receiving hospital index", receivingHospital);
        share = Check.copy(Check.notNull("transfer shares", share));
        if (share.length != Level.AMBULANCE_LEVELS) {
            throw new IllegalArgumentException("transfer shares need one row per need RED, YELLOW, GREEN; had " + share.length);
        }
        for (int n = 0; n < share.length; n++) {
            Check.length("transfer shares of need " + Level.of(n), share[n], Condition.COUNT);
            for (int c = 0; c < Condition.COUNT; c++) {
                Check.probability("transfer share of need " + Level.of(n) + ", condition " + Condition.values()[c], share[n][c]);
            }
        }
        Check.nonNegative("transfer request delay (min)", requestDelayMinutes);
        Check.nonNegative("transfer loading time (min)", loadingMinutes);
        Check.nonNegative("transfer handover time (min)", handoverMinutes);
        Check.nonNegative("booked transfers per weekday", bookedPerDay);
        if (bookedStartHour < 0 || bookedEndHour <= bookedStartHour || bookedEndHour > 24) {
            throw new IllegalArgumentException("booked transfers need hours 0 <= start < end <= 24, were " + bookedStartHour + "-" + bookedEndHour);
        }
    }

    /**
     * True when some patient may be transferred.
     *
     * @return whether a share or the booked rate is &gt; 0
     */
    public boolean any() {
        if (bookedPerDay > 0) {
            return true;
        }
        for (double[] row : share) {
            for (double p : row) {
                if (p > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The share sent on for true need {@code need} (below GREEN: GREEN's) and {@code condition}. */
    double shareOf(int need, int condition) {
        return share[Math.min(need, Level.AMBULANCE_LEVELS - 1)][condition];
    }

    /** {@return the shares sent on by rule, [need RED, YELLOW, GREEN][condition] (a copy)} */
    @Override
    public double[][] share() {
        return Check.copy(share);
    }
}
