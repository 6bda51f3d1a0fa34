package org.akuttsim.experiment;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs blocks {@code from .. total − 1} of an experiment's canonical order on worker threads and
 * commits them in that order. Workers finish in any order; a small reorder buffer commits each block
 * as soon as all earlier ones are committed. At most {@code window} blocks are started ahead of the
 * oldest uncommitted one, so the buffer stays small however slow one replication is. The first failure
 * stops the pool and is thrown once every worker has stopped.
 */
final class ParallelBlocks {

    /** Computes block {@code k}'s responses (on a worker thread). */
    interface Block {
        Responses run(int k) throws Exception;
    }

    /** Commits block {@code k}, called in canonical order under the buffer's lock. */
    interface Commit {
        void commit(int k, Responses out) throws Exception;
    }

    /** The exception that reports a failure of block {@code k}. */
    interface Failure {
        ExperimentFailedException of(int k, Throwable cause);
    }

    private ParallelBlocks() {
    }

    static void run(int from, int total, int threads, int window, Block block, Commit commit, Failure failureOf) {
        AtomicReference<ExperimentFailedException> failure = new AtomicReference<>();
        int workers = Math.min(threads, total - from);
        Semaphore ahead = new Semaphore(window);
        Map<Integer, Responses> pending = new HashMap<>();
        int[] next = {from};
        ExecutorService pool = Executors.newFixedThreadPool(workers, new WorkerThreads());
        try {
            for (int k = from; k < total; k++) {
                try {
                    ahead.acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                    throw new IllegalStateException("experiment interrupted while submitting replications", e);
                }
                if (failure.get() != null) {
                    break; // a replication failed: the pool is stopping, submit nothing more
                }
                final int b = k;
                Runnable job = () -> {
                    if (failure.get() != null) {
                        return;
                    }
                    try {
                        Responses out = block.run(b);
                        synchronized (pending) {
                            pending.put(b, out);
                            while (failure.get() == null && pending.containsKey(next[0])) {
                                int c = next[0];
                                commit.commit(c, pending.remove(c));
                                next[0]++;
                                ahead.release();
                            }
                        }
                    } catch (Throwable t) {
                        if (failure.compareAndSet(null, failureOf.of(b, t))) {
                            pool.shutdownNow();
                            ahead.release(window + total); // wake the submitting thread
                        }
                    }
                };
                try {
                    pool.execute(job);
                } catch (RejectedExecutionException e) {
                    // A worker failed and shut the pool down between the check above and this submission.
                    if (failure.get() == null) {
                        throw e;
                    }
                    break;
                }
            }
        } finally {
            pool.shutdown();
        }
        try {
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                // keep waiting: replications of a long experiment may take hours
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("experiment interrupted while waiting for replications", e);
        }
        ExperimentFailedException f = failure.get();
        if (f != null) {
            throw f;
        }
    }

    /** Daemon worker threads with readable names, so a stuck replication is easy to spot in a thread dump. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "akuttsim-replication-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
