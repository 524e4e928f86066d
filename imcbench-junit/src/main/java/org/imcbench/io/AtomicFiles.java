package org.imcbench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that readers only ever see the old or the complete new content: the content goes
 * to a temporary file in the same folder, which is then moved over the target. Used for every file
 * IMCBench writes (reports, cached images, cached responses), so a crash never leaves half a file.
 * New files are readable by everyone (rw-r--r--), like files written the ordinary way, so CI can
 * publish them.
 */
public final class AtomicFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private AtomicFiles() {
    }

    /** What writes the content into the temporary file's stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code bytes} to {@code target} atomically, creating its folder if needed. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes what {@code content} produces to {@code target} atomically, creating its folder if needed. */
    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = POSIX
                ? Files.createTempFile(folder, "." + target.getFileName(), ".tmp", readableByAll())
                : Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?> readableByAll() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"));
    }
}
