package org.akuttsim.experiment;

import java.nio.file.Path;

/** Another run holds the {@link OutputLock} of an output directory. */
public final class OutputDirectoryInUseException extends IllegalStateException {

    /** The output directory that is locked. */
    private final Path directory;
    /** The lock file inside it. */
    private final Path lockFile;
    /** The process id the lock holder wrote, or -1. */
    private final long pid;

    OutputDirectoryInUseException(Path directory, Path lockFile, long pid) {
        super("output directory '" + directory + "' is in use by another run (lock file " + lockFile
                + (pid > 0 ? ", pid " + pid : "") + "); wait for it or choose another output directory");
        this.directory = directory;
        this.lockFile = lockFile;
        this.pid = pid;
    }

    /** {@return the output directory that another run is writing into} */
    public Path directory() {
        return directory;
    }

    /** {@return the lock file, {@code .akuttsim.lock} in the directory} */
    public Path lockFile() {
        return lockFile;
    }

    /**
     * The process id written by the holder, or -1 when it could not be read.
     *
     * @return the other run's process id, or -1
     */
    public long pid() {
        return pid;
    }
}
