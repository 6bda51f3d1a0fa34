package org.akuttsim.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare kernels only if both sides do the same work: same events, same random
 * numbers, same model state. These tests run each model pair side by side and demand identical
 * trajectories.
 */
class PeerModelsTest {

    @Test
    void holdModelsVisitTheSameEventTimesAndKeepTheirSize() {
        HoldModel ours = new HoldModel(1_000, Seeds.of("hold"));
        SsjHoldModel ssj = new SsjHoldModel(1_000, Seeds.of("hold"));
        for (int batch = 0; batch < 20; batch++) {
            double a = ours.runEvents(5_000);
            double b = ssj.runEvents(5_000);
            assertEquals(b, a, 0.0, "clock after batch " + batch);
        }
        assertEquals(1_000, ours.pending());
        assertEquals(1_000, ssj.pending());
    }

    @Test
    void holdClockAdvancesAtTheExpectedRate() {
        // With N pending events of mean increment 1, the clock advances about 1/N per event.
        HoldModel ours = new HoldModel(100, Seeds.of("hold"));
        ours.runEvents(10_000);
        double before = ours.runEvents(1);
        double after = ours.runEvents(200_000);
        double perEvent = (after - before) / 200_000;
        assertTrue(Math.abs(perEvent * 100 - 1.0) < 0.02, "clock per event × N was " + perEvent * 100);
    }

    @Test
    void mmcModelsServeTheSameCustomersWithTheSameWaits() {
        MmcModel ours = new MmcModel(Seeds.of("arrivals"), Seeds.of("services"));
        SsjMmcModel ssj = new SsjMmcModel(Seeds.of("arrivals"), Seeds.of("services"));
        for (int batch = 0; batch < 20; batch++) {
            assertEquals(ssj.runEvents(10_000), ours.runEvents(10_000), 0.0, "clock after batch " + batch);
            assertEquals(ssj.served(), ours.served(), "customers served after batch " + batch);
            assertEquals(ssj.waitSum(), ours.waitSum(), 0.0, "total wait after batch " + batch);
        }
        // 200,000 events ≈ 100,000 arrivals at rate 9: the model really queues (Erlang C ≈ 0.67).
        assertTrue(ours.served() > 99_000, "served " + ours.served());
        assertTrue(ours.waitSum() > 0.0);
    }
}
