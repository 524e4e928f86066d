package org.imcbench.model;

import com.fasterxml.jackson.databind.util.RawValue;
import java.util.Arrays;
import java.util.Objects;
import org.imcbench.io.RawJson;

/**
 * An image part of a message. The bytes have been verified against {@code sha256} before the part
 * was built; providers send the bytes, caches and reports use the hash instead.
 *
 * <p>A part is shared by every turn, case and role that sends the same image, so the JSON forms a request
 * carries (its base64, its {@code data:} URL) are encoded once, on first use, and kept with it.
 */
public final class ImagePart implements ContentPart {
    private final byte[] data;
    private final String mediaType;
    private final String sha256;
    private volatile RawValue jsonBase64;
    private volatile RawValue jsonDataUrl;

    /**
     * A part of verified image bytes.
     *
     * @param data the image bytes, not copied: they must not change
     * @param mediaType the media type, e.g. {@code image/png}
     * @param sha256 lower-case hex SHA-256 of {@code data}
     */
    public ImagePart(byte[] data, String mediaType, String sha256) {
        this.data = Objects.requireNonNull(data, "data");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
    }

    /** The image bytes (not a copy: do not change them). */
    public byte[] data() {
        return data;
    }

    /** The media type, e.g. {@code image/png}. */
    public String mediaType() {
        return mediaType;
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public String sha256() {
        return sha256;
    }

    /**
     * The base64 form as a JSON string value, encoded once per part, straight to UTF-8 bytes, and written
     * into a request as it is (base64 needs no escaping), for {@code ObjectNode.putRawValue}.
     */
    public RawValue jsonBase64() {
        RawValue value = jsonBase64;
        if (value == null) {
            value = RawJson.base64String("", data).asRawValue();
            jsonBase64 = value;
        }
        return value;
    }

    /** The {@code data:} URL as a JSON string value, encoded once per part (see {@link #jsonBase64()}). */
    public RawValue jsonDataUrl() {
        RawValue value = jsonDataUrl;
        if (value == null) {
            value = RawJson.base64String("data:" + mediaType + ";base64,", data).asRawValue();
            jsonDataUrl = value;
        }
        return value;
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
