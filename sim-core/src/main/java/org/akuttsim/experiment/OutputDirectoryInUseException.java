package org.akuttsim.experiment;

import java.nio.file.Path;

/** Another run holds the {@link OutputLock} of an output directory. */
public final class OutputDirectoryInUseException extends IllegalStateException {

    private final Path directory;
    private final Path lockFile;
    private final long pid;

    OutputDirectoryInUseException(Path directory, Path lockFile, long pid) {
        super("output directory '" + directory + "' is in use by another run (lock file " + lockFile
                + (pid > 0 ? ", pid " + pid : "") + "); wait for it or choose another output directory");
        this.directory = directory;
        this.lockFile = lockFile;
        this.pid = pid;
    }

    public Path directory() {
        return directory;
    }

    public Path lockFile() {
        return lockFile;
    }

    /** The process id written by the holder, or -1 when it could not be read. */
    public long pid() {
        return pid;
    }
}
