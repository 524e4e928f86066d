package org.imcbench.cases;

import java.util.Arrays;
import java.util.Objects;

/**
 * The verified bytes of a case image. Callers turn it into a model image part; the bytes are
 * not copied, so do not change them.
 *
 * @param sha256 lower-case hex SHA-256 of {@code bytes} (checked before the record was built)
 * @param mediaType the media type from the case file, e.g. {@code image/png}
 * @param bytes the image bytes
 */
public record ResolvedImage(String sha256, String mediaType, byte[] bytes) {
    /** Checks that every component is present. */
    public ResolvedImage {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResolvedImage that && sha256.equals(that.sha256) && mediaType.equals(that.mediaType)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "ResolvedImage[" + mediaType + ", sha256=" + sha256 + ", " + bytes.length + " bytes]";
    }
}
