package org.imcbench.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Small readers shared by the {@link ChatProtocol}s' answer parsing. */
final class ProviderAnswers {
    private ProviderAnswers() {
    }

    /** The field's text if it is a non-blank string. */
    static Optional<String> textField(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    /**
     * The token counts of a usage object, {@link Usage#NONE} if the provider sent none.
     *
     * @param usage the provider's usage object, e.g. {@code usage} or {@code usageMetadata}
     * @param inputField the name of the input-token count, e.g. {@code prompt_tokens}
     * @param outputField the name of the output-token count, e.g. {@code completion_tokens}
     */
    static Usage usage(JsonNode usage, String inputField, String outputField) {
        return usage.isObject()
                ? new Usage(usage.path(inputField).asLong(0), usage.path(outputField).asLong(0))
                : Usage.NONE;
    }

    /**
     * The arguments of a forced tool call as JSON text, the judge's structured answer.
     *
     * @param input the tool call's input
     * @param where where the input was read, for the error message
     * @throws WireFormatException if the input is not a JSON object
     */
    static String toolInput(JsonNode input, String where) {
        if (!input.isObject()) {
            throw new WireFormatException("the forced tool call has no object in " + where);
        }
        return input.toString();
    }
}
