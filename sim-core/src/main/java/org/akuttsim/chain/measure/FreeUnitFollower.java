package org.akuttsim.chain.measure;

import org.akuttsim.chain.ChainObserver;

/**
 * An observer that follows where the free units are: it keeps what it is told of each unit
 * ({@link UnitsAsTold}) and the units that change something for it later on their way home
 * ({@link WaitingUnits}), and carries those changes out in time order before anything newer.
 * Subclasses say what a state change means ({@link #changed}), what a due change does ({@link #due})
 * and how a unit is counted now ({@link #update}).
 */
abstract class FreeUnitFollower implements ChainObserver {

    final UnitsAsTold told;
    private final WaitingUnits waiting;

    FreeUnitFollower(int units) {
        told = new UnitsAsTold(units);
        waiting = new WaitingUnits(units);
    }

    @Override
    public final void unitLegStarted(int unit, int from, int to, double start, double end) {
        told.leg(unit, from, to, start, end);
    }

    @Override
    public final void unitStateChanged(int unit, int from, int to, double t) {
        if (!UnitsAsTold.matters(from, to)) {
            return;
        }
        catchUp(t);
        told.state[unit] = to;
        waiting.drop(unit);
        double later = changed(unit, t);
        if (later > t && later < Double.POSITIVE_INFINITY) {
            waiting.add(unit, later);
        }
        update(unit, t);
    }

    @Override
    public final void unitFreeChanged(int unit, boolean isFree, double t) {
        catchUp(t);
        told.free[unit] = isFree;
        update(unit, t);
    }

    /** The unit's post (the station it stands at or drives to while free) changed; a state change follows at once. */
    @Override
    public final void unitPosted(int unit, int station, double t) {
        catchUp(t);
        posted(unit, station, t);
    }

    /** Carries out, in time order, the changes due by time t. */
    final void catchUp(double t) {
        for (int u = waiting.pollDue(t); u >= 0; u = waiting.pollDue(t)) {
            due(u, waiting.time(u));
        }
    }

    /** The unit's state is now {@code told.state[unit]} (from time t); the later time it changes again on its way home, or +∞. */
    abstract double changed(int unit, double t);

    /** The change the unit waited for happens at {@code at}. */
    abstract void due(int unit, double at);

    /** Counts the unit as it is at time t. */
    abstract void update(int unit, double t);

    /** The unit is posted at {@code station} from time t (told only with a relocation policy). */
    abstract void posted(int unit, int station, double t);
}
