package org.akuttsim.chain;

import java.util.ArrayList;
import java.util.List;

/**
 * A test observer that writes down every notification it receives, in order, as one line of text
 * (e.g. {@code "state 0 available>en_route @30.0"}), so a test can state the expected sequence.
 */
final class RecordingObserver implements ChainObserver {

    private static final String[] OUTCOMES = {"NO_AMBULANCE", "TREAT_AND_LEAVE", "TRANSPORTED", "LOST"};

    private final List<String> log = new ArrayList<>();

    /** The lines written since the last call, which are then forgotten. */
    List<String> take() {
        List<String> l = List.copyOf(log);
        log.clear();
        return l;
    }

    @Override
    public void callReceived(Call call, double amkWait, double t) {
        log.add("received " + call.id() + " @" + t);
    }

    @Override
    public void callTriaged(Call call, double t) {
        log.add("triaged " + call.id() + " @" + t);
    }

    @Override
    public void callDispatched(Call call, int unit, double t) {
        log.add("dispatched " + call.id() + " unit " + unit + " @" + t);
    }

    @Override
    public void callRedispatched(Call call, int unit, double t) {
        log.add("redispatched " + call.id() + " unit " + unit + " @" + t);
    }

    @Override
    public void callReached(Call call, int unit, double t) {
        log.add("reached " + call.id() + " unit " + unit + " @" + t);
    }

    @Override
    public void callAtHospital(Call call, int unit, int hospital, boolean pastEd, double t) {
        log.add("atHospital " + call.id() + " unit " + unit + " hospital " + hospital + (pastEd ? " pastEd" : "") + " @" + t);
    }

    @Override
    public void callDone(Call call, int outcome, double t) {
        log.add("done " + call.id() + " " + OUTCOMES[outcome] + " @" + t);
    }

    @Override
    public void unitStateChanged(int unit, int from, int to, double t) {
        log.add("state " + unit + " " + UnitState.name(from) + ">" + UnitState.name(to) + " @" + t);
    }

    @Override
    public void unitFreeChanged(int unit, boolean free, double t) {
        log.add("free " + unit + " " + free + " @" + t);
    }

    @Override
    public void unitDrove(int unit, double km, double t) {
        log.add("drove " + unit + " " + km + " @" + t);
    }
}
