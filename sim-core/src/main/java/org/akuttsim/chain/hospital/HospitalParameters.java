package org.akuttsim.chain.hospital;

import java.util.List;

/**
 * Everything the hospital submodel needs, immutable and validated. Times are in the units named
 * by each component; the model converts to the simulation clock's minutes.
 *
 * <p>Sources: "S" = a published figure, "D" = derived from published figures, "A" = assumption, all
 * from {@code shared/domain-brief.md} ("the brief") and its additions.
 *
 * @param hospitals            the departments, indexed 0.. in the order given
 * @param treatmentDistribution shape of the time a patient holds a treatment space before the
 *                             discharge/admission decision
 * @param treatmentMeanHours   mean of that time; default 2.9 h (S: St. Olavs mean ED length of stay
 *                             2011–2018, brief §5). The published figure includes waiting and
 *                             boarding, so with crowding the simulated stay exceeds it: calibrate.
 * @param treatmentCv          coefficient of variation (lognormal only); default 0.59 (A: gives the
 *                             brief's median ≈ 2.5 h; that shape puts ≈ 19 % above 4 h, more than
 *                             the brief's "10–15 %", which would need CV ≈ 0.33 and median 2.75 h —
 *                             the brief's two shape figures disagree, and no Norwegian LOS
 *                             distribution was found)
 * @param admissionProbability probability of admission by [true need][age group]; need 0 is the
 *                             most urgent. Default shaped so the default mix admits ≈ 61 %
 *                             (S: St. Olavs 2021, brief §5) with more admissions for higher need
 *                             and age (A; median age of admitted 65 vs discharged 52, S)
 * @param wardStayMeanDays     mean ward stay (lognormal); default 4.25 days (S: mean somatic LOS
 *                             St. Olavs 2018, brief §5)
 * @param wardStayCv           its coefficient of variation; default 1.0 (A)
 * @param handoverMedianMinutes ambulance handover once the patient has a space; default 15 min
 *                             (A, brief "Dispatch and ambulance operations")
 * @param handoverCv           coefficient of variation of the handover (lognormal); default 0.5 (A);
 *                             0 makes it deterministic
 * @param crowdingThreshold    ED occupancy ratio (patients in the ED ÷ spaces, at the ambulance's
 *                             arrival) above which the handover lengthens; default 0.85 (A, brief)
 * @param crowdingMinutesPer10Percent extra handover minutes per 10 % occupancy above the threshold;
 *                             default 5 (A, brief)
 * @param walkInNeedMix        true-need distribution of walk-ins (sums to 1)
 * @param walkInAgeMix         age-group distribution of walk-ins (sums to 1)
 * @param referralNeedMix      true-need distribution of referrals (sums to 1)
 * @param referralAgeMix       age-group distribution of referrals (sums to 1)
 * @param wardRelief           how a full ward makes room (discharge pressure, corridor beds);
 *                             {@link WardRelief#NONE} in {@link #defaults}: the regions' parameters set it
 */
