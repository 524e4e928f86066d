package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenAiChatProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-test-SECRET123";
    private static final String OK_BODY = """
            {"id":"chatcmpl-1","object":"chat.completion","model":"gpt-4.1-2025",
             "choices":[{"index":0,"message":{"role":"assistant","content":"It may be a mole."},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":812,"completion_tokens":9,"total_tokens":821}}""";

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final HttpPolicy policy = HttpPolicy.defaults();

    private HttpChatModel model(HttpPolicy httpPolicy, Optional<String> key) {
        return model(httpPolicy, new OpenAiChatProtocol(server.url("/v1").toString(), "gpt-4.1", key));
    }

    private HttpChatModel model(HttpPolicy httpPolicy, OpenAiChatProtocol protocol) {
        OkHttpClient client = HttpClients.create(httpPolicy, waits::add, () -> 0.5);
        return new HttpChatModel("openai-compatible:test", protocol, client);
    }

    private HttpChatModel model() {
        return model(policy, Optional.of(KEY));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static ChatRequest request() {
        ImagePart image = new ImagePart("PNGDATA".getBytes(StandardCharsets.UTF_8), "image/png", "abc");
        return ChatRequest.of(List.of(ChatMessage.system("You are a doctor."),
                ChatMessage.user("What is this spot?", List.of(image)),
                ChatMessage.assistant("Tell me more."),
                ChatMessage.user("It is growing.")), 0.2, 300);
    }

    private static JsonNode body(RecordedRequest recorded) throws Exception {
        return JSON.readTree(recorded.getBody().utf8());
    }

    @Test
    void sendsTheOpenAiRequestAndParsesTheAnswer() throws Exception {
        server.enqueue(json(200, OK_BODY));

        ChatResponse response = model().chat(request());

        assertThat(response.text()).isEqualTo("It may be a mole.");
        assertThat(response.usage()).isEqualTo(new Usage(812, 9));
        assertThat(response.model()).isEqualTo("gpt-4.1-2025");
        assertThat(response.attempts()).isEqualTo(1);
        assertThat(response.latency()).isPositive();

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        JsonNode body = body(recorded);
        assertThat(body.path("model").asText()).isEqualTo("gpt-4.1");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(300);
        assertThat(body.has("max_completion_tokens")).isFalse();
        assertThat(body.has("response_format")).isFalse();
        JsonNode messages = body.path("messages");
        assertThat(messages).hasSize(4);
        assertThat(messages.path(0).path("role").asText()).isEqualTo("system");
        assertThat(messages.path(0).path("content").asText()).isEqualTo("You are a doctor.");
        assertThat(messages.path(1).path("role").asText()).isEqualTo("user");
        JsonNode parts = messages.path(1).path("content");
        assertThat(parts.path(0).path("type").asText()).isEqualTo("image_url");
        assertThat(parts.path(0).path("image_url").path("url").asText())
                .isEqualTo("data:image/png;base64,UE5HREFUQQ==");
        assertThat(parts.path(1).path("type").asText()).isEqualTo("text");
        assertThat(parts.path(1).path("text").asText()).isEqualTo("What is this spot?");
        assertThat(messages.path(2).path("role").asText()).isEqualTo("assistant");
        assertThat(messages.path(3).path("content").isTextual()).isTrue();
    }

    /** An answer is read from its bytes when they are UTF-8, and from its text in the charset its type names else. */
    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "application/json; charset=ISO-8859-1",
            "application/json; charset=UTF-16"})
    void readsAnAnswerInTheCharsetItsTypeNames(String contentType) {
        String text = "Läsion: évaluez à 3 mois, ±2 mm";
        Charset charset = MediaType.get(contentType).charset(StandardCharsets.UTF_8);
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", contentType)
                .body(new Buffer().write(OK_BODY.replace("It may be a mole.", text).getBytes(charset))).build());

        assertThat(model().chat(request()).text()).isEqualTo(text);
    }

    @Test
    void sendsNoAuthorizationWithoutKeyAndAStrictSchemaWhenAsked() throws Exception {
        server.enqueue(json(200, OK_BODY));
        var schema = JSON.createObjectNode().put("type", "object");
        model(policy, Optional.empty()).chat(ChatRequest.of(List.of(ChatMessage.user("hi")), 0, 10)
                .withResponseSchema(new ResponseSchema("imcbench_verdict", schema)));

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getHeaders().get("Authorization")).isNull();
        JsonNode format = body(recorded).path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("name").asText()).isEqualTo("imcbench_verdict");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        assertThat(format.path("json_schema").path("schema")).isEqualTo(schema);
    }

    @Test
    void waitsAsToldByRetryAfterThenSucceeds() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2")
                .body("{\"error\":{\"message\":\"slow down\",\"code\":\"rate_limit_exceeded\"}}").build());
        server.enqueue(json(200, OK_BODY));

        ChatResponse response = model().chat(request());

        assertThat(response.attempts()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retriesAServerErrorWithJitteredBackoff() {
        server.enqueue(json(500, "{\"error\":{\"message\":\"boom\"}}"));
        server.enqueue(json(200, OK_BODY));

        ChatResponse response = model().chat(request());

        assertThat(response.attempts()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void reportsTheStatusAndAttemptsWhenRetriesAreExhausted() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(503, "{\"error\":{\"message\":\"overloaded\"}}"));
        }

        ModelException e = catchThrowableOfType(ModelException.class, () -> model().chat(request()));

        assertThat(e.statusCode()).isEqualTo(503);
        assertThat(e.attempts()).isEqualTo(4);
        assertThat(e.getMessage()).isEqualTo("openai-compatible model 'gpt-4.1' at " + server.url("/v1")
                + " failed: HTTP 503 after 4 attempts and 3.5 s of waiting between them: overloaded");
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000));
    }

    @Test
    void reportsATimeoutAsStatusMinusOne() {
        server.enqueue(new MockResponse.Builder().code(200).headersDelay(2, TimeUnit.SECONDS).body(OK_BODY).build());
        HttpPolicy fast = policy.withReadTimeout(Duration.ofMillis(200)).withMaxAttempts(1);

        ModelException e = catchThrowableOfType(ModelException.class,
                () -> model(fast, Optional.of(KEY)).chat(request()));

        assertThat(e.statusCode()).isEqualTo(-1);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("no HTTP response after 1 attempt").doesNotContain(KEY);
    }

    @Test
    void reportsAMalformedBodyWithoutRetrying() {
        server.enqueue(json(200, "{\"choices\": [ {\"message\": "));
        assertThatThrownBy(() -> model().chat(request()))
                .isInstanceOf(ModelException.class).hasMessageContaining("malformed response");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void reportsEmptyContentAsMalformed() {
        server.enqueue(json(200, "{\"choices\":[{\"message\":{\"content\":null},\"finish_reason\":\"length\"}]}"));
        assertThatThrownBy(() -> model().chat(request()))
                .isInstanceOf(ModelException.class).hasMessageContaining("malformed response")
                .hasMessageContaining("length");
    }

    @Test
    void failsAtOnceOnANonRetryableClientError() {
        server.enqueue(json(401, "{\"error\":{\"message\":\"Incorrect API key provided: sk-test-SECRET123.\"}}"));

        ModelException e = catchThrowableOfType(ModelException.class, () -> model().chat(request()));

        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(e.getMessage()).contains("HTTP 401 after 1 attempt: Incorrect API key provided: ***")
                .doesNotContain("SECRET123");
        assertThat(waits).isEmpty();
    }

    @Test
    void neverLeaksTheKeyEvenWhenTheServerEchoesIt() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(500, "oops Authorization: Bearer " + KEY + " and " + KEY));
        }
        ModelException e = catchThrowableOfType(ModelException.class, () -> model().chat(request()));
        assertThat(e.getMessage()).doesNotContain("SECRET123").contains("***");
        assertThat(model().toString()).doesNotContain("SECRET123");
    }

    @Test
    void doesNotRetryAnExhaustedQuota() {
        server.enqueue(json(429, "{\"error\":{\"message\":\"You exceeded your current quota\",\"code\":\"insufficient_quota\"}}"));
        ModelException e = catchThrowableOfType(ModelException.class, () -> model().chat(request()));
        assertThat(e.statusCode()).isEqualTo(429);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("quota");
    }

    @Test
    void fallsBackToTheOtherMaxTokensParameterAndRemembersIt() throws Exception {
        server.enqueue(json(400, """
                {"error":{"message":"Unsupported parameter: 'max_tokens' is not supported with this model. \
                Use 'max_completion_tokens' instead.","type":"invalid_request_error","param":"max_tokens",\
                "code":"unsupported_parameter"}}"""));
        server.enqueue(json(200, OK_BODY));
        server.enqueue(json(200, OK_BODY));
        OpenAiChatProtocol protocol = new OpenAiChatProtocol(server.url("/v1").toString(), "gpt-4.1", Optional.of(KEY));
        HttpChatModel model = model(policy, protocol);

        ChatResponse first = model.chat(request());
        model.chat(request());

        assertThat(first.attempts()).isEqualTo(2);
        assertThat(protocol.maxTokensParameter()).isEqualTo("max_completion_tokens");
        assertThat(body(server.takeRequest()).has("max_tokens")).isTrue();
        assertThat(body(server.takeRequest()).path("max_completion_tokens").asInt()).isEqualTo(300);
        assertThat(body(server.takeRequest()).path("max_completion_tokens").asInt()).isEqualTo(300);
    }

    @Test
    void usesMaxCompletionTokensForOpenAiItself() {
        var openAi = new OpenAiChatProtocol("https://api.openai.com/v1/", "gpt-4.1", Optional.of(KEY));
        assertThat(model(policy, openAi).name()).isEqualTo("openai-compatible:test");
        assertThat(openAi.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(openAi.maxTokensParameter()).isEqualTo("max_completion_tokens");
        assertThat(new OpenAiChatProtocol(server.url("/v1").toString(), "gpt-4.1", Optional.empty())
                .maxTokensParameter()).isEqualTo("max_tokens");
        assertThat(new OpenAiRequestWriter(JSON).write("m", ChatRequest.of(List.of(ChatMessage.user("x")), 0, 5),
                OpenAiChatProtocol.MAX_COMPLETION_TOKENS).path("max_completion_tokens").asInt()).isEqualTo(5);
    }
}
