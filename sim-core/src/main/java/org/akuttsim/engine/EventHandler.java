package org.akuttsim.engine;

/**
 * Receives the events a {@link Simulator} pops, as a small integer {@code kind} and an integer
 * {@code entity} (an index into the model's own primitive arrays). A model usually implements this
 * once and dispatches with a {@code switch} on {@code kind}: no reflection, no boxing, no allocation.
 */
@FunctionalInterface
public interface EventHandler {
    /**
     * Handles one event. The simulator's clock already reads the event's time.
     *
     * @param kind   the event kind given to {@link Simulator#schedule(double, int, int)}, never negative
     * @param entity the entity given at scheduling time
     */
    void handle(int kind, int entity);
}
