package org.imcbench.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ChatProtocol} reads from a provider's successful answer.
 *
 * @param text the answer text, or the structured output as JSON text
 * @param usage tokens used, {@link Usage#NONE} if the provider did not say
 * @param model the model name the provider reports, if it does
 */
record ProviderAnswer(String text, Usage usage, Optional<String> model) {
    /** Checks that every component is present. */
    ProviderAnswer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(model, "model");
    }
}
