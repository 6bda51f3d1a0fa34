package org.akuttsim.chain;

import java.util.Arrays;

import org.akuttsim.engine.Simulator;
import org.akuttsim.random.KeyedRandom;

/**
 * Transfers between hospitals during one run ({@link TransferRules}): the pending requests, which
 * ambulance takes each, and the steps of a transfer mission (events TRANSFER_REQUEST, TRANSFER_STEP,
 * TRANSFER_DAY). Owns the requests and each transferring unit's step; unit state changes go through
 * {@link Units}, the drive home through {@link Missions}. Tells observers {@link
 * ChainObserver#transferStarted} and {@link ChainObserver#transferDone}.
 *
 * <p>Randomness: whether a patient is sent on is the call's own draw ({@link #PART_TRANSFER}); the
 * booked transfers of a day and hospital are keyed by (day, hospital), so neither shifts any other
 * number, and a run without transfers draws nothing.
 */
final class Transfers {

    /** The call's own random numbers for the transfer decision (not used by {@link CallIntake}'s parts). */
    static final int PART_TRANSFER = 9;
    /** Keyed numbers of the booked transfers of one day and hospital. */
    private static final int PART_BOOKED = 10;
    private static final long BOOKED_KEY = 0x7A5F_E12B_4C3D_9E01L;

    private static final int TO_SENDER = 0, LOADING = 1, TO_RECEIVER = 2, HANDOVER = 3;

    private final Simulator sim;
    private final Units units;
    private final Roads roads;
    private final ChainObservers observers;
    private final TransferRules rules;
    private final int[] hospitalZone;
    private final double end;
    private final KeyedRandom rng = new KeyedRandom();
    private final boolean[] ambulance;
    private Missions missions;

    // Requests, in recycled slots.
    private int[] sender = new int[8];
    private boolean[] urgent = new boolean[8];
    private int[] freeSlots = new int[8];
    private int freeCount;
    private int slotsUsed;

    // Each unit's transfer (slot, or -1) and its step.
    private final int[] transferOf;
    private final int[] step;

    Transfers(ChainScenario s, double end, Simulator sim, Units units, Roads roads, ChainObservers observers) {
        this.sim = sim;
        this.units = units;
        this.roads = roads;
        this.observers = observers;
        this.rules = s.transfers();
        this.end = end;
        Region region = s.region();
        Check.index("receiving hospital of the transfers", rules.receivingHospital(), region.hospitalCount());
        hospitalZone = new int[region.hospitalCount()];
        for (int h = 0; h < hospitalZone.length; h++) {
            hospitalZone[h] = region.hospitals().get(h).zone();
        }
        int n = units.count();
        ambulance = new boolean[n];
        for (int u = 0; u < n; u++) {
            ambulance[u] = s.fleet().units().get(u).type() == UnitType.EMERGENCY_AMBULANCE;
        }
        transferOf = new int[n];
        Arrays.fill(transferOf, -1);
        step = new int[n];
    }

    /** The mission steps that drive a unit home (set once, when the run is assembled). */
    void connect(Missions m) {
        this.missions = m;
    }

    /** Time 0: the first day's booked transfers. */
    void start() {
        if (rules.bookedPerDay() > 0) {
            sim.scheduleAt(0, ChainEvents.TRANSFER_DAY, 0);
        }
    }

    /** True while unit {@code u} is on a transfer. */
    boolean onTransfer(int u) {
        return transferOf[u] >= 0;
    }

    /** A patient of call {@code c} reached {@code hospital} at {@code t}: perhaps to be sent on. */
    void patientArrived(Call c, int hospital, double t) {
        if (hospital == rules.receivingHospital()) {
            return;
        }
        double p = rules.shareOf(c.need, c.condition);
        if (p > 0 && rng.reseed(c.key, PART_TRANSFER).nextDouble() < p) {
            request(hospital, true, t + rules.requestDelayMinutes());
        }
    }

    /** TRANSFER_DAY: the booked transfers of day {@code day} (weekdays only), then the next day. */
    void day(int day) {
        double start = day * 1440.0;
        if (ChainClock.hourOfWeek(start) < 5 * 24) {
            for (int h = 0; h < hospitalZone.length; h++) {
                if (h == rules.receivingHospital()) {
                    continue;
                }
                KeyedRandom r = rng.reseed(BOOKED_KEY + 1_000_003L * day + h, PART_BOOKED);
                int count = poisson(rules.bookedPerDay(), r.nextDouble());
                double from = start + 60.0 * rules.bookedStartHour(), span = 60.0 * (rules.bookedEndHour() - rules.bookedStartHour());
                for (int k = 0; k < count; k++) {
                    request(h, false, from + span * r.nextDouble());
                }
            }
        }
        if ((day + 1) * 1440.0 <= end) {
            sim.scheduleAt((day + 1) * 1440.0, ChainEvents.TRANSFER_DAY, day + 1);
        }
    }

