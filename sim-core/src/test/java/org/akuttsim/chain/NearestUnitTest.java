package org.akuttsim.chain;

import static org.akuttsim.chain.UnitState.AT_HOSPITAL;
import static org.akuttsim.chain.UnitState.AVAILABLE;
import static org.akuttsim.chain.UnitState.EN_ROUTE;
import static org.akuttsim.chain.UnitState.OFF_DUTY;
import static org.akuttsim.chain.UnitState.ON_SCENE;
import static org.akuttsim.chain.UnitState.RETURNING;
import static org.akuttsim.chain.UnitState.TRANSPORTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Random;

import org.akuttsim.chain.dispatch.DispatchPolicy;
import org.akuttsim.chain.dispatch.DispatchView;
import org.junit.jupiter.api.Test;

/**
 * {@link NearestUnit} picks the same unit as the plain loop of {@link DispatchView#nearestFreeUnit}
 * (least travel minutes, ties to the lower index) and {@link DispatchView#nearestFreeUnitNotLastAtHome},
 * in thousands of random fleet states.
 *
 * <p>The St. Olavs-sized region (40 zones, 22 stations, 32 ambulances, three at each urban station)
 * with two time bands (the evening band's minutes differ pair by pair, so the order of stations
 * changes), plus units that exercise every rule: rapid responders (no transport, no GREEN), a
 * patient-transport car (GREEN only, weekdays 07–15), a helicopter (RED only, travel factor 0.4) and
 * day-only crews. The fleet is moved through legal missions with {@link Units} (legs as
 * {@link Missions} would drive them), crews change on the hour, and busy spells come and go.
 */
class NearestUnitTest {

    static ChainScenario scenario() {
        ChainScenario base = ChainScenarios.stOlavsSized().build();
        Region region = base.region();
        double[] day = base.travel().minutes(region, 0);
        double[] evening = new double[day.length];
        Random r = new Random(7);
        for (int i = 0; i < day.length; i++) {
            evening[i] = day[i] * (0.6 + 0.8 * r.nextDouble());
        }
        Fleet fleet = base.fleet()
                .plus(new UnitSpec("RR0", UnitType.RAPID_RESPONDER, 0, CrewSchedule.dayOnly(), 1.0))
                .plus(new UnitSpec("RR7", UnitType.RAPID_RESPONDER, 7, CrewSchedule.twentyFourSeven(), 1.0))
                .plus(new UnitSpec("PT1", UnitType.PATIENT_TRANSPORT, 1, CrewSchedule.daily(7, 15, true), 1.0))
                .plus(new UnitSpec("AIR", UnitType.AIR_AMBULANCE, 0, CrewSchedule.twentyFourSeven(), 0.4))
                .plus(new UnitSpec("D10", UnitType.EMERGENCY_AMBULANCE, 10, CrewSchedule.dayOnly(), 1.0));
        return base.toBuilder().fleet(fleet)
                .travel(TravelModel.matrix(new double[][] {day, evening}, new int[] {0, 16}, base.travel().km(region), 1, 0.85))
                .build();
    }

    final ChainParts parts = new ChainParts(scenario());
    final Units units = parts.units;
    final Random rnd = new Random(20240917L);
    final int zones = parts.scenario.region().zoneCount();
    int hour;

    @Test
    void theNearestFreeUnitIsTheOneThePlainLoopFinds() {
        NearestUnit nearest = new NearestUnit(units, parts.roads, null);
        DispatchView plain = plainLoop(parts.dispatcher);
        Call call = parts.calls.open(1, 0, 0, 0);
        int queued = 0, returningChosen = 0, keepingChangesChoice = 0, ties = 0;
        int[] bands = new int[2];
        units.start();
        for (int k = 0; k < 4000; k++) {
            walk(3);
            call.zone = rnd.nextInt(zones);
            call.level = rnd.nextInt(Level.AMBULANCE_LEVELS);
            call.needsTransport = rnd.nextDouble() < 0.3;
            double now = parts.sim.now();
            int expected = plain.nearestFreeUnit(call.id);
            int expectedKeeping = plain.nearestFreeUnitNotLastAtHome(call.id);
            String situation = "case " + k + " at " + now + ", call in zone " + call.zone + " level " + call.level;
            assertEquals(expected, nearest.find(call, false, now), situation);
            assertEquals(expectedKeeping, nearest.find(call, true, now), situation + ", keeping the last unit at home");

            bands[parts.roads.band(now)]++;
            queued += expected == DispatchPolicy.QUEUE ? 1 : 0;
            returningChosen += expected >= 0 && units.get(expected).state == RETURNING ? 1 : 0;
            keepingChangesChoice += expected != expectedKeeping ? 1 : 0;
            ties += expected >= 0 && tied(plain, call.id, expected) ? 1 : 0;
        }
        // The comparison covered the situations where a shortcut could go wrong.
        assertTrue(queued > 50, "no free unit able to serve: " + queued);
        assertTrue(returningChosen > 200, "a returning unit nearest: " + returningChosen);
        assertTrue(keepingChangesChoice > 200, "keeping the last unit at home changes the choice: " + keepingChangesChoice);
        assertTrue(ties > 200, "another free unit just as near (ties go to the lower index): " + ties);
        assertTrue(bands[0] > 500 && bands[1] > 500, "both time bands: " + bands[0] + ", " + bands[1]);
    }

