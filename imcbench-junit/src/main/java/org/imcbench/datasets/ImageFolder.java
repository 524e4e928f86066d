package org.imcbench.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The user's folder of a dataset's images (the dataset root), walked once: each file name to its
 * file, wherever below the root it lies (ChestX-ray14 spreads its images over {@code images_001/images/} …
 * {@code images_012/images/}). When two files share a name, the one whose path sorts first is used.
 */
public final class ImageFolder {
    private final Path root;
    private final Map<String, Path> byName = new TreeMap<>();

    private ImageFolder(Path root) {
        this.root = root;
    }

    /**
     * Walks a folder.
     *
     * @param root the dataset root
     * @return its index
     * @throws IOException if the folder cannot be read
     */
    public static ImageFolder index(Path root) throws IOException {
        Path real = root.toRealPath();
        ImageFolder folder = new ImageFolder(real);
        try (Stream<Path> files = Files.walk(real)) {
            files.filter(Files::isRegularFile).sorted().forEach(file ->
                    folder.byName.putIfAbsent(file.getFileName().toString(), file));
        }
        return folder;
    }

    /** The root, its real path. */
    public Path root() {
        return root;
    }

    /** The file with this name, when the folder has one. */
    public Optional<Path> find(String fileName) {
        return Optional.ofNullable(byName.get(fileName));
    }
}
