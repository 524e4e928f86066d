package org.imcbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The folders files may be read from, and the one way to read a file below them. A file is read
 * only when its <em>real</em> path (absolute, {@code ..} resolved, every symbolic link followed)
 * lies below the real path of one of the roots; the check comes before the file is opened, and the
 * real path is what is opened. So neither {@code ..}, nor a link inside a root that points outside
 * it (to a file or to a folder), nor an absolute path can make it read anything else. Roots that do
 * not exist (yet) allow nothing. Immutable and thread-safe.
 */
public final class AllowedRoots {
    private final List<Path> roots;

    /**
     * The given folders.
     *
     * @param roots the folders; made absolute here, resolved to real paths at each read
     */
    public AllowedRoots(Collection<Path> roots) {
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).distinct().toList();
    }

    /** These roots and one more. */
    public AllowedRoots with(Path root) {
        List<Path> more = new ArrayList<>(roots);
        more.add(root);
        return new AllowedRoots(more);
    }

    /**
     * The real path of a file, if it lies below a root.
     *
     * @param file the file, absolute or relative to the working directory
     * @return its real path, below one of the roots
     * @throws NoSuchFileException if there is no such file (or a link in its path is dangling)
     * @throws OutsideRootsException if its real path lies outside every root
     * @throws IOException if the path cannot be resolved
     */
    public Path contain(Path file) throws IOException {
        Path real = file.toRealPath();
        for (Path root : roots) {
            Optional<Path> realRoot = realPath(root);
            if (realRoot.isPresent() && real.startsWith(realRoot.get())) {
                return real;
            }
        }
        throw new OutsideRootsException(file + " leads outside the folders images may be read from ("
                + roots.stream().map(Path::toString).collect(Collectors.joining(", ")) + ")");
    }

    /**
     * Reads a file below a root, at most {@code maxBytes + 1} bytes of it (so the caller can tell a
     * file that is too large).
     *
     * @param file the file
     * @param maxBytes the size bound
     * @return the first {@code maxBytes + 1} bytes at most
     * @throws NoSuchFileException if there is no such file
     * @throws OutsideRootsException if it lies outside every root; nothing was opened
     * @throws IOException if it cannot be read
     */
    public byte[] read(Path file, long maxBytes) throws IOException {
        Path real = contain(file);
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        }
    }

    private static Optional<Path> realPath(Path root) {
        try {
            return Optional.of(root.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "AllowedRoots" + roots;
    }
}
