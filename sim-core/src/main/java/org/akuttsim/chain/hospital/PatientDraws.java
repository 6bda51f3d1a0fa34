package org.akuttsim.chain.hospital;

import org.akuttsim.random.Exponential;
import org.akuttsim.random.KeyedRandom;

/**
 * A patient's own numbers, drawn at arrival from one {@link KeyedRandom}: re-seeded with
 * {@code (callKey, }{@link EmergencyDepartments#CALL_KEY_PART}{@code )} for an ambulance patient
 * ({@link #forCall}) and with the arrival's own key for a walk-in or referral ({@link #forArrival});
 * then an ambulance patient's handover, or a walk-in's or referral's need and age group; last, for
 * every patient, the treatment time, the admission and the ward stay ({@link #drawOutcome}). The
 * order of the draws is part of the results.
 */
final class PatientDraws {

    private final KeyedRandom keyed = new KeyedRandom();
    private final boolean exponentialTreatment;
    private final double treatmentMeanMinutes;
    private final LogNormalTime treatment;
    private final LogNormalTime wardStay;
    private final LogNormalTime handover;
    private final boolean noHandoverDraw;
    private final double crowdingThreshold;
    private final double crowdingMinutesPer10Percent;
    private final double[][] admitP; // [need][age group]
    private final double[][] needCdf; // [source][need]
    private final double[][] ageCdf; // [source][age group]

    PatientDraws(HospitalParameters params, HospitalTables tables) {
        exponentialTreatment = params.treatmentDistribution() == HospitalParameters.StayDistribution.EXPONENTIAL;
        treatmentMeanMinutes = params.treatmentMeanHours() * Department.MINUTES_PER_HOUR;
        treatment = tables.treatment();
        wardStay = tables.wardStay();
        handover = tables.handover();
        noHandoverDraw = params.handoverMedianMinutes() == 0;
        crowdingThreshold = params.crowdingThreshold();
        crowdingMinutesPer10Percent = params.crowdingMinutesPer10Percent();
        admitP = params.admissionProbability();
        needCdf = new double[3][];
        ageCdf = new double[3][];
        needCdf[EmergencyDepartments.SOURCE_WALK_IN] = cdf(params.walkInNeedMix());
        ageCdf[EmergencyDepartments.SOURCE_WALK_IN] = cdf(params.walkInAgeMix());
        needCdf[EmergencyDepartments.SOURCE_REFERRAL] = cdf(params.referralNeedMix());
        ageCdf[EmergencyDepartments.SOURCE_REFERRAL] = cdf(params.referralAgeMix());
    }

    /** The next numbers are those of the ambulance call {@code callKey}'s patient. */
    void forCall(long callKey) {
        keyed.reseed(callKey, EmergencyDepartments.CALL_KEY_PART);
    }

    /** The next numbers are those of the referred patient with key {@code key} (sent by the municipal side). */
    void forReferral(long key) {
        keyed.reseed(key, EmergencyDepartments.REFERRAL_KEY_PART);
    }

    /** The next numbers are those of the patient of {@code a}'s current arrival. */
    void forArrival(HourlyArrivals a) {
        a.reseedPatient(keyed);
    }

    /** A walk-in's or referral's true need, by its source's need mix. */
    int need(int source) {
        return categorical(needCdf[source], keyed.nextDouble());
    }

    /** A walk-in's or referral's age group, by its source's age mix. */
    int ageGroup(int source) {
        return categorical(ageCdf[source], keyed.nextDouble());
    }

    /**
     * An ambulance patient's handover in minutes: the base draw plus the crowding surcharge at an
     * arrival to {@code occupancy} patients per treatment space (counting this patient).
     */
    double handover(double occupancy) {
        double base = noHandoverDraw ? 0.0 : handover.inverse(keyed.nextDouble());
        double excess = occupancy - crowdingThreshold;
        return base + (excess > 0 ? crowdingMinutesPer10Percent * excess * 10.0 : 0.0);
    }

    /**
     * The patient's treatment time, admission and ward stay: the last of its keyed draws, so the ward
     * stay (used only by admitted patients) is drawn only for them — skipping it changes no other
     * number.
     */
    void drawOutcome(Patient pt, int need, int ageGroup) {
        double u = keyed.nextDouble();
        pt.treatment = exponentialTreatment ? Exponential.inverse(u, treatmentMeanMinutes) : treatment.inverse(u);
        boolean admit = keyed.nextDouble() < admitP[need][ageGroup];
        pt.admit = admit;
        pt.wardStay = admit ? wardStay.inverse(keyed.nextDouble()) : 0.0;
    }

    private static double[] cdf(double[] p) {
        double[] c = new double[p.length];
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += p[i];
            c[i] = s;
        }
        c[c.length - 1] = Double.POSITIVE_INFINITY; // guards against rounding in the sum
        return c;
    }

    private static int categorical(double[] cdf, double u) {
        int i = 0;
        while (u >= cdf[i]) {
            i++;
        }
        return i;
    }
}
