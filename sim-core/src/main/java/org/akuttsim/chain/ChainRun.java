package org.akuttsim.chain;

import org.akuttsim.chain.measure.CallCounts;
import org.akuttsim.chain.measure.CallTrace;
import org.akuttsim.chain.measure.Coverage;
import org.akuttsim.chain.measure.DispatchCounts;
import org.akuttsim.chain.measure.Distance;
import org.akuttsim.chain.measure.Readiness;
import org.akuttsim.chain.measure.Relocations;
import org.akuttsim.chain.measure.ResponseTimes;
import org.akuttsim.chain.measure.TransferCounts;
import org.akuttsim.chain.measure.UnitTimes;
import org.akuttsim.chain.relocation.RelocationPolicy;
import org.akuttsim.engine.EventHandler;
import org.akuttsim.engine.Simulator;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.stats.Tally;

/**
 * One replication of the acute-medicine chain. It only assembles the components and routes their
 * events; each component owns its state:
 * <ul>
 *   <li>{@link CallIntake} — arrivals, AMK call handling and triage (events CALL_ARRIVES, AMK_DONE);</li>
 *   <li>{@link CallBook} — the calls in the chain;</li>
 *   <li>{@link Dispatcher} — waiting calls, the {@link org.akuttsim.chain.dispatch.DispatchPolicy},
 *       redispatch (RECONSIDER);</li>
 *   <li>{@link Units} — every unit's state machine, crews (HOUR) and legs;</li>
 *   <li>{@link Missions} — activation, scene, transport, handover and the return home (SCENE_DONE,
 *       AT_HOSPITAL, HANDOVER_DONE, AT_STATION; the arrival on scene, the transport's start and the
 *       arrival past the ED are planned steps, carried out when the unit is next looked at);</li>
 *   <li>the hospital submodel ({@link HospitalLink}, its own event kinds 100–199);</li>
 *   <li>the municipal side, when the scenario has one ({@link MunicipalLink}: legevakt and daytime
 *       services, its own event kinds 200–299; told of AMK's no-ambulance outcomes by {@link CallIntake});</li>
 *   <li>measurement: {@link ChainObserver}s — {@link CallCounts}, {@link ResponseTimes},
 *       {@link UnitTimes}, {@link Readiness}, {@link Coverage}, {@link Distance}, {@link DispatchCounts},
 *       {@link Relocations} (only with a relocation policy) and any added
 *       with {@link #observe}; each owns its statistics and their reset at the end of the warm-up.</li>
 *   <li>relocation: a {@link Relocator}, only with a relocation policy other than
 *       {@link RelocationPolicy#NONE}; the {@link Dispatcher} says when it is asked.</li>
 * </ul>
 * The event kinds are listed in {@link ChainEvents}; {@code docs/architecture.md} shows the whole.
 * Public so that tests and reports can read detailed results (per-unit state shares, dispatch counts)
 * that do not fit in {@link Responses}.
 */
public final class ChainRun implements EventHandler {

    private final ChainScenario scenario;
    private final Replication replication;
    private final Simulator sim;
    private final ChainObservers observers = new ChainObservers();
    private final CallBook calls;
    private final Units units;
    private final Dispatcher dispatcher;
    private final Missions missions;
    private final CallIntake intake;
    private final HospitalLink hospitals;
    /** Null when the scenario has no transfers between hospitals. */
    private final Transfers transfers;
    /** The municipal side (legevakt, daytime services), or null. */
    private final MunicipalLink municipal;

    private final CallCounts counts = new CallCounts();
    private final ResponseTimes responses;
    private final UnitTimes unitTimes;
    private final Readiness readiness;
    private final Coverage coverage;
    private final Distance distance;
    private final DispatchCounts dispatchCounts;
    private boolean started;

    /**
     * Builds the run; call {@link #run()} once.
     *
     * @param s the scenario to simulate
     * @param replication the replication's index, streams, warm-up and length (minutes)
     */
    public ChainRun(ChainScenario s, Replication replication) {
        this.scenario = s;
        this.replication = replication;
        this.sim = new Simulator(this, 1024);
        Roads roads = new Roads(s);
        calls = new CallBook(sim, observers);
        units = new Units(s, sim, observers);
        dispatcher = new Dispatcher(s, replication.end(), sim, calls, units, roads, observers);
        missions = new Missions(s, sim, units, calls, roads, new Destinations(s, roads), observers, dispatcher);
        dispatcher.connect(missions);
        if (s.dispatch().relocation() != RelocationPolicy.NONE) {
            dispatcher.connect(new Relocator(s, sim, units, roads, missions));
        }
        intake = new CallIntake(s, replication, sim, calls, observers, dispatcher, roads);
        hospitals = Check.notNull("hospital link from " + s.hospitals(),
                s.hospitals().start(new HospitalContext(sim, s.region(), replication, missions)));
        missions.connect(hospitals);
        if (s.transfers().any()) {
            transfers = new Transfers(s, replication.end(), sim, units, roads, observers);
            transfers.connect(missions);
            missions.connect(transfers);
        } else {
            transfers = null;
        }
        municipal = s.municipal() == null ? null : Check.notNull("municipal link from " + s.municipal(),
                s.municipal().start(new MunicipalContext(sim, s, replication, hospitals, intake::orderAmbulance)));
        intake.connect(municipal);

        responses = new ResponseTimes(s.region());
        boolean relocating = s.dispatch().relocation() != RelocationPolicy.NONE;
        unitTimes = new UnitTimes(s.fleet(), relocating);
        readiness = new Readiness(s);
        coverage = new Coverage(s);
        distance = new Distance(s.metrics(), s.fleet());
        dispatchCounts = new DispatchCounts(s);
        for (ChainObserver o : new ChainObserver[] {counts, responses, distance, unitTimes, dispatchCounts, readiness, coverage}) {
            observers.add(o);
        }
        if (relocating) {
            observers.add(new Relocations(s));
        }
        if (transfers != null) {
            observers.add(new TransferCounts());
        }
    }

