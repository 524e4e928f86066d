package org.imcbench.report.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.imcbench.report.CaseReport.ImageReport;

/**
 * The page's images, each distinct one (by SHA-256) stored once as a data URL in a hidden element;
 * the case views refer to them by hash and the page's script fills them in when a case is opened,
 * so a page with thousands of cases neither repeats nor decodes an image it does not show. Only the
 * hash and media type of each image are kept while the page is written; the bytes are read when the
 * store is written at the end of the page and streamed into it, one image at a time. Thread-safe: the
 * views of a run's cases are rendered while other threads run ({@link CaseViews}).
 */
final class ImageStore {
    /** The bytes encoded at a time: a whole number of 3-byte groups. */
    static final int SLICE = 3 << 16;

    private final ImageSource source;
    /** Media type by SHA-256 of each image seen; empty for one that is not available. */
    private final Map<String, Optional<String>> mediaTypes = new LinkedHashMap<>();

    ImageStore(ImageSource source) {
        this.source = source;
    }

    /** Whether the image is available; the first call for a hash asks the source for it. */
    synchronized boolean add(ImageReport image) {
        return mediaTypes.computeIfAbsent(image.sha256(), sha -> source.bytes(sha).map(bytes -> image.mediaType()))
                .isPresent();
    }

    /** The hidden element holding every available image once. */
    synchronized void render(Html html) {
        html.open("div", "id", "image-store", "hidden", "hidden");
        mediaTypes.forEach((sha, mediaType) -> {
            Optional<byte[]> bytes = mediaType.isPresent() ? source.bytes(sha) : Optional.empty();
            if (bytes.isPresent()) {
                html.markup("<span data-sha=\"" + Html.escape(sha) + "\" data-src=\"data:"
                        + Html.escape(mediaType.get()) + ";base64,");
                base64(html, bytes.get());
                html.markup("\"></span>");
            }
        });
        html.close("div");
    }

    /**
     * Writes the bytes base64-encoded, straight into the page, a slice at a time (each a whole number of 3-byte
     * groups, so padding comes only at the end): the encoder's block encoding of an array is far cheaper than its
     * stream's, which encodes byte by byte.
     */
    private static void base64(Html html, byte[] bytes) {
        Base64.Encoder encoder = Base64.getEncoder();
        try (OutputStream page = html.ascii()) {
            for (int from = 0; from < bytes.length; from += SLICE) {
                ByteBuffer encoded = encoder.encode(ByteBuffer.wrap(bytes, from, Math.min(SLICE, bytes.length - from)));
                page.write(encoded.array(), encoded.arrayOffset() + encoded.position(), encoded.remaining());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write an image into the HTML report", e);
        }
    }
}
