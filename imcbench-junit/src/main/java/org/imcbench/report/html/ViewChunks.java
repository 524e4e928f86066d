package org.imcbench.report.html;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * Writes detail views into numbered chunks of up to {@value #SIZE} views each: a chunk is one data block
 * {@code <script type="application/x-imcbench-cases" id="<prefix>chunk-<k>">} holding its views' HTML
 * gzip-compressed and base64-encoded, written into {@code out} as the views come. Not thread-safe.
 */
final class ViewChunks {
    /** Detail views per chunk. */
    static final int SIZE = 100;

    private final Html out;
    private final String prefix;
    private int number;
    private int views;
    private Html chunk;

    /**
     * @param out where the chunks are written
     * @param prefix the anchors' prefix of the report
     * @param first the number of the first chunk
     */
    ViewChunks(Html out, String prefix, int first) {
        this.out = out;
        this.prefix = prefix;
        this.number = first;
    }

    /** Where the next view goes, in a new chunk when the current one is full. */
    Html next() {
        if (chunk != null && views == SIZE) {
            end();
        }
        if (chunk == null) {
            out.open("script", "type", "application/x-imcbench-cases", "id", prefix + "chunk-" + number);
            chunk = new Html(new OutputStreamWriter(gzip(out), StandardCharsets.UTF_8));
            views = 0;
        }
        views++;
        return chunk;
    }

    /** A gzip stream whose output goes base64-encoded into {@code out}. */
    private static GZIPOutputStream gzip(Html out) {
        try {
            return new GZIPOutputStream(Base64.getEncoder().wrap(out.ascii()), 1 << 13);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the case details of the HTML report", e);
        }
    }

    /** The number of the chunk the next view goes into, unless the current one is full. */
    int number() {
        return number;
    }

    /** Ends the current chunk, if one is open: the next view starts a new one. */
    void end() {
        if (chunk == null) {
            return;
        }
        try {
            chunk.writer().close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the case details of the HTML report", e);
        }
        out.close("script");
        chunk = null;
        number++;
    }
}
