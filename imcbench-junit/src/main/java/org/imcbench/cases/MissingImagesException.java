package org.imcbench.cases;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.imcbench.config.Settings;

/**
 * One or more case images could not be resolved. The message lists every missing image (case id,
 * uri, sha256, reason) and how to supply them: let the run download them into the cache once, or
 * point {@code -Dimcbench.images.mirror} at a folder that holds them.
 */
public final class MissingImagesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<MissingImage> missing;
    private final transient Path cacheDir;

    /**
     * Creates the exception.
     *
     * @param missing the missing images; at least one
     * @param cacheDir the cache folder downloads go to
     */
    public MissingImagesException(List<MissingImage> missing, Path cacheDir) {
        super(message(missing, cacheDir));
        this.missing = List.copyOf(missing);
        this.cacheDir = cacheDir;
    }

    private static String message(List<MissingImage> missing, Path cacheDir) {
        Objects.requireNonNull(cacheDir, "cacheDir");
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("no missing images");
        }
        StringBuilder message = new StringBuilder();
        message.append(missing.size() == 1 ? "1 case image is" : missing.size() + " case images are")
                .append(" not available:\n");
        for (MissingImage image : missing) {
            message.append("  - case ").append(image.caseId()).append(": ").append(image.uri())
                    .append(" (sha256 ").append(image.sha256()).append("): ").append(image.reason()).append('\n');
        }
        message.append("To supply them, allow network access to download them once into ").append(cacheDir)
                .append(",\nor point -D").append(Settings.IMAGES_MIRROR.key())
                .append("=DIR at a folder that holds them (files named as in the dataset manifest).");
        return message.toString();
    }

    /** Returns the missing images. */
    public List<MissingImage> missing() {
        return missing;
    }

    /** Returns the cache folder downloads go to. */
    public Path cacheDir() {
        return cacheDir;
    }
}
