package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class AnthropicMessagesProtocolTest extends ProviderContractTest {
    private static final String KEY = "sk-ant-test-PLANTED-4f1b";

    @Override
    ChatProtocol protocol(String baseUrl) {
        return new AnthropicMessagesProtocol(baseUrl, "claude-opus-4-6", KEY);
    }

    @Override
    String plantedKey() {
        return KEY;
    }

    @Override
    String answerBody(String text) {
        return """
                {"id":"msg_1","type":"message","role":"assistant","model":"claude-opus-4-6-20260101",
                 "content":[{"type":"text","text":"%s"}],"stop_reason":"end_turn","stop_sequence":null,
                 "usage":{"input_tokens":11,"output_tokens":7,"cache_creation_input_tokens":0}}""".formatted(text);
    }

    @Override
    MockResponse.Builder errorResponse(int code, String message) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"" + message
                        + "\"},\"request_id\":\"req_1\"}");
    }

    @Test
    void sendsATwoTurnConversationWithAnImageInTheMessagesShape() throws Exception {
        server.enqueue(json(200, answerBody("It may be a mole.")));

        ChatResponse response = model().chat(conversation());

        assertThat(response.model()).isEqualTo("claude-opus-4-6-20260101");
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v1/messages");
        assertThat(recorded.getHeaders().get("x-api-key")).isEqualTo(KEY);
        assertThat(recorded.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(recorded.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(recorded.getHeaders().get("Authorization")).isNull();
        assertThat(body(recorded)).isEqualTo(json("""
                {"model":"claude-opus-4-6","max_tokens":300,"temperature":0.2,
                 "system":"You are a doctor.",
                 "messages":[
                  {"role":"user","content":[
                    {"type":"image","source":{"type":"base64","media_type":"image/png","data":"%s"}},
                    {"type":"text","text":"What is this spot?"}]},
                  {"role":"assistant","content":"Tell me more."},
                  {"role":"user","content":"It is growing."}]}""".formatted(IMAGE_BASE64)));
    }

    @Test
    void forcesAToolCallForAStructuredAnswerAndReadsItsInput() throws Exception {
        server.enqueue(json(200, """
                {"id":"msg_2","type":"message","role":"assistant","model":"claude-opus-4-6",
                 "content":[{"type":"tool_use","id":"toolu_1","name":"imcbench_verdict","input":{"score":4}}],
                 "stop_reason":"tool_use","usage":{"input_tokens":30,"output_tokens":12}}"""));

        ChatResponse response = model().chat(judgeRequest());

        assertThat(json(response.text())).isEqualTo(json("{\"score\":4}"));
        assertThat(response.usage()).isEqualTo(new Usage(30, 12));
        JsonNode body = body(server.takeRequest());
        assertThat(body.path("tools")).isEqualTo(JSON.createArrayNode().add(JSON.createObjectNode()
                .put("name", "imcbench_verdict").put("description", "Record the answer in this structure.")
                .set("input_schema", schema())));
        assertThat(body.path("tool_choice")).isEqualTo(json("{\"type\":\"tool\",\"name\":\"imcbench_verdict\"}"));
        assertThat(body.path("system").asText()).isEqualTo("You are a judge.");
    }

    @Test
    void retriesOverloaded529AndHonoursRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(529).addHeader("retry-after", "3")
                .body("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}")
                .build());
        server.enqueue(json(200, answerBody("ok")));

        ChatResponse response = model().chat(conversation());

        assertThat(response.attempts()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void namesTheErrorTypeInTheMessage() {
        server.enqueue(errorResponse(401, "invalid x-api-key").build());

        ModelException e = catchThrowableOfType(ModelException.class, () -> model().chat(conversation()));

        assertThat(e.getMessage()).isEqualTo("anthropic model 'claude-opus-4-6' at " + server.url("/").toString()
                .replaceAll("/$", "") + " failed: HTTP 401 after 1 attempt: invalid_request_error: invalid x-api-key");
    }

    @Test
    void putsAUserTurnBeforeAConversationThatStartsWithTheModel() throws Exception {
        server.enqueue(json(200, answerBody("How long have you had it?")));

        model().chat(ChatRequest.of(List.of(ChatMessage.system("You play a patient."),
                ChatMessage.assistant("Hello doctor, is this mole dangerous?"),
                ChatMessage.user("How long have you had it?")), 0.7, 200));

        JsonNode messages = body(server.takeRequest()).path("messages");
        assertThat(messages).hasSize(3);
        assertThat(messages.path(0).path("role").asText()).isEqualTo("user");
        assertThat(messages.path(0).path("content").asText()).isEqualTo(ConversationTurns.OPENING);
        assertThat(messages.path(1).path("role").asText()).isEqualTo("assistant");
    }
}
