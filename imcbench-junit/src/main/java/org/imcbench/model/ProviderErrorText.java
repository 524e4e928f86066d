package org.imcbench.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Extracts a short, human-readable error message from a provider's error body: {@code error.message}
 * (OpenAI, Ollama, OpenRouter, Anthropic, Gemini), {@code error} as a string, or top-level
 * {@code message} (Bedrock); otherwise
 * the start of the raw body. The result is not yet redacted.
 */
final class ProviderErrorText {
    private static final int MAX_CHARS = 500;

    private ProviderErrorText() {
    }

    /** The message of the error body, shortened to at most 500 characters. */
    static String of(ObjectMapper json, String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        try {
            JsonNode root = json.readTree(body);
            JsonNode error = root.path("error");
            if (error.isObject() && error.path("message").isTextual()) {
                return shorten(error.path("message").asText());
            }
            if (error.isTextual()) {
                return shorten(error.asText());
            }
            if (root.path("message").isTextual()) {
                return shorten(root.path("message").asText());
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: use the raw body
        }
        return shorten(body.strip());
    }

    /** The {@code error.param} of an OpenAI error body, or an empty string. */
    static String param(ObjectMapper json, String body) {
        return errorField(json, body, "param");
    }

    /**
     * A text field of the body's {@code error} object, e.g. Anthropic's {@code error.type} or
     * Gemini's {@code error.status}; an empty string if there is none.
     */
    static String errorField(ObjectMapper json, String body, String field) {
        try {
            return json.readTree(body).path("error").path(field).asText("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** {@code kind: message}, or the message alone when the kind is empty. */
    static String labelled(String kind, String message) {
        return kind == null || kind.isBlank() ? message : kind + ": " + message;
    }

    private static String shorten(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "...";
    }
}
