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

    /**
     * No referred patients ({@link Referral#NONE}): the ED bypass is {@code bypassEd} for every transport.
     *
     * @param activation time from dispatch to wheels rolling, by assigned level (RED, YELLOW, GREEN)
     * @param onScene time on scene, by assigned level
     * @param treatAndLeave treat-and-leave probability, [true need][condition]
     * @param specialCentreNeedUpTo highest true-need ordinal of chest pain and stroke taken to a PCI or
     *     stroke centre (-1: none)
     * @param lightsOnTransportForRed whether RED patients are transported with lights and sirens
     * @param bypassEd probability of going past the ED, by true need (RED, YELLOW, GREEN)
     * @param directHandover handover time past the ED, minutes
     * @param onSceneFactor multiplier on on-scene time by condition
     */
    public SceneParameters(DurationModel[] activation, DurationModel[] onScene, double[][] treatAndLeave,
                           int specialCentreNeedUpTo, boolean lightsOnTransportForRed, double[] bypassEd,
                           DurationModel directHandover, double[] onSceneFactor) {
        this(activation, onScene, treatAndLeave, specialCentreNeedUpTo, lightsOnTransportForRed, bypassEd, directHandover,
                onSceneFactor, Referral.NONE);
    }

    /**
     * On-scene times by level alone (every condition's factor 1).
     *
     * @param activation time from dispatch to wheels rolling, by assigned level (RED, YELLOW, GREEN)
     * @param onScene time on scene, by assigned level
     * @param treatAndLeave treat-and-leave probability, [true need][condition]
     * @param specialCentreNeedUpTo highest true-need ordinal of chest pain and stroke taken to a PCI or
     *     stroke centre (-1: none)
     * @param lightsOnTransportForRed whether RED patients are transported with lights and sirens
     * @param bypassEd probability of going past the ED, by true need (RED, YELLOW, GREEN)
     * @param directHandover handover time past the ED, minutes
     */
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

    /**
     * Every transported patient goes through the ED.
     *
     * @param activation time from dispatch to wheels rolling, by assigned level (RED, YELLOW, GREEN)
     * @param onScene time on scene, by assigned level
     * @param treatAndLeave treat-and-leave probability, [true need][condition]
     * @param specialCentreNeedUpTo highest true-need ordinal of chest pain and stroke taken to a PCI or
     *     stroke centre (-1: none)
     * @param lightsOnTransportForRed whether RED patients are transported with lights and sirens
     */
    public SceneParameters(DurationModel[] activation, DurationModel[] onScene, double[][] treatAndLeave,
                           int specialCentreNeedUpTo, boolean lightsOnTransportForRed) {
        this(activation, onScene, treatAndLeave, specialCentreNeedUpTo, lightsOnTransportForRed,
                new double[Level.AMBULANCE_LEVELS], DurationModel.fixed(0));
    }

    /**
     * Checks every dimension, that probabilities lie in [0, 1], on-scene factors in (0, 10], the special-
     * centre threshold in [-1, 5] and that a referral is given; keeps copies.
     *
     * @param activation time from dispatch to wheels rolling, by assigned level (RED, YELLOW, GREEN)
     * @param onScene time on scene, by assigned level
     * @param treatAndLeave treat-and-leave probability, [true need][condition]
     * @param specialCentreNeedUpTo highest true-need ordinal of chest pain and stroke taken to a PCI or
     *     stroke centre (-1: none)
     * @param lightsOnTransportForRed whether RED patients are transported with lights and sirens
     * @param bypassEd probability that a patient sent through 113 goes past the ED, by true need (RED, YELLOW,
     *     GREEN)
     * @param directHandover handover time past the ED, minutes
     * @param onSceneFactor multiplier on on-scene time by condition
     * @param referral referred shares and the ED bypass of referred patients ({@link Referral#NONE}: none)
     */
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

    /**
     * Same treat-and-leave probability {@code p} for every need and condition.
     *
     * @param p the probability
     * @return a [true need][condition] matrix filled with {@code p}
     */
    public static double[][] uniformTreatAndLeave(double p) {
        double[][] m = new double[Level.COUNT][Condition.COUNT];
        for (double[] row : m) {
            java.util.Arrays.fill(row, Check.probability("treat-and-leave probability", p));
        }
        return m;
    }

    /**
     * Same duration for all three levels.
     *
     * @param d the duration
     * @return {@code d} for RED, YELLOW and GREEN
     */
    public static DurationModel[] allLevels(DurationModel d) {
        return new DurationModel[] {d, d, d};
    }

    /** {@return the activation delays by assigned level (a copy)} */
    @Override
    public DurationModel[] activation() {
        return activation.clone();
    }

    /** {@return the on-scene times by assigned level (a copy)} */
    @Override
    public DurationModel[] onScene() {
        return onScene.clone();
    }

    /** {@return the treat-and-leave probabilities, [true need][condition] (a copy)} */
    @Override
    public double[][] treatAndLeave() {
        return Check.copy(treatAndLeave);
    }

    /** {@return the ED-bypass probabilities by true need RED, YELLOW, GREEN (a copy)} */
    @Override
    public double[] bypassEd() {
        return bypassEd.clone();
    }

    /**
     * This with other ED-bypass probabilities of 113 patients by true need (RED, YELLOW, GREEN).
     *
     * @param p three probabilities
     * @return the new parameters
     */
    public SceneParameters withBypassEd(double[] p) {
        return new SceneParameters(activation, onScene, treatAndLeave, specialCentreNeedUpTo, lightsOnTransportForRed, p,
                directHandover, onSceneFactor, referral);
    }

    /**
     * This with other referred shares and ED bypass of referred patients.
     *
     * @param r the referral shares and bypass probabilities ({@link Referral#NONE}: no referrals)
     * @return the new parameters
     */
    public SceneParameters withReferral(Referral r) {
        return new SceneParameters(activation, onScene, treatAndLeave, specialCentreNeedUpTo, lightsOnTransportForRed, bypassEd,
                directHandover, onSceneFactor, r);
    }

    /**
     * {@return the probability that the crew treats and leaves a patient of this need and condition}
     *
     * @param need the true need's ordinal
     * @param condition the condition's ordinal
     */
    public double treatAndLeave(int need, int condition) {
        return treatAndLeave[need][condition];
    }

    /**
     * This with other treat-and-leave probabilities (policy lever).
     *
     * @param p the [true need][condition] probabilities
     * @return the new parameters
     */
    public SceneParameters withTreatAndLeave(double[][] p) {
        return new SceneParameters(activation, onScene, p, specialCentreNeedUpTo, lightsOnTransportForRed, bypassEd,
                directHandover, onSceneFactor, referral);
    }

    /**
     * The multipliers on on-scene time by condition (a copy).
     *
     * @return the factors by condition ordinal
     */
    @Override
    public double[] onSceneFactor() {
        return onSceneFactor.clone();
    }
}
