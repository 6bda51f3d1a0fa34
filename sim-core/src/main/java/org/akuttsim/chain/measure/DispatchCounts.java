package org.akuttsim.chain.measure;

import java.util.Arrays;

import org.akuttsim.chain.Call;
import org.akuttsim.chain.ChainObserver;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.experiment.Responses;

/**
 * Dispatches of each unit to the calls of each zone (the hypercube's dispatch fractions).
 *
 * <p>Metrics, when {@link org.akuttsim.chain.MetricParameters#dispatchShares()} is on:
 * {@code dispatchShare.<zone>.<unit>}, dispatches per call received.
 */
public final class DispatchCounts implements ChainObserver {

    private final ChainScenario scenario;
    private final int units;
    private final long[] count;
    private long received;

    /**
     * Counts for the scenario's zones and units; reported when its metric parameters ask for dispatch
     * shares.
     *
     * @param scenario the scenario
     */
    public DispatchCounts(ChainScenario scenario) {
        this.scenario = scenario;
        this.units = scenario.fleet().size();
        this.count = new long[scenario.region().zoneCount() * units];
    }

    @Override
    public void callReceived(Call call, double amkWait, double t) {
        received++;
    }

    @Override
    public void callDispatched(Call call, int unit, double t) {
        count[call.zone() * units + unit]++;
    }

    @Override
    public void observationStarts(double t) {
        Arrays.fill(count, 0);
        received = 0;
    }

    /**
     * Dispatches of unit {@code u} to calls from zone {@code z} in the observed period.
     *
     * @param z the zone's index
     * @param u the unit's index
     * @return the number of dispatches
     */
    public long dispatches(int z, int u) {
        return count[z * units + u];
    }

    @Override
    public void record(Responses out) {
        if (!scenario.metrics().dispatchShares()) {
            return;
        }
        for (int z = 0; z < scenario.region().zoneCount(); z++) {
            String p = "dispatchShare." + scenario.region().zones().get(z).id() + ".";
            for (int u = 0; u < units; u++) {
                out.put(p + scenario.fleet().units().get(u).id(), received == 0 ? Double.NaN : (double) dispatches(z, u) / received);
            }
        }
    }
}
