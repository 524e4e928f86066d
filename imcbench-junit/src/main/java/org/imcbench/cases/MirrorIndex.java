package org.imcbench.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
 * The files of a mirror folder by SHA-256. An image the folder's {@code manifest.json} lists (an entry with its
 * {@code file} and {@code sha256}, as in {@code imcbench-images/}) is found by that name, and its bytes are hashed
 * to check it; any other image is looked for by content: the whole folder is hashed once, on first such use,
 * and files are found whatever their names. So a run that uses a few images of a large listed mirror reads only
 * those. A symbolic link in the folder whose target lies outside it is left out, unread ({@link AllowedRoots}).
 * Thread-safe.
 */
public final class MirrorIndex {
    private static final long MAX_FILE_BYTES = HttpDownloader.DEFAULT_MAX_BYTES;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private volatile Map<String, Path> bySha256;
    private volatile Manifest manifest;

    /** An index of the given folder (a mirror, an image cache or a dataset folder); hashed on first use. */
    public MirrorIndex(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** Returns the mirror folder. */
    Path dir() {
        return dir;
    }

    /**
     * Finds the file with this hash: the file the manifest lists for it when its bytes have that hash, else the
     * file the folder's content index has for it.
     *
     * @throws IOException if the folder cannot be listed or read
     */
    public Optional<Path> find(String sha256) throws IOException {
        Optional<Path> listed = listedFile(sha256).filter(file -> readChecked(file, sha256).isPresent());
        return listed.isPresent() ? listed : Optional.ofNullable(index().get(sha256));
    }

    /**
     * Reads the image with this hash, as {@link #find} finds it: bytes whose SHA-256 is {@code sha256}, hashed once
     * here (a caller need not hash them again); empty when the mirror has no such file.
     *
     * @throws IOException if the folder cannot be listed or read
     */
    public Optional<byte[]> read(String sha256) throws IOException {
        Optional<byte[]> listed = listedFile(sha256).flatMap(file -> readChecked(file, sha256));
        if (listed.isPresent()) {
            return listed;
        }
        Path indexed = index().get(sha256);
        return indexed == null ? Optional.empty() : readChecked(indexed, sha256);
    }

    /**
     * The SHA-256 the mirror's {@code manifest.json} (a list of {@code {"canonical_url", "sha256"}} entries, as
     * in {@code imcbench-images/}) gives the image of a URL; empty without a manifest or an entry.
     */
    public Optional<String> listedSha256(String url) {
        return Optional.ofNullable(manifest().sha256ByUrl().get(url));
    }

    /** The file the manifest names for this hash, when the name is a path (read only through {@link #readChecked}). */
    private Optional<Path> listedFile(String sha256) {
        String name = manifest().fileBySha256().get(sha256);
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(dir.resolve(name));
        } catch (InvalidPathException e) {
            // a name that is no path: looked for by content instead
            return Optional.empty();
        }
    }

    /**
     * The bytes of a file when its real path is inside the folder and they have this hash; empty otherwise (outside
     * the folder, unopened), or when it cannot be read.
     */
    private Optional<byte[]> readChecked(Path file, String sha256) {
        try {
            byte[] bytes = new AllowedRoots(List.of(dir)).read(file, MAX_FILE_BYTES);
            return bytes.length <= MAX_FILE_BYTES && Hashes.sha256(bytes).equals(sha256) ? Optional.of(bytes)
                    : Optional.empty();
        } catch (IOException e) {
            // not there, or a link out of the mirror: looked for by content instead
            return Optional.empty();
        }
    }

    private Manifest manifest() {
        Manifest read = manifest;
        if (read == null) {
            read = readManifest();
            manifest = read;
        }
        return read;
    }

    /**
     * What the manifest lists.
     *
     * @param sha256ByUrl each entry's {@code sha256} by its {@code canonical_url}
     * @param fileBySha256 each entry's {@code file} by its {@code sha256}
     */
    private record Manifest(Map<String, String> sha256ByUrl, Map<String, String> fileBySha256) {
    }

    private Manifest readManifest() {
        Map<String, String> byUrl = new HashMap<>();
        Map<String, String> files = new HashMap<>();
        try {
            byte[] manifest = new AllowedRoots(List.of(dir)).read(dir.resolve("manifest.json"), MAX_FILE_BYTES);
            for (JsonNode entry : JSON.readTree(manifest)) {
                if (!entry.path("sha256").isTextual()) {
                    continue;
                }
                String sha256 = entry.get("sha256").asText();
                if (entry.path("canonical_url").isTextual()) {
                    byUrl.putIfAbsent(entry.get("canonical_url").asText(), sha256);
                }
                if (entry.path("file").isTextual()) {
                    files.putIfAbsent(sha256, entry.get("file").asText());
                }
            }
        } catch (IOException e) {
            // no usable manifest (none, unreadable, or a link out of the mirror): images are found by hash alone
        }
        return new Manifest(Map.copyOf(byUrl), Map.copyOf(files));
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
