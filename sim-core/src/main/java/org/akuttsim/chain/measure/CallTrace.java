package org.akuttsim.chain.measure;

import org.akuttsim.chain.Call;
import org.akuttsim.chain.CallListener;
import org.akuttsim.chain.ChainObserver;

/** Tells a {@link CallListener} (a trace file, a test) about every call the chain is done with. */
public final class CallTrace implements ChainObserver {

    private final CallListener listener;

    /**
     * An observer that hands every finished call to {@code listener}.
     *
     * @param listener receives each call when the chain is done with it
     */
    public CallTrace(CallListener listener) {
        this.listener = listener;
    }

    @Override
    public void callDone(Call c, int outcome, double t) {
        listener.callDone(c.key(), c.zone(), c.ageGroup(), c.condition(), c.need(), c.level(), c.received(), c.ready(),
                c.dispatched(), c.onScene(), c.atHospital(), c.unit(), c.travel(), outcome);
    }
}
