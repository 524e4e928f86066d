package org.imcbench.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imcbench.io.AllowedRoots;
import org.imcbench.io.AtomicFiles;
import org.imcbench.io.OutsideRootsException;

/**
 * A folder of downloaded images, each stored as {@code <dir>/<sha256>}. Entries are written
 * atomically (temporary file in the same folder, then an atomic move) and checked against their
 * hash when read, so a half-written or damaged entry is never served. Safe for concurrent use,
 * also by several processes sharing the folder.
 */
public final class ImageCache {
    private final Path dir;
    private final AllowedRoots inside;

    /**
     * Creates a cache on a folder; the folder is created on the first write.
     *
     * @param dir the cache folder
     */
    public ImageCache(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.inside = new AllowedRoots(List.of(dir));
    }

    /** Returns the cache folder. */
    public Path dir() {
        return dir;
    }

    /** Returns where the image with this hash is (or would be) stored. */
    public Path pathOf(String sha256) {
        return dir.resolve(sha256);
    }

    /**
     * Reads a cached image. An entry whose bytes do not match its hash is deleted and reported as
     * absent, and so is a symbolic link that leads out of the cache folder (unread).
     *
     * @param sha256 lower-case hex SHA-256 of the image
     * @return the bytes, if cached and intact
     * @throws IOException if the entry exists but cannot be read
     */
    public Optional<byte[]> read(String sha256) throws IOException {
        Path file = pathOf(sha256);
        byte[] bytes;
        try {
            bytes = inside.read(file, Integer.MAX_VALUE);
        } catch (NoSuchFileException | OutsideRootsException e) {
            return Optional.empty();
        }
        if (!Hashes.sha256(bytes).equals(sha256)) {
            Files.deleteIfExists(file);
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    /**
     * Stores an image atomically.
     *
     * @param sha256 lower-case hex SHA-256 of {@code bytes}
     * @param bytes the image
     * @throws IllegalArgumentException if the bytes do not match the hash
     * @throws IOException if the folder or file cannot be written
     */
    public void write(String sha256, byte[] bytes) throws IOException {
        String actual = Hashes.sha256(bytes);
        if (!actual.equals(sha256)) {
            throw new IllegalArgumentException("sha256 mismatch: expected " + sha256 + ", actual " + actual);
        }
        AtomicFiles.write(pathOf(sha256), bytes);
    }
}
