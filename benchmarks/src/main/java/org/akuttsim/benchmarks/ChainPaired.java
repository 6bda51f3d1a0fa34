package org.akuttsim.benchmarks;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToLongFunction;

import org.akuttsim.chain.ChainRun;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Demand;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.akuttsim.scenarios.report.KeyMetrics;
import org.akuttsim.stats.ConfidenceInterval;

/**
 * Compares two or more builds of the chain <b>in one JVM, replication by replication</b>: each build is
 * loaded by a class loader of its own, and for every replication index each build runs that same
 * replication-year (same scenario, same random numbers, {@link ChainBenchmark}'s operation) in
 * alternating order (A B, then B A), timed by the thread's CPU clock. On a shared machine the host's
 * load moves a replication's time by ±30 % within minutes; both builds see the same minutes, so the
 * ratio of the two times at the same index cancels most of it. Separate runs
 * ({@code ab-counters.sh}) only compare medians taken minutes apart.
 *
 * <p>Run (after {@code mvn -B -q -o -DskipTests package}; a build is a benchmarks jar, or a list of
 * class path entries joined by the path separator):
 * <pre>
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar org.akuttsim.benchmarks.ChainPaired \
 *     [--pairs 80] [--warmup 20] [--region stolav] /tmp/base.jar benchmarks/target/benchmarks.jar
 * </pre>
 * It prints, per build, the median and 10th percentile of the replication times and the mean events per
 * replication; for every build after the first, its time ÷ the first build's time at the same index:
 * the median ratio with a distribution-free 95 % interval (order statistics) and the geometric mean
 * ratio with a t interval over the log ratios.
 *
 * <p>Both builds' compiled code shares the instruction cache and the code cache, and each switch
 * costs the next replication a few hundred microseconds of cold caches, the same for both sides.
 * A build from before this class existed works too: the replication runner below is then taken
 * from this jar and linked against the older build's classes.
 */
public final class ChainPaired {

    private ChainPaired() {
    }

    /**
     * One build's replication-year: {@link ChainBenchmark}'s operation, loaded by that build's class
     * loader so that it links against the build's own chain. Returns the events the run handled.
     */
    public static final class Replicator implements IntToLongFunction {
        private final ChainScenario scenario;
        private final StreamFactory streams = new StreamFactory(20_240_101L);
        private final KeyMetrics model;
        private long events;

        public Replicator(String region) {
            scenario = ChainBenchmark.scenario(region);
            model = new KeyMetrics((s, rep, out) -> {
                ChainRun run = new ChainRun(s, rep);
                run.run();
                run.record(out);
                events = run.simulator().eventsHandled();
            });
        }

        @Override
        public long applyAsLong(int replication) {
            model.run(scenario, new Replication(replication, streams.forReplication(replication), 0, Demand.MINUTES_PER_YEAR),
                    new Responses());
            return events;
        }
    }

    /** Times of every build at every measured replication index, and the events each handled. */
    record Timings(double[][] ms, long[][] events) {
    }

