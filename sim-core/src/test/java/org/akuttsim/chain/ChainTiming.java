package org.akuttsim.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;

/**
 * A rough development timing (not a test, not a benchmark: the JMH {@code ChainBenchmark} is the
 * measurement): a synthetic St. Olavs-sized region, one simulated year per replication.
 * Run: {@code java -cp sim-core/target/classes:sim-core/target/test-classes:<commons jars> org.akuttsim.chain.ChainTiming}.
 */
public final class ChainTiming {

    /** 40 zones around Trondheim, 22 stations, 40 ambulances, about 55,000 AMK calls a year. */
    public static ChainScenario stOlavsSized() {
        List<Zone> zones = new ArrayList<>();
        int nz = 40, ns = 22;
        java.util.Random geo = new java.util.Random(1);
        for (int i = 0; i < nz; i++) {
            double[] p = new double[AgeGroups.COUNT];
            double size = i < 6 ? 30_000 : 3_000;
            double[] ageShare = {0.11, 0.12, 0.14, 0.13, 0.13, 0.13, 0.11, 0.08, 0.04, 0.01};
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
        List<Hospital> hospitals = List.of(new Hospital("StOlav", 0, 30, 700, true, true), new Hospital("Orkdal", 7, 10, 100, false, false));
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
        Demand base = ChainScenarios.simpleDemand(1, 2.0);
        Demand d = new Demand(rate, profile, base.conditionMix(), base.needByCondition(), 2.0);
        double[][] t = new double[Level.COUNT][Level.COUNT];
        for (int n = 0; n < Level.COUNT; n++) {
            t[n][n] = 0.8;
            t[n][Math.max(0, n - 1)] += 0.2; // over-triage one level
        }
        return ChainScenario.builder().name("timing").region(region)
                .travel(TravelModel.fromCoordinates(1.4, 50, 70, 3, 0.85))
                .demand(d)
                .triage(Triage.of(DurationModel.lognormal(2, 0.5), 4, t))
                .fleet(Fleet.ambulances(perStation))
                .scene(new SceneParameters(new DurationModel[] {DurationModel.fixed(1), DurationModel.fixed(2), DurationModel.fixed(5)},
                        new DurationModel[] {DurationModel.lognormal(20, 0.5), DurationModel.lognormal(20, 0.5), DurationModel.lognormal(15, 0.5)},
                        SceneParameters.uniformTreatAndLeave(0.08), 0, true))
                .hospitals(HospitalModel.handoverOnly(DurationModel.lognormal(15, 0.6)))
                .build();
    }

    public static void main(String[] args) {
        ChainScenario s = stOlavsSized();
        ChainModel m = new ChainModel();
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        StreamFactory f = new StreamFactory(1);
        Responses last = null;
        long events = 0;
        for (int r = 0; r < reps; r++) {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ChainRun run = new ChainRun(s, new Replication(r, f.forReplication(r), 0, Demand.MINUTES_PER_YEAR));
            run.run();
            Responses out = new Responses();
            run.record(out);
            long t1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            events = run.simulator().eventsHandled();
            System.out.printf("rep %d: %.1f ms wall, %.1f ms cpu, %d events, %d pending at end%n", r, (t1 - t0) / 1e6, (c1 - c0) / 1e6,
                    events, run.simulator().pending());
            last = out;
        }
        for (String k : new String[] {"calls.received", "missions.RED", "missions.YELLOW", "missions.GREEN", "response.RED.mean",
            "response.RED.p90", "response.RED.urban.within12", "response.RED.rural.within25", "fleet.utilisation", "coverage.pop12",
            "readiness.meanOverDistricts", "km.total", "co2.tonnes", "amk.meanWait", "calls.inProgress"}) {
            System.out.println(k + " = " + last.get(k));
        }
    }
}
