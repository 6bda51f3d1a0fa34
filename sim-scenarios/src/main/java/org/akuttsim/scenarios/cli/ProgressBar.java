package org.akuttsim.scenarios.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.akuttsim.experiment.ProgressListener;

/**
 * A progress bar on standard error: replications done / total, elapsed time and an estimate of the
 * time left. On a terminal it redraws one line (at most ten times a second); when standard error is a
 * file or pipe it prints a line at every tenth of the work instead, so logs stay readable. The estimate
 * uses only replications run by this invocation (resumed ones took no time).
 */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 30;

    private final String label;
    private final PrintStream err;
    private final boolean interactive;
    private final long start = System.nanoTime();
    private int firstDone = -1;
    private long lastDraw;
    private int lastDecile = -1;

    ProgressBar(String label, PrintStream err, boolean interactive) {
        this.label = label;
        this.err = err;
        this.interactive = interactive;
    }

    @Override
    public void replicationFinished(int done, int total) {
        long now = System.nanoTime();
        if (firstDone < 0) {
            firstDone = done - 1; // replications before the first one this run finished were resumed
        }
        boolean last = done >= total;
        if (interactive) {
            if (!last && now - lastDraw < 100_000_000L) {
                return;
            }
            lastDraw = now;
            err.print("\r" + line(done, total, now) + (last ? System.lineSeparator() : ""));
        } else {
            int decile = (int) (10L * done / total);
            if (decile == lastDecile && !last) {
                return;
            }
            lastDecile = decile;
            err.println(line(done, total, now));
        }
        err.flush();
    }

    String line(int done, int total, long now) {
        double elapsed = (now - start) / 1e9;
        int filled = (int) ((long) WIDTH * done / total);
        int ranHere = done - firstDone;
        String eta = ranHere > 0 && done < total ? clock(elapsed / ranHere * (total - done)) : done >= total ? "0:00" : "?";
        return String.format(Locale.ROOT, "%-6s [%s%s] %d/%d replications  elapsed %s  ETA %s", label,
                "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, clock(elapsed), eta);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
