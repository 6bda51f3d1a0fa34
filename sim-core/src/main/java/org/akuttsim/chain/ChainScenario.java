package org.akuttsim.chain;

import java.util.Objects;

/**
 * Everything one run of the acute-medicine chain needs: immutable and validated on construction,
 * so a bad input fails before anything is simulated. Build it with {@link #builder()}; derive
 * variants ({@code ChainScenario -> ChainScenario} policy levers, population growth) with
 * {@link #toBuilder()}, which keeps the {@link ArrivalEnvelope} so the derived scenario keeps
 * common random numbers with its base.
 *
 * <p>Units: time in minutes; simulation time 0 is Monday 00:00; distances in kilometres.
 *
 * @param name      label in results
 * @param region    zones, stations, hospitals
 * @param travel    travel minutes and kilometres
 * @param demand    AMK call rates, weekly profile, condition and need mix
 * @param envelope  reference call rates per (zone, age group) and weekly shape that calls are thinned from
 *                  (shared by scenarios compared under common random numbers); null: the demand itself
 * @param triage    AMK operators, call handling, confusion matrices
 * @param fleet     units with home stations and schedules
 * @param scene     activation, on-scene, treat-and-leave, destination rules
 * @param hospitals hospital submodel (ED and wards), or {@link HospitalModel#handoverOnly}
 * @param dispatch  dispatch policy and options
 * @param metrics   fuel, CO2, targets, trace
 * @param transfers transfers between hospitals ({@link TransferRules#NONE}: none)
 * @param municipal legevakt and daytime municipal services with capacity ({@link MunicipalModel}), or null:
 *                  AMK's no-ambulance outcomes then leave the chain
 */
