package org.akuttsim.chain;

import org.akuttsim.engine.Simulator;
import org.akuttsim.experiment.Replication;

/**
 * What the municipal side gets to build itself for one replication.
 *
 * @param simulator   the chain's simulator: schedule only kinds in [200, 300)
 * @param scenario    the scenario (region with populations, travel model)
 * @param replication replication index and named streams (use your own stream names, e.g. "legevakt.direct")
 * @param hospitals   the hospital submodel: ED referrals go to {@link HospitalLink#referralArrival}
 * @param ambulances  orders an ambulance for a patient: it becomes a call of the chain
 */
public record MunicipalContext(Simulator simulator, ChainScenario scenario, Replication replication, HospitalLink hospitals,
                               AmbulanceOrders ambulances) {

    /** The chain's side of an ambulance a doctor orders. */
    @FunctionalInterface
    public interface AmbulanceOrders {
        /**
         * A doctor orders an ambulance now for the patient with key {@code key} in zone {@code zone}: the
         * call enters the chain without AMK handling, assigned {@code level} (RED, YELLOW or GREEN),
         * and counts as referred.
         *
         * @param key       the patient's key (roots the patient's own random numbers in the chain)
         * @param zone      index of the patient's zone in the scenario's region
         * @param ageGroup  0–9 ({@link AgeGroups})
         * @param condition {@link Condition} ordinal
         * @param need      the patient's true need ({@link Level} ordinal)
         * @param level     the level the call is assigned ({@link Level} ordinal of RED, YELLOW or GREEN)
         */
        void order(long key, int zone, int ageGroup, int condition, int need, int level);
    }
}
