package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class GeminiProtocolTest extends ProviderContractTest {
    private static final String KEY = "AIzaSyTEST-PLANTED-0123456789abcdef";

    @Override
    ChatProtocol protocol(String baseUrl) {
        return new GeminiProtocol(baseUrl, "gemini-2.5-pro", KEY);
    }

    @Override
    String plantedKey() {
        return KEY;
    }

    @Override
    String answerBody(String text) {
        return """
                {"candidates":[{"content":{"role":"model","parts":[
                   {"text":"thinking...","thought":true},{"text":"%s"}]},"finishReason":"STOP","index":0}],
                 "usageMetadata":{"promptTokenCount":11,"candidatesTokenCount":7,"totalTokenCount":18},
                 "modelVersion":"gemini-2.5-pro-001"}""".formatted(text);
    }

    @Override
    MockResponse.Builder errorResponse(int code, String message) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\",\"status\":\"INVALID_ARGUMENT\"}}");
    }

    private static MockResponse quotaError(String quotaId, String retryDelay) {
        return json(429, """
                {"error":{"code":429,"message":"You exceeded your current quota.","status":"RESOURCE_EXHAUSTED",
                 "details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure",
                             "violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_requests",
                                            "quotaId":"%s"}]},
                            {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"%s"}]}}"""
                .formatted(quotaId, retryDelay));
    }

    @Test
    void sendsATwoTurnConversationWithAnImageInTheGenerateContentShape() throws Exception {
        server.enqueue(json(200, answerBody("It may be a mole.")));

        ChatResponse response = model().chat(conversation());

        assertThat(response.text()).isEqualTo("It may be a mole.");
        assertThat(response.model()).isEqualTo("gemini-2.5-pro-001");
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v1beta/models/gemini-2.5-pro:generateContent");
        assertThat(recorded.getUrl().query()).isNull();
        assertThat(recorded.getHeaders().get("x-goog-api-key")).isEqualTo(KEY);
        assertThat(recorded.getHeaders().get("Authorization")).isNull();
        assertThat(body(recorded)).isEqualTo(json("""
                {"systemInstruction":{"parts":[{"text":"You are a doctor."}]},
                 "contents":[
                  {"role":"user","parts":[{"inline_data":{"mime_type":"image/png","data":"%s"}},
                                          {"text":"What is this spot?"}]},
                  {"role":"model","parts":[{"text":"Tell me more."}]},
                  {"role":"user","parts":[{"text":"It is growing."}]}],
                 "generationConfig":{"temperature":0.2,"maxOutputTokens":300}}""".formatted(IMAGE_BASE64)));
    }

    @Test
    void asksForJsonWithTheSchemaForAStructuredAnswer() throws Exception {
        server.enqueue(json(200, """
                {"candidates":[{"content":{"role":"model","parts":[{"text":"{\\"score\\": 4}"}]},"finishReason":"STOP"}],
                 "usageMetadata":{"promptTokenCount":30,"candidatesTokenCount":5}}"""));

        ChatResponse response = model().chat(judgeRequest());

        assertThat(json(response.text())).isEqualTo(json("{\"score\":4}"));
        assertThat(response.model()).isEqualTo("gemini-2.5-pro");
        JsonNode config = body(server.takeRequest()).path("generationConfig");
        assertThat(config.path("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(config.path("responseJsonSchema")).isEqualTo(schema());
    }

    @Test
    void waitsAtLeastTheRetryDelayOfAPerMinuteQuota() {
        server.enqueue(quotaError("GenerateRequestsPerMinutePerProjectPerModel", "33s"));
        server.enqueue(json(200, answerBody("ok")));

        ChatResponse response = model().chat(conversation());

        assertThat(response.attempts()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(33));
    }

    @Test
    void failsFastOnAPerDayQuota() {
        server.enqueue(quotaError("GenerateRequestsPerDayPerProjectPerModel-FreeTier", "20s"));

        ModelException e = catchThrowableOfType(ModelException.class, () -> model().chat(conversation()));

        assertThat(e.statusCode()).isEqualTo(429);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("RESOURCE_EXHAUSTED: You exceeded your current quota.");
        assertThat(waits).isEmpty();
    }

    @Test
    void readsRetryHints() {
        assertThat(GeminiProtocol.retryHint(429, "not json")).isEqualTo(RetryHint.NONE);
        assertThat(GeminiProtocol.retryHint(503, "{\"error\":{\"code\":503}}")).isEqualTo(RetryHint.NONE);
        assertThat(GeminiProtocol.retryHint(429, """
                {"error":{"details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"1.5s"}]}}"""))
                .isEqualTo(RetryHint.waitAtLeast(Duration.ofMillis(1500)));
    }

    @Test
    void reportsABlockedPrompt() {
        server.enqueue(json(200, "{\"promptFeedback\":{\"blockReason\":\"SAFETY\"}}"));

        ModelException e = catchThrowableOfType(ModelException.class, () -> model().chat(conversation()));

        assertThat(e.getMessage()).contains("malformed response: no candidates (blockReason SAFETY)");
    }
}
