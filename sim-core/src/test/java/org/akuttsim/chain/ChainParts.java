package org.akuttsim.chain;

import org.akuttsim.engine.EventHandler;
import org.akuttsim.engine.Simulator;

/**
 * The chain's components wired as {@link ChainRun} wires them, but without the run: a simulator whose
 * events go to {@link #route} (nowhere, unless a test routes some), one {@link RecordingObserver},
 * and no call intake or hospital submodel. A test moves the clock with {@link #at} and calls the
 * components itself, one component at a time. {@link Units#start()} is left to the test.
 */
final class ChainParts {

    final ChainScenario scenario;
    /** Where the simulator's events go; by default nowhere (they are dropped when due). */
    EventHandler route = (kind, entity) -> {
    };
    final Simulator sim = new Simulator((kind, entity) -> route.handle(kind, entity));
    final RecordingObserver recorder = new RecordingObserver();
    final ChainObservers observers = new ChainObservers();
    final Roads roads;
    final CallBook calls;
    final Units units;
    final Dispatcher dispatcher;
    final Missions missions;

    ChainParts(ChainScenario s) {
        scenario = s;
        observers.add(recorder);
        observers.seal();
        roads = new Roads(s);
        calls = new CallBook(sim, observers);
        units = new Units(s, sim, observers);
        dispatcher = new Dispatcher(s, Double.POSITIVE_INFINITY, sim, calls, units, roads, observers);
        missions = new Missions(s, sim, units, calls, roads, new Destinations(s, roads), observers, dispatcher);
        dispatcher.connect(missions);
    }

    /** Moves the clock to {@code t}, handing the events due by then to {@link #route}. */
    ChainParts at(double t) {
        sim.run(t);
        return this;
    }

    /** {@link Units#changeCrews} at the start of hour {@code hour}, as the HOUR event does. */
    boolean crewsChangeAt(int hour) {
        at(60.0 * hour);
        return units.changeCrews(hour);
    }
}
