package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.akuttsim.experiment.Responses;
import org.junit.jupiter.api.Test;

/** Air units: straight-line flights, their own dispatch criteria (RED, far from road units, weather) and their own CO2. */
class CraftTest {

    static final double SPEED = 240, READY = 5, MIN_ROAD = 45, CO2 = 853;

    /** Town T (station, hospital, 20,000 persons) and a remote zone R about 150 km away (20,000 persons). */
    static ChainScenario scenario(double availability) {
        List<Zone> zones = List.of(
                new Zone("T", ChainScenarios.populationIn(5, 20_000), true, 63.43, 10.40, 0),
                new Zone("R", ChainScenarios.populationIn(5, 20_000), false, 62.10, 10.60, 0));
        Region region = new Region("remote", zones, List.of(new Station("S", 0)), List.of(new Hospital("H", 0, 20, 100, true, true)));
        Fleet fleet = Fleet.ambulances(2).plus(new UnitSpec("AIR", UnitType.AIR_AMBULANCE, 0, CrewSchedule.twentyFourSeven(), 1,
                new Craft(SPEED, 1, READY, availability, MIN_ROAD, CO2)));
        return ChainScenario.builder().name("remote").region(region)
                .travel(TravelModel.fromCoordinates(1.35, 40, 60, 5, 0.8))
                .demand(ChainScenarios.simpleDemand(0.1))
                .triage(Triage.perfect(DurationModel.fixed(2), 2))
                .fleet(fleet)
                .scene(ChainScenarios.simpleScene())
                .hospitals(HospitalModel.handoverOnly(DurationModel.fixed(15))).build();
    }

    /**
     * Every dispatch of the air unit (index 2): {call level, call zone, free road units in the call's zone
     * (AVAILABLE at T, or RETURNING and counting as in that zone by the position rule), flight minutes,
     * minutes from dispatch to take-off}.
     */
    static List<double[]> airDispatches(ChainScenario s, Responses out) {
        List<double[]> d = new ArrayList<>();
        ChainRun run = new ChainRun(s, ChainModelTest.rep(3, 0, 90 * 1440));
        run.observe(new ChainObserver() {
            final boolean[] free = new boolean[3];
            final int[] state = new int[3], from = new int[3], to = new int[3];
            final double[] start = new double[3], end = new double[3];

            @Override
            public void unitFreeChanged(int unit, boolean f, double t) {
                free[unit] = f;
            }

            @Override
            public void unitStateChanged(int unit, int was, int is, double t) {
                state[unit] = is;
            }

            @Override
            public void unitLegStarted(int unit, int f, int t, double st, double en) {
                from[unit] = f;
                to[unit] = t;
                start[unit] = st;
                end[unit] = en;
            }

            int position(int u, double t) {
                if (state[u] == UnitState.AVAILABLE) {
                    return 0;
                }
                return 2 * (t - start[u]) < end[u] - start[u] ? from[u] : to[u];
            }

            @Override
            public void callDispatched(Call call, int unit, double t) {
                if (unit == 2) {
                    int near = 0;
                    for (int u = 0; u < 2; u++) {
                        near += free[u] && position(u, t) == call.zone() ? 1 : 0;
                    }
                    d.add(new double[] {call.level(), call.zone(), near, end[2] - start[2], start[2] - t});
                }
            }
        });
        run.run();
        run.record(out);
        return d;
    }

    @Test
    void anAirUnitIsOnlySentWhereItsCriteriaAllow() {
        Responses out = new Responses();
        List<double[]> air = airDispatches(scenario(1.0), out);
        double flight = TravelModel.haversineKm(63.43, 10.40, 62.10, 10.60) / SPEED * 60;
        int toRemote = 0;
        for (double[] x : air) {
            assertEquals(0, x[0], 0.0, "RED only");
            // A free road unit in the call's zone gets there within minutes (the zones are 150 km apart): then
            // the helicopter is not sent.
            assertEquals(0, x[2], 0.0, "to zone " + x[1] + " with " + x[2] + " free road units in that zone");
            if (x[1] == 1 && x[4] == READY) {
                assertEquals(flight, x[3], 1e-9, "straight line at its speed, no lights factor, no detour");
                toRemote++;
            }
        }
        assertTrue(toRemote > 100, "flights to the remote zone: " + toRemote);
        assertEquals(air.size(), out.get("craft.air.missions"), 0.0);
        assertEquals(out.get("craft.air.hours") * CO2 / 1000, out.get("craft.air.co2.tonnes"), 1e-9);
        assertTrue(out.get("craft.air.km") > 2 * flight / 60 * SPEED * toRemote * 0.99, "out and back");
        // co2.tonnes holds the road's CO2 and the helicopter's.
        double road = out.get("km.total") * MetricParameters.defaults().fuelLitresPerKm() * MetricParameters.defaults().co2KgPerLitre() / 1000;
        assertEquals(road + out.get("craft.air.co2.tonnes"), out.get("co2.tonnes"), 1e-6);

        // Weather: with availability 0.5 about half of the flights are made (the same calls arrive).
        List<double[]> half = airDispatches(scenario(0.5), new Responses());
        double ratio = (double) half.size() / air.size();
        assertTrue(ratio > 0.35 && ratio < 0.65, half.size() + " of " + air.size() + " flights");
    }

    @Test
    void aCraftNeedsAnAirOrBoatTypeAndSensibleFigures() {
        Craft c = new Craft(46, 1.3, 15, 1, 0, 851);
        assertThrows(IllegalArgumentException.class, () -> new UnitSpec("X", UnitType.EMERGENCY_AMBULANCE, 0, CrewSchedule.twentyFourSeven(), 1, c));
        assertFalse(new UnitSpec("B", UnitType.BOAT_AMBULANCE, 0, CrewSchedule.twentyFourSeven(), 1, c).craft() == null);
        assertThrows(IllegalArgumentException.class, () -> new Craft(0, 1, 0, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Craft(240, 0.9, 0, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Craft(240, 1, 0, 0, 0, 0));
        assertTrue(UnitType.BOAT_AMBULANCE.serves(2) && UnitType.BOAT_AMBULANCE.transports());
    }
}
