package org.akuttsim.chain;

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

    /**
     * {@link ChainScenarios#stOlavsSized()} with the ED submodel: St. Olavs' default walk-ins and
     * referrals (52 a day) and Orkdal with 15 a day.
     */
    public static ChainScenario stOlavsSized() {
        return ChainScenarios.stOlavsSized()
                .hospitals(new org.akuttsim.chain.hospital.EmergencyDepartmentModel(org.akuttsim.chain.hospital.HospitalParameters.defaults(
                        List.of(org.akuttsim.chain.hospital.EmergencyDepartmentSpec.stOlavsDefault(),
                                org.akuttsim.chain.hospital.EmergencyDepartmentSpec.weeklyProfile("orkdal", 10, 100, 3.0, 12.0)))))
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
