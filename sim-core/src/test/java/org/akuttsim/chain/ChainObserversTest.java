package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.akuttsim.experiment.Responses;
import org.junit.jupiter.api.Test;

/**
 * {@link ChainObservers}: each notification reaches the observers that override its method, in the
 * order they were added, and only those; the set is fixed when the run starts.
 */
class ChainObserversTest {

    /** Overrides {@code callDone} only, and counts. */
    static final class DoneCounter implements ChainObserver {
        int done;

        @Override
        public void callDone(Call call, int outcome, double t) {
            done++;
        }
    }

    /** Inherits its only override from a superclass. */
    static class DroveCounter implements ChainObserver {
        int drove;

        @Override
        public void unitDrove(int unit, double km, double t) {
            drove++;
        }
    }

    static final class InheritsDrove extends DroveCounter {
    }

    /** Sends every notification once. */
    static void notifyAll(ChainObservers o) {
        Call c = new Call(3);
        o.callReceived(c, 0.5, 1);
        o.callTriaged(c, 2);
        o.callDispatched(c, 1, 3);
        o.callRedispatched(c, 1, 4);
        o.callReached(c, 1, 5);
        o.callAtHospital(c, 1, 0, true, 6);
        o.callDone(c, CallListener.TRANSPORTED, 7);
        o.unitStateChanged(1, UnitState.AVAILABLE, UnitState.EN_ROUTE, 8);
        o.unitFreeChanged(1, false, 9);
        o.unitDrove(1, 2.5, 10);
    }

    @Test
    void anObserverOverridingOnlyCallDoneIsCalledForCallDoneOnly() {
        ChainObservers o = new ChainObservers();
        DoneCounter counter = new DoneCounter();
        o.add(counter);
        o.seal();
        notifyAll(o);
        assertEquals(1, counter.done, "one callDone among the ten notifications");
    }

    /** Ten observers, each overriding one notification and counting in its own cell. */
    static List<ChainObserver> oneHookEach(int[] hits) {
        return List.of(
                new ChainObserver() {
                    @Override
                    public void callReceived(Call call, double amkWait, double t) {
                        hits[0]++;
                    }
                },
                new ChainObserver() {
                    @Override
                    public void callTriaged(Call call, double t) {
                        hits[1]++;
                    }
                },
                new ChainObserver() {
                    @Override
                    public void callDispatched(Call call, int unit, double t) {
                        hits[2]++;
                    }
                },
                new ChainObserver() {
                    @Override
                    public void callRedispatched(Call call, int unit, double t) {
                        hits[3]++;
                    }
                },
                new ChainObserver() {
                    @Override
                    public void callReached(Call call, int unit, double t) {
                        hits[4]++;
                    }
                },
                new ChainObserver() {
                    @Override
                    public void callAtHospital(Call call, int unit, int hospital, boolean pastEd, double t) {
                        hits[5]++;
                    }
                },
                new ChainObserver() {
                    @Override
                    public void callDone(Call call, int outcome, double t) {
                        hits[6]++;
                    }
                },
                new ChainObserver() {
                    @Override
                    public void unitStateChanged(int unit, int from, int to, double t) {
                        hits[7]++;
                    }
                },
                new ChainObserver() {
                    @Override
                    public void unitFreeChanged(int unit, boolean free, double t) {
                        hits[8]++;
                    }
                },
                new ChainObserver() {
                    @Override
                    public void unitDrove(int unit, double km, double t) {
                        hits[9]++;
                    }
                });
    }

    @Test
    void everyNotificationReachesTheObserversThatOverrideIt() {
        int[] hits = new int[10];
        ChainObservers o = new ChainObservers();
        oneHookEach(hits).forEach(o::add);
        o.seal();
        notifyAll(o);
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, hits);
    }

    @Test
    void eachNotificationReachesItsOwnMethodWithItsArgumentsInTheOrderObserversWereAdded() {
        ChainObservers o = new ChainObservers();
        RecordingObserver first = new RecordingObserver(), second = new RecordingObserver();
        o.add(first);
        o.add(second);
        o.seal();
        notifyAll(o);
        List<String> expected = List.of("received 3 @1.0", "triaged 3 @2.0", "dispatched 3 unit 1 @3.0",
                "redispatched 3 unit 1 @4.0", "reached 3 unit 1 @5.0", "atHospital 3 unit 1 hospital 0 pastEd @6.0",
                "done 3 TRANSPORTED @7.0", "state 1 available>en_route @8.0", "free 1 false @9.0", "drove 1 2.5 @10.0");
        assertEquals(expected, first.take());
        assertEquals(expected, second.take());
    }

    @Test
    void anOverrideInheritedFromASuperclassCounts() {
        ChainObservers o = new ChainObservers();
        InheritsDrove d = new InheritsDrove();
        o.add(d);
        o.seal();
        notifyAll(o);
        assertEquals(1, d.drove);
    }

    @Test
    void observationAndRecordReachEveryObserver() {
        int[] calls = new int[3];
        ChainObserver o1 = new ChainObserver() {
            @Override
            public void observationStarts(double t) {
                calls[0]++;
            }

            @Override
            public void observationEnds(double t) {
                calls[1]++;
            }

            @Override
            public void record(Responses out) {
                calls[2]++;
            }
        };
        ChainObservers o = new ChainObservers();
        o.add(o1);
        o.add(new DoneCounter()); // overrides none of them: the empty defaults run
        o.seal();
        o.observationStarts(0);
        o.observationEnds(1);
        o.record(new Responses());
        assertEquals(List.of(1, 1, 1), List.of(calls[0], calls[1], calls[2]));
    }

    @Test
    void observersAreAddedBeforeTheRunStarts() {
        ChainObservers o = new ChainObservers();
        o.seal();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> o.add(new DoneCounter()));
        assertEquals("observers are added before the run starts", e.getMessage());
        assertThrows(NullPointerException.class, () -> new ChainObservers().add(null));
    }

    @Test
    void aRunRefusesAnObserverAddedAfterItStarted() {
        ChainRun run = new ChainRun(ChainScenarios.twoZonesOneStation().build(), ChainModelTest.rep(0, 0, 60));
        run.start();
        assertThrows(IllegalStateException.class, () -> run.observe(new DoneCounter()));
    }
}