    /** True when another eligible free unit is exactly as near as {@code best}. */
    static boolean tied(DispatchView v, int call, int best) {
        for (int u = 0; u < v.units(); u++) {
            if (u != best && v.isFree(u) && v.canServe(u, call) && v.travelMinutes(u, call) == v.travelMinutes(best, call)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dispatcher's view with its shortcut taken out: {@link DispatchView}'s own default loops
     * ({@code nearestFreeUnit}, {@code nearestFreeUnitNotLastAtHome}), every other question answered
     * by the dispatcher.
     */
    static DispatchView plainLoop(Dispatcher d) {
        return (DispatchView) Proxy.newProxyInstance(DispatchView.class.getClassLoader(), new Class<?>[] {DispatchView.class},
                (view, method, args) -> method.getName().startsWith("nearest") ? InvocationHandler.invokeDefault(view, method, args) : method.invoke(d, args));
    }

    // ------------------------------------------------------------ the random fleet

    /**
     * Moves the clock on and {@code steps} random units one step each. The chance that a step makes a
     * unit busy rather than brings it nearer home swings between 0 and 1 over 12 hours, so the
     * fleet goes from nearly all free to nearly all busy and back.
     */
    void walk(int steps) {
        for (int i = 0; i < steps; i++) {
            double t = parts.sim.now() + 3 * rnd.nextDouble();
            for (int h = units.nextCrewChange(hour + 1); h >= 0 && 60.0 * h <= t; h = units.nextCrewChange(hour + 1)) {
                parts.crewsChangeAt(h);
                hour = h;
            }
            parts.at(t);
            double busy = 0.5 + 0.5 * Math.sin(2 * Math.PI * t / 720);
            step(rnd.nextInt(units.count()), rnd.nextDouble() < busy);
        }
    }

    /** One legal step of unit {@code u}: towards a new mission ({@code busier}) or along the current one. */
    void step(int u, boolean busier) {
        Unit unit = units.get(u);
        double now = parts.sim.now();
        switch (unit.state) {
            case AVAILABLE -> {
                if (busier) {
                    dispatch(u);
                }
            }
            case RETURNING -> {
                if (busier) {
                    dispatch(u);
                } else {
                    units.endLeg(u, false);
                    units.change(u, unit.onDuty ? AVAILABLE : OFF_DUTY);
                }
            }
            case EN_ROUTE -> {
                if (busier || rnd.nextDouble() < 0.8) {
                    units.endLeg(u, false);
                    units.change(u, ON_SCENE);
                } else { // redispatch: turns where it is
                    int at = units.positionZone(u);
                    units.endLeg(u, true);
                    units.startLeg(u, at, at, now, 0, 0);
                    units.change(u, RETURNING);
                }
            }
            case ON_SCENE -> {
                if (rnd.nextBoolean()) {
                    units.change(u, TRANSPORTING);
                    units.startLeg(u, unit.legTo, rnd.nextInt(zones), now, 5 + 40 * rnd.nextDouble(), 10);
                } else if (!busier) {
                    goHome(u);
                }
            }
            case TRANSPORTING -> {
                units.endLeg(u, false);
                units.change(u, AT_HOSPITAL);
            }
            case AT_HOSPITAL -> {
                if (!busier) {
                    goHome(u);
                }
            }
            default -> {
                // OFF_DUTY: only a crew change brings it back
            }
        }
    }

    private void dispatch(int u) {
        int from = units.positionZone(u);
        boolean rolling = units.get(u).state == RETURNING;
        if (rolling) {
            units.endLeg(u, true);
        }
        double now = parts.sim.now();
        units.change(u, EN_ROUTE);
        units.startLeg(u, from, rnd.nextInt(zones), now + (rolling ? 0 : 2 * rnd.nextDouble()), 1 + 40 * rnd.nextDouble(), 10);
    }

    private void goHome(int u) {
        Unit unit = units.get(u);
        units.change(u, RETURNING);
        units.startLeg(u, unit.legTo, unit.homeZone, parts.sim.now(), 1 + 40 * rnd.nextDouble(), 10);
    }
}
