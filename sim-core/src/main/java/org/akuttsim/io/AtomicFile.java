package org.akuttsim.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a result file whole or not at all: into a temporary file beside it, made readable by all
 * (mode 0644 where POSIX, like the other result files), then moved over it atomically where the file
 * system can. A reader never sees half a file, and a writer that fails leaves the old one.
 */
public final class AtomicFile {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the file's content to {@code out} (UTF-8).
         *
         * @param out the writer into the temporary file; the caller closes it
         * @throws IOException if writing fails (the old file is then left as it was)
         */
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code file} from {@code content}, atomically, creating its directory if needed.
     *
     * @param file the file to write or replace
     * @param content what writes the content
     * @throws IOException if the directory, the temporary file or the move fails, or {@code content} throws
     */
    public static void write(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            readableByAll(tmp);
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Moves {@code from} over {@code to}, atomically where the file system can (else a plain replacing move).
     *
     * @param from the file to move
     * @param to the file it replaces or becomes
     * @throws IOException if the move fails
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Mode 0644 where the file system is POSIX; temporary files start as 0600. Elsewhere nothing changes.
     *
     * @param file an existing file
     * @throws IOException if its file store or permissions cannot be read or set
     */
    public static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
