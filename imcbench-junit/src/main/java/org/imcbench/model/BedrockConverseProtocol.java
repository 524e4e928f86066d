package org.imcbench.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Amazon Bedrock's Converse API, {@code POST {baseUrl}/model/{modelId}/converse}, with the model id
 * percent-encoded as one path segment ({@code :} as {@code %3A}, {@code /} of an ARN as
 * {@code %2F}). The system text goes as {@code system: [{text}]}, images as
 * {@code {image: {format, source: {bytes}}}} ({@code png}, {@code jpeg}, {@code gif} or {@code webp}
 * only), the limits in {@code inferenceConfig}. Structured output is a forced tool:
 * {@code toolConfig} with one {@code toolSpec} whose {@code inputSchema.json} is the schema and
 * {@code toolChoice: {tool: {name}}}; the {@code toolUse.input} is read back as JSON text.
 *
 * <p>Errors read as {@code <x-amzn-ErrorType>: <message>}. Throttling and a model that is not ready
 * come as 429, and are retried by the HTTP policy with jittered backoff (Bedrock sends no wait
 * hint); {@code ValidationException} (400) fails at once.
 */
final class BedrockConverseProtocol implements ChatProtocol {
    private final ProtocolTarget target;
    private final HttpUrl endpoint;
    private final BedrockAuth auth;

    /**
     * Creates the protocol.
     *
     * @param baseUrl the API base, {@link Provider#BEDROCK}'s default in the region except in tests
     * @param modelId the model or inference-profile id, e.g. {@code us.amazon.nova-pro-v1:0}
     * @param auth the request authorization
     */
    BedrockConverseProtocol(String baseUrl, String modelId, BedrockAuth auth) {
        this.target = ProtocolTarget.of(Provider.BEDROCK, baseUrl, modelId);
        this.endpoint = target.base().newBuilder().addPathSegment("model")
                .addEncodedPathSegment(SdkHttpUtils.urlEncode(modelId))
                .addPathSegment("converse").build();
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public String subject() {
        return target.subject() + " (" + auth.kind() + ")";
    }

    @Override
    public ProtocolTarget target() {
        return target;
    }

    @Override
    public List<String> secrets() {
        return auth.secrets();
    }

    @Override
    public Request request(ChatRequest request) {
        return auth.authorize(ChatProtocol.jsonPost(endpoint, body(request)).build());
    }

    private static ObjectNode body(ChatRequest request) {
        ObjectNode body = JSON.createObjectNode();
        String system = ConversationTurns.systemText(request);
        if (!system.isEmpty()) {
            body.putArray("system").addObject().put("text", system);
        }
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage message : ConversationTurns.turns(request)) {
            ObjectNode node = messages.addObject().put("role", message.role().name().toLowerCase(Locale.ROOT));
            ArrayNode content = node.putArray("content");
            for (ContentPart part : message.parts()) {
                if (part instanceof TextPart text) {
                    content.addObject().put("text", text.text());
                } else if (part instanceof ImagePart image) {
                    content.addObject().putObject("image")
                            .put("format", format(image.mediaType()))
                            .putObject("source").putRawValue("bytes", image.jsonBase64());
                }
            }
        }
        body.putObject("inferenceConfig")
                .put("maxTokens", request.maxTokens())
                .put("temperature", request.temperature());
        request.responseSchema().ifPresent(schema -> {
            ObjectNode toolConfig = body.putObject("toolConfig");
            toolConfig.putArray("tools").addObject().putObject("toolSpec")
                    .put("name", schema.name())
                    .put("description", "Record the answer in this structure.")
                    .putObject("inputSchema").set("json", schema.schema());
            toolConfig.putObject("toolChoice").putObject("tool").put("name", schema.name());
        });
        return body;
    }

    /** The Converse image format of a media type. */
    private static String format(String mediaType) {
        return switch (mediaType.toLowerCase(Locale.ROOT)) {
            case "image/png" -> "png";
            case "image/jpeg", "image/jpg" -> "jpeg";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            default -> throw new WireFormatException("Bedrock takes png, jpeg, gif or webp images, not " + mediaType);
        };
    }

    @Override
    public ProviderAnswer read(JsonNode body) {
        StringBuilder text = new StringBuilder();
        for (JsonNode block : body.path("output").path("message").path("content")) {
            if (block.has("toolUse")) {
                return answer(ProviderAnswers.toolInput(block.path("toolUse").path("input"),
                        "output.message.content[].toolUse.input"), body);
            }
            text.append(block.path("text").asText(""));
        }
        if (text.toString().isBlank()) {
            throw new WireFormatException("no text in output.message.content (stopReason "
                    + body.path("stopReason").asText("none") + ")");
        }
        return answer(text.toString(), body);
    }

    private static ProviderAnswer answer(String text, JsonNode body) {
        return new ProviderAnswer(text, ProviderAnswers.usage(body.path("usage"), "inputTokens", "outputTokens"),
                Optional.empty());
    }

    @Override
    public String errorMessage(HttpReply reply) {
        String type = reply.headers().get("x-amzn-ErrorType");
        String kind = type == null ? "" : type.split(":", 2)[0];
        return ProviderErrorText.labelled(kind, ProviderErrorText.of(JSON, reply.body()));
    }
}
