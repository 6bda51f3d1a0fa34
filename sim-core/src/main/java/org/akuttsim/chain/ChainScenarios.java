package org.akuttsim.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.akuttsim.chain.dispatch.FixedPreferenceDispatch;

/**
 * Tiny named scenarios whose results can be checked by hand, and the hypercube reduction. Each
 * returns a builder, so a test changes one part and builds.
 */
public final class ChainScenarios {

    private ChainScenarios() {
    }

    /**
     * Population vector with everyone in one age group.
     *
     * @param ageGroup the age group, 0..9 (decades: 0 = 0–9 years)
     * @param persons the number of persons in it
     * @return ten population counts by age group
     */
    public static double[] populationIn(int ageGroup, double persons) {
        double[] p = new double[AgeGroups.COUNT];
        p[ageGroup] = persons;
        return p;
    }

    /**
     * Simple demand: {@code callsPerPersonYear} in every age group, a flat week, condition mix
     * 15 % chest pain, 5 % stroke, 5 % sepsis, 15 % trauma, 60 % other in every age group, and true
     * need RED 30 %, YELLOW 30 %, GREEN 20 %, LEGEVAKT 10 %, GP 5 %, ADVICE 5 % for every condition.
     *
     * @param callsPerPersonYear AMK calls per person and year, in every age group
     * @return the demand
     */
    public static Demand simpleDemand(double callsPerPersonYear) {
        double[] rate = new double[AgeGroups.COUNT];
        Arrays.fill(rate, callsPerPersonYear);
        double[] profile = new double[Demand.HOURS_PER_WEEK];
        Arrays.fill(profile, 1.0);
        double[][] mix = new double[AgeGroups.COUNT][];
        for (int g = 0; g < AgeGroups.COUNT; g++) {
            mix[g] = new double[] {0.15, 0.05, 0.05, 0.15, 0.60};
        }
        double[][] need = new double[Condition.COUNT][];
        for (int c = 0; c < Condition.COUNT; c++) {
            need[c] = new double[] {0.30, 0.30, 0.20, 0.10, 0.05, 0.05};
        }
        return new Demand(rate, profile, mix, need);
    }

    /**
     * Fixed scene: activation 1 / 2 / 5 min (RED / YELLOW / GREEN), on scene 20 min, 10 % treat and leave.
     *
     * @return the scene parameters
     */
    public static SceneParameters simpleScene() {
        return new SceneParameters(
                new DurationModel[] {DurationModel.fixed(1), DurationModel.fixed(2), DurationModel.fixed(5)},
                SceneParameters.allLevels(DurationModel.fixed(20)), SceneParameters.uniformTreatAndLeave(0.1), 0, true);
    }

    /**
     * "Two zones, one station": zone A (urban, 10,000 persons aged 40–49) holds the station and the
     * hospital; zone B (rural, 5,000 persons aged 80–89) lies 10 minutes away. Inside a zone travel is
     * 4 minutes; lights and sirens multiply by 0.8; kilometres equal minutes (60 km/h). One 24/7
     * ambulance, 0.1 calls per person-year (1,500 calls a year), perfect triage with a 2-minute
     * handling time and 2 operators, fixed scene times, 15-minute handover.
     *
     * @return a builder for the scenario, to change before building
     */
    public static ChainScenario.Builder twoZonesOneStation() {
        Zone a = new Zone("A", populationIn(4, 10_000), true, 63.43, 10.40, 0);
        Zone b = new Zone("B", populationIn(8, 5_000), false, 63.30, 10.30, 0);
        Region region = new Region("two zones one station", List.of(a, b), List.of(new Station("S", 0)),
                List.of(new Hospital("H", 0, 10, 50, true, true)));
        double[] minutes = {4, 10, 10, 4};
        return ChainScenario.builder().name("two zones one station").region(region)
                .travel(TravelModel.matrix(new double[][] {minutes}, new int[] {0}, minutes.clone(), 1, 0.8))
                .demand(simpleDemand(0.1))
                .triage(Triage.perfect(DurationModel.fixed(2), 2))
                .fleet(Fleet.ambulances(1))
                .scene(simpleScene())
                .hospitals(HospitalModel.handoverOnly(DurationModel.fixed(15)));
    }

