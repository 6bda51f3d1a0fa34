package org.akuttsim.chain;

import org.akuttsim.experiment.Responses;
import org.akuttsim.random.KeyedRandom;

/**
 * A hospital submodel as part of an immutable scenario: its parameters, plus a factory that
 * builds the per-replication state. The ED/ward model of {@code org.akuttsim.chain.hospital}
 * implements this; {@link #handoverOnly} is the built-in minimal one (no ED capacity: every
 * ambulance hands over after a drawn time).
 *
 * <p>Implementations must be immutable and thread-safe: replications of one scenario run in
 * parallel, each calling {@link #start} once.
 */
@FunctionalInterface
public interface HospitalModel {

    /**
     * Builds this submodel's state for one replication and schedules its first own events (time 0).
     *
     * @param context the run's simulator, region, replication and offload listener
     * @return the started submodel
     */
    HospitalLink start(HospitalContext context);

    /**
     * Hospitals without capacity limits: each ambulance is released after {@code handover} minutes,
     * drawn from the call's own random numbers (part 5). Records {@code hospital.arrivals}.
     *
     * @param handover the handover minutes
     * @return the submodel
     */
    static HospitalModel handoverOnly(DurationModel handover) {
        Check.notNull("handover time", handover);
        return ctx -> new HandoverOnly(ctx, handover);
    }

    /** The link behind {@link #handoverOnly}. */
    final class HandoverOnly implements HospitalLink {
        private static final int RELEASE = FIRST_EVENT_KIND;
        private final HospitalContext ctx;
        private final DurationModel handover;
        private final KeyedRandom rng = new KeyedRandom();
        private int[] hospitalOfUnit = new int[16];
        private long arrivals;

        HandoverOnly(HospitalContext ctx, DurationModel handover) {
            this.ctx = ctx;
            this.handover = handover;
        }

        @Override
        public void handle(int kind, int unit) {
            ctx.offload().offloadComplete(unit, hospitalOfUnit[unit]);
        }

        @Override
        public void ambulanceArrival(int hospital, int unit, long callKey, int trueNeed, int ageGroup, int condition) {
            if (unit >= hospitalOfUnit.length) {
                hospitalOfUnit = java.util.Arrays.copyOf(hospitalOfUnit, Math.max(unit + 1, 2 * hospitalOfUnit.length));
            }
            hospitalOfUnit[unit] = hospital;
            arrivals++;
            double t = handover.minutes(rng.reseed(callKey, CallIntake.PART_HANDOVER).nextDouble());
            ctx.simulator().schedule(t, RELEASE, unit);
        }

        @Override
        public void resetStatistics() {
            arrivals = 0;
        }

        @Override
        public void recordResults(Responses out) {
            out.put("hospital.arrivals", arrivals);
        }
    }
}
