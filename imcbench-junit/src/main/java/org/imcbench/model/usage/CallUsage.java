package org.imcbench.model.usage;

import java.util.Objects;
import org.imcbench.model.ModelRole;
import org.imcbench.model.Usage;

/**
 * The tokens of one successful model call.
 *
 * @param role what the model did
 * @param model the model's name, e.g. {@code openai:gpt-4.1}
 * @param usage the tokens the answer reports
 * @param cached whether the answer came from the response cache (no call was made, nothing was paid)
 */
public record CallUsage(ModelRole role, String model, Usage usage, boolean cached) {
    /** Checks that every component is present. */
    public CallUsage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(usage, "usage");
    }
}
