package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.akuttsim.experiment.Responses;
import org.junit.jupiter.api.Test;

/** Realised response drives vary around the expected minutes: lognormal, mean 1, per call. */
class ResponseDriveVariationTest {

    @Test
    void theDriveFactorIsLognormalWithMeanOneAndTheGivenCoefficientOfVariation() {
        TravelModel t = TravelModel.fromCoordinates(1.3, 40, 70, 5, 0.8).withResponseVariability(0.25, 0.5);
        for (boolean urban : new boolean[] {true, false}) {
            double cv = urban ? 0.25 : 0.5;
            // Midpoint rule over u: the moments of F = F(u), U uniform.
            int n = 1_000_000;
            double sum = 0, sum2 = 0, previous = 0;
            for (int i = 0; i < n; i++) {
                double f = t.responseFactor(urban, (i + 0.5) / n);
                assertTrue(f > previous, "rising with u");
                previous = f;
                sum += f;
                sum2 += f * f;
            }
            double mean = sum / n;
            double sd = Math.sqrt(sum2 / n - mean * mean);
            assertEquals(1.0, mean, 1e-3, "mean 1: the expected minutes stay the mean");
            assertEquals(cv, sd / mean, 0.01 * cv, "coefficient of variation");
            // The median is below the mean: most drives are a little quicker than expected, a few much slower.
            assertTrue(t.responseFactor(urban, 0.5) < 1);
        }
        assertEquals(1.0, TravelModel.fromCoordinates(1.3, 40, 70, 5, 0.8).responseFactor(false, 0.99), 0.0, "no variation: exact");
        assertThrows(IllegalArgumentException.class, () -> TravelModel.zero().withResponseVariability(-0.1, 0));
    }

    @Test
    void varyingDrivesLengthensTheTailButNotTheMeanDriveAndLeavesCallsAsTheyWere() {
        ChainScenario exact = ChainScenarios.ringOfFourStations().demand(ChainScenarios.simpleDemand(0.4)).build();
        ChainScenario varying = exact.toBuilder().travel(exact.travel().withResponseVariability(0.5, 0.5)).build();
        double[] driveExact = drives(exact);
        double[] driveVarying = drives(varying);
        assertTrue(driveExact[0] > 1500 && driveVarying[0] > 1500, "responses: " + driveExact[0] + ", " + driveVarying[0]);
        // Mean drive: the factor has mean 1 and does not depend on which unit drives (small differences
        // come from different unit choices as the runs diverge).
        assertEquals(driveExact[1], driveVarying[1], 0.03 * driveExact[1], "mean drive minutes");
        // Spread: drive = expected x F with F independent of the expected minutes, so
        // 1 + CV^2 multiplies: (1 + CVexact^2)(1 + 0.5^2).
        double expectedCv = Math.sqrt((1 + driveExact[2] * driveExact[2]) * 1.25 - 1);
        assertEquals(expectedCv, driveVarying[2], 0.05 * expectedCv, "CV of drives " + driveExact[2] + " -> " + driveVarying[2]);

        Responses a = new Responses();
        Responses b = new Responses();
        ChainModel.simulate(exact, ChainModelTest.rep(5, 0, 60 * 1440)).record(a);
        ChainModel.simulate(varying, ChainModelTest.rep(5, 0, 60 * 1440)).record(b);
        assertTrue(b.get("response.RED.p90") > a.get("response.RED.p90"),
                "RED p90 " + a.get("response.RED.p90") + " -> " + b.get("response.RED.p90"));
        assertEquals(a.get("calls.received"), b.get("calls.received"), 0.0, "the same calls arrive");

        // Common random numbers: the factor is the call's own draw (part 5), nothing else about a call moves.
        Map<Long, ChainModelTest.Attributes> ea = ChainModelTest.attributes(exact, ChainModelTest.rep(3, 0, 20 * 1440));
        Map<Long, ChainModelTest.Attributes> va = ChainModelTest.attributes(varying, ChainModelTest.rep(3, 0, 20 * 1440));
        int common = 0;
        for (Map.Entry<Long, ChainModelTest.Attributes> e : ea.entrySet()) {
            ChainModelTest.Attributes other = va.get(e.getKey());
            if (other != null) {
                common++;
                assertEquals(e.getValue(), other, "call " + e.getKey());
            }
        }
        assertTrue(common > 0.98 * ea.size(), common + " of " + ea.size());
    }

    /** {count, mean, CV} of the first response drive of every reached call in 60 days. */
    private static double[] drives(ChainScenario s) {
        List<Double> d = new ArrayList<>();
        ChainRun run = new ChainRun(s, ChainModelTest.rep(2, 0, 60 * 1440));
        run.setCallListener((key, zone, age, cond, need, level, rec, tri, dis, on, hosp, unit, travel, outcome) -> {
            if (!Double.isNaN(on) && travel > 0) {
                d.add(travel);
            }
        });
        run.run();
        double mean = d.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double var = d.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (d.size() - 1);
        return new double[] {d.size(), mean, Math.sqrt(var) / mean};
    }
}
