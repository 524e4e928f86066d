package org.imcbench.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON body of an OpenAI chat-completions request. Text-only messages get their content
 * as a string; messages with images get an array of {@code text} and {@code image_url} parts, the
 * images always as base64 {@code data:} URLs (Ollama accepts nothing else).
 */
final class OpenAiRequestWriter {
    private final ObjectMapper json;

    OpenAiRequestWriter(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The request body.
     *
     * @param model the model name
     * @param request the messages and parameters
     * @param maxTokensParam {@code max_tokens} or {@code max_completion_tokens}
     */
    ObjectNode write(String model, ChatRequest request, String maxTokensParam) {
        ObjectNode body = json.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage message : request.messages()) {
            messages.add(message(message));
        }
        body.put("temperature", request.temperature());
        body.put(maxTokensParam, request.maxTokens());
        request.responseSchema().ifPresent(schema -> {
            ObjectNode format = body.putObject("response_format");
            format.put("type", "json_schema");
            ObjectNode jsonSchema = format.putObject("json_schema");
            jsonSchema.put("name", schema.name());
            jsonSchema.put("strict", true);
            jsonSchema.set("schema", schema.schema());
        });
        return body;
    }

    private static ObjectNode message(ChatMessage message) {
        return ChatProtocol.roleAndContent(message, (content, image) -> content.addObject().put("type", "image_url")
                .putObject("image_url").putRawValue("url", image.jsonDataUrl()));
    }
}
