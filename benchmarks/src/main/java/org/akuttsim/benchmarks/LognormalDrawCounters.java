package org.akuttsim.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link LognormalDrawBenchmark}'s loops under {@code perf stat} on this thread: cycles and
 * instructions per draw, which move far less with other processes' load than wall-clock time.
 * Each loop is warmed up (JIT), then measured over 20 M draws, twice in turn.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.akuttsim.benchmarks.LognormalDrawCounters}
 * (needs Linux {@code perf}).
 */
public final class LognormalDrawCounters {

    private LognormalDrawCounters() {
    }

    public static void main(String[] args) throws Exception {
        LognormalDrawBenchmark b = new LognormalDrawBenchmark();
        String[] loops = {"throughputBefore", "throughputNow", "latencyBefore", "latencyNow", "latencyFloor"};
        int reps = 5000;   // × 4096 draws
        String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
        double sink = 0;
        for (int round = 0; round < 2; round++) {
            for (String loop : loops) {
                sink += run(b, loop, reps / 5);
                Process perf = new ProcessBuilder("perf", "stat", "-e", "cycles,instructions", "-x,", "-t", tid)
                        .redirectErrorStream(true).start();
                Thread.sleep(300);
                sink += run(b, loop, reps);
                new ProcessBuilder("kill", "-INT", Long.toString(perf.pid())).start().waitFor();
                StringBuilder line = new StringBuilder(String.format("%-17s", loop));
                for (String out : new String(perf.getInputStream().readAllBytes()).split("\n")) {
                    String[] f = out.split(",");
                    if (f.length > 2 && !f[0].isEmpty() && Character.isDigit(f[0].charAt(0))) {
                        line.append(String.format(" %s %.1f", f[2], Double.parseDouble(f[0]) / ((double) reps * LognormalDrawBenchmark.N)));
                    }
                }
                System.out.println(line.append(" per draw"));
            }
        }
        System.out.println("(checksum " + sink + ")");
    }

    private static double run(LognormalDrawBenchmark b, String loop, int reps) {
        double s = 0;
        for (int r = 0; r < reps; r++) {
            s += switch (loop) {
                case "throughputBefore" -> b.throughputBefore();
                case "throughputNow" -> b.throughputNow();
                case "latencyBefore" -> b.latencyBefore();
                case "latencyNow" -> b.latencyNow();
                default -> b.latencyFloor();
            };
        }
        return s;
    }
}
