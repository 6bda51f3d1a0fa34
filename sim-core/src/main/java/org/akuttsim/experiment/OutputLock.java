package org.akuttsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Exclusive use of an output directory: an OS file lock ({@link FileChannel#tryLock()}) on
 * {@value #FILE} in the directory, held while a run writes there. A second run, in this or another
 * process, is refused with {@link OutputDirectoryInUseException}. The operating system releases the
 * lock when the holder dies, even by {@code kill -9}, so a stale lock never blocks a directory; the
 * lock file itself stays (deleting it could let two runs lock two different files) and holds the pid
 * of the last run that locked it, for the message.
 *
 * <p>Within one JVM the lock is re-entrant for the thread that holds it, so a command can lock its
 * directory for its whole length and the {@link Experiment} it runs there locks it again.
 */
public final class OutputLock implements AutoCloseable {

    /** Name of the lock file in the output directory. */
    public static final String FILE = ".akuttsim.lock";

    private static final Map<Path, OutputLock> HELD = new HashMap<>();

    private final Path key;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Thread owner;
    private int holds = 1;

    private OutputLock(Path key, Path file, FileChannel channel, FileLock lock) {
        this.key = key;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.owner = Thread.currentThread();
    }

    /**
     * Creates {@code dir} if needed and locks it.
     *
     * @param dir the output directory
     * @return the held lock; close it to release
     * @throws OutputDirectoryInUseException if another run holds the lock
     * @throws UncheckedIOException          if the directory or lock file cannot be created
     */
    public static OutputLock acquire(Path dir) {
        Path file = dir.resolve(FILE);
        Path key;
        try {
            Files.createDirectories(dir);
            key = dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output directory " + dir + ": " + e.getMessage(), e);
        }
        synchronized (HELD) {
            OutputLock held = HELD.get(key);
            if (held != null) {
                if (held.owner == Thread.currentThread()) {
                    held.holds++;
                    return held;
                }
                throw new OutputDirectoryInUseException(dir, file, ProcessHandle.current().pid());
            }
            FileChannel ch = null;
            try {
                ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    long pid = readPid(ch);
                    ch.close();
                    throw new OutputDirectoryInUseException(dir, file, pid);
                }
                ch.truncate(0);
                ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                OutputLock l = new OutputLock(key, file, ch, lock);
                HELD.put(key, l);
                return l;
            } catch (IOException e) {
                try {
                    if (ch != null) {
                        ch.close();
                    }
                } catch (IOException ignored) {
                    // the open failure is what matters
                }
                throw new UncheckedIOException("cannot lock output directory " + dir + " (" + file + "): " + e.getMessage(), e);
            }
        }
    }

    private static long readPid(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(32);
            ch.read(b, 0);
            String s = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).trim();
            return Long.parseLong(s);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The lock file.
     *
     * @return the lock file's path
     */
    public Path file() {
        return file;
    }

    /** Releases one hold; the lock goes when the last hold is released. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (--holds > 0) {
                return;
            }
            HELD.remove(key);
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // closing the channel releases the lock in any case
            }
        }
    }
}