    /** The Poisson count of mean {@code mean} at the uniform {@code u} (inversion). */
    static int poisson(double mean, double u) {
        double p = Math.exp(-mean), cdf = p;
        int k = 0;
        while (u >= cdf && k < 10_000) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    private void request(int hospital, boolean isUrgent, double at) {
        if (at > end) {
            return;
        }
        int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else {
            slot = slotsUsed++;
            if (slot == sender.length) {
                sender = Arrays.copyOf(sender, 2 * slot);
                urgent = Arrays.copyOf(urgent, 2 * slot);
                freeSlots = Arrays.copyOf(freeSlots, 2 * slot);
            }
        }
        sender[slot] = hospital;
        urgent[slot] = isUrgent;
        sim.scheduleAt(Math.max(at, sim.now()), ChainEvents.TRANSFER_REQUEST, slot);
    }

    /** TRANSFER_REQUEST: the nearest free emergency ambulance takes the transfer, or AMK asks again later. */
    void requested(int slot) {
        int zone = hospitalZone[sender[slot]];
        int band = roads.band(sim.now());
        int best = -1;
        double bestMinutes = Double.POSITIVE_INFINITY;
        for (int u = 0; u < units.count(); u++) {
            if (ambulance[u] && units.isFree(u)) {
                missions.catchUp(u);
                double m = roads.legMinutes(units.get(u), units.positionZone(u), zone, false, band);
                if (m < bestMinutes) {
                    bestMinutes = m;
                    best = u;
                }
            }
        }
        if (best < 0) {
            if (sim.now() + TransferRules.RETRY_MINUTES <= end) {
                sim.schedule(TransferRules.RETRY_MINUTES, ChainEvents.TRANSFER_REQUEST, slot);
            }
            return;
        }
        begin(best, slot);
    }

    private void begin(int u, int slot) {
        int from = units.positionZone(u);
        missions.leaveForTransfer(u);
        transferOf[u] = slot;
        units.transfer(u, true);
        int to = hospitalZone[sender[slot]];
        double now = sim.now();
        int band = roads.band(now);
        units.change(u, UnitState.EN_ROUTE);
        units.startLeg(u, from, to, now, roads.legMinutes(units.get(u), from, to, urgent[slot], band), roads.legKm(units.get(u), band, from, to));
        observers.transferStarted(u, sender[slot], rules.receivingHospital(), urgent[slot], now);
        step[u] = TO_SENDER;
        sim.scheduleAt(units.get(u).legEnd, ChainEvents.TRANSFER_STEP, u);
    }

    /** TRANSFER_STEP: unit {@code u}'s transfer moves on. */
    void step(int u) {
        int slot = transferOf[u];
        double now = sim.now();
        int receiverZone = hospitalZone[rules.receivingHospital()];
        switch (step[u]) {
            case TO_SENDER -> {
                units.endLeg(u, false);
                units.change(u, UnitState.ON_SCENE);
                step[u] = LOADING;
                sim.schedule(rules.loadingMinutes(), ChainEvents.TRANSFER_STEP, u);
            }
            case LOADING -> {
                int from = hospitalZone[sender[slot]];
                int band = roads.band(now);
                units.change(u, UnitState.TRANSPORTING);
                units.startLeg(u, from, receiverZone, now, roads.legMinutes(units.get(u), from, receiverZone, urgent[slot], band),
                        roads.legKm(units.get(u), band, from, receiverZone));
                step[u] = TO_RECEIVER;
                sim.scheduleAt(units.get(u).legEnd, ChainEvents.TRANSFER_STEP, u);
            }
            case TO_RECEIVER -> {
                units.endLeg(u, false);
                units.change(u, UnitState.AT_HOSPITAL);
                step[u] = HANDOVER;
                sim.schedule(rules.handoverMinutes(), ChainEvents.TRANSFER_STEP, u);
            }
            default -> {
                transferOf[u] = -1;
                freeSlots[freeCount++] = slot;
                units.transfer(u, false);
                observers.transferDone(u, now);
                missions.sendHome(u, receiverZone);
            }
        }
    }
}