    public static void main(String[] args) throws Exception {
        int pairs = 80, warmup = 20;
        String region = "stolav";
        List<String> builds = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pairs" -> pairs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--region" -> region = args[++i];
                default -> builds.add(args[i]);
            }
        }
        if (builds.size() < 2 || pairs < 2 || warmup < 0) {
            System.err.println("usage: ChainPaired [--pairs N>=2] [--warmup N] [--region R] BUILD BUILD [BUILD ...]");
            System.exit(2);
        }
        IntToLongFunction[] runners = new IntToLongFunction[builds.size()];
        for (int b = 0; b < runners.length; b++) {
            runners[b] = load(builds.get(b), region);
        }
        Timings t = measure(runners, warmup, pairs);
        System.out.printf("%s, %d paired replication-years after %d warm-up rounds (thread CPU ms)%n", region, pairs, warmup);
        System.out.print(report(builds, t));
    }

    /** The build's {@link Replicator}, loaded by a class loader that sees the build first, then this jar. */
    static IntToLongFunction load(String build, String region) throws MalformedURLException, ReflectiveOperationException {
        List<URL> urls = new ArrayList<>();
        for (String entry : build.split(File.pathSeparator)) {
            File f = new File(entry);
            if (!f.exists()) {
                throw new IllegalArgumentException("build '" + build + "': class path entry " + entry + " does not exist");
            }
            urls.add(f.toURI().toURL());
        }
        urls.add(ChainPaired.class.getProtectionDomain().getCodeSource().getLocation());
        ClassLoader loader = new URLClassLoader("build " + build, urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Class<?> c = Class.forName(Replicator.class.getName(), true, loader);
        try {
            return (IntToLongFunction) c.getConstructor(String.class).newInstance(region);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("build '" + build + "' cannot run region '" + region + "': " + e.getCause(), e.getCause());
        }
    }

    /**
     * Runs replication indices −warmup … pairs−1 (the warm-up ones as indices 1,000,000 + k, not
     * reported) on every build, alternating the order from one index to the next.
     */
    static Timings measure(IntToLongFunction[] runners, int warmup, int pairs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int k = runners.length;
        double[][] ms = new double[k][pairs];
        long[][] events = new long[k][pairs];
        for (int r = -warmup; r < pairs; r++) {
            int replication = r < 0 ? 1_000_000 + warmup + r : r;
            for (int j = 0; j < k; j++) {
                int b = ((r & 1) == 0) ? j : k - 1 - j;
                long t0 = threads.getCurrentThreadCpuTime();
                long e = runners[b].applyAsLong(replication);
                double elapsed = (threads.getCurrentThreadCpuTime() - t0) / 1e6;
                if (r >= 0) {
                    ms[b][r] = elapsed;
                    events[b][r] = e;
                }
            }
        }
        return new Timings(ms, events);
    }

    static String report(List<String> builds, Timings t) {
        StringBuilder out = new StringBuilder();
        double[] base = t.ms()[0];
        for (int b = 0; b < builds.size(); b++) {
            double[] ms = t.ms()[b];
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            out.append(String.format("  %-40s median %.1f ms, p10 %.1f ms, events %.0f%n", builds.get(b),
                    median(sorted), sorted[sorted.length / 10], mean(t.events()[b])));
            if (b > 0) {
                double[] ratio = new double[ms.length];
                double[] logRatio = new double[ms.length];
                int faster = 0;
                for (int r = 0; r < ms.length; r++) {
                    ratio[r] = ms[r] / base[r];
                    logRatio[r] = Math.log(ratio[r]);
                    faster += ms[r] < base[r] ? 1 : 0;
                }
                Arrays.sort(ratio);
                double[] ci = medianInterval(ratio, 1.96);
                ConfidenceInterval g = ConfidenceInterval.of(logRatio, 0.95);
                out.append(String.format("    ÷ first: median ratio %.3f [%.3f, %.3f], geometric mean %.3f [%.3f, %.3f], faster in %d of %d%n",
                        median(ratio), ci[0], ci[1], Math.exp(g.mean()), Math.exp(g.low()), Math.exp(g.high()), faster, ms.length));
            }
        }
        return out.toString();
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    /**
     * A distribution-free interval for the median of a sorted sample: the order statistics of ranks
     * (n − z√n)/2 and 1 + (n + z√n)/2 (1-based, rounded outwards), the normal approximation to the
     * binomial(n, ½) count below the median; z = 1.96 gives about 95 %. Clamped to the sample's ends.
     */
    static double[] medianInterval(double[] sorted, double z) {
        int n = sorted.length;
        double half = z * Math.sqrt(n);
        int lo = (int) Math.floor((n - half) / 2);          // 1-based rank
        int hi = (int) Math.ceil(1 + (n + half) / 2);      // 1-based rank
        lo = Math.max(1, lo);
        hi = Math.min(n, hi);
        return new double[] {sorted[lo - 1], sorted[hi - 1]};
    }

    private static double mean(long[] v) {
        double s = 0;
        for (long x : v) {
            s += x;
        }
        return s / v.length;
    }
}
