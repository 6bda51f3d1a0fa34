package org.akuttsim.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.akuttsim.chain.ChainRun;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.ChainScenarios;
import org.akuttsim.chain.Demand;
import org.akuttsim.chain.hospital.EmergencyDepartmentModel;
import org.akuttsim.chain.hospital.EmergencyDepartmentSpec;
import org.akuttsim.chain.hospital.HospitalParameters;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The chain model (issue 3): one operation is one replication of one simulated year of a St. Olavs-
 * sized region ({@link ChainScenarios#stOlavsSized()}: 40 zones, 22 stations, 32 ambulances,
 * about 54,000 AMK calls and 44,000 ambulance missions) with the ED/ward submodel enabled (St. Olavs'
 * default 52 walk-ins and referrals a day, Orkdal 15), from building the run to recording every
 * metric. Each invocation runs the next replication index, so successive operations see different
 * random numbers, as an experiment does.
 *
 * <p>Scores: {@code replication} in ms per replication (average time); the {@code events} secondary
 * result is events handled per second; {@code replications} are replications per second
 * (throughput), on one thread and, in {@code replications2Threads}, on two threads sharing the
 * immutable scenario (as the experiment runner does).
 */
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ChainBenchmark {

    /** The St. Olavs-sized scenario with the ED submodel, as the benchmark runs it. */
    public static ChainScenario scenario() {
        HospitalParameters eds = HospitalParameters.defaults(List.of(EmergencyDepartmentSpec.stOlavsDefault(),
                EmergencyDepartmentSpec.weeklyProfile("orkdal", 10, 100, 3.0, 12.0)));
        return ChainScenarios.stOlavsSized().hospitals(new EmergencyDepartmentModel(eds)).build();
    }

    /** The immutable scenario, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Shared {
        /** Simulated years per replication: {@code -p years=2} shows what a longer horizon adds (allocation must not grow). */
        @Param("1")
        public int years;
        ChainScenario scenario;
        StreamFactory streams;

        @Setup(Level.Trial)
        public void build() {
            scenario = scenario();
            streams = new StreamFactory(20_240_101L);
        }
    }

    /** Each thread's next replication index (threads take disjoint indices). */
    @State(Scope.Thread)
    public static class Next {
        private static final java.util.concurrent.atomic.AtomicInteger THREADS = new java.util.concurrent.atomic.AtomicInteger();
        int index;

        @Setup(Level.Trial)
        public void first() {
            index = THREADS.getAndIncrement() * 1_000_000;
        }
    }

    /** Events handled, reported by JMH as a rate (events per second). */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Events {
        public long events;

        @Setup(Level.Iteration)
        public void clear() {
            events = 0;
        }
    }

    static double runOne(Shared s, Next n, Events e) {
        int r = n.index++;
        ChainRun run = new ChainRun(s.scenario, new Replication(r, s.streams.forReplication(r), 0, s.years * Demand.MINUTES_PER_YEAR));
        run.run();
        Responses out = new Responses();
        run.record(out);
        e.events += run.simulator().eventsHandled();
        return out.get("response.RED.mean");
    }

    /** Milliseconds per replication (and events per second). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double replication(Shared s, Next n, Events e) {
        return runOne(s, n, e);
    }

    /** Replications per second on one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public double replications1Thread(Shared s, Next n, Events e) {
        return runOne(s, n, e);
    }

    /** Replications per second on two threads (the sum over both). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public double replications2Threads(Shared s, Next n, Events e) {
        return runOne(s, n, e);
    }
}
