package org.imcbench.report.html;

import java.util.Optional;

/** The bytes of case images by SHA-256, for inlining them into the HTML report. */
@FunctionalInterface
public interface ImageSource {
    /** No images: every image is shown as a placeholder with its URI. */
    ImageSource NONE = sha256 -> Optional.empty();

    /** The image's bytes, or empty when it is not available. */
    Optional<byte[]> bytes(String sha256);
}