    /**
     * Adds an observer (a metric of your own, a trace); before {@link #start()}.
     *
     * @param o the observer; it is told only of the hooks it overrides
     */
    public void observe(ChainObserver o) {
        observers.add(o);
    }

    /**
     * Receives every call when done (trace, tests). Set before {@link #run()}.
     *
     * @param l the listener, or {@code null} for none
     */
    public void setCallListener(CallListener l) {
        observe(new CallTrace(l));
    }

    /** Runs warm-up and observation: {@link #start()}, {@link #advance(double)} to the end, {@link #finish()}. */
    public void run() {
        start();
        advance(replication.end());
        finish();
    }

    /** Puts crews on duty and schedules the first arrivals, crew change and the warm-up's end; time 0. */
    public void start() {
        if (started) {
            throw new IllegalStateException("a ChainRun runs once");
        }
        started = true;
        observers.seal();
        observers.observationStarts(0);
        units.start();
        intake.start();
        if (transfers != null) {
            transfers.start();
        }
        scheduleCrewChange(1);
        if (replication.warmUp() > 0) {
            sim.scheduleAt(replication.warmUp(), ChainEvents.WARM_UP_END, 0);
        }
    }

    /**
     * Handles events up to time {@code until} (at most the replication's end); tests step with it.
     *
     * @param until the simulation time to stop at, in minutes
     */
    public void advance(double until) {
        sim.run(Math.min(until, replication.end()));
    }

    /** Runs to the end of the replication and closes the observers' time integrals. */
    public void finish() {
        if (sim.now() < replication.end()) {
            sim.run(replication.end());
        }
        missions.catchUpAll();
        observers.observationEnds(sim.now());
    }

    @Override
    public void handle(int kind, int e) {
        switch (kind) {
            case ChainEvents.CALL_ARRIVES -> intake.callArrives(e);
            case ChainEvents.AMK_DONE -> intake.amkDone(e);
            case ChainEvents.RECONSIDER -> dispatcher.reconsider(e);
            case ChainEvents.SCENE_DONE -> missions.sceneDone(e);
            case ChainEvents.AT_HOSPITAL -> missions.atHospital(e);
            case ChainEvents.HANDOVER_DONE -> missions.handoverDone(e);
            case ChainEvents.AT_STATION -> missions.atStation(e);
            case ChainEvents.HOUR -> crewChange(e);
            case ChainEvents.TRANSFER_REQUEST -> transfers.requested(e);
            case ChainEvents.TRANSFER_STEP -> transfers.step(e);
            case ChainEvents.TRANSFER_DAY -> transfers.day(e);
            case ChainEvents.WARM_UP_END -> {
                missions.catchUpAll();
                observers.observationStarts(sim.now());
                hospitals.resetStatistics();
                if (municipal != null) {
                    municipal.resetStatistics();
                }
            }
            default -> {
                if (kind >= HospitalLink.FIRST_EVENT_KIND && kind < HospitalLink.END_EVENT_KIND) {
                    hospitals.handle(kind, e);
                } else if (municipal != null && kind >= MunicipalLink.FIRST_EVENT_KIND && kind < MunicipalLink.END_EVENT_KIND) {
                    municipal.handle(kind, e);
                } else {
                    throw new IllegalStateException("unknown event kind " + kind);
                }
            }
        }
    }

    /** HOUR (entity: the hour): crews change; units that came on duty may serve waiting calls. */
    private void crewChange(int hour) {
        if (units.changeCrews(hour)) {
            dispatcher.serveQueue();
        }
        dispatcher.crewsChanged();
        scheduleCrewChange(hour + 1);
    }

    /** Schedules the next hour at or after hour {@code k} at which some unit's crewing changes, if within the run. */
    private void scheduleCrewChange(int k) {
        int h = units.nextCrewChange(k);
        if (h >= 0 && 60.0 * h <= replication.end()) {
            sim.scheduleAt(60.0 * h, ChainEvents.HOUR, h);
        }
    }

