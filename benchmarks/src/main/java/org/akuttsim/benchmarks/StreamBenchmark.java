package org.akuttsim.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.akuttsim.random.KeyedRandom;
import org.akuttsim.random.Mrg32k3a;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one uniform in nanoseconds: akuttsim's MRG32k3a, SSJ's MRG32k3a (same numbers), the
 * counter-based {@link KeyedRandom} used for per-call attributes, and the JDK's Xoshiro256PlusPlus
 * for scale. Each operation is one {@code nextDouble()}, returned so it cannot be eliminated.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class StreamBenchmark {

    private final Mrg32k3a akuttsimMrg = new Mrg32k3a(Seeds.of("stream"));
    private final umontreal.ssj.rng.MRG32k3a ssjMrg = ssjStream();
    private final KeyedRandom keyed = new KeyedRandom().reseed(Seeds.MASTER_SEED);
    private final RandomGenerator xoshiro =
            RandomGeneratorFactory.of("Xoshiro256PlusPlus").create(Seeds.MASTER_SEED);

    private static umontreal.ssj.rng.MRG32k3a ssjStream() {
        umontreal.ssj.rng.MRG32k3a s = new umontreal.ssj.rng.MRG32k3a();
        s.setSeed(Seeds.of("stream"));
        return s;
    }

    @Benchmark
    public double akuttsimMrg32k3a() {
        return akuttsimMrg.nextDouble();
    }

    @Benchmark
    public double ssjMrg32k3a() {
        return ssjMrg.nextDouble();
    }

    @Benchmark
    public double keyedRandom() {
        return keyed.nextDouble();
    }

    @Benchmark
    public double jdkXoshiro256PlusPlus() {
        return xoshiro.nextDouble();
    }
}
