package org.imcbench.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.imcbench.io.RawJson;

/**
 * A JSON request body that shares the images it sends instead of copying them. A request re-sends a
 * conversation's images on every turn, so its body is often hundreds of kilobytes, nearly all of it the
 * images' pre-encoded JSON ({@link ImagePart#jsonDataUrl()}): the tree is written once, its text into
 * parts of its own and each such image as a reference to the image's bytes, and the parts are written into
 * the connection each time the request is sent (a retry, a signature). The length is known, so the request
 * carries a {@code Content-Length} (as providers and request signing expect), not a chunked body.
 */
final class JsonRequestBody extends RequestBody {
    private static final MediaType JSON_UTF8 = MediaType.get("application/json; charset=utf-8");
    private static final ObjectWriter WRITER = ChatProtocol.JSON.writer()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final List<byte[]> parts;
    private final long length;

    JsonRequestBody(JsonNode tree) {
        Parts parts = new Parts(rawJsonIn(tree));
        try {
            WRITER.writeValue(parts, tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JSON tree", e);
        }
        this.parts = parts.finish();
        this.length = this.parts.stream().mapToLong(part -> part.length).sum();
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
        for (byte[] part : parts) {
            sink.write(part);
        }
    }

    /** The parts the body is written from, in order: its text, and the images' bytes themselves. */
    List<byte[]> parts() {
        return parts;
    }

    /** The bytes of every pre-encoded value ({@link RawJson}) of the tree, by identity. */
    private static Set<byte[]> rawJsonIn(JsonNode tree) {
        Set<byte[]> found = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(tree);
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node instanceof POJONode pojo && pojo.getPojo() instanceof RawValue raw
                    && raw.rawValue() instanceof RawJson json) {
                found.add(json.asUnquotedUTF8());
            } else {
                node.forEach(todo::push);
            }
        }
        return found;
    }

    /**
     * Collects what the generator writes: a write of a whole pre-encoded value's bytes (the generator writes
     * a value larger than its buffer straight through) is kept as that array, everything else is copied.
     */
    private static final class Parts extends OutputStream {
        private final Set<byte[]> shared;
        private final List<byte[]> parts = new ArrayList<>();
        private final ByteArrayOutputStream text = new ByteArrayOutputStream(1 << 12);

        Parts(Set<byte[]> shared) {
            this.shared = shared;
        }

        @Override
        public void write(int b) {
            text.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (offset == 0 && length == bytes.length && shared.contains(bytes)) {
                endText();
                parts.add(bytes);
            } else {
                text.write(bytes, offset, length);
            }
        }

        private void endText() {
            if (text.size() > 0) {
                parts.add(text.toByteArray());
                text.reset();
            }
        }

        List<byte[]> finish() {
            endText();
            return List.copyOf(parts);
        }
    }
}