    /**
     * Writes this replication's metrics (see the architecture notes for the list).
     *
     * @param out where the metrics go, by name
     */
    public void record(Responses out) {
        observers.record(out);
        hospitals.recordResults(out);
        if (municipal != null) {
            municipal.recordResults(out);
        }
        if (scenario.metrics().costs() != null) {
            scenario.metrics().costs().record(out, scenario, replication.length());
        }
    }

    // ------------------------------------------------------------ detailed results (after run)

    /**
     * Share of the observed time unit {@code u} spent in {@code state}.
     *
     * @param u the unit's index in the fleet
     * @param state a {@link UnitState} constant
     * @return the share of the observed period, in [0, 1]
     */
    public double stateShare(int u, int state) {
        return unitTimes.share(u, state);
    }

    /**
     * Share of time unit {@code u} was on a mission (en route to at hospital): the hypercube's busy share.
     *
     * @param u the unit's index in the fleet
     * @return the share of the observed period, in [0, 1]
     */
    public double busyShare(int u) {
        return unitTimes.missionShare(u);
    }

    /**
     * Dispatches of unit {@code u} to calls from zone {@code z} in the observed period.
     *
     * @param z the zone's index in the region
     * @param u the unit's index in the fleet
     * @return the number of dispatches
     */
    public long dispatches(int z, int u) {
        return dispatchCounts.dispatches(z, u);
    }

    /**
     * Share of observed time district {@code st} was ready (a unit of its own free and present).
     *
     * @param st the station's index (its district)
     * @return the readiness share, in [0, 1]
     */
    public double readiness(int st) {
        return readiness.of(st);
    }

    /**
     * Share of observed time in hour of day {@code h} district {@code st} was ready (free and present).
     *
     * @param st the station's index (its district)
     * @param h the hour of day, 0..23
     * @return the readiness share in that hour, in [0, 1]
     */
    public double readiness(int st, int h) {
        return readiness.of(st, h);
    }

    /**
     * Time-averaged share of population within {@code minutes} (12 or 25) of a free ambulance where it is;
     * hour of day or -1 for all.
     *
     * @param minutes the response-time target, 12 or 25
     * @param hourOfDay 0..23, or -1 for the whole day
     * @return the covered share of the population, in [0, 1]
     */
    public double populationCovered(int minutes, int hourOfDay) {
        return coverage.populationCovered(minutes, hourOfDay);
    }

    /** {@return the calls AMK received in the observed period} */
    public long callsReceived() {
        return counts.received();
    }

    /** {@return the calls the chain finished with in the observed period} */
    public long callsCompleted() {
        return counts.completed();
    }

    /**
     * Calls in the system (AMK, waiting, being served) now.
     *
     * @return the number of calls in the chain
     */
    public long callsInProgress() {
        return calls.active();
    }

    /**
     * Calls in the system when observation started (after the warm-up).
     *
     * @return the number of calls in the chain at the warm-up's end
     */
    public long callsAtStart() {
        return counts.atStart();
    }

    /** {@return the calls lost in the observed period (no unit could take them and the policy gave up)} */
    public long callsLost() {
        return counts.lost();
    }

    /** {@return the waits for an AMK operator, in minutes, of calls received in the observed period} */
    public Tally amkWait() {
        return counts.amkWait();
    }

    /**
     * Probability that an answered call waited for an AMK operator.
     *
     * @return the delay probability, in [0, 1]
     */
    public double amkDelayProbability() {
        return counts.amkDelayProbability();
    }

    /**
     * Waits from triage to dispatch, by level.
     *
     * @param level a {@link Level} ordinal (RED, YELLOW, GREEN)
     * @return the waits in minutes
     */
    public Tally dispatchWait(int level) {
        return counts.dispatchWait(level);
    }

    /**
     * Response times by assigned level (a new tally pooling the urban and rural ones).
     *
     * @param level a {@link Level} ordinal (RED, YELLOW, GREEN)
     * @return the response times in minutes, from receipt at AMK to the first unit on scene
     */
    public Tally responseTime(int level) {
        return responses.byLevel(level);
    }

    /**
     * Kilometres driven in the observed period.
     *
     * @return the kilometres driven by all units
     */
    public double km() {
        return distance.km();
    }

    /** {@return the event kernel this run schedules on (tests use it to inspect or step the run)} */
    public Simulator simulator() {
        return sim;
    }

    /**
     * Checks the state invariants: each unit's state agrees with its call, no call has two units, free
     * counts agree with states, call slots with active calls. Throws naming the first violation. For
     * tests; O(units + calls).
     */
    public void checkInvariants() {
        missions.catchUpAll();
        units.checkInvariants(calls);
        calls.checkInvariants();
        if (counts.inProgress() != calls.active()) {
            throw new IllegalStateException("observed calls in the chain " + counts.inProgress() + " != active calls " + calls.active());
        }
    }

    /**
     * The scenario this run simulates.
     *
     * @return the scenario
     */
    public ChainScenario scenario() {
        return scenario;
    }
}
