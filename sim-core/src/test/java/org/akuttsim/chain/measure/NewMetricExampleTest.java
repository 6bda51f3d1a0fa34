package org.akuttsim.chain.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.akuttsim.chain.Call;
import org.akuttsim.chain.ChainObserver;
import org.akuttsim.chain.ChainRun;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.ChainScenarios;
import org.akuttsim.chain.Level;
import org.akuttsim.chain.Region;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.junit.jupiter.api.Test;

/**
 * How a researcher adds a metric: a {@link ChainObserver} that overrides the notifications it needs,
 * forgets what it saw at the end of the warm-up ({@code observationStarts}) and writes its numbers in
 * {@code record}; {@link ChainRun#observe} adds it before the run. Public API only.
 *
 * <p>The example: the share of RED calls reached within the response-time target (12 minutes in
 * urban zones, 25 in rural ones), zone by zone, which the run reports only pooled over urban and over
 * rural zones. The check: summed over the urban (rural) zones it agrees with the run's own
 * {@code response.RED.urban.*} ({@code .rural.*}).
 */
class NewMetricExampleTest {

    /** RED calls reached within the target, by zone. "Within" is "less than", as the run counts it. */
    static final class RedWithinTargetByZone implements ChainObserver {
        final Region region;
        final double urbanTarget, ruralTarget;
        final long[] reached, withinTarget;

        RedWithinTargetByZone(ChainScenario s) {
            region = s.region();
            urbanTarget = s.metrics().urbanTargetMinutes();
            ruralTarget = s.metrics().ruralTargetMinutes();
            reached = new long[region.zoneCount()];
            withinTarget = new long[region.zoneCount()];
        }

        @Override
        public void callReached(Call call, int unit, double t) { // the first unit is on scene
            if (call.level() == Level.RED.ordinal()) {
                int z = call.zone();
                reached[z]++;
                double target = region.zones().get(z).urban() ? urbanTarget : ruralTarget;
                withinTarget[z] += t - call.received() < target ? 1 : 0;
            }
        }

        @Override
        public void observationStarts(double t) {
            Arrays.fill(reached, 0);
            Arrays.fill(withinTarget, 0);
        }

        @Override
        public void record(Responses out) {
            for (int z = 0; z < reached.length; z++) {
                out.put("response.RED.withinTarget." + region.zones().get(z).id(),
                        reached[z] == 0 ? Double.NaN : (double) withinTarget[z] / reached[z]);
            }
        }
    }

    @Test
    void aNewMetricAgreesWithWhatTheRunAlreadyReports() {
        ChainScenario s = ChainScenarios.stOlavsSized().build();
        ChainRun run = new ChainRun(s, new Replication(0, new StreamFactory(42).forReplication(0), 2 * 1440, 30 * 1440));
        RedWithinTargetByZone metric = new RedWithinTargetByZone(s);
        run.observe(metric);
        run.run();
        Responses out = new Responses();
        run.record(out);

        long[] n = new long[2], within = new long[2]; // [0] urban, [1] rural
        for (int z = 0; z < s.region().zoneCount(); z++) {
            int area = s.region().zones().get(z).urban() ? 0 : 1;
            n[area] += metric.reached[z];
            within[area] += metric.withinTarget[z];
        }
        assertTrue(n[0] > 300 && n[1] > 100, "enough RED calls in both areas: " + n[0] + ", " + n[1]);
        assertEquals(out.get("response.RED.urban.n"), n[0]);
        assertEquals(out.get("response.RED.urban.n") * out.get("response.RED.urban.within12"), within[0], 1e-6);
        assertEquals(out.get("response.RED.rural.n"), n[1]);
        assertEquals(out.get("response.RED.rural.n") * out.get("response.RED.rural.within25"), within[1], 1e-6);
        assertEquals((double) metric.withinTarget[0] / metric.reached[0], out.get("response.RED.withinTarget.Z0"), 0.0);
    }
}
