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
 * @param municipal legevakt and daytime municipal services with capacity ({@link MunicipalModel}), or null:
 *                  AMK's no-ambulance outcomes then leave the chain
 */
public record ChainScenario(String name, Region region, TravelModel travel, Demand demand, ArrivalEnvelope envelope,
                            Triage triage, Fleet fleet, SceneParameters scene, HospitalModel hospitals,
                            DispatchRules dispatch, MetricParameters metrics, MunicipalModel municipal) {

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
        if (envelope == null) {
            envelope = ArrivalEnvelope.of(region, demand);
        }
        envelope.checkCovers(region, demand);
        fleet.checkStations(region.stationCount());
        // Travel tables must fit the region: computing them once here reports a mismatch early.
        travel.minutes(region, 0);
        travel.km(region);
    }

    /** A scenario without a municipal side (AMK's no-ambulance outcomes leave the chain). */
    public ChainScenario(String name, Region region, TravelModel travel, Demand demand, ArrivalEnvelope envelope,
                         Triage triage, Fleet fleet, SceneParameters scene, HospitalModel hospitals,
                         DispatchRules dispatch, MetricParameters metrics) {
        this(name, region, travel, demand, envelope, triage, fleet, scene, hospitals, dispatch, metrics, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this scenario's parts, envelope included. */
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
        b.municipal = municipal;
        return b;
    }

    /** Expected AMK calls per year. */
    public double expectedCallsPerYear() {
        return demand.expectedCallsPerYear(region);
    }

    /** Builds a {@link ChainScenario}; {@code dispatch} and {@code metrics} have defaults, the rest must be set. */
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
        private MunicipalModel municipal;

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder region(Region v) {
            region = v;
            return this;
        }

        public Builder travel(TravelModel v) {
            travel = v;
            return this;
        }

        public Builder demand(Demand v) {
            demand = v;
            return this;
        }

        /** Sets the arrival envelope; null (the default for a new builder) makes this scenario's own demand the reference. */
        public Builder envelope(ArrivalEnvelope v) {
            envelope = v;
            return this;
        }

        public Builder triage(Triage v) {
            triage = v;
            return this;
        }

        public Builder fleet(Fleet v) {
            fleet = v;
            return this;
        }

        public Builder scene(SceneParameters v) {
            scene = v;
            return this;
        }

        public Builder hospitals(HospitalModel v) {
            hospitals = v;
            return this;
        }

        public Builder dispatch(DispatchRules v) {
            dispatch = v;
            return this;
        }

        public Builder metrics(MetricParameters v) {
            metrics = v;
            return this;
        }

        /** Sets the municipal side; null (the default) lets AMK's no-ambulance outcomes leave the chain. */
        public Builder municipal(MunicipalModel v) {
            municipal = v;
            return this;
        }

        public ChainScenario build() {
            String missing = region == null ? "region" : travel == null ? "travel" : demand == null ? "demand"
                    : triage == null ? "triage" : fleet == null ? "fleet" : scene == null ? "scene"
                    : hospitals == null ? "hospitals" : null;
            if (missing != null) {
                throw new IllegalStateException("scenario '" + name + "' has no " + missing + "; set it on the builder");
            }
            return new ChainScenario(Objects.requireNonNull(name), region, travel, demand, envelope, triage, fleet, scene,
                    hospitals, dispatch, metrics, municipal);
        }
    }
}
