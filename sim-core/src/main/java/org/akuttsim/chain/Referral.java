package org.akuttsim.chain;

/**
 * Who ordered a transported patient's ambulance, and what that means for the patient's destination.
 * An ambulance is ordered either through public 113 or by a doctor (GP, legevakt or hospital: a
 * <em>referred</em> patient, who has been assessed already and is often admitted directly). The
 * origin is drawn per transported patient from the patient's own random numbers, by <b>true need</b>
 * (RED, YELLOW, GREEN) and never by the AMK label, so relabelling a call at AMK changes neither its
 * origin nor its destination. A transported patient whose true need is below GREEN got the ambulance
 * through AMK's over-triage of a 113 call and is never referred: the missions less over-triage removes
 * are 113 missions. A referred patient bypasses the ED with
 * {@link #bypassEd()}; a 113 patient with {@link SceneParameters#bypassEd()}.
 *
 * @param share    probability that a transported patient of each true need (RED, YELLOW, GREEN) was referred
 * @param bypassEd probability that a referred patient of each true need goes straight to a ward, lab or
 *                 clinic instead of the ED
 */
public record Referral(double[] share, double[] bypassEd) {

    /** No referred patients: every transport counts as ordered through 113. */
    public static final Referral NONE = new Referral(new double[Level.AMBULANCE_LEVELS], new double[Level.AMBULANCE_LEVELS]);

    /**
     * Checks that both arrays hold three probabilities (RED, YELLOW, GREEN) in [0, 1]; keeps copies.
     *
     * @param share probability that a transported patient of each true need was referred
     * @param bypassEd probability that a referred patient of each true need goes past the ED
     * @throws IllegalArgumentException if an array is missing, of another length, or holds a value outside [0, 1]
     */
    public Referral {
        share = Check.length("referred shares (RED, YELLOW, GREEN)", share, Level.AMBULANCE_LEVELS);
        bypassEd = Check.length("ED-bypass probabilities of referred patients (RED, YELLOW, GREEN)", bypassEd,
                Level.AMBULANCE_LEVELS);
        for (int l = 0; l < Level.AMBULANCE_LEVELS; l++) {
            Check.probability("referred share for true need " + Level.of(l), share[l]);
            Check.probability("ED-bypass probability of referred patients for true need " + Level.of(l), bypassEd[l]);
        }
    }

    /**
     * Whether any patient can be referred (no draw is made otherwise, keeping earlier results identical).
     *
     * @return true if some share is &gt; 0
     */
    public boolean any() {
        for (double s : share) {
            if (s > 0) {
                return true;
            }
        }
        return false;
    }

    /** {@return the referred shares by true need RED, YELLOW, GREEN (a copy)} */
    @Override
    public double[] share() {
        return share.clone();
    }

    /** {@return the ED-bypass probabilities of referred patients by true need RED, YELLOW, GREEN (a copy)} */
    @Override
    public double[] bypassEd() {
        return bypassEd.clone();
    }
}
