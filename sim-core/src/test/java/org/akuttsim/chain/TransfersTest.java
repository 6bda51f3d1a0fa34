package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.akuttsim.experiment.Responses;
import org.junit.jupiter.api.Test;

/** Transfers between hospitals occupy ambulances, add kilometres and are counted. */
class TransfersTest {

    static final double DELAY = 30, LOADING = 15, HANDOVER = 20;

    /** The ring of four stations with a second, local hospital in zone S (index 2), 20 min from the receiving one in N. */
    static ChainScenario.Builder ringWithLocalHospital() {
        ChainScenario ring = ChainScenarios.ringOfFourStations().build();
        Region r = ring.region();
        Region two = new Region(r.name(), r.zones(), r.stations(),
                List.of(new Hospital("H", 0, 20, 100, true, true), new Hospital("L", 2, 10, 50, false, false)));
        return ring.toBuilder().region(two).envelope(null);
    }

    static TransferRules urgentRed(double bookedPerDay) {
        double[][] share = new double[Level.AMBULANCE_LEVELS][Condition.COUNT];
        java.util.Arrays.fill(share[0], bookedPerDay > 0 ? 0 : 1.0);
        return new TransferRules(0, share, DELAY, LOADING, HANDOVER, bookedPerDay, 8, 16);
    }

    @Test
    void everyRedPatientAtTheLocalHospitalIsSentOnOccupyingAnAmbulanceAndAddingKilometres() {
        ChainScenario without = ringWithLocalHospital().build();
        ChainScenario with = without.toBuilder().transfers(urgentRed(0)).build();
        double end = 60 * 1440;
        List<double[]> redAtLocal = new ArrayList<>();
        List<double[]> started = new ArrayList<>();
        ChainRun run = new ChainRun(with, ChainModelTest.rep(1, 0, end));
        run.observe(new ChainObserver() {
            @Override
            public void callAtHospital(Call call, int unit, int hospital, boolean pastEd, double t) {
                if (hospital == 1 && call.need() == 0) {
                    redAtLocal.add(new double[] {t});
                }
            }

            @Override
            public void transferStarted(int unit, int from, int to, boolean urgent, double t) {
                started.add(new double[] {unit, from, to, urgent ? 1 : 0, t});
            }
        });
        run.start();
        for (double t = 1440; t < end; t += 1440) {
            run.advance(t);
            run.checkInvariants(); // a unit on a transfer has no call, is not free, and is counted once
        }
        run.finish();
        run.checkInvariants();
        Responses a = new Responses();
        run.record(a);
        Responses b = new Responses();
        ChainModel.simulate(without, ChainModelTest.rep(1, 0, end)).record(b);

        long late = redAtLocal.stream().filter(x -> x[0] > end - DELAY - 240).count();
        double missions = a.get("transfer.missions");
        assertTrue(redAtLocal.size() > 50, "RED patients at the local hospital: " + redAtLocal.size());
        assertTrue(missions <= redAtLocal.size() && missions >= redAtLocal.size() - late,
                missions + " transfers for " + redAtLocal.size() + " RED patients (" + late + " near the end)");
        assertEquals(missions, started.size(), 0.0);
        assertEquals(missions, a.get("transfer.urgent"), 0.0, "all by rule");
        for (double[] s : started) {
            assertEquals(1, s[1], 0.0, "from the local hospital");
            assertEquals(0, s[2], 0.0, "to the receiving hospital");
        }
        // Each transfer drives at least S -> N (20 km) and takes at least loading + 20 min x 0.8 + handover.
        assertTrue(a.get("transfer.km") >= 20 * missions, a.get("transfer.km") + " km");
        assertTrue(a.get("transfer.unit_hours") >= missions * (LOADING + 16 + HANDOVER) / 60 - 1, a.get("transfer.unit_hours") + " h");
        // They occupy the fleet and add kilometres.
        assertTrue(a.get("fleet.utilisation") > b.get("fleet.utilisation") + 0.5 * a.get("transfer.unit_hours") / (4 * end / 60),
                b.get("fleet.utilisation") + " -> " + a.get("fleet.utilisation"));
        assertTrue(a.get("km.total") > b.get("km.total") + 0.5 * a.get("transfer.km"), b.get("km.total") + " -> " + a.get("km.total"));
        assertFalse(b.asMap().containsKey("transfer.missions"), "no transfer metrics without transfers");
        assertEquals(a.get("calls.received"), b.get("calls.received"), 0.0, "the same calls");
    }

    @Test
    void bookedTransfersComeOnWeekdaysInTheirHoursAtTheirRate() {
        double perDay = 3;
        ChainScenario s = ringWithLocalHospital().transfers(urgentRed(perDay)).build();
        double end = 140 * 1440; // 20 weeks: 100 weekdays
        List<Double> times = new ArrayList<>();
        ChainRun run = new ChainRun(s, ChainModelTest.rep(2, 0, end));
        run.observe(new ChainObserver() {
            @Override
            public void transferStarted(int unit, int from, int to, boolean urgent, double t) {
                assertFalse(urgent);
                times.add(t);
            }
        });
        run.run();
        // Poisson(3) a weekday over 100 weekdays: 300 ± 3 sd (52).
        assertEquals(300, times.size(), 52, "booked transfers");
        long inHours = times.stream().filter(t -> ChainClock.hourOfWeek(t) < 120
                && ChainClock.hourOfDay(t) >= 8 && ChainClock.hourOfDay(t) < 17).count();
        assertTrue(inHours >= 0.97 * times.size(), inHours + " of " + times.size() + " on weekdays 08-16 (a few wait for an ambulance)");
    }

    @Test
    void badRulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TransferRules(0, new double[2][Condition.COUNT], 0, 0, 0, 0, 8, 16));
        double[][] share = new double[Level.AMBULANCE_LEVELS][Condition.COUNT];
        share[0][0] = 1.5;
        assertThrows(IllegalArgumentException.class, () -> new TransferRules(0, share, 0, 0, 0, 0, 8, 16));
        assertThrows(IllegalArgumentException.class, () -> new TransferRules(0, new double[3][Condition.COUNT], 0, 0, 0, 1, 16, 8));
        ChainScenario.Builder b = ringWithLocalHospital().transfers(new TransferRules(5, new double[3][Condition.COUNT], 0, 0, 0, 1, 8, 16));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().contains("receiving hospital"), e.getMessage());
        assertEquals(0, Transfers.poisson(0.0, 0.99));
        assertEquals(2, Transfers.poisson(2.0, 0.5), "median of Poisson(2)");
    }
}
