package org.akuttsim.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * M/M/c queue (c = 10, utilisation 0.9), akuttsim kernel vs SSJ 3.3.2, in events per second. One
 * long run per trial (the queue reaches steady state during warm-up); each operation is one event.
 * Both sides use MRG32k3a streams with the same seeds and serve the same customers.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(MmcBenchmark.EVENTS)
public class MmcBenchmark {

    /** Events per benchmark invocation. */
    static final int EVENTS = 10_000;

    @State(Scope.Thread)
    public static class Akuttsim {
        MmcModel model;

        @Setup
        public void start() {
            model = new MmcModel(Seeds.of("arrivals"), Seeds.of("services"));
        }
    }

    @State(Scope.Thread)
    public static class Ssj {
        SsjMmcModel model;

        @Setup
        public void start() {
            model = new SsjMmcModel(Seeds.of("arrivals"), Seeds.of("services"));
        }
    }

    @Benchmark
    public double akuttsim(Akuttsim s) {
        return s.model.runEvents(EVENTS);
    }

    @Benchmark
    public double ssj(Ssj s) {
        return s.model.runEvents(EVENTS);
    }
}
