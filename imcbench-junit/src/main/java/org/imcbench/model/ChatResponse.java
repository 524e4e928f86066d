package org.imcbench.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A model's answer.
 *
 * @param text the answer text (never {@code null}; empty answers are reported as errors)
 * @param usage tokens used, {@link Usage#NONE} if the provider did not say
 * @param model the model name the provider reports
 * @param latency wall time of the call including retries
 * @param attempts number of HTTP attempts the call took
 */
public record ChatResponse(String text, Usage usage, String model, Duration latency, int attempts) {
    /** Checks that every component is present. */
    public ChatResponse {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(latency, "latency");
    }
}
