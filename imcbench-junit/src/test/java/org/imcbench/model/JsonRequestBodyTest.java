package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.imcbench.io.RawJson;
import org.junit.jupiter.api.Test;

/** A request body streamed from its JSON tree goes over the socket whole, with its length, on every try. */
class JsonRequestBodyTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void theBodyArrivesWithItsContentLengthAndTheSameBytesAsTheTreeWrittenWhole() throws Exception {
        JsonNode tree = largeTree();
        byte[] whole = ChatProtocol.JSON.writeValueAsBytes(tree);
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

        try (Response response = new OkHttpClient().newCall(ChatProtocol.jsonPost(server.url("/v1/chat"), tree)
                .build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getHeaders().get("Content-Length")).isEqualTo(Integer.toString(whole.length));
        assertThat(recorded.getHeaders().get("Transfer-Encoding")).isNull();
        assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(recorded.getBody().toByteArray()).isEqualTo(whole);
    }

    @Test
    void theBodyCanBeWrittenAgainForARetryOrASignature() throws Exception {
        JsonNode tree = largeTree();
        Request request = ChatProtocol.jsonPost(server.url("/v1/chat"), tree).build();
        Buffer first = new Buffer();
        Buffer second = new Buffer();

        request.body().writeTo(first);
        request.body().writeTo(second);

        assertThat(first.size()).isEqualTo(request.body().contentLength());
        assertThat(second.readByteArray()).isEqualTo(first.readByteArray());
    }

    @Test
    void theImagesOfTheBodyAreSentFromTheirOwnBytesNotCopied() throws Exception {
        byte[] image = new byte[300_000];
        Arrays.fill(image, (byte) 9);
        ImagePart part = new ImagePart(image, "image/png", "00");
        ObjectNode tree = ChatProtocol.JSON.createObjectNode();
        tree.putArray("messages").addObject().putRawValue("first", part.jsonDataUrl())
                .put("text", "between — the turns");
        tree.withArray("messages").addObject().putRawValue("again", part.jsonDataUrl());
        JsonRequestBody body = new JsonRequestBody(tree);
        byte[] encoded = ((RawJson) part.jsonDataUrl().rawValue()).asUnquotedUTF8();
        Buffer written = new Buffer();

        body.writeTo(written);

        assertThat(body.parts()).filteredOn(sent -> sent == encoded).hasSize(2);
        assertThat(body.parts().stream().mapToInt(sent -> sent.length).sum()).isLessThan(2 * encoded.length + 200);
        assertThat(written.readByteArray()).isEqualTo(ChatProtocol.JSON.writeValueAsBytes(tree));
    }

    /** A body like a turn's: text with characters to escape, and an image's base64 well past a buffer. */
    private static JsonNode largeTree() {
        byte[] image = new byte[300_000];
        Arrays.fill(image, (byte) 7);
        ImagePart part = new ImagePart(image, "image/png", "00");
        ObjectNode tree = ChatProtocol.JSON.createObjectNode().put("model", "m");
        tree.putArray("messages").addObject().put("role", "user").put("text", "Is it \"bad\"? — ünïcode\n")
                .putObject("image_url").putRawValue("url", part.jsonDataUrl());
        return tree;
    }
}
