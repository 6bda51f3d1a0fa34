package org.akuttsim.chain.hospital;

/**
 * How a full ward makes room: the two things Norwegian hospitals do when beds run out, so that a
 * ward run at its published occupancy never gridlocks the ED (and the ambulances waiting at it),
 * yet boarding, ED occupancy and offload delay rise with demand.
 *
 * <ol>
 *   <li><b>Discharge pressure.</b> Above {@code pressureThreshold} (ward patients ÷ beds, counting
 *       the patient being admitted) a new ward stay is shortened: its drawn length × (1 −
 *       {@code stayReductionPer10Percent} × 10 × (occupancy − threshold)), never below
 *       {@code minStayFactor} of it. Patients are sent home or to municipal care earlier when the
 *       ward is busy; the stay is fixed at admission, so the relief works with a lag of a few days,
 *       as the real one does.</li>
 *   <li><b>Corridor beds.</b> An admitted patient boards in the ED while every bed is taken — in
 *       order of admission, for the first bed that frees — but at most {@code maxBoardingMinutes}:
 *       then the ward takes the patient into a corridor (overflow) bed. Ward patients may then
 *       exceed the beds; a freed bed goes to a corridor patient before a boarder (the pool counts
 *       patients, not bed labels), so boarders wait for the ward to come back under its beds.</li>
 * </ol>
 * Neither uses random numbers: a patient's stay is its own keyed draw times the factor, so common
 * random numbers hold. {@link #NONE} turns both off (boarding until a bed frees, the model
 * before this mechanism).
 *
 * @param pressureThreshold        ward occupancy above which stays shorten (ratio, ≥ 0)
 * @param stayReductionPer10Percent share of the stay removed per 10 % occupancy above the threshold (≥ 0)
 * @param minStayFactor            the shortest a stay becomes, as a share of its drawn length (0, 1]
 * @param maxBoardingMinutes       longest boarding before a corridor bed (&gt; 0; +∞: never)
 */
public record WardRelief(double pressureThreshold, double stayReductionPer10Percent, double minStayFactor,
        double maxBoardingMinutes) {

    /** No relief: stays as drawn, boarders wait for a real bed however long it takes. */
    public static final WardRelief NONE = new WardRelief(Double.MAX_VALUE, 0.0, 1.0, Double.POSITIVE_INFINITY);

    /**
     * Checks the threshold (&ge; 0), the reduction (finite, &ge; 0), the minimum stay factor (in (0, 1]) and
     * the boarding limit (&gt; 0).
     *
     * @param pressureThreshold ward occupancy above which stays shorten, ratio
     * @param stayReductionPer10Percent share of the stay removed per 10 % occupancy above the threshold
     * @param minStayFactor the shortest a stay becomes, as a share of its drawn length
     * @param maxBoardingMinutes longest boarding before a corridor bed, minutes (+∞: never)
     */
    public WardRelief {
        if (!(pressureThreshold >= 0)) {
            throw new IllegalArgumentException("ward pressure threshold must be >= 0, was " + pressureThreshold);
        }
        if (!(stayReductionPer10Percent >= 0) || Double.isInfinite(stayReductionPer10Percent)) {
            throw new IllegalArgumentException("stay reduction per 10 % must be finite and >= 0, was " + stayReductionPer10Percent);
        }
        if (!(minStayFactor > 0 && minStayFactor <= 1)) {
            throw new IllegalArgumentException("minimum stay factor must be in (0, 1], was " + minStayFactor);
        }
        if (!(maxBoardingMinutes > 0)) {
            throw new IllegalArgumentException("maximum boarding must be > 0 minutes (+inf: no corridor beds), was "
                    + maxBoardingMinutes);
        }
    }

    /**
     * The factor on a stay that starts with {@code patients} in the ward (counting this one) of
     * {@code beds} beds.
     */
    double stayFactor(int patients, int beds) {
        double occupancy = beds > 0 ? (double) patients / beds : Double.POSITIVE_INFINITY;
        double excess = occupancy - pressureThreshold;
        if (!(excess > 0) || stayReductionPer10Percent == 0) {
            return 1.0;
        }
        return Math.max(minStayFactor, 1.0 - stayReductionPer10Percent * 10.0 * excess);
    }
}
