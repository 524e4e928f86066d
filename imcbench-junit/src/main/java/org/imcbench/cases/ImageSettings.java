package org.imcbench.cases;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where {@link ImageResolver} looks for images, whether it may download them and which it accepts
 * ({@code imcbench.images.*}).
 *
 * @param mirror a folder holding the images (any file names; matched by SHA-256), if any
 * @param cacheDir the download cache; images are stored as {@code <cacheDir>/<sha256>}
 * @param offline whether downloads are forbidden
 * @param root a local dataset root: relative image paths not found next to the case file are looked
 *     up below it
 * @param maxBytes the largest image accepted, in bytes
 * @param prefetchThreads how many images are fetched at the same time
 * @param maxPixels the largest image accepted, in pixels (width × height, from its header)
 */
public record ImageSettings(Optional<Path> mirror, Path cacheDir, boolean offline, Optional<Path> root,
        long maxBytes, int prefetchThreads, long maxPixels) {
    /** The default size bound, 20 MiB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** The default number of images fetched at once. */
    public static final int DEFAULT_PREFETCH_THREADS = 4;
    /** The default pixel bound, 100 megapixels. */
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

    /** Checks the components. */
    public ImageSettings {
        Objects.requireNonNull(mirror, "mirror");
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(root, "root");
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        if (prefetchThreads < 1) {
            throw new IllegalArgumentException("prefetchThreads must be at least 1: " + prefetchThreads);
        }
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be at least 1: " + maxPixels);
        }
    }

    /** Settings with the default pixel bound. */
    public ImageSettings(Optional<Path> mirror, Path cacheDir, boolean offline, Optional<Path> root, long maxBytes,
            int prefetchThreads) {
        this(mirror, cacheDir, offline, root, maxBytes, prefetchThreads, DEFAULT_MAX_PIXELS);
    }

    /** Settings without a dataset root, with the default size bound and prefetch threads. */
    public ImageSettings(Optional<Path> mirror, Path cacheDir, boolean offline) {
        this(mirror, cacheDir, offline, Optional.empty(), DEFAULT_MAX_BYTES, DEFAULT_PREFETCH_THREADS,
                DEFAULT_MAX_PIXELS);
    }
}
