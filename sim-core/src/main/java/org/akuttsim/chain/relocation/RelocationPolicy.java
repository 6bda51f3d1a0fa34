package org.akuttsim.chain.relocation;

/**
 * Relocation (move-up): which free ambulances move to which stations, so that districts left
 * without a unit are covered again. It sits beside the {@link org.akuttsim.chain.dispatch.DispatchPolicy}
 * (set both in {@link org.akuttsim.chain.DispatchRules}). The contract, in full:
 * <ul>
 *   <li><b>When it is asked.</b> After dispatch has acted at the same instant: whenever a unit becomes
 *       free (leaves a scene or hospital on its way home) or arrives at a station (after the waiting
 *       calls were offered to it), after a call is given a unit (a district may be left empty), and after
 *       crews change at a shift hour. Never in the middle of a dispatch round.</li>
 *   <li><b>What it sees.</b> A read-only {@link RelocationView} of the units (state, home station,
 *       post), the stations (free ambulances posted at each, own crews on duty), and travel minutes.</li>
 *   <li><b>What it may do.</b> Order moves with {@link RelocationView#move}: a <em>movable</em> unit (a free
 *       emergency ambulance standing at a station or driving home) drives to another station. The move
 *       is carried out at once and the view shows it, so a policy can order several moves in turn.
 *       Anything else (a busy unit, a unit already relocating, the station it is posted to) is an error
 *       the model reports.</li>
 *   <li><b>How moves meet dispatch.</b> A relocating unit is free: dispatch may send it on the way, from
 *       where it is, without activation (like a unit driving home). Its time counts in the state
 *       {@code relocating} (unit time shares still add up to one), its kilometres in the fleet's km and
 *       CO2 and in the {@code relocation.*} metrics. After its next mission a moved unit drives home.</li>
 *   <li>The policy must be immutable and thread-safe: one instance serves every replication of a
 *       scenario, in parallel; per-run state belongs in the view.</li>
 * </ul>
 * {@link #NONE} (the default) is never asked: the run is exactly the run without relocation.
 */
public interface RelocationPolicy {

    /** No relocation: units always drive home (the default; the model as before relocation existed). */
    RelocationPolicy NONE = new RelocationPolicy() {
        @Override
        public void relocate(RelocationView view) {
        }

        @Override
        public String toString() {
            return "none";
        }
    };

    /**
     * Orders zero or more moves with {@link RelocationView#move}.
     *
     * @param view the running chain's units and stations, valid only during this call
     */
    void relocate(RelocationView view);

    /**
     * Checks that the policy fits a region of {@code stations} stations (e.g. a compliance table names
     * existing stations); throws {@link IllegalArgumentException} saying what was expected. Called when
     * the scenario is built.
     *
     * @param stations the number of stations in the region (station indices 0 .. stations-1)
     * @throws IllegalArgumentException if the policy names a station the region does not have
     */
    default void checkFits(int stations) {
    }
}
