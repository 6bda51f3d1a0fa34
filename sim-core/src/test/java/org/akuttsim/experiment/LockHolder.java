package org.akuttsim.experiment;

import java.nio.file.Path;

/** Run in a separate JVM by tests: locks the output directory given as argument, says so, and waits to be killed. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        OutputLock lock = OutputLock.acquire(Path.of(args[0]));
        System.out.println("locked " + lock.file());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
