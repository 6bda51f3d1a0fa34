package org.akuttsim.experiment;

import java.nio.file.Path;

/**
 * Run in a separate JVM with a small heap: {@code n} trivial replications of two scenarios, written to
 * an output directory. Finishing shows that memory does not grow with the number of replications.
 * Arguments: n, output directory, and optionally "mm1" for short M/M/1 replications on the kernel.
 */
public final class ManyReplications {
    private ManyReplications() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        boolean mm1 = args.length > 2 && args[2].equals("mm1");
        ReplicationModel<Integer> trivial = (k, rep, out) -> {
            double u = rep.streams().stream("x").nextDouble();
            out.put("u", u);
            out.put("k", k * u);
            out.put("sometimesMissing", rep.index() % 3 == 0 ? Double.NaN : u);
        };
        ReplicationModel<QueueModel.Queue> queue = QueueModel.MODEL;
        long t0 = System.nanoTime();
        ExperimentResult r;
        if (mm1) {
            r = Experiment.builder(queue).scenario("one", new QueueModel.Queue(1, 1.0, 0.7))
                    .scenario("faster", new QueueModel.Queue(1, 1.0, 0.6))
                    .replications(n).seed(1).warmUp(10).length(100).outputDirectory(Path.of(args[1])).build().run();
        } else {
            r = Experiment.builder(trivial).scenario("a", 1).scenario("b", 2)
                    .replications(n).seed(1).length(1).outputDirectory(Path.of(args[1])).build().run();
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("%d replications x %d scenarios in %.1f s, heap used after GC %.1f MB of max %.0f MB; %s%n", n,
                r.scenarios().size(), (System.nanoTime() - t0) / 1e9, (rt.totalMemory() - rt.freeMemory()) / 1e6,
                rt.maxMemory() / 1e6, r.summary(r.scenarios().get(0), r.metrics().get(0)));
    }
}
