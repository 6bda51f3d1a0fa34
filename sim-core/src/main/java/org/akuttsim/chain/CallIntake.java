package org.akuttsim.chain;

import org.akuttsim.engine.Simulator;
import org.akuttsim.experiment.Replication;
import org.akuttsim.random.KeyedRandom;

/**
 * Calls into the chain: the arrival process ({@link CallArrivals}), AMK's call handling and triage.
 *
 * <p><b>Arrivals</b> are the accepted points of {@link CallArrivals}, one stream per level band,
 * merged in time order. A call's attributes come from its key: condition by age group, true need by
 * condition (part 0).
 *
 * <p><b>AMK</b> answers calls first come, first served with {@link Triage#operators()} operators:
 * a call goes to the operator free first, and its handling starts when that operator is free (the
 * Kiefer–Wolfowitz recursion; zero operators: no wait, no handling). Nothing else waits on AMK, so a
 * call's AMK_DONE is known as soon as the calls before it are known.
 *
 * <p><b>No event for an arrival.</b> A call's arrival changes nothing anyone else could notice (it
 * joins AMK's queue), so it has no event of its own. A call is <em>drawn</em> — attributes, AMK
 * handling, AMK_DONE scheduled — no later than its arrival: by the AMK_DONE of the call before it
 * when it arrives no earlier than that (most calls), otherwise at once with that call. It is
 * <em>received</em> — observers told, with its arrival time — at its own AMK_DONE, or earlier when
 * anything looks ({@link #receiveArrived}: the warm-up's end, the end of the run). Measured: one event
 * per call fewer (59,000 a St. Olavs year), about 4 % of the CPU time ({@code benchmarks/README.md}).
 *
 * <p><b>Triage</b> at AMK_DONE assigns a level from the need × level matrix of the hour (GP open or
 * not). Levels without an ambulance leave the chain; the others get their place in the zone (part 1),
 * drive factor (part 5) and scene uniforms (part 3) and go to dispatch.
 *
 * <p>The call's own draws come from {@link KeyedRandom} re-seeded with its key, so a change of fleet
 * or dispatch rule never changes what a call is.
 */
final class CallIntake {

    static final int PART_IDENTITY = 0, PART_LOCATION = 1, PART_AMK = 2, PART_SCENE = 3, PART_DESTINATION = 4, PART_DRIVE = 5;

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
    /** Each band's next accepted call's arrival time (+∞: none by the end). */
    private double[] bandNext;
    /** Drawn calls not yet received, in arrival order. */
    private final java.util.ArrayDeque<Call> notReceived = new java.util.ArrayDeque<>();
    /** The call drawn last, and the call whose AMK_DONE draws the next calls (-1: none). */
    private int lastDrawn = -1, drawsNext = -1;

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

    /** Draws the first calls (see "Arrivals" in the class comment). */
    void start() {
        bandNext = new double[arrivals.bands()];
        for (int b = 0; b < bandNext.length; b++) {
            advanceBand(b);
        }
        draw();
    }

    /** Band b's next accepted call's arrival time, or +∞ when it has none by the end. */
    private void advanceBand(int b) {
        double t = arrivals.next(b);
        bandNext[b] = t <= end ? t : Double.POSITIVE_INFINITY;
    }

    /** The band whose next call arrives first (the lowest on a tie), or -1 when no call is left. */
    private int firstBand() {
        int best = -1;
        for (int b = 0; b < bandNext.length; b++) {
            if (bandNext[b] < Double.POSITIVE_INFINITY && (best < 0 || bandNext[b] < bandNext[best])) {
                best = b;
            }
        }
        return best;
    }

    /**
     * Draws the next calls of the arrival stream, in arrival order, until one arrives no earlier
     * than the AMK handling of the call drawn before it ends; that call's AMK_DONE draws the rest.
     * So every call is drawn by its arrival time, and its AMK_DONE is scheduled in time.
     */
    private void draw() {
        while (true) {
            int b = firstBand();
            if (b < 0) {
                return;
            }
            double amkDone = drawCall(b);
            int next = firstBand();
            if (next < 0 || bandNext[next] >= amkDone) {
                drawsNext = lastDrawn;
                return;
            }
        }
    }

    /**
     * Draws band b's next call: opens it with its own attributes, books its AMK handling on the
     * operator free first and schedules its AMK_DONE; returns when that is. The call is received —
     * observers told, at its arrival time — by {@link #receiveArrived}.
     */
    private double drawCall(int b) {
        double t = bandNext[b];
        int cell = arrivals.cell(b);
        long key = arrivals.key(b);
        advanceBand(b);
        int ageGroup = cell % AgeGroups.COUNT;
        Call c = calls.open(key, cell / AgeGroups.COUNT, ageGroup, t);
        KeyedRandom r = rng.reseed(key, PART_IDENTITY);
        c.condition = conditionByAge[ageGroup].pick(r.nextDouble());
        c.need = needByCondition[c.condition].pick(r.nextDouble());
        KeyedRandom a = rng.reseed(key, PART_AMK);
        double handlingU = a.nextDouble();
        c.triageU = a.nextDouble();
        double start = t, done = t;
        if (operatorFree.length > 0) {
            int k = 0;
            for (int i = 1; i < operatorFree.length; i++) {
                k = operatorFree[i] < operatorFree[k] ? i : k;
            }
            start = Math.max(t, operatorFree[k]);
            done = start + triage.callHandling().minutes(handlingU);
            operatorFree[k] = done;
        }
        c.answered = start;
        sim.scheduleAt(done, ChainEvents.AMK_DONE, c.id);
        notReceived.addLast(c);
        lastDrawn = c.id;
        return done;
    }

    /** Receives every drawn call that has arrived by now, each at its own arrival time (FIFO). */
    void receiveArrived() {
        double now = sim.now();
        while (!notReceived.isEmpty() && notReceived.peekFirst().received <= now) {
            Call c = notReceived.pollFirst();
            observers.callReceived(c, c.answered - c.received, c.received);
        }
    }

    /** Calls drawn that have not arrived yet. */
    int drawnAhead() {
        return notReceived.size();
    }

    /** AMK_DONE: the call is triaged; ambulance levels go to dispatch, the others leave the chain. */
    void amkDone(int call) {
        receiveArrived();
        Call c = calls.get(call);
        double now = sim.now();
        if (drawsNext == call) {
            drawsNext = -1;
            draw(); // before triage, which may close the call and reuse its slot
        }
        Categories[] m = triage.gpOpen(ChainClock.hourOfWeek(now)) ? triageDay : triageNight;
        c.level = m[c.need].pick(c.triageU);
        c.ready = now;
        observers.callTriaged(c, now);
        if (c.level >= Level.AMBULANCE_LEVELS) {
            calls.close(c, CallListener.NO_AMBULANCE);
            return;
        }
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
