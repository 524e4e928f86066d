package org.imcbench.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private volatile Map<String, Path> bySha256;
    private volatile Map<String, String> listedSha256;

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

    /**
     * The SHA-256 the mirror's {@code manifest.json} (a list of {@code {"canonical_url", "sha256"}} entries, as
     * in {@code imcbench-images/}) gives the image of a URL; empty without a manifest or an entry.
     */
    public Optional<String> listedSha256(String url) {
        Map<String, String> listed = listedSha256;
        if (listed == null) {
            listed = readManifest();
            listedSha256 = listed;
        }
        return Optional.ofNullable(listed.get(url));
    }

    private Map<String, String> readManifest() {
        Map<String, String> listed = new HashMap<>();
        try {
            byte[] manifest = new AllowedRoots(List.of(dir)).read(dir.resolve("manifest.json"), MAX_FILE_BYTES);
            for (JsonNode entry : JSON.readTree(manifest)) {
                if (entry.path("canonical_url").isTextual() && entry.path("sha256").isTextual()) {
                    listed.putIfAbsent(entry.get("canonical_url").asText(), entry.get("sha256").asText());
                }
            }
        } catch (IOException e) {
            // no usable manifest (none, unreadable, or a link out of the mirror): images are found by hash alone
        }
        return Map.copyOf(listed);
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
