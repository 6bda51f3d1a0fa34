package org.akuttsim.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hold model, akuttsim kernel vs SSJ 3.3.2, at 1,000 and 100,000 pending events. The event list is
 * prefilled once per trial; each operation is one event (pop one, schedule one), so the score is in
 * events per second. Both sides draw the same exponential increments from the same MRG32k3a seed.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(HoldBenchmark.EVENTS)
public class HoldBenchmark {

    /** Events per benchmark invocation. */
    static final int EVENTS = 10_000;

    @State(Scope.Thread)
    public static class Akuttsim {
        @Param({"1000", "100000"})
        int pending;
        HoldModel model;

        @Setup
        public void prefill() {
            model = new HoldModel(pending, Seeds.of("hold"));
        }
    }

    @State(Scope.Thread)
    public static class Ssj {
        @Param({"1000", "100000"})
        int pending;
        SsjHoldModel model;

        @Setup
        public void prefill() {
            model = new SsjHoldModel(pending, Seeds.of("hold"));
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
