package org.akuttsim.chain.measure;

import java.util.Arrays;

import org.akuttsim.chain.Call;
import org.akuttsim.chain.CallListener;
import org.akuttsim.chain.ChainObserver;
import org.akuttsim.chain.Level;
import org.akuttsim.experiment.Responses;
import org.akuttsim.stats.Tally;

/**
 * What happened to the calls: how many arrived, ended and how (lost, no ambulance, treated and left,
 * transported, past the ED), by assigned level; AMK's wait and delay probability; the wait from
 * triage to dispatch by level; missions (dispatches) by level; redispatches. Also the calls in the
 * chain, for the conservation check: at start + received = completed + in progress.
 *
 * <p>Metrics: {@code calls.*}, {@code amk.meanWait}, {@code amk.delayProbability},
 * {@code dispatchWait.<LEVEL>.mean}, {@code missions.<LEVEL>}, {@code missions.treatAndLeave},
 * {@code missions.transported}, {@code missions.directToDestination}, {@code missions.redispatched}, {@code missions.referred} (transports a doctor ordered, {@link Call#referred()}) and {@code missions.referred.directToDestination}.
 */
public final class CallCounts implements ChainObserver {

    private long received, completed, lost, noAmbulance, treatedAndLeft, transported, pastEd, redispatched, amkDelayed;
    private long referred, referredPastEd;
    private long inChain, atStart;
    private final long[] byLevel = new long[Level.COUNT];
    private final long[] missions = new long[Level.AMBULANCE_LEVELS];
    private final Tally amkWait = new Tally();
    private final Tally[] dispatchWait = {new Tally(), new Tally(), new Tally()};

    @Override
    public void callReceived(Call call, double wait, double t) {
        received++;
        inChain++;
        amkWait.add(wait);
        if (wait > 0) {
            amkDelayed++;
        }
    }

    @Override
    public void callTriaged(Call call, double t) {
        byLevel[call.level()]++;
    }

    @Override
    public void callDispatched(Call call, int unit, double t) {
        dispatchWait[call.level()].add(t - call.ready());
        missions[call.level()]++;
    }

    @Override
    public void callRedispatched(Call call, int unit, double t) {
        redispatched++;
    }

    @Override
    public void callAtHospital(Call call, int unit, int hospital, boolean pastEd, double t) {
        transported++;
        if (pastEd) {
            this.pastEd++;
        }
        if (call.referred()) {
            referred++;
            if (pastEd) {
                referredPastEd++;
            }
        }
    }

    @Override
    public void callDone(Call call, int outcome, double t) {
        completed++;
        inChain--;
        switch (outcome) {
            case CallListener.LOST -> lost++;
            case CallListener.NO_AMBULANCE -> noAmbulance++;
            case CallListener.TREAT_AND_LEAVE -> treatedAndLeft++;
            default -> {
            }
        }
    }

    @Override
    public void observationStarts(double t) {
        atStart = inChain;
        received = completed = lost = noAmbulance = treatedAndLeft = transported = pastEd = redispatched = amkDelayed = 0;
        referred = referredPastEd = 0;
        Arrays.fill(byLevel, 0);
        Arrays.fill(missions, 0);
        amkWait.reset();
        for (Tally w : dispatchWait) {
            w.reset();
        }
    }

    @Override
    public void record(Responses out) {
        out.put("calls.received", received);
        out.put("calls.completed", completed);
        out.put("calls.inProgress", inChain);
        out.put("calls.lost", lost);
        out.put("calls.noAmbulance", noAmbulance);
        for (int l = 0; l < Level.COUNT; l++) {
            out.put("calls.assigned." + Level.of(l), byLevel[l]);
        }
        out.put("amk.meanWait", amkWait.mean());
        out.put("amk.delayProbability", amkDelayProbability());
        for (int l = 0; l < Level.AMBULANCE_LEVELS; l++) {
            out.put("dispatchWait." + Level.of(l) + ".mean", dispatchWait[l].mean());
            out.put("missions." + Level.of(l), missions[l]);
        }
        out.put("missions.treatAndLeave", treatedAndLeft);
        out.put("missions.transported", transported);
        out.put("missions.directToDestination", pastEd);
        out.put("missions.referred", referred);
        out.put("missions.referred.directToDestination", referredPastEd);
        out.put("missions.redispatched", redispatched);
    }

    /** {@return the calls AMK received in the observed period} */
    public long received() {
        return received;
    }

    /** {@return the calls the chain finished with in the observed period} */
    public long completed() {
        return completed;
    }

    /**
     * Calls in the chain now.
     *
     * @return the number of calls in the chain
     */
    public long inProgress() {
        return inChain;
    }

    /**
     * Calls in the chain when observation started.
     *
     * @return the number of calls in the chain at the warm-up's end
     */
    public long atStart() {
        return atStart;
    }

    /** {@return the calls lost in the observed period} */
    public long lost() {
        return lost;
    }

    /** {@return the waits for an AMK operator, in minutes} */
    public Tally amkWait() {
        return amkWait;
    }

    /**
     * Probability that a call waited for an AMK operator.
     *
     * @return the probability, in [0, 1]
     */
    public double amkDelayProbability() {
        return amkWait.count() == 0 ? Double.NaN : (double) amkDelayed / amkWait.count();
    }

    /**
     * Waits from triage to dispatch, by level.
     *
     * @param level the assigned level's ordinal (RED, YELLOW, GREEN)
     * @return the waits, in minutes
     */
    public Tally dispatchWait(int level) {
        return dispatchWait[level];
    }
}
