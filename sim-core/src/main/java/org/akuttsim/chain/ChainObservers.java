package org.akuttsim.chain;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.akuttsim.experiment.Responses;

/**
 * Tells the {@link ChainObserver}s of a run what happens, in the order they were added. Each
 * notification goes only to the observers that override its method (found once, when the run
 * starts), so an observer that watches units costs nothing per call and vice versa.
 */
final class ChainObservers {

    private final List<ChainObserver> all = new ArrayList<>();
    private ChainObserver[] received = {}, triaged = {}, dispatched = {}, redispatched = {}, reached = {},
            atHospital = {}, done = {}, stateChanged = {}, freeChanged = {}, legStarted = {}, posted = {}, drove = {};
    private boolean sealed;

    /** Adds an observer; only before {@link #seal()}. */
    void add(ChainObserver o) {
        if (sealed) {
            throw new IllegalStateException("observers are added before the run starts");
        }
        all.add(java.util.Objects.requireNonNull(o, "observer"));
    }

    /** Fixes the observers and finds which of them watch what. */
    void seal() {
        sealed = true;
        received = watching("callReceived", Call.class, double.class, double.class);
        triaged = watching("callTriaged", Call.class, double.class);
        dispatched = watching("callDispatched", Call.class, int.class, double.class);
        redispatched = watching("callRedispatched", Call.class, int.class, double.class);
        reached = watching("callReached", Call.class, int.class, double.class);
        atHospital = watching("callAtHospital", Call.class, int.class, int.class, boolean.class, double.class);
        done = watching("callDone", Call.class, int.class, double.class);
        stateChanged = watching("unitStateChanged", int.class, int.class, int.class, double.class);
        freeChanged = watching("unitFreeChanged", int.class, boolean.class, double.class);
        legStarted = watching("unitLegStarted", int.class, int.class, int.class, double.class, double.class);
        posted = watching("unitPosted", int.class, int.class, double.class);
        drove = watching("unitDrove", int.class, double.class, double.class);
    }

    private ChainObserver[] watching(String method, Class<?>... params) {
        List<ChainObserver> w = new ArrayList<>();
        for (ChainObserver o : all) {
            try {
                Method m = o.getClass().getMethod(method, params);
                if (m.getDeclaringClass() != ChainObserver.class) {
                    w.add(o);
                }
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("ChainObserver has no method " + method + Arrays.toString(params), e);
            }
        }
        return w.toArray(new ChainObserver[0]);
    }

    void callReceived(Call c, double amkWait, double t) {
        for (ChainObserver o : received) {
            o.callReceived(c, amkWait, t);
        }
    }

    void callTriaged(Call c, double t) {
        for (ChainObserver o : triaged) {
            o.callTriaged(c, t);
        }
    }

    void callDispatched(Call c, int unit, double t) {
        for (ChainObserver o : dispatched) {
            o.callDispatched(c, unit, t);
        }
    }

    void callRedispatched(Call c, int unit, double t) {
        for (ChainObserver o : redispatched) {
            o.callRedispatched(c, unit, t);
        }
    }

    void callReached(Call c, int unit, double t) {
        for (ChainObserver o : reached) {
            o.callReached(c, unit, t);
        }
    }

    void callAtHospital(Call c, int unit, int hospital, boolean pastEd, double t) {
        for (ChainObserver o : atHospital) {
            o.callAtHospital(c, unit, hospital, pastEd, t);
        }
    }

    void callDone(Call c, int outcome, double t) {
        for (ChainObserver o : done) {
            o.callDone(c, outcome, t);
        }
    }

    void unitStateChanged(int unit, int from, int to, double t) {
        for (ChainObserver o : stateChanged) {
            o.unitStateChanged(unit, from, to, t);
        }
    }

    void unitFreeChanged(int unit, boolean free, double t) {
        for (ChainObserver o : freeChanged) {
            o.unitFreeChanged(unit, free, t);
        }
    }

    void unitLegStarted(int unit, int from, int to, double start, double end) {
        for (ChainObserver o : legStarted) {
            o.unitLegStarted(unit, from, to, start, end);
        }
    }

    void unitPosted(int unit, int station, double t) {
        for (ChainObserver o : posted) {
            o.unitPosted(unit, station, t);
        }
    }

    void unitDrove(int unit, double km, double t) {
        for (ChainObserver o : drove) {
            o.unitDrove(unit, km, t);
        }
    }

    void transferStarted(int unit, int from, int to, boolean urgent, double t) {
        for (ChainObserver o : all) { // rare: no list of its own
            o.transferStarted(unit, from, to, urgent, t);
        }
    }

    void transferDone(int unit, double t) {
        for (ChainObserver o : all) {
            o.transferDone(unit, t);
        }
    }

    void observationStarts(double t) {
        for (ChainObserver o : all) {
            o.observationStarts(t);
        }
    }

    void observationEnds(double t) {
        for (ChainObserver o : all) {
            o.observationEnds(t);
        }
    }

    void record(Responses out) {
        for (ChainObserver o : all) {
            o.record(out);
        }
    }
}