    /**
     * "Ring of four stations": zones N, E, S, W (each urban, 20,000 persons aged 50–59) on a ring, each
     * with its own station and one 24/7 ambulance; neighbours are 10 minutes apart, opposite zones 20,
     * inside a zone 4. The hospital sits in N. Otherwise as {@link #twoZonesOneStation()}.
     *
     * @return a builder for the scenario, to change before building
     */
    public static ChainScenario.Builder ringOfFourStations() {
        String[] ids = {"N", "E", "S", "W"};
        List<Zone> zones = new ArrayList<>();
        List<Station> stations = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            zones.add(new Zone(ids[i], populationIn(5, 20_000), true, 63.4 + 0.1 * Math.cos(i * Math.PI / 2),
                    10.4 + 0.2 * Math.sin(i * Math.PI / 2), i));
            stations.add(new Station("S" + ids[i], i));
        }
        double[] minutes = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                int d = Math.min((i - j + 4) % 4, (j - i + 4) % 4);
                minutes[i * 4 + j] = d == 0 ? 4 : 10 * d;
            }
        }
        Region region = new Region("ring of four stations", zones, stations, List.of(new Hospital("H", 0, 20, 100, true, true)));
        return ChainScenario.builder().name("ring of four stations").region(region)
                .travel(TravelModel.matrix(new double[][] {minutes}, new int[] {0}, minutes.clone(), 1, 0.8))
                .demand(simpleDemand(0.1))
                .triage(Triage.perfect(DurationModel.fixed(2), 2))
                .fleet(Fleet.ambulances(1, 1, 1, 1))
                .scene(simpleScene())
                .hospitals(HospitalModel.handoverOnly(DurationModel.fixed(15)));
    }

    /**
     * A synthetic region the size of the St. Olavs catchment, for timing and benchmarks (not for
     * results: the geography is random). 40 zones around Trondheim (6 urban of 30,000 persons, 34
     * rural of 3,000; {@code java.util.Random(1)} places them), 22 stations with one 24/7 ambulance
     * each and three at the six urban stations (32 ambulances), call rates rising with age to about
     * 54,000 AMK calls a year with a day/night profile, 80 % correct triage (20 % one level too
     * urgent), lognormal call handling (2 min, 4 operators), lognormal on-scene times, travel from
     * coordinates, and two hospitals: "stolav" (zone 0, PCI and stroke centre, 30 ED spaces, 700 ward
     * beds) and "orkdal" (zone 7, 10 spaces, 100 beds), with lognormal handover only. Swap in the
     * ED submodel with {@code .hospitals(new EmergencyDepartmentModel(...))}; it needs specs with
     * ids "stolav" and "orkdal".
     *
     * @return a builder for the scenario, to change before building
     */
    public static ChainScenario.Builder stOlavsSized() {
        int nz = 40, ns = 22;
        double[] ageShare = {0.11, 0.12, 0.14, 0.13, 0.13, 0.13, 0.11, 0.08, 0.04, 0.01};
        List<Zone> zones = new ArrayList<>();
        java.util.Random geo = new java.util.Random(1);
        for (int i = 0; i < nz; i++) {
            double[] p = new double[AgeGroups.COUNT];
            double size = i < 6 ? 30_000 : 3_000;
            for (int g = 0; g < p.length; g++) {
                p[g] = size * ageShare[g];
            }
            double r = i < 6 ? 0.05 * geo.nextDouble() : 0.2 + 1.0 * geo.nextDouble();
            double a = 2 * Math.PI * geo.nextDouble();
            zones.add(new Zone("Z" + i, p, i < 6, 63.43 + r * Math.cos(a) * 0.5, 10.4 + r * Math.sin(a), i % ns));
        }
        List<Station> stations = new ArrayList<>();
        for (int s = 0; s < ns; s++) {
            stations.add(new Station("S" + s, s));
        }
        List<Hospital> hospitals = List.of(new Hospital("stolav", 0, 30, 700, true, true), new Hospital("orkdal", 7, 10, 100, false, false));
        Region region = new Region("st-olavs-sized", zones, stations, hospitals);
        int[] perStation = new int[ns];
        Arrays.fill(perStation, 1);
        for (int s = 0; s < 6; s++) {
            perStation[s] = 3;
        }
        double[] rate = {0.1, 0.065, 0.13, 0.13, 0.145, 0.175, 0.24, 0.4, 0.72, 1.1};
        double[] profile = new double[Demand.HOURS_PER_WEEK];
        for (int h = 0; h < profile.length; h++) {
            int hd = h % 24;
            profile[h] = hd < 7 ? 0.5 : hd < 12 ? 1.3 : hd < 18 ? 1.4 : 1.0;
        }
        Demand base = simpleDemand(1);
        Demand d = new Demand(rate, profile, base.conditionMix(), base.needByCondition());
        double[][] t = new double[Level.COUNT][Level.COUNT];
        for (int n = 0; n < Level.COUNT; n++) {
            t[n][n] = 0.8;
            t[n][Math.max(0, n - 1)] += 0.2; // over-triage by one level
        }
        return ChainScenario.builder().name("st-olavs-sized").region(region)
                .travel(TravelModel.fromCoordinates(1.4, 50, 70, 3, 0.85))
                .demand(d)
                .triage(Triage.of(DurationModel.lognormal(2, 0.5), 4, t))
                .fleet(Fleet.ambulances(perStation))
                .scene(new SceneParameters(new DurationModel[] {DurationModel.fixed(1), DurationModel.fixed(2), DurationModel.fixed(5)},
                        new DurationModel[] {DurationModel.lognormal(20, 0.5), DurationModel.lognormal(20, 0.5), DurationModel.lognormal(15, 0.5)},
                        SceneParameters.uniformTreatAndLeave(0.08), 0, true))
                .hospitals(HospitalModel.handoverOnly(DurationModel.lognormal(15, 0.6)));
    }

    /**
     * The hypercube reduction (see {@link FixedPreferenceDispatch}): zone j has Poisson calls at
     * {@code callsPerMinute[j]}; unit i is the only unit of station i; every call is RED, skips AMK, has
     * zero travel and activation, and one exponential service of mean {@code meanServiceMinutes}
     * (on-scene time; treat and leave always). Dispatch by {@code preferences} with loss or one FCFS queue.
     *
     * @param callsPerMinute     arrival rate per zone (atom), calls per minute
     * @param units              number of units (= stations)
     * @param preferences        per zone, unit indices in order of preference
     * @param meanServiceMinutes mean mission time, minutes
     * @param loss               true: calls finding all listed units busy are lost; false: FCFS queue
     * @return a builder for the scenario, to change before building
     */
    public static ChainScenario.Builder hypercube(double[] callsPerMinute, int units, int[][] preferences,
                                                  double meanServiceMinutes, boolean loss) {
        if (callsPerMinute.length != preferences.length) {
            throw new IllegalArgumentException("need one preference list per zone: " + preferences.length
                    + " lists for " + callsPerMinute.length + " zones");
        }
        List<Zone> zones = new ArrayList<>();
        for (int j = 0; j < callsPerMinute.length; j++) {
            Check.nonNegative("calls per minute of zone " + j, callsPerMinute[j]);
            zones.add(new Zone("Z" + j, populationIn(0, callsPerMinute[j] * Demand.MINUTES_PER_YEAR), true, 63, 10, j % units));
        }
        List<Station> stations = new ArrayList<>();
        int[] perStation = new int[units];
        for (int i = 0; i < units; i++) {
            stations.add(new Station("S" + i, i % zones.size()));
            perStation[i] = 1;
        }
        Region region = new Region("hypercube", zones, stations, List.of(new Hospital("H", 0, 1, 0, false, false)));
        double[] rate = new double[AgeGroups.COUNT];
        Arrays.fill(rate, 1.0);
        double[] profile = new double[Demand.HOURS_PER_WEEK];
        Arrays.fill(profile, 1.0);
        double[][] mix = new double[AgeGroups.COUNT][];
        for (int g = 0; g < AgeGroups.COUNT; g++) {
            mix[g] = new double[] {0, 0, 0, 0, 1};
        }
        double[][] need = new double[Condition.COUNT][];
        for (int c = 0; c < Condition.COUNT; c++) {
            need[c] = new double[] {1, 0, 0, 0, 0, 0};
        }
        DurationModel zero = DurationModel.fixed(0);
        return ChainScenario.builder().name("hypercube").region(region)
                .travel(TravelModel.zero())
                .demand(new Demand(rate, profile, mix, need))
                .triage(Triage.perfect(zero, 0))
                .fleet(Fleet.ambulances(perStation))
                .scene(new SceneParameters(SceneParameters.allLevels(zero),
                        SceneParameters.allLevels(DurationModel.exponential(meanServiceMinutes)),
                        SceneParameters.uniformTreatAndLeave(1.0), -1, false))
                .hospitals(HospitalModel.handoverOnly(zero))
                .dispatch(new DispatchRules(new FixedPreferenceDispatch(preferences, loss), false));
    }
}
