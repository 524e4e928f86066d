package org.imcbench.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Google Gemini's {@code POST {baseUrl}/v1beta/models/{model}:generateContent}. The key goes in the
 * {@code x-goog-api-key} header, never in the URL (where it could reach a log). The system text is
 * the {@code systemInstruction}, turns are {@code contents} with roles {@code user}/{@code model}
 * and parts {@code text} / {@code inline_data}, the limits go in {@code generationConfig}; a
 * {@link ResponseSchema} becomes {@code responseMimeType: application/json} plus
 * {@code responseJsonSchema}. The answer is the text of the first candidate's parts, thought parts
 * skipped.
 *
 * <p>Retry hints from a 429's {@code error.details}: a {@code QuotaFailure} whose violation's
 * {@code quotaId} contains {@code PerDay} stops the retries (the quota will not clear soon); a
 * {@code RetryInfo.retryDelay} (e.g. {@code "33s"}) is the least wait before the next attempt.
 */
final class GeminiProtocol implements ChatProtocol {
    private static final Pattern DELAY = Pattern.compile("(\\d+(?:\\.\\d+)?)s");

    private final ProtocolTarget target;
    private final HttpUrl endpoint;
    private final String apiKey;

    /**
     * Creates the protocol.
     *
     * @param baseUrl the API base, {@link Provider#GEMINI}'s default except in tests
     * @param model the model name, e.g. {@code gemini-2.5-pro}
     * @param apiKey the key sent as {@code x-goog-api-key}
     */
    GeminiProtocol(String baseUrl, String model, String apiKey) {
        this.target = ProtocolTarget.of(Provider.GEMINI, baseUrl, model);
        this.endpoint = target.base().newBuilder().addPathSegment("v1beta").addPathSegment("models")
                .addPathSegment(model + ":generateContent").build();
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
        return ChatProtocol.jsonPost(endpoint, body(request)).header("x-goog-api-key", apiKey).build();
    }

    private static ObjectNode body(ChatRequest request) {
        ObjectNode body = JSON.createObjectNode();
        String system = ConversationTurns.systemText(request);
        if (!system.isEmpty()) {
            body.putObject("systemInstruction").putArray("parts").addObject().put("text", system);
        }
        ArrayNode contents = body.putArray("contents");
        for (ChatMessage message : ConversationTurns.turns(request)) {
            ObjectNode content = contents.addObject().put("role", message.role() == Role.ASSISTANT ? "model" : "user");
            ArrayNode parts = content.putArray("parts");
            for (ContentPart part : message.parts()) {
                if (part instanceof TextPart text) {
                    parts.addObject().put("text", text.text());
                } else if (part instanceof ImagePart image) {
                    parts.addObject().putObject("inline_data")
                            .put("mime_type", image.mediaType())
                            .putRawValue("data", image.jsonBase64());
                }
            }
        }
        ObjectNode config = body.putObject("generationConfig");
        config.put("temperature", request.temperature());
        config.put("maxOutputTokens", request.maxTokens());
        request.responseSchema().ifPresent(schema -> {
            config.put("responseMimeType", "application/json");
            config.set("responseJsonSchema", schema.schema());
        });
        return body;
    }

    @Override
    public ProviderAnswer read(JsonNode body) {
        JsonNode candidate = body.path("candidates").path(0);
        if (candidate.isMissingNode()) {
            String blocked = body.path("promptFeedback").path("blockReason").asText("");
            throw new WireFormatException("no candidates" + (blocked.isEmpty() ? "" : " (blockReason " + blocked + ")"));
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : candidate.path("content").path("parts")) {
            if (!part.path("thought").asBoolean(false)) {
                text.append(part.path("text").asText(""));
            }
        }
        if (text.toString().isBlank()) {
            throw new WireFormatException("no text in candidates[0].content.parts (finishReason "
                    + candidate.path("finishReason").asText("none") + ")");
        }
        return new ProviderAnswer(text.toString(),
                ProviderAnswers.usage(body.path("usageMetadata"), "promptTokenCount", "candidatesTokenCount"),
                ProviderAnswers.textField(body, "modelVersion"));
    }

    @Override
    public String errorMessage(HttpReply reply) {
        return ProviderErrorText.labelled(ProviderErrorText.errorField(JSON, reply.body(), "status"),
                ProviderErrorText.of(JSON, reply.body()));
    }

    @Override
    public RetryHintReader retryHints() {
        return GeminiProtocol::retryHint;
    }

    /** The advice in a Gemini error body's {@code error.details}. */
    static RetryHint retryHint(int status, String body) {
        JsonNode details;
        try {
            details = JSON.readTree(body).path("error").path("details");
        } catch (IOException | RuntimeException e) {
            return RetryHint.NONE;
        }
        Optional<Duration> delay = Optional.empty();
        for (JsonNode detail : details) {
            String type = detail.path("@type").asText("");
            if (type.endsWith("google.rpc.QuotaFailure")) {
                for (JsonNode violation : detail.path("violations")) {
                    if (violation.path("quotaId").asText("").contains("PerDay")) {
                        return RetryHint.stopRetrying();
                    }
                }
            } else if (type.endsWith("google.rpc.RetryInfo")) {
                delay = duration(detail.path("retryDelay").asText(""));
            }
        }
        return delay.map(RetryHint::waitAtLeast).orElse(RetryHint.NONE);
    }

    /** A protobuf JSON duration such as {@code 33s} or {@code 1.5s}. */
    private static Optional<Duration> duration(String text) {
        Matcher matcher = DELAY.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        double seconds = Math.min(Double.parseDouble(matcher.group(1)), 1e9);
        return Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
    }
}
