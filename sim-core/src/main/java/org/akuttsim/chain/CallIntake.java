package org.akuttsim.chain;

import org.akuttsim.engine.Simulator;
import org.akuttsim.experiment.Replication;
import org.akuttsim.random.KeyedRandom;

/**
 * Calls into the chain: the arrival process ({@link CallArrivals}), AMK's call handling and triage.
 *
 * <p><b>Arrival.</b> Each level band of the arrival stream has one pending CALL_ARRIVES event, its next
 * accepted call. An arriving call is opened with its own attributes: condition by age group and true
 * need by condition, from its key (part 0).
 *
 * <p><b>AMK</b> answers calls first come, first served with {@link Triage#operators()} operators:
 * the call goes to the operator who is free first, and its handling starts when that operator is
 * free (the Kiefer–Wolfowitz recursion; zero operators: no wait, no handling). Nothing else waits on
 * AMK, so the AMK_DONE event is scheduled at arrival.
 *
 * <p><b>Triage</b> at AMK_DONE assigns a level from the need × level matrix of the hour (GP open or
 * not). Levels without an ambulance leave the chain; the others get their place in the zone (part 1),
 * drive factor (part 5) and scene uniforms (part 3) and go to dispatch.
 *
 * <p>The call's own draws come from {@link KeyedRandom} re-seeded with its key, so a change of fleet
 * or dispatch rule never changes what a call is.
 */
final class CallIntake {

    static final int PART_IDENTITY = 0, PART_LOCATION = 1, PART_AMK = 2, PART_SCENE = 3, PART_DESTINATION = 4, PART_DRIVE = 5, PART_REFERRAL = 6,
            PART_HANDOVER = 7;

    private final Simulator sim;
    private final CallBook calls;
    private final ChainObservers observers;
    private final Dispatcher dispatcher;
    private final Roads roads;
    private final Region region;
    private final KeyedRandom rng = new KeyedRandom();
    private final CallArrivals arrivals;
    private final double end;
    private final Categories[] conditionByAge, needByCondition, triageDay, triageNight;
    private final Triage triage;
    /** Per operator, when its current call's handling ends. */
    private final double[] operatorFree;
    /** The municipal side told of no-ambulance outcomes, or null (they leave the chain). */
    private MunicipalLink municipal;

    CallIntake(ChainScenario s, Replication replication, Simulator sim, CallBook calls, ChainObservers observers,
               Dispatcher dispatcher, Roads roads) {
        this.sim = sim;
        this.calls = calls;
        this.observers = observers;
        this.dispatcher = dispatcher;
        this.roads = roads;
        this.region = s.region();
        this.end = replication.end();
        Demand d = s.demand();
        arrivals = new CallArrivals(s.envelope(), region, d, replication.streams().key("chain.arrivals"), end);
        conditionByAge = Categories.rows(d.conditionMix());
        needByCondition = Categories.rows(d.needByCondition());
        triage = s.triage();
        triageDay = Categories.rows(triage.daytime());
        triageNight = Categories.rows(triage.outOfHours());
        operatorFree = new double[triage.operators()];
    }

    /** Connects the municipal side that takes AMK's no-ambulance outcomes (before {@link #start()}). */
    void connect(MunicipalLink m) {
        municipal = m;
    }

    /** Schedules every band's first call. */
    void start() {
        for (int b = 0; b < arrivals.bands(); b++) {
            scheduleNext(b);
        }
    }

    private void scheduleNext(int band) {
        double t = arrivals.next(band);
        if (t <= end) {
            sim.scheduleAt(t, ChainEvents.CALL_ARRIVES, band);
        }
    }

    /** CALL_ARRIVES: band {@code band}'s call reaches AMK now. */
    void callArrives(int band) {
        double now = sim.now();
        int cell = arrivals.cell(band);
        long key = arrivals.key(band);
        scheduleNext(band);
        int ageGroup = cell % AgeGroups.COUNT;
        Call c = calls.open(key, cell / AgeGroups.COUNT, ageGroup, now);
        KeyedRandom r = rng.reseed(key, PART_IDENTITY);
        c.condition = conditionByAge[ageGroup].pick(r.nextDouble());
        c.need = needByCondition[c.condition].pick(r.nextDouble());
        KeyedRandom a = rng.reseed(key, PART_AMK);
        double handlingU = a.nextDouble();
        c.triageU = a.nextDouble();
        double done = now, wait = 0;
        if (operatorFree.length > 0) {
            int k = 0;
            for (int i = 1; i < operatorFree.length; i++) {
                k = operatorFree[i] < operatorFree[k] ? i : k;
            }
            double start = Math.max(now, operatorFree[k]);
            wait = start - now;
            done = start + triage.callHandling().minutes(handlingU);
            operatorFree[k] = done;
        }
        observers.callReceived(c, wait, now);
        sim.scheduleAt(done, ChainEvents.AMK_DONE, c.id);
    }

    /** AMK_DONE: the call is triaged; ambulance levels go to dispatch, the others leave the chain. */
    void amkDone(int call) {
        Call c = calls.get(call);
        double now = sim.now();
        Categories[] m = triage.gpOpen(ChainClock.hourOfWeek(now)) ? triageDay : triageNight;
        c.level = m[c.need].pick(c.triageU);
        c.ready = now;
        observers.callTriaged(c, now);
        if (c.level >= Level.AMBULANCE_LEVELS) {
            if (municipal != null) {
                municipal.noAmbulanceCall(c.key, c.zone, c.age, c.condition, c.need, c.level, now);
            }
            calls.close(c, CallListener.NO_AMBULANCE);
            return;
        }
        prepareForDispatch(c);
    }

    /**
     * A doctor (legevakt, GP) orders an ambulance now ({@link MunicipalContext.AmbulanceOrders}): the
     * call opens without AMK handling, with the level the doctor gives, counts as referred, and goes to
     * dispatch. Its own numbers come from its key like any call's.
     */
    void orderAmbulance(long key, int zone, int ageGroup, int condition, int need, int level) {
        if (level < 0 || level >= Level.AMBULANCE_LEVELS) {
            throw new IllegalArgumentException("an ordered ambulance needs level RED, YELLOW or GREEN, was " + level);
        }
        double now = sim.now();
        Call c = calls.open(key, zone, ageGroup, now);
        c.condition = condition;
        c.need = need;
        c.ordered = true;
        observers.callReceived(c, 0, now);
        c.level = level;
        c.ready = now;
        observers.callTriaged(c, now);
        prepareForDispatch(c);
    }

    /** The call's place in the zone, drive factor and scene uniforms; then to dispatch. */
    private void prepareForDispatch(Call c) {
        long key = c.key;
        boolean urban = region.zones().get(c.zone).urban();
        if (roads.hasIntraZoneTrips()) {
            c.intraKm = roads.intraZoneKm(urban, rng.reseed(key, PART_LOCATION).nextDouble());
            c.intraMin = roads.intraZoneMinutesOf(urban, c.intraKm);
        }
        // The call's own drive factor: whichever unit drives there, its realised minutes vary the same way.
        c.driveFactor = roads.hasDriveVariation() ? roads.driveFactor(urban, rng.reseed(key, PART_DRIVE).nextDouble()) : 1.0;
        KeyedRandom r = rng.reseed(key, PART_SCENE);
        c.activationU = r.nextDouble();
        c.sceneU = r.nextDouble();
        c.leaveU = r.nextDouble();
        dispatcher.callReady(c);
    }
}
