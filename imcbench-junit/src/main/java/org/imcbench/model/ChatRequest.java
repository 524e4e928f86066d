package org.imcbench.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is sent to a {@link ChatModel}: the messages and the sampling parameters.
 *
 * @param messages the conversation so far, system message first if any
 * @param temperature the sampling temperature
 * @param maxTokens the maximum number of tokens in the answer
 * @param responseSchema a JSON schema the answer must follow, if any
 */
public record ChatRequest(List<ChatMessage> messages, double temperature, int maxTokens,
        Optional<ResponseSchema> responseSchema) {

    /** Copies the messages and checks the parameters. */
    public ChatRequest {
        messages = List.copyOf(messages);
        Objects.requireNonNull(responseSchema, "responseSchema");
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive: " + maxTokens);
        }
    }

    /** A request without a response schema. */
    public static ChatRequest of(List<ChatMessage> messages, double temperature, int maxTokens) {
        return new ChatRequest(messages, temperature, maxTokens, Optional.empty());
    }

    /** This request with the given response schema. */
    public ChatRequest withResponseSchema(ResponseSchema schema) {
        return new ChatRequest(messages, temperature, maxTokens, Optional.of(schema));
    }
}
