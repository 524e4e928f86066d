package org.imcbench.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.imcbench.io.AllowedRoots;
import org.imcbench.io.OutsideRootsException;

/**
 * The files of a mirror folder by SHA-256. The folder is hashed once, on first use; files are
 * found whatever their names (typically the {@code file} names of the dataset manifest). A symbolic
 * link in the folder whose target lies outside it is left out, unread ({@link AllowedRoots}).
 * Thread-safe.
 */
public final class MirrorIndex {
    private static final long MAX_FILE_BYTES = HttpDownloader.DEFAULT_MAX_BYTES;

    private final Path dir;
    private volatile Map<String, Path> bySha256;

    /** An index of the given folder (a mirror, an image cache or a dataset folder); hashed on first use. */
    public MirrorIndex(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** Returns the mirror folder. */
    Path dir() {
        return dir;
    }

    /**
     * Finds the file with this hash.
     *
     * @throws IOException if the folder cannot be listed or read
     */
    public Optional<Path> find(String sha256) throws IOException {
        return Optional.ofNullable(index().get(sha256));
    }

    private Map<String, Path> index() throws IOException {
        Map<String, Path> index = bySha256;
        if (index == null) {
            synchronized (this) {
                index = bySha256;
                if (index == null) {
                    index = build();
                    bySha256 = index;
                }
            }
        }
        return index;
    }

    private Map<String, Path> build() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("mirror folder " + dir + " does not exist or is not a folder");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        AllowedRoots inside = new AllowedRoots(List.of(dir));
        Map<String, Path> index = new HashMap<>();
        for (Path file : files) {
            try {
                byte[] bytes = inside.read(file, MAX_FILE_BYTES);
                if (bytes.length <= MAX_FILE_BYTES) {
                    index.putIfAbsent(Hashes.sha256(bytes), file);
                }
            } catch (OutsideRootsException | NoSuchFileException e) {
                // a link leading out of the mirror, or one that vanished: not part of the mirror
            }
        }
        return Map.copyOf(index);
    }
}