public record ChainScenario(String name, Region region, TravelModel travel, Demand demand, ArrivalEnvelope envelope,
                            Triage triage, Fleet fleet, SceneParameters scene, HospitalModel hospitals,
                            DispatchRules dispatch, MetricParameters metrics, TransferRules transfers,
                            MunicipalModel municipal) {

    /**
     * Checks that every part is present and that they fit together (envelope covers the demand; stations,
     * relocation policy, transfers' receiving hospital and travel tables match the region); a null envelope
     * becomes the demand's own.
     *
     * @param name label in results
     * @param region zones, stations, hospitals
     * @param travel travel minutes and kilometres
     * @param demand AMK call rates, weekly profile, condition and need mix
     * @param envelope reference call rates that calls are thinned from, or null
     * @param triage AMK operators, call handling, confusion matrices
     * @param fleet units with home stations and schedules
     * @param scene activation, on-scene, treat-and-leave, destination rules
     * @param hospitals hospital submodel
     * @param dispatch dispatch policy and options
     * @param metrics fuel, CO2, targets, trace
     * @param transfers transfers between hospitals ({@link TransferRules#NONE}: none)
     * @param municipal legevakt and daytime municipal services, or null (none)
     */
    public ChainScenario {
        Check.notNull("scenario name", name);
        Check.notNull("region", region);
        Check.notNull("travel model", travel);
        Check.notNull("demand", demand);
        Check.notNull("triage", triage);
        Check.notNull("fleet", fleet);
        Check.notNull("scene parameters", scene);
        Check.notNull("hospital model", hospitals);
        Check.notNull("dispatch rules", dispatch);
        Check.notNull("metric parameters", metrics);
        Check.notNull("transfer rules", transfers);
        if (transfers.any()) {
            Check.index("receiving hospital of the transfers", transfers.receivingHospital(), region.hospitalCount());
        }
        if (envelope == null) {
            envelope = ArrivalEnvelope.of(region, demand);
        }
        envelope.checkCovers(region, demand);
        fleet.checkStations(region.stationCount());
        dispatch.relocation().checkFits(region.stationCount());
        // Travel tables must fit the region: computing them once here reports a mismatch early.
        travel.minutes(region, 0);
        travel.km(region);
    }

    /**
     * A scenario without transfers between hospitals and without a municipal side (AMK's no-ambulance
     * outcomes leave the chain).
     *
     * @param name label in results
     * @param region zones, stations, hospitals
     * @param travel travel minutes and kilometres
     * @param demand AMK call rates, weekly profile, condition and need mix
     * @param envelope reference call rates that calls are thinned from, or null
     * @param triage AMK operators, call handling, confusion matrices
     * @param fleet units with home stations and schedules
     * @param scene activation, on-scene, treat-and-leave, destination rules
     * @param hospitals hospital submodel
     * @param dispatch dispatch policy and options
     * @param metrics fuel, CO2, targets, trace
     */
    public ChainScenario(String name, Region region, TravelModel travel, Demand demand, ArrivalEnvelope envelope,
                         Triage triage, Fleet fleet, SceneParameters scene, HospitalModel hospitals,
                         DispatchRules dispatch, MetricParameters metrics) {
        this(name, region, travel, demand, envelope, triage, fleet, scene, hospitals, dispatch, metrics, TransferRules.NONE, null);
    }

    /**
     * {@return an empty builder; name, region, travel, demand, triage, fleet, scene and hospitals are
     * required}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this scenario's parts, envelope included.
     *
     * @return a builder that builds an equal scenario until something is changed
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.region = region;
        b.travel = travel;
        b.demand = demand;
        b.envelope = envelope;
        b.triage = triage;
        b.fleet = fleet;
        b.scene = scene;
        b.hospitals = hospitals;
        b.dispatch = dispatch;
        b.metrics = metrics;
        b.transfers = transfers;
        b.municipal = municipal;
        return b;
    }

    /**
     * Expected AMK calls per year.
     *
     * @return the expected number of calls a year at the demand's rates (before any thinning)
     */
    public double expectedCallsPerYear() {
        return demand.expectedCallsPerYear(region);
    }

    /**
     * Builds a {@link ChainScenario}; {@code dispatch}, {@code metrics} and {@code transfers} have defaults, the rest
     * must be set.
     */
    public static final class Builder {
        private String name = "scenario";
        private Region region;
        private TravelModel travel;
        private Demand demand;
        private ArrivalEnvelope envelope;
        private Triage triage;
        private Fleet fleet;
        private SceneParameters scene;
        private HospitalModel hospitals;
        private DispatchRules dispatch = DispatchRules.defaults();
        private MetricParameters metrics = MetricParameters.defaults();
        private TransferRules transfers = TransferRules.NONE;
        private MunicipalModel municipal;

        /**
         * Sets the label in results.
         *
         * @param v the name
         * @return this builder
         */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /**
         * Sets the zones, stations and hospitals.
         *
         * @param v the region
         * @return this builder
         */
        public Builder region(Region v) {
            region = v;
            return this;
        }

        /**
         * Sets the travel model.
         *
         * @param v the travel minutes and kilometres
         * @return this builder
         */
        public Builder travel(TravelModel v) {
            travel = v;
            return this;
        }

        /**
         * Sets the demand.
         *
         * @param v call rates, weekly profile, condition and need mix
         * @return this builder
         */
        public Builder demand(Demand v) {
            demand = v;
            return this;
        }

        /**
         * Sets the arrival envelope; null (the default for a new builder) makes this scenario's own demand
         * the reference.
         *
         * @param v the envelope, or {@code null}
         * @return this builder
         */
        public Builder envelope(ArrivalEnvelope v) {
            envelope = v;
            return this;
        }

        /**
         * Sets AMK's triage.
         *
         * @param v operators, call handling, confusion matrices
         * @return this builder
         */
        public Builder triage(Triage v) {
            triage = v;
            return this;
        }

        /**
         * Sets the fleet.
         *
         * @param v units with home stations and schedules
         * @return this builder
         */
        public Builder fleet(Fleet v) {
            fleet = v;
            return this;
        }

        /**
         * Sets the scene parameters.
         *
         * @param v activation, on-scene, treat-and-leave, destinations
         * @return this builder
         */
        public Builder scene(SceneParameters v) {
            scene = v;
            return this;
        }

        /**
         * Sets the hospital submodel.
         *
         * @param v the hospitals' EDs and wards, or a fixed handover
         * @return this builder
         */
        public Builder hospitals(HospitalModel v) {
            hospitals = v;
            return this;
        }

        /**
         * Sets the dispatch rules (default: {@link DispatchRules#defaults()}).
         *
         * @param v policy and options
         * @return this builder
         */
        public Builder dispatch(DispatchRules v) {
            dispatch = v;
            return this;
        }

        /**
         * Sets the metric parameters (default: {@link MetricParameters#defaults()}).
         *
         * @param v fuel, CO2, targets, trace
         * @return this builder
         */
        public Builder metrics(MetricParameters v) {
            metrics = v;
            return this;
        }

        /**
         * Sets the municipal side.
         *
         * @param v legevakt and daytime services with capacity; null (the default) lets AMK's no-ambulance
         *          outcomes leave the chain
         * @return this builder
         */
        public Builder municipal(MunicipalModel v) {
            municipal = v;
            return this;
        }

        /**
         * Sets the transfers between hospitals (default: {@link TransferRules#NONE}, none).
         *
         * @param v the receiving hospital, the shares sent on by rule and the booked transfers a day
         * @return this builder
         */
        public Builder transfers(TransferRules v) {
            transfers = v;
            return this;
        }

        /**
         * Builds and validates the scenario.
         *
         * @return the scenario
         * @throws IllegalStateException naming a required part that was not set
         * @throws IllegalArgumentException naming a part that is invalid or does not fit the others
         */
        public ChainScenario build() {
            String missing = region == null ? "region" : travel == null ? "travel" : demand == null ? "demand"
                    : triage == null ? "triage" : fleet == null ? "fleet" : scene == null ? "scene"
                    : hospitals == null ? "hospitals" : null;
            if (missing != null) {
                throw new IllegalStateException("scenario '" + name + "' has no " + missing + "; set it on the builder");
            }
            return new ChainScenario(Objects.requireNonNull(name), region, travel, demand, envelope, triage, fleet, scene,
                    hospitals, dispatch, metrics, transfers, municipal);
        }
    }
}
