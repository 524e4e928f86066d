package org.imcbench.cases;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where {@link ImageResolver} looks for {@code https:} images and whether it may download them
 * ({@code imcbench.images.mirror}, {@code imcbench.images.cache}, {@code imcbench.images.offline}).
 *
 * @param mirror a folder holding the images (any file names; matched by SHA-256), if any
 * @param cacheDir the download cache; images are stored as {@code <cacheDir>/<sha256>}
 * @param offline whether downloads are forbidden
 */
public record ImageSettings(Optional<Path> mirror, Path cacheDir, boolean offline) {
    /** Checks the components. */
    public ImageSettings {
        Objects.requireNonNull(mirror, "mirror");
        Objects.requireNonNull(cacheDir, "cacheDir");
    }
}
