package org.akuttsim.chain;

/**
 * The states of a response unit, as small ints (the model keeps one {@code int} per unit). A unit is
 * in exactly one state at any time; time-weighted shares of the states sum to one.
 *
 * <pre>
 *  OFF_DUTY ⇄ AVAILABLE ─dispatch→ EN_ROUTE ─arrive→ ON_SCENE ─transport→ TRANSPORTING ─arrive→ AT_HOSPITAL
 *      ↑          ↑                   ↑                  └treat and leave┐                       │offload
 *      └──────────┴──back at station── RETURNING ←─────────────────────────┴───────────────────────┘
 *                                        └─dispatch (a returning unit may take a call)→ EN_ROUTE
 *
 *  AVAILABLE or RETURNING ─move-up→ RELOCATING ─arrive→ AVAILABLE (at the station it was moved to), or OFF_DUTY
 *                                        └─dispatch (a relocating unit may take a call)→ EN_ROUTE
 * </pre>
 * RELOCATING exists only when a relocation (move-up) policy is set ({@link DispatchRules#relocation()}).
 */
public final class UnitState {
    /** At its post (its home station, or the station a relocation moved it to), crewed, free. */
    public static final int AVAILABLE = 0;
    /** Activated and driving to the scene (activation delay counts here). */
    public static final int EN_ROUTE = 1;
    /** At the scene with the patient. */
    public static final int ON_SCENE = 2;
    /** Carrying the patient to hospital. */
    public static final int TRANSPORTING = 3;
    /** At hospital, waiting to hand over (offload). */
    public static final int AT_HOSPITAL = 4;
    /** Driving back to its home station; free for new calls. */
    public static final int RETURNING = 5;
    /** Not crewed. */
    public static final int OFF_DUTY = 6;
    /**
     * Driving to another station on a relocation (move-up) policy's order; free for new calls. Only
     * with a relocation policy ({@link org.akuttsim.chain.relocation.RelocationPolicy}).
     */
    public static final int RELOCATING = 7;
    /** Number of states. */
    public static final int COUNT = 8;

    private static final String[] NAMES = {"available", "en_route", "on_scene", "transporting", "at_hospital", "returning", "off_duty",
        "relocating"};

    private UnitState() {
    }

    /**
     * Lower-case name for metric names, e.g. {@code "at_hospital"}.
     *
     * @param state a state constant
     * @return its name
     */
    public static String name(int state) {
        return NAMES[state];
    }

    /**
     * The legal transitions (row: from, column: to), as drawn above; {@link Units} refuses any other.
     * EN_ROUTE → RETURNING is a redispatch (the unit turns where it is); RETURNING → EN_ROUTE a
     * returning unit taking a call; RETURNING → OFF_DUTY a crew whose shift ended on the way home.
     * AVAILABLE or RETURNING → RELOCATING a move-up; RELOCATING → AVAILABLE its arrival (OFF_DUTY when the
     * shift ended on the way), RELOCATING → EN_ROUTE a relocating unit taking a call.
     */
    private static final boolean[][] LEGAL = new boolean[COUNT][COUNT];

    static {
        int[][] edges = {
                {AVAILABLE, EN_ROUTE}, {AVAILABLE, OFF_DUTY}, {OFF_DUTY, AVAILABLE},
                {EN_ROUTE, ON_SCENE}, {EN_ROUTE, RETURNING},
                {ON_SCENE, TRANSPORTING}, {ON_SCENE, RETURNING},
                {TRANSPORTING, AT_HOSPITAL}, {AT_HOSPITAL, RETURNING},
                {RETURNING, AVAILABLE}, {RETURNING, OFF_DUTY}, {RETURNING, EN_ROUTE},
                {AVAILABLE, RELOCATING}, {RETURNING, RELOCATING},
                {RELOCATING, AVAILABLE}, {RELOCATING, OFF_DUTY}, {RELOCATING, EN_ROUTE}};
        for (int[] e : edges) {
            LEGAL[e[0]][e[1]] = true;
        }
    }

    /**
     * True when a unit may go from state {@code from} to state {@code to}.
     *
     * @param from a state constant
     * @param to a state constant
     * @return whether the transition is allowed
     */
    public static boolean canChange(int from, int to) {
        return from >= 0 && from < COUNT && to >= 0 && to < COUNT && LEGAL[from][to];
    }

    /**
     * True for the states in which a unit is on a mission: EN_ROUTE, ON_SCENE, TRANSPORTING, AT_HOSPITAL.
     *
     * @param state a state constant
     * @return whether it is a mission state
     */
    public static boolean mission(int state) {
        return state >= EN_ROUTE && state <= AT_HOSPITAL;
    }

    /**
     * True for the states in which a unit may be dispatched: AVAILABLE, RETURNING and RELOCATING.
     *
     * @param state a state constant
     * @return whether it is a free state
     */
    public static boolean free(int state) {
        return state == AVAILABLE || state == RETURNING || state == RELOCATING;
    }
}