public record HospitalParameters(List<EmergencyDepartmentSpec> hospitals,
        StayDistribution treatmentDistribution, double treatmentMeanHours, double treatmentCv,
        double[][] admissionProbability, double wardStayMeanDays, double wardStayCv,
        double handoverMedianMinutes, double handoverCv, double crowdingThreshold, double crowdingMinutesPer10Percent,
        double[] walkInNeedMix, double[] walkInAgeMix, double[] referralNeedMix, double[] referralAgeMix,
        WardRelief wardRelief) {

    /** Shape of the ED treatment time. */
    public enum StayDistribution {
        /** Lognormal with the given mean and CV (the default). */
        LOGNORMAL,
        /** Exponential with the given mean; the CV is ignored (for exact M/M/c comparisons). */
        EXPONENTIAL
    }

    /**
     * Default number of true-need levels: the chain's {@link org.akuttsim.chain.Level} ordinals
     * (RED, YELLOW, GREEN, LEGEVAKT, GP_MUNICIPAL, ADVICE).
     */
    public static final int DEFAULT_NEED_LEVELS = org.akuttsim.chain.Level.COUNT;
    /** Default age groups: decades 0–9, 10–19, …, 80–89, 90+ (as the brief's age tables). */
    public static final int DEFAULT_AGE_GROUPS = 10;

    /**
     * Checks that there are departments with unique ids, a treatment distribution, positive means, other
     * numbers &ge; 0 (a lognormal's CV &gt; 0), admission probabilities in [0, 1], mixes that are
     * distributions and a ward relief; keeps copies.
     *
     * @param hospitals the departments, indexed 0.. in the order given
     * @param treatmentDistribution shape of the time a patient holds a treatment space
     * @param treatmentMeanHours mean of that time, hours
     * @param treatmentCv its coefficient of variation (lognormal only)
     * @param admissionProbability probability of admission by [true need][age group]
     * @param wardStayMeanDays mean ward stay, days
     * @param wardStayCv its coefficient of variation
     * @param handoverMedianMinutes median ambulance handover once the patient has a space, minutes
     * @param handoverCv coefficient of variation of the handover
     * @param crowdingThreshold ED occupancy ratio above which the handover lengthens
     * @param crowdingMinutesPer10Percent extra handover minutes per 10 % occupancy above the threshold
     * @param walkInNeedMix true-need distribution of walk-ins
     * @param walkInAgeMix age-group distribution of walk-ins
     * @param referralNeedMix true-need distribution of referrals
     * @param referralAgeMix age-group distribution of referrals
     * @param wardRelief how a full ward makes room
     */
    public HospitalParameters {
        if (hospitals == null || hospitals.isEmpty()) {
            throw new IllegalArgumentException("at least one hospital is needed");
        }
        hospitals = List.copyOf(hospitals);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (EmergencyDepartmentSpec h : hospitals) {
            if (!ids.add(h.id())) {
                throw new IllegalArgumentException("hospital id '" + h.id() + "' appears twice");
            }
        }
        if (treatmentDistribution == null) {
            throw new IllegalArgumentException("treatmentDistribution must be given (LOGNORMAL or EXPONENTIAL)");
        }
        positive("treatmentMeanHours", treatmentMeanHours);
        nonNegative("treatmentCv", treatmentCv);
        if (treatmentDistribution == StayDistribution.LOGNORMAL && !(treatmentCv > 0)) {
            throw new IllegalArgumentException("treatmentCv must be > 0 for a lognormal treatment time, was " + treatmentCv);
        }
        if (admissionProbability == null || admissionProbability.length == 0 || admissionProbability[0] == null
                || admissionProbability[0].length == 0) {
            throw new IllegalArgumentException("admissionProbability must be a non-empty [need][age group] matrix");
        }
        int ages = admissionProbability[0].length;
        double[][] copy = new double[admissionProbability.length][];
        for (int n = 0; n < admissionProbability.length; n++) {
            double[] row = admissionProbability[n];
            if (row == null || row.length != ages) {
                throw new IllegalArgumentException("admissionProbability row " + n + " must have " + ages + " age groups, had "
                        + (row == null ? "none" : row.length));
            }
            for (int a = 0; a < ages; a++) {
                if (!(row[a] >= 0 && row[a] <= 1)) {
                    throw new IllegalArgumentException("admissionProbability[" + n + "][" + a + "] must be in [0, 1], was " + row[a]);
                }
            }
            copy[n] = row.clone();
        }
        admissionProbability = copy;
        positive("wardStayMeanDays", wardStayMeanDays);
        positive("wardStayCv", wardStayCv);
        nonNegative("handoverMedianMinutes", handoverMedianMinutes);
        nonNegative("handoverCv", handoverCv);
        nonNegative("crowdingThreshold", crowdingThreshold);
        nonNegative("crowdingMinutesPer10Percent", crowdingMinutesPer10Percent);
        int needs = admissionProbability.length;
        walkInNeedMix = mix("walkInNeedMix", walkInNeedMix, needs, "need levels");
        walkInAgeMix = mix("walkInAgeMix", walkInAgeMix, ages, "age groups");
        referralNeedMix = mix("referralNeedMix", referralNeedMix, needs, "need levels");
        referralAgeMix = mix("referralAgeMix", referralAgeMix, ages, "age groups");
        if (wardRelief == null) {
            throw new IllegalArgumentException("wardRelief must be given (WardRelief.NONE for none)");
        }
    }

    /**
     * Number of true-need levels (rows of the admission matrix).
     *
     * @return the number of rows
     */
    public int needLevels() {
        return admissionProbability.length;
    }

    /**
     * Number of age groups (columns of the admission matrix).
     *
     * @return the number of columns
     */
    public int ageGroups() {
        return admissionProbability[0].length;
    }

    /** {@return the admission probabilities by [true need][age group] (a copy)} */
    @Override
    public double[][] admissionProbability() {
        double[][] c = new double[admissionProbability.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = admissionProbability[i].clone();
        }
        return c;
    }

    /** {@return the true-need distribution of walk-ins (a copy)} */
    @Override
    public double[] walkInNeedMix() {
        return walkInNeedMix.clone();
    }

    /** {@return the age-group distribution of walk-ins (a copy)} */
    @Override
    public double[] walkInAgeMix() {
        return walkInAgeMix.clone();
    }

    /** {@return the true-need distribution of referrals (a copy)} */
    @Override
    public double[] referralNeedMix() {
        return referralNeedMix.clone();
    }

    /** {@return the age-group distribution of referrals (a copy)} */
    @Override
    public double[] referralAgeMix() {
        return referralAgeMix.clone();
    }

    // --- defaults -------------------------------------------------------------------------------

    /**
     * Admission probability by true need (rows: the {@link org.akuttsim.chain.Level} ordinals RED,
     * YELLOW, GREEN, LEGEVAKT, GP_MUNICIPAL, ADVICE) before the age factor (A). Acute patients are
     * mostly admitted (brief §5: 11 % highest acuity, 1.3 % to ICU).
     */
    static final double[] ADMISSION_BY_NEED = {0.90, 0.78, 0.58, 0.35, 0.30, 0.15};
    /** Age factor on the admission probability, decades 0–9 … 90+ (A: rises with age). */
    static final double[] ADMISSION_AGE_FACTOR = {0.55, 0.55, 0.62, 0.72, 0.82, 0.92, 1.02, 1.12, 1.18, 1.22};
    /** Need mix of non-ambulance ED patients (A; 11 % highest acuity at St. Olavs, brief §5). */
    static final double[] DEFAULT_NEED_MIX = {0.11, 0.35, 0.40, 0.10, 0.04, 0.00};
    /** Age mix of adult ED patients (A; ≈ 50 % over 65, brief §5; adults only, as the S figures). */
    static final double[] DEFAULT_AGE_MIX = {0.00, 0.05, 0.12, 0.10, 0.10, 0.11, 0.14, 0.18, 0.15, 0.05};

    /**
     * The default admission matrix: by-need base × age factor, capped at 0.97.
     *
     * @return a new [need][age group] matrix
     */
    public static double[][] defaultAdmissionProbability() {
        double[][] p = new double[ADMISSION_BY_NEED.length][ADMISSION_AGE_FACTOR.length];
        for (int n = 0; n < p.length; n++) {
            for (int a = 0; a < p[n].length; a++) {
                p[n][a] = Math.min(0.97, ADMISSION_BY_NEED[n] * ADMISSION_AGE_FACTOR[a]);
            }
        }
        return p;
    }

    /**
     * The defaults of the brief (see the component documentation) for the given departments.
     *
     * @param hospitals the departments
     * @return the parameters
     */
    public static HospitalParameters defaults(List<EmergencyDepartmentSpec> hospitals) {
        return new HospitalParameters(hospitals, StayDistribution.LOGNORMAL, 2.9, 0.59,
                defaultAdmissionProbability(), 4.25, 1.0, 15.0, 0.5, 0.85, 5.0,
                DEFAULT_NEED_MIX, DEFAULT_AGE_MIX, DEFAULT_NEED_MIX, DEFAULT_AGE_MIX, WardRelief.NONE);
    }

    /**
     * The same parameters with another treatment-time distribution.
     *
     * @param shape lognormal or exponential
     * @param meanHours the mean, hours
     * @param cv the coefficient of variation (lognormal only)
     * @return the new parameters
     */
    public HospitalParameters withTreatment(StayDistribution shape, double meanHours, double cv) {
        return new HospitalParameters(hospitals, shape, meanHours, cv, admissionProbability, wardStayMeanDays, wardStayCv,
                handoverMedianMinutes, handoverCv, crowdingThreshold, crowdingMinutesPer10Percent,
                walkInNeedMix, walkInAgeMix, referralNeedMix, referralAgeMix, wardRelief);
    }

    /**
     * The same parameters with every admission probability set to {@code p}.
     *
     * @param p the probability, in [0, 1]
     * @return the new parameters
     */
    public HospitalParameters withAdmissionProbability(double p) {
        double[][] m = new double[needLevels()][ageGroups()];
        for (double[] row : m) {
            java.util.Arrays.fill(row, p);
        }
        return withAdmissionProbability(m);
    }

    /**
     * The same parameters with another admission matrix [need][age group].
     *
     * @param m the admission matrix
     * @return the new parameters
     */
    public HospitalParameters withAdmissionProbability(double[][] m) {
        return new HospitalParameters(hospitals, treatmentDistribution, treatmentMeanHours, treatmentCv, m, wardStayMeanDays,
                wardStayCv, handoverMedianMinutes, handoverCv, crowdingThreshold, crowdingMinutesPer10Percent,
                walkInNeedMix, walkInAgeMix, referralNeedMix, referralAgeMix, wardRelief);
    }

    /**
     * The same parameters with another ward stay distribution (lognormal, days).
     *
     * @param meanDays the mean stay, days
     * @param cv the coefficient of variation
     * @return the new parameters
     */
    public HospitalParameters withWardStay(double meanDays, double cv) {
        return new HospitalParameters(hospitals, treatmentDistribution, treatmentMeanHours, treatmentCv, admissionProbability,
                meanDays, cv, handoverMedianMinutes, handoverCv, crowdingThreshold, crowdingMinutesPer10Percent,
                walkInNeedMix, walkInAgeMix, referralNeedMix, referralAgeMix, wardRelief);
    }

    /**
     * The same parameters with another handover rule.
     *
     * @param medianMinutes the median handover, minutes
     * @param cv its coefficient of variation
     * @param threshold the ED occupancy ratio above which it lengthens
     * @param minutesPer10Percent extra minutes per 10 % above the threshold
     * @return the new parameters
     */
    public HospitalParameters withHandover(double medianMinutes, double cv, double threshold, double minutesPer10Percent) {
        return new HospitalParameters(hospitals, treatmentDistribution, treatmentMeanHours, treatmentCv, admissionProbability,
                wardStayMeanDays, wardStayCv, medianMinutes, cv, threshold, minutesPer10Percent,
                walkInNeedMix, walkInAgeMix, referralNeedMix, referralAgeMix, wardRelief);
    }

    /**
     * The same parameters for other departments.
     *
     * @param hs the departments
     * @return the new parameters
     */
    public HospitalParameters withHospitals(List<EmergencyDepartmentSpec> hs) {
        return new HospitalParameters(hs, treatmentDistribution, treatmentMeanHours, treatmentCv, admissionProbability,
                wardStayMeanDays, wardStayCv, handoverMedianMinutes, handoverCv, crowdingThreshold, crowdingMinutesPer10Percent,
                walkInNeedMix, walkInAgeMix, referralNeedMix, referralAgeMix, wardRelief);
    }

    /**
     * The same parameters with another ward relief.
     *
     * @param relief the ward relief
     * @return the new parameters
     */
    public HospitalParameters withWardRelief(WardRelief relief) {
        return new HospitalParameters(hospitals, treatmentDistribution, treatmentMeanHours, treatmentCv, admissionProbability,
                wardStayMeanDays, wardStayCv, handoverMedianMinutes, handoverCv, crowdingThreshold, crowdingMinutesPer10Percent,
                walkInNeedMix, walkInAgeMix, referralNeedMix, referralAgeMix, relief);
    }

    /**
     * Index of the hospital with this id, or -1.
     *
     * @param id the hospital's id
     * @return its index, or -1
     */
    public int indexOf(String id) {
        for (int i = 0; i < hospitals.size(); i++) {
            if (hospitals.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + v);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + v);
        }
    }

    private static double[] mix(String name, double[] p, int expected, String what) {
        if (p == null || p.length != expected) {
            throw new IllegalArgumentException(name + " must have one probability per " + what + " (" + expected + "), had "
                    + (p == null ? "none" : p.length));
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0) || p[i] > 1) {
                throw new IllegalArgumentException(name + "[" + i + "] must be in [0, 1], was " + p[i]);
            }
            sum += p[i];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException(name + " must sum to 1, sums to " + sum);
        }
        return p.clone();
    }
}
