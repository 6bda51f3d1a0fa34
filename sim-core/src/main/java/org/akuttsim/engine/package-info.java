/**
 * The event kernel: a {@link org.akuttsim.engine.Simulator} keeps a clock and a list of pending
 * events, each an (int kind, int entity) pair handed to one {@link org.akuttsim.engine.EventHandler}
 * in time order, ties in scheduling order. No objects per event, no threads: one simulator per
 * replication. Time has no unit of its own; the chain model uses minutes from Monday 00:00.
 */
package org.akuttsim.engine;
