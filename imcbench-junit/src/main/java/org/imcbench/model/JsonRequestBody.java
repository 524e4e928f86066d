package org.imcbench.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A JSON request body written from its tree straight into the connection, each time it is sent (a retry
 * writes it again). A request re-sends a conversation's images on every turn, so its body is often hundreds
 * of kilobytes: building it as one byte array first would allocate it twice more per call. The length is
 * counted once, by writing the tree to nowhere, so that the request still carries a {@code Content-Length}
 * (as providers and request signing expect) rather than a chunked body. The tree must not change once the
 * body is made.
 */
final class JsonRequestBody extends RequestBody {
    private static final MediaType JSON_UTF8 = MediaType.get("application/json; charset=utf-8");
    private static final ObjectWriter WRITER = ChatProtocol.JSON.writer()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final JsonNode tree;
    private final long length;

    JsonRequestBody(JsonNode tree) {
        this.tree = tree;
        ByteCounter counter = new ByteCounter();
        try {
            WRITER.writeValue(counter, tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JSON tree", e);
        }
        this.length = counter.count;
    }

    @Override
    public MediaType contentType() {
        return JSON_UTF8;
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        WRITER.writeValue(sink.outputStream(), tree);
    }

    /** Counts the bytes written to it and keeps none. */
    private static final class ByteCounter extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
