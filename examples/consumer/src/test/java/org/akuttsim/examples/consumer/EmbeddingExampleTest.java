package org.akuttsim.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.akuttsim.chain.ChainModel;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.DispatchRules;
import org.akuttsim.chain.dispatch.DispatchPolicy;
import org.akuttsim.experiment.Experiment;
import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.scenarios.DefaultRegion;
import org.akuttsim.stats.ConfidenceInterval;
import org.akuttsim.stats.PairedDifference;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example, compiled and run so it stays true: a researcher writes a dispatch
 * policy (here: the nearest free unit for every call, without the default's protection of a
 * district's last unit for GREEN calls) and compares it with the default under common random numbers.
 * It lives in a project of its own that depends on the installed org.akuttsim:sim-scenarios, so it
 * compiles and runs on exactly what an embedder gets (akuttsim's build runs it through
 * embedding-check's maven-invoker-plugin).
 */
class EmbeddingExampleTest {

    @Test
    void nearestUnitForEveryCallAgainstTheDefaultDispatch() {
        // --- README example begins
        DispatchPolicy nearestForAll = (view, call) -> DispatchPolicy.nearestFree(view, call);

        ChainScenario base = DefaultRegion.stOlav(2021);
        ChainScenario custom = base.toBuilder()
                .dispatch(new DispatchRules(nearestForAll, base.dispatch().redispatchToRed()))
                .build();

        ExperimentResult result = Experiment.builder(new ChainModel())
                .scenario("default dispatch", base)
                .scenario("nearest for all", custom)
                .replications(5).seed(42)
                .warmUp(2 * 24 * 60).length(60 * 24 * 60)      // minutes: 2 days warm-up, 60 days observed
                .build()
                .run();

        PairedDifference green = result.compare("default dispatch", "nearest for all", "response.GREEN.mean");
        PairedDifference ready = result.compare("default dispatch", "nearest for all", "readiness.meanOverDistricts");
        System.out.printf("GREEN mean response: %+.1f min [%.1f, %.1f]; readiness: %+.2f %%-points%n",
                green.paired().mean(), green.paired().low(), green.paired().high(), 100 * ready.paired().mean());
        // --- README example ends

        assertEquals(5, green.paired().n(), "five paired replications");
        // The model ran: St. Olavs receives about 59,000 calls a year, so about 9,700 in 60 days ...
        ConfidenceInterval calls = result.summary("default dispatch", "calls.received");
        assertTrue(calls.mean() > 5_000 && calls.mean() < 20_000, "calls received in 60 days: " + calls);
        // ... and the same calls under both policies (common random numbers: dispatch changes no call).
        PairedDifference sameCalls = result.compare("default dispatch", "nearest for all", "calls.received");
        assertEquals(0.0, sameCalls.paired().mean(), 0.0, "calls received differ: " + sameCalls.paired());
        // GREEN calls no longer wait for a unit that leaves its district covered, so they are reached sooner ...
        assertTrue(green.paired().high() < 0, "GREEN response shorter: " + green.paired());
        // ... and common random numbers make the difference sharper than independent runs would.
        assertTrue(green.paired().halfWidth() < green.independent().halfWidth(), green.toString());
        // The default's reason to wait: stations are left empty more often without it.
        assertTrue(ready.paired().mean() < 0, "readiness falls: " + ready.paired());
    }
}
