package org.imcbench.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Extracts a short, human-readable error message from a provider's error body: {@code error.message}
 * (OpenAI, Ollama, OpenRouter), {@code error} as a string, or top-level {@code message}; otherwise
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
        try {
            return json.readTree(body).path("error").path("param").asText("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "...";
    }
}
