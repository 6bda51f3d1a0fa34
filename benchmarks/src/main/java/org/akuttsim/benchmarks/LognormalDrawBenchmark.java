package org.akuttsim.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.akuttsim.chain.DurationModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds per lognormal draw, before ({@link LognormalBaseline}: Φ⁻¹ then exp) and now
 * ({@link DurationModel#lognormal}: the per-distribution table), in the same run. Draws cycle
 * through 12 distributions (the chain's CVs 0.45–1.0, means 2 minutes to 5 days), so 12 tables
 * (216 KB) compete for the caches as in a replication. {@code throughput*}: independent draws (the
 * CPU overlaps them); {@code latency*}: each draw's uniform is chosen by the previous draw's result,
 * as when a duration becomes an event time at once (includes ~8 ns of index arithmetic, see
 * {@code latencyFloor}). On a shared machine compare with {@link LognormalDrawCounters}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms256m", "-Xmx256m"})
@State(Scope.Thread)
public class LognormalDrawBenchmark {
    static final int N = 4096;
    static final int MODELS = 12;
    final double[] u = new double[N];
    final LognormalBaseline[] before = new LognormalBaseline[MODELS];
    final DurationModel[] now = new DurationModel[MODELS];

    public LognormalDrawBenchmark() {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < N; i++) {
            u[i] = r.nextDouble();
        }
        double[] means = {2, 1.5, 3, 20, 25, 15, 1, 1, 150, 15, 7200, 12};
        double[] cvs = {0.6, 0.5, 0.5, 0.5, 0.5, 0.5, 0.45, 0.6, 0.59, 0.5, 1.0, 0.6};
        for (int m = 0; m < MODELS; m++) {
            DurationModel.Lognormal d = (DurationModel.Lognormal) DurationModel.lognormal(means[m], cvs[m]);
            now[m] = d;
            before[m] = new LognormalBaseline(d.mu(), d.sigma());
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double throughputBefore() {
        double s = 0;
        for (int i = 0; i < N; i++) {
            s += before[i % MODELS].minutes(u[i]);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double throughputNow() {
        double s = 0;
        for (int i = 0; i < N; i++) {
            s += now[i % MODELS].minutes(u[i]);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int latencyBefore() {
        int j = 0;
        for (int i = 0; i < N; i++) {
            double y = before[i % MODELS].minutes(u[j]);
            j = (j + 1 + (int) (y * 1e-9)) & (N - 1);
        }
        return j;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int latencyNow() {
        int j = 0;
        for (int i = 0; i < N; i++) {
            double y = now[i % MODELS].minutes(u[j]);
            j = (j + 1 + (int) (y * 1e-9)) & (N - 1);
        }
        return j;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int latencyFloor() {
        int j = 0;
        for (int i = 0; i < N; i++) {
            double y = u[j] + i % MODELS;
            j = (j + 1 + (int) (y * 1e-9)) & (N - 1);
        }
        return j;
    }
}
