package org.imcbench.jury;

import java.util.Optional;
import org.imcbench.model.Provider;

/**
 * The model family of a model name, to warn when a judge may favour the model under test because
 * both come from the same family (self-preference). The families are by name only, and each
 * provider's are in its {@link Provider} registry entry (listed in {@code docs/providers.md}), e.g.
 * {@code anthropic-claude} for {@code anthropic:claude-*} and {@code bedrock:[region/][geo.]anthropic.*}.
 * Offline ({@code checklist}) and {@code demo:} models have no family.
 */
public final class ModelFamily {

    private ModelFamily() {
    }

    /** The family of the model name, empty when it is none of the table's. */
    public static Optional<String> of(String modelName) {
        return Provider.familyOf(modelName);
    }

    /**
     * The warning for a judge from the model under test's family, or empty when they differ or either
     * has no known family.
     */
    public static Optional<String> sameFamilyWarning(String judge, String modelUnderTest) {
        Optional<String> family = of(judge);
        if (family.isEmpty() || !family.equals(of(modelUnderTest))) {
            return Optional.empty();
        }
        return Optional.of("judge '" + judge + "' is from the same model family (" + family.get()
                + ") as the model under test '" + modelUnderTest + "'; it may favour its own family's answers");
    }
}
