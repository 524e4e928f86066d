package org.imcbench.cases;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where {@link ImageResolver} looks for {@code https:} images and whether it may download them.
 *
 * @param mirror a folder holding the images (any file names; matched by SHA-256), if any
 * @param cacheDir the download cache; images are stored as {@code <cacheDir>/<sha256>}
 * @param offline whether downloads are forbidden
 */
public record ImageSettings(Optional<Path> mirror, Path cacheDir, boolean offline) {
    /** Configuration parameter naming the mirror folder. */
    public static final String MIRROR_PROPERTY = "imcbench.images.mirror";
    /** Configuration parameter naming the cache folder. */
    public static final String CACHE_DIR_PROPERTY = "imcbench.images.cacheDir";
    /** Configuration parameter that forbids downloads when {@code true}. */
    public static final String OFFLINE_PROPERTY = "imcbench.offline";

    /** Checks the components. */
    public ImageSettings {
        Objects.requireNonNull(mirror, "mirror");
        Objects.requireNonNull(cacheDir, "cacheDir");
    }

    /** Returns the default cache folder, {@code ~/.cache/imcbench/images}. */
    public static Path defaultCacheDir() {
        return Path.of(System.getProperty("user.home"), ".cache", "imcbench", "images");
    }

    /** Returns settings with no mirror, the default cache folder and downloads allowed. */
    public static ImageSettings defaults() {
        return new ImageSettings(Optional.empty(), defaultCacheDir(), false);
    }

    /**
     * Reads settings from configuration parameters ({@value #MIRROR_PROPERTY},
     * {@value #CACHE_DIR_PROPERTY}, {@value #OFFLINE_PROPERTY}); absent or blank ones take the
     * defaults.
     *
     * @param parameters looks a parameter up by name; returns {@code null} when it is not set
     *     (e.g. {@code System::getProperty})
     * @return the settings
     */
    public static ImageSettings fromParameters(Function<String, String> parameters) {
        Optional<Path> mirror = value(parameters, MIRROR_PROPERTY).map(Path::of);
        Path cacheDir = value(parameters, CACHE_DIR_PROPERTY).map(Path::of).orElseGet(ImageSettings::defaultCacheDir);
        boolean offline = value(parameters, OFFLINE_PROPERTY).map(Boolean::parseBoolean).orElse(false);
        return new ImageSettings(mirror, cacheDir, offline);
    }

    private static Optional<String> value(Function<String, String> parameters, String name) {
        return Optional.ofNullable(parameters.apply(name)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
