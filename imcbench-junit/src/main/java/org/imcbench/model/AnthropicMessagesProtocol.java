package org.imcbench.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Anthropic's Messages API, {@code POST {baseUrl}/v1/messages} with {@code x-api-key} and
 * {@code anthropic-version: 2023-06-01}. The system text goes in the top-level {@code system}
 * field, images as base64 blocks with their media type, and {@code max_tokens} is always sent (the
 * API requires it). Structured output is a forced tool call: one tool named after the
 * {@link ResponseSchema} with the schema as {@code input_schema}, {@code tool_choice} forcing it, and
 * the {@code tool_use} block's {@code input} read back as JSON text. This works on every current
 * Claude model, unlike the newer {@code output_config}. Error bodies
 * ({@code {"type":"error","error":{"type","message"}}}) read as {@code type: message}.
 */
final class AnthropicMessagesProtocol implements ChatProtocol {
    /** The API version sent with every request. */
    static final String VERSION = "2023-06-01";

    private final ProtocolTarget target;
    private final HttpUrl endpoint;
    private final String apiKey;

    /**
     * Creates the protocol.
     *
     * @param baseUrl the API base, {@link Provider#ANTHROPIC}'s default except in tests
     * @param model the model name, e.g. {@code claude-opus-4-6}
     * @param apiKey the key sent as {@code x-api-key}
     */
    AnthropicMessagesProtocol(String baseUrl, String model, String apiKey) {
        this.target = ProtocolTarget.of(Provider.ANTHROPIC, baseUrl, model);
        this.endpoint = target.base().newBuilder().addPathSegments("v1/messages").build();
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    }

    @Override
    public ProtocolTarget target() {
        return target;
    }

    @Override
    public List<String> secrets() {
        return List.of(apiKey);
    }

    @Override
    public Request request(ChatRequest request) {
        return ChatProtocol.jsonPost(endpoint, body(request))
                .header("x-api-key", apiKey)
                .header("anthropic-version", VERSION)
                .build();
    }

    private ObjectNode body(ChatRequest request) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", target.model());
        body.put("max_tokens", request.maxTokens());
        body.put("temperature", request.temperature());
        String system = ConversationTurns.systemText(request);
        if (!system.isEmpty()) {
            body.put("system", system);
        }
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage message : ConversationTurns.turns(request)) {
            messages.add(message(message));
        }
        request.responseSchema().ifPresent(schema -> {
            body.putArray("tools").addObject()
                    .put("name", schema.name())
                    .put("description", "Record the answer in this structure.")
                    .set("input_schema", schema.schema());
            body.putObject("tool_choice").put("type", "tool").put("name", schema.name());
        });
        return body;
    }

    private static ObjectNode message(ChatMessage message) {
        return ChatProtocol.roleAndContent(message, (content, image) -> content.addObject().put("type", "image")
                .putObject("source")
                .put("type", "base64")
                .put("media_type", image.mediaType())
                .putRawValue("data", image.jsonBase64()));
    }

    @Override
    public ProviderAnswer read(JsonNode body) {
        JsonNode content = body.path("content");
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content) {
            if ("tool_use".equals(block.path("type").asText())) {
                return answer(ProviderAnswers.toolInput(block.path("input"), "content[type=tool_use].input"), body);
            }
            if ("text".equals(block.path("type").asText())) {
                text.append(block.path("text").asText(""));
            }
        }
        if (text.toString().isBlank()) {
            throw new WireFormatException("no text in content (stop_reason "
                    + body.path("stop_reason").asText("none") + ")");
        }
        return answer(text.toString(), body);
    }

    private static ProviderAnswer answer(String text, JsonNode body) {
        return new ProviderAnswer(text, ProviderAnswers.usage(body.path("usage"), "input_tokens", "output_tokens"),
                ProviderAnswers.textField(body, "model"));
    }

    @Override
    public String errorMessage(HttpReply reply) {
        return ProviderErrorText.labelled(ProviderErrorText.errorField(JSON, reply.body(), "type"),
                ProviderErrorText.of(JSON, reply.body()));
    }
}
