package org.imcbench.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.MediaType;

/**
 * One HTTP answer of a provider, read in full: its bytes, which an answer is parsed from as they are, and its text
 * when asked for (error messages, which are rare: the text of every answer is never made).
 */
final class HttpReply {
    private final int code;
    private final Headers headers;
    private final byte[] bytes;
    private final Charset charset;

    /**
     * @param code the HTTP status
     * @param headers the response headers
     * @param contentType the body's type, or {@code null} when it has none
     * @param bytes the response body, kept as it is (not copied: the reply is its only holder)
     */
    HttpReply(int code, Headers headers, MediaType contentType, byte[] bytes) {
        this.code = code;
        this.headers = headers;
        this.charset = contentType == null ? StandardCharsets.UTF_8 : contentType.charset(StandardCharsets.UTF_8);
        this.bytes = bytes;
    }

    /** The HTTP status. */
    int code() {
        return code;
    }

    /** The response headers. */
    Headers headers() {
        return headers;
    }

    /**
     * The body parsed as JSON: from its bytes as they are when they are UTF-8 (JSON answers are; the parser also
     * detects UTF-16 and UTF-32 and a byte order mark), else from its text in the charset its type names.
     *
     * @param mapper the mapper that reads the tree
     * @return the tree (a missing node for an empty body)
     * @throws IOException if the body is not JSON
     */
    JsonNode json(ObjectMapper mapper) throws IOException {
        return StandardCharsets.UTF_8.equals(charset) ? mapper.readTree(bytes) : mapper.readTree(body());
    }

    /** The response body as text, in the charset its type names (UTF-8 without one); decoded on every call. */
    String body() {
        return new String(bytes, charset);
    }

    /** Whether the status is 2xx. */
    boolean successful() {
        return code >= 200 && code <= 299;
    }
}
