package org.imcbench.model;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An image part of a message. The bytes have been verified against {@code sha256} before the part
 * was built; providers send the bytes, caches and reports use the hash instead.
 *
 * @param data the image bytes
 * @param mediaType the media type, e.g. {@code image/png}
 * @param sha256 lower-case hex SHA-256 of {@code data}
 */
public record ImagePart(byte[] data, String mediaType, String sha256) implements ContentPart {
    /** Checks that every component is present. */
    public ImagePart {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Returns the bytes as standard base64 without line breaks. */
    public String base64() {
        return Base64.getEncoder().encodeToString(data);
    }

    /** Returns a {@code data:} URL of the image, as OpenAI-style APIs take it. */
    public String dataUrl() {
        return "data:" + mediaType + ";base64," + base64();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImagePart that && sha256.equals(that.sha256) && mediaType.equals(that.mediaType)
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "ImagePart[" + mediaType + ", sha256=" + sha256 + ", " + data.length + " bytes]";
    }
}
