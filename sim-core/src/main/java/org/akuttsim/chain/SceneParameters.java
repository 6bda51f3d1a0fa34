package org.akuttsim.chain;

/**
 * What happens from dispatch to the hospital door.
 *
 * @param activation      time from dispatch to wheels rolling, by assigned level (RED, YELLOW, GREEN), minutes
 * @param onScene         time on scene, by assigned level (RED, YELLOW, GREEN), minutes
 * @param treatAndLeave   probability that the crew treats and leaves (no transport), [true need 6][condition 5]
 * @param specialCentreNeedUpTo chest pain or stroke calls whose true need ordinal is &le; this go to the
 *                        nearest PCI / stroke centre instead of the nearest ED (-1: never; 0: RED only)
 * @param lightsOnTransportForRed transport a patient whose assigned level is RED with lights and sirens
 * @param bypassEd        probability, by true need (RED, YELLOW, GREEN; lower needs take GREEN's), that a transported
 *                        patient whose ambulance was ordered through 113 is taken directly to a ward, outpatient
 *                        clinic or other destination at the hospital and does not enter the ED; drawn per call
 *                        (referred patients: {@link Referral#bypassEd()})
 * @param directHandover  handover time at such a destination (no ED crowding), minutes
 * @param onSceneFactor   multiplier on the level's on-scene time by {@link Condition} (1: none)
 * @param referral        which transported patients were referred by a doctor, and their ED bypass
 */
public record SceneParameters(DurationModel[] activation, DurationModel[] onScene, double[][] treatAndLeave,
                              int specialCentreNeedUpTo, boolean lightsOnTransportForRed, double[] bypassEd,
                              DurationModel directHandover, double[] onSceneFactor, Referral referral) {

    /** No referred patients ({@link Referral#NONE}): the ED bypass is {@code bypassEd} for every transport. */
    public SceneParameters(DurationModel[] activation, DurationModel[] onScene, double[][] treatAndLeave,
                           int specialCentreNeedUpTo, boolean lightsOnTransportForRed, double[] bypassEd,
                           DurationModel directHandover, double[] onSceneFactor) {
        this(activation, onScene, treatAndLeave, specialCentreNeedUpTo, lightsOnTransportForRed, bypassEd, directHandover,
                onSceneFactor, Referral.NONE);
    }

    /** On-scene times by level alone (every condition's factor 1). */
    public SceneParameters(DurationModel[] activation, DurationModel[] onScene, double[][] treatAndLeave,
                           int specialCentreNeedUpTo, boolean lightsOnTransportForRed, double[] bypassEd,
                           DurationModel directHandover) {
        this(activation, onScene, treatAndLeave, specialCentreNeedUpTo, lightsOnTransportForRed, bypassEd, directHandover,
                ones());
    }

    private static double[] ones() {
        double[] f = new double[Condition.COUNT];
        java.util.Arrays.fill(f, 1.0);
        return f;
    }

    /** Every transported patient goes through the ED. */
    public SceneParameters(DurationModel[] activation, DurationModel[] onScene, double[][] treatAndLeave,
                           int specialCentreNeedUpTo, boolean lightsOnTransportForRed) {
        this(activation, onScene, treatAndLeave, specialCentreNeedUpTo, lightsOnTransportForRed,
                new double[Level.AMBULANCE_LEVELS], DurationModel.fixed(0));
    }

    public SceneParameters {
        activation = durations("activation delay", activation);
        onScene = durations("on-scene time", onScene);
        if (treatAndLeave == null || treatAndLeave.length != Level.COUNT) {
            throw new IllegalArgumentException("treat-and-leave probabilities need " + Level.COUNT + " rows (true need)");
        }
        double[][] c = new double[Level.COUNT][];
        for (int n = 0; n < Level.COUNT; n++) {
            c[n] = Check.length("treat-and-leave probabilities for need " + Level.of(n), treatAndLeave[n], Condition.COUNT);
            for (int k = 0; k < Condition.COUNT; k++) {
                Check.probability("treat-and-leave probability for need " + Level.of(n) + " condition " + Condition.of(k), c[n][k]);
            }
        }
        treatAndLeave = c;
        bypassEd = Check.length("ED-bypass probabilities (RED, YELLOW, GREEN)", bypassEd, Level.AMBULANCE_LEVELS);
        for (int l = 0; l < Level.AMBULANCE_LEVELS; l++) {
            Check.probability("ED-bypass probability for " + Level.of(l), bypassEd[l]);
        }
        Check.notNull("handover time at a direct (non-ED) destination", directHandover);
        onSceneFactor = Check.length("on-scene factors by condition", onSceneFactor, Condition.COUNT);
        for (int k = 0; k < Condition.COUNT; k++) {
            if (!(onSceneFactor[k] > 0 && onSceneFactor[k] <= 10)) {
                throw new IllegalArgumentException("on-scene factor for " + Condition.of(k) + " must be in (0, 10], was " + onSceneFactor[k]);
            }
        }
        Check.notNull("referral", referral);
        if (specialCentreNeedUpTo < -1 || specialCentreNeedUpTo >= Level.COUNT) {
            throw new IllegalArgumentException("special-centre need threshold must be in [-1, 5], was " + specialCentreNeedUpTo);
        }
    }

    private static DurationModel[] durations(String what, DurationModel[] d) {
        if (d == null || d.length != Level.AMBULANCE_LEVELS) {
            throw new IllegalArgumentException(what + " needs one duration per level RED, YELLOW, GREEN");
        }
        for (int i = 0; i < d.length; i++) {
            Check.notNull(what + " for " + Level.of(i), d[i]);
        }
        return d.clone();
    }

    /** Same treat-and-leave probability {@code p} for every need and condition. */
    public static double[][] uniformTreatAndLeave(double p) {
        double[][] m = new double[Level.COUNT][Condition.COUNT];
        for (double[] row : m) {
            java.util.Arrays.fill(row, Check.probability("treat-and-leave probability", p));
        }
        return m;
    }

    /** Same duration for all three levels. */
    public static DurationModel[] allLevels(DurationModel d) {
        return new DurationModel[] {d, d, d};
    }

    @Override
    public DurationModel[] activation() {
        return activation.clone();
    }

    @Override
    public DurationModel[] onScene() {
        return onScene.clone();
    }

    @Override
    public double[][] treatAndLeave() {
        return Check.copy(treatAndLeave);
    }

    @Override
    public double[] bypassEd() {
        return bypassEd.clone();
    }

    /** This with other ED-bypass probabilities of 113 patients by true need (RED, YELLOW, GREEN). */
    public SceneParameters withBypassEd(double[] p) {
        return new SceneParameters(activation, onScene, treatAndLeave, specialCentreNeedUpTo, lightsOnTransportForRed, p,
                directHandover, onSceneFactor, referral);
    }

    /** This with other referred shares and ED bypass of referred patients. */
    public SceneParameters withReferral(Referral r) {
        return new SceneParameters(activation, onScene, treatAndLeave, specialCentreNeedUpTo, lightsOnTransportForRed, bypassEd,
                directHandover, onSceneFactor, r);
    }

    public double treatAndLeave(int need, int condition) {
        return treatAndLeave[need][condition];
    }

    /** This with other treat-and-leave probabilities (policy lever). */
    public SceneParameters withTreatAndLeave(double[][] p) {
        return new SceneParameters(activation, onScene, p, specialCentreNeedUpTo, lightsOnTransportForRed, bypassEd,
                directHandover, onSceneFactor, referral);
    }

    /** The multipliers on on-scene time by condition (a copy). */
    @Override
    public double[] onSceneFactor() {
        return onSceneFactor.clone();
    }
}
