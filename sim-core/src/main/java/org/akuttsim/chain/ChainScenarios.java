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

    /** Population vector with everyone in one age group. */
    public static double[] populationIn(int ageGroup, double persons) {
        double[] p = new double[AgeGroups.COUNT];
        p[ageGroup] = persons;
        return p;
    }

    /**
     * Simple demand: {@code callsPerPersonYear} in every age group, a flat week, condition mix
     * 15 % chest pain, 5 % stroke, 5 % sepsis, 15 % trauma, 60 % other in every age group, and true
     * need RED 30 %, YELLOW 30 %, GREEN 20 %, LEGEVAKT 10 %, GP 5 %, ADVICE 5 % for every condition.
     */
    public static Demand simpleDemand(double callsPerPersonYear, double growthHeadroom) {
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
        return new Demand(rate, profile, mix, need, growthHeadroom);
    }

    /** Fixed scene: activation 1 / 2 / 5 min (RED / YELLOW / GREEN), on scene 20 min, 10 % treat and leave. */
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
     */
    public static ChainScenario.Builder twoZonesOneStation() {
        Zone a = new Zone("A", populationIn(4, 10_000), true, 63.43, 10.40, 0);
        Zone b = new Zone("B", populationIn(8, 5_000), false, 63.30, 10.30, 0);
        Region region = new Region("two zones one station", List.of(a, b), List.of(new Station("S", 0)),
                List.of(new Hospital("H", 0, 10, 50, true, true)));
        double[] minutes = {4, 10, 10, 4};
        return ChainScenario.builder().name("two zones one station").region(region)
                .travel(TravelModel.matrix(new double[][] {minutes}, new int[] {0}, minutes.clone(), 1, 0.8))
                .demand(simpleDemand(0.1, 2.0))
                .triage(Triage.perfect(DurationModel.fixed(2), 2))
                .fleet(Fleet.ambulances(1))
                .scene(simpleScene())
                .hospitals(HospitalModel.handoverOnly(DurationModel.fixed(15)));
    }

    /**
     * "Ring of four stations": zones N, E, S, W (each urban, 20,000 persons aged 50–59) on a ring, each
     * with its own station and one 24/7 ambulance; neighbours are 10 minutes apart, opposite zones 20,
     * inside a zone 4. The hospital sits in N. Otherwise as {@link #twoZonesOneStation()}.
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
                .demand(simpleDemand(0.1, 2.0))
                .triage(Triage.perfect(DurationModel.fixed(2), 2))
                .fleet(Fleet.ambulances(1, 1, 1, 1))
                .scene(simpleScene())
                .hospitals(HospitalModel.handoverOnly(DurationModel.fixed(15)));
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
                .demand(new Demand(rate, profile, mix, need, 1.0))
                .triage(Triage.perfect(zero, 0))
                .fleet(Fleet.ambulances(perStation))
                .scene(new SceneParameters(SceneParameters.allLevels(zero),
                        SceneParameters.allLevels(DurationModel.exponential(meanServiceMinutes)),
                        SceneParameters.uniformTreatAndLeave(1.0), -1, false))
                .hospitals(HospitalModel.handoverOnly(zero))
                .dispatch(new DispatchRules(new FixedPreferenceDispatch(preferences, loss), false));
    }
}
