package org.akuttsim.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import org.akuttsim.chain.ChainRun;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Demand;
import org.akuttsim.chain.DurationModel;
import org.akuttsim.chain.HospitalModel;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.akuttsim.scenarios.report.KeyMetrics;

/**
 * Per-thread cost of {@link ChainBenchmark}'s operation (one replication-year, same model, metrics and
 * seeds), for comparing code versions on a shared machine where wall-clock JMH scores move with other
 * processes' load: the benchmark thread's CPU time and, when Linux {@code perf} is installed, its
 * hardware counters (cycles, instructions, branch misses) from {@code perf stat -t} attached to this
 * thread after the warm-up replications. Instructions are the steadiest figure under load.
 *
 * <p>Run: {@code java -Xms512m -Xmx512m -cp benchmarks/target/benchmarks.jar
 * org.akuttsim.benchmarks.ChainCounters [warm-up reps] [measured reps] [region]} (default 30 60 stolav);
 * {@code -Dperf.events=cycles,L1-dcache-load-misses,...} counts other events; {@code -Dperf.record=FILE}
 * samples the first of them (every {@code -Dperf.period} events, default 100000) on the measured
 * replications only into a {@code perf record} file (with
 * {@code -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit} for the compiled methods' names);
 * {@code -Dchain.handoverOnly=true} replaces the ED/ward submodel by a fixed 20-minute handover, to
 * measure what the submodel costs.
 */
public final class ChainCounters {

    private ChainCounters() {
    }

    public static void main(String[] args) throws Exception {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String region = args.length > 2 ? args[2] : "stolav";
        ChainScenario scenario = ChainBenchmark.scenario(region);
        if (Boolean.getBoolean("chain.handoverOnly")) {
            // The ED/ward submodel replaced by a fixed 20-minute handover: what the ED costs (same calls, same events)
            scenario = scenario.toBuilder().hospitals(HospitalModel.handoverOnly(DurationModel.fixed(20))).build();
        }
        StreamFactory streams = new StreamFactory(20_240_101L);
        long[] events = new long[1];
        KeyMetrics model = new KeyMetrics((s, rep, out) -> {
            ChainRun run = new ChainRun(s, rep);
            run.run();
            run.record(out);
            events[0] = run.simulator().eventsHandled();
        });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double sum = 0, best = Double.POSITIVE_INFINITY;
        long eventSum = 0;
        Process perf = null;
        for (int r = 0; r < warm + n; r++) {
            if (r == warm) {
                perf = startPerf();
            }
            long t0 = threads.getCurrentThreadCpuTime();
            model.run(scenario, new Replication(r, streams.forReplication(r), 0, Demand.MINUTES_PER_YEAR), new Responses());
            double ms = (threads.getCurrentThreadCpuTime() - t0) / 1e6;
            if (r >= warm) {
                sum += ms;
                best = Math.min(best, ms);
                eventSum += events[0];
            }
        }
        System.out.printf("%s: thread CPU ms per replication-year: mean %.1f, best %.1f; events per year %d%n",
                region, sum / n, best, eventSum / n);
        if (perf != null) {
            new ProcessBuilder("kill", "-INT", Long.toString(perf.pid())).start().waitFor();
            for (String line : new String(perf.getInputStream().readAllBytes()).split("\n")) {
                String[] f = line.split(",");
                if (f.length > 2 && !f[0].isEmpty() && Character.isDigit(f[0].charAt(0))) {
                    System.out.printf("  %-14s %.1f M per replication-year%n", f[2], Double.parseDouble(f[0]) / n / 1e6);
                } else if (f.length > 2 && f[0].startsWith("<")) {
                    // e.g. "<not supported>" in a VM without a performance-monitoring unit
                    System.out.printf("  %-14s %s%n", f[2], f[0]);
                }
            }
        }
    }

    /** {@code perf stat} on this thread, or null when perf is not available. */
    private static Process startPerf() throws InterruptedException {
        try {
            String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            String events = System.getProperty("perf.events", "cycles,instructions,branch-misses");
            String record = System.getProperty("perf.record");
            Process p = (record == null
                    ? new ProcessBuilder("perf", "stat", "-e", events, "-x,", "-t", tid)
                    : new ProcessBuilder("perf", "record", "-e", events.split(",")[0], "-c", System.getProperty("perf.period", "100000"),
                            "-o", record, "-t", tid))
                    .redirectErrorStream(true).start();
            Thread.sleep(300); // let perf attach before the measured replications
            return p;
        } catch (java.io.IOException | UnsupportedOperationException e) {
            System.out.println("(perf not available: CPU time only)");
            return null;
        }
    }
}
