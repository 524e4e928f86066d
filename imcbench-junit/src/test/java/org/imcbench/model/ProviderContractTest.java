package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * What every provider must do over real loopback HTTP, whatever its wire format: retry a 429 and a
 * 5xx, fail at once on a 400 with the provider's message, report a timeout and a malformed body,
 * read the usage, and never put its key in a message. Each provider's test extends this with the
 * provider's bodies and adds its request-shape and structured-output tests.
 */
abstract class ProviderContractTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** A PNG's worth of fake bytes; base64 {@code UE5HREFUQQ==}. */
    static final byte[] IMAGE_BYTES = "PNGDATA".getBytes(StandardCharsets.UTF_8);
    static final String IMAGE_BASE64 = "UE5HREFUQQ==";

    @StartStop
    final MockWebServer server = new MockWebServer();
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    /** The provider's protocol against {@code baseUrl}, with {@link #plantedKey()} as its secret. */
    abstract ChatProtocol protocol(String baseUrl);

    /** The secret the protocol sends; it must never appear in a message. */
    abstract String plantedKey();

    /** A successful body answering {@code text} with 11 input and 7 output tokens. */
    abstract String answerBody(String text);

    /** An error response in the provider's shape. */
    abstract MockResponse.Builder errorResponse(int code, String message);

    HttpChatModel model(HttpPolicy policy) {
        return new HttpChatModel("test:model", protocol(server.url("/").toString()),
                HttpClients.create(policy, waits::add, () -> 0.5));
    }

    HttpChatModel model() {
        return model(HttpPolicy.defaults());
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    /** A system message, a user turn with an image, the model's answer, and a second user turn. */
    static ChatRequest conversation() {
        ImagePart image = new ImagePart(IMAGE_BYTES, "image/png", "abc");
        return ChatRequest.of(List.of(ChatMessage.system("You are a doctor."),
                ChatMessage.user("What is this spot?", List.of(image)),
                ChatMessage.assistant("Tell me more."),
                ChatMessage.user("It is growing.")), 0.2, 300);
    }

    /** A judge's request with the shared verdict-like schema. */
    static ChatRequest judgeRequest() {
        return ChatRequest.of(List.of(ChatMessage.system("You are a judge."), ChatMessage.user("Score it.")), 0, 400)
                .withResponseSchema(new ResponseSchema("imcbench_verdict", schema()));
    }

    static ObjectNode schema() {
        ObjectNode schema = JSON.createObjectNode().put("type", "object");
        ObjectNode score = schema.putObject("properties").putObject("score").put("type", "integer");
        score.putArray("enum").add(1).add(2).add(3).add(4).add(5);
        schema.putArray("required").add("score");
        schema.put("additionalProperties", false);
        return schema;
    }

    static JsonNode body(RecordedRequest recorded) throws Exception {
        return JSON.readTree(recorded.getBody().utf8());
    }

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void readsTheAnswerAndItsUsage() {
        server.enqueue(json(200, answerBody("It may be a mole.")));

        ChatResponse response = model().chat(conversation());

        assertThat(response.text()).isEqualTo("It may be a mole.");
        assertThat(response.usage()).isEqualTo(new Usage(11, 7));
        assertThat(response.attempts()).isEqualTo(1);
        assertThat(response.latency()).isPositive();
    }

    @Test
    void retriesARateLimitThenSucceeds() {
        server.enqueue(errorResponse(429, "slow down").build());
        server.enqueue(json(200, answerBody("ok")));

        ChatResponse response = model().chat(conversation());

        assertThat(response.text()).isEqualTo("ok");
        assertThat(response.attempts()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void retriesAServerErrorThenSucceeds() {
        server.enqueue(errorResponse(503, "unavailable").build());
        server.enqueue(json(200, answerBody("ok")));

        ChatResponse response = model().chat(conversation());

        assertThat(response.attempts()).isEqualTo(2);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void failsAtOnceOnABadRequestWithTheProvidersMessage() {
        server.enqueue(errorResponse(400, "messages.0: image too large").build());

        ModelException e = catchThrowableOfType(ModelException.class, () -> model().chat(conversation()));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("failed: HTTP 400 after 1 attempt: ", "messages.0: image too large");
        assertThat(waits).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void reportsATimeoutAsStatusMinusOne() {
        server.enqueue(new MockResponse.Builder().code(200).headersDelay(2, TimeUnit.SECONDS)
                .body(answerBody("late")).build());
        HttpPolicy fast = HttpPolicy.defaults().withReadTimeout(Duration.ofMillis(200)).withMaxAttempts(1);

        ModelException e = catchThrowableOfType(ModelException.class, () -> model(fast).chat(conversation()));

        assertThat(e.statusCode()).isEqualTo(-1);
        assertThat(e.getMessage()).contains("no HTTP response after 1 attempt");
    }

    @Test
    void reportsAMalformedBodyWithoutRetrying() {
        server.enqueue(json(200, "{\"content\": [ {\"text\": "));

        ModelException e = catchThrowableOfType(ModelException.class, () -> model().chat(conversation()));

        assertThat(e.getMessage()).contains("malformed response: the body is not JSON");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void reportsAnAnswerWithoutTextAsMalformed() {
        server.enqueue(json(200, "{\"unexpected\":true}"));

        ModelException e = catchThrowableOfType(ModelException.class, () -> model().chat(conversation()));

        assertThat(e.getMessage()).contains("malformed response: no ");
    }

    @Test
    void neverPutsThePlantedKeyInAMessage() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(errorResponse(500, "echo " + plantedKey() + " Authorization: Bearer " + plantedKey()).build());
        }

        ModelException e = catchThrowableOfType(ModelException.class, () -> model().chat(conversation()));

        assertThat(e.getMessage()).doesNotContain(plantedKey()).contains("***");
        assertThat(model().toString()).doesNotContain(plantedKey());
    }
}
