package org.akuttsim.chain;

import org.akuttsim.chain.hospital.HospitalSystem;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.KeyedRandom;

/**
 * A hospital submodel as part of an immutable {@link ChainScenario}: its parameters plus a factory
 * for the per-replication {@link HospitalSystem}. The ED/ward model of
 * {@code org.akuttsim.chain.hospital} implements this (e.g. a record of its parameters with a
 * {@code create} method); {@link #handoverOnly} is the built-in minimal one.
 *
 * <p>The chain calls {@link #create} once per replication, after building its simulator, then
 * {@link HospitalSystem#start()} at time 0. Implementations must be immutable and thread-safe:
 * replications of one scenario run in parallel.
 */
@FunctionalInterface
public interface HospitalModel {

    /** Builds this submodel's state for one replication. */
    HospitalSystem create(HospitalContext context);

    /**
     * Hospitals without capacity limits or walk-ins: each ambulance is released after
     * {@code handover} minutes drawn from the call's own numbers ({@code KeyedRandom(callKey,
     * HospitalSystem.CALL_KEY_PART)}). Records {@code hospital.arrivals}.
     */
    static HospitalModel handoverOnly(DurationModel handover) {
        Check.notNull("handover time", handover);
        return ctx -> new HandoverOnly(ctx, handover);
    }

    /** The system behind {@link #handoverOnly}. */
    final class HandoverOnly implements HospitalSystem {
        private static final int RELEASE = FIRST_EVENT_KIND;
        private final HospitalContext ctx;
        private final DurationModel handover;
        private final KeyedRandom rng = new KeyedRandom();
        private int[] hospitalOfUnit = new int[16];
        private final int[] inEd;
        private long arrivals;

        HandoverOnly(HospitalContext ctx, DurationModel handover) {
            this.ctx = ctx;
            this.handover = handover;
            this.inEd = new int[ctx.region().hospitalCount()];
        }

        @Override
        public int hospitalCount() {
            return inEd.length;
        }

        @Override
        public void start() {
        }

        @Override
        public void handle(int kind, int unit) {
            int h = hospitalOfUnit[unit];
            inEd[h]--;
            ctx.offload().offloadComplete(unit, h);
        }

        @Override
        public void ambulanceArrival(int hospital, int unit, long callKey, int trueNeed, int ageGroup, int condition) {
            if (unit >= hospitalOfUnit.length) {
                hospitalOfUnit = java.util.Arrays.copyOf(hospitalOfUnit, Math.max(unit + 1, 2 * hospitalOfUnit.length));
            }
            hospitalOfUnit[unit] = hospital;
            inEd[hospital]++;
            arrivals++;
            double t = handover.minutes(rng.reseed(callKey, CALL_KEY_PART).nextDouble());
            ctx.simulator().schedule(t, RELEASE, unit);
        }

        @Override
        public int patientsInEd(int hospital) {
            return inEd[hospital];
        }

        @Override
        public void resetStatistics() {
            arrivals = 0;
        }

        @Override
        public void recordResponses(Responses out) {
            out.put("hospital.arrivals", arrivals);
        }
    }
}
