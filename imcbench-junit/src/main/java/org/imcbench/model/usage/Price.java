package org.imcbench.model.usage;

import org.imcbench.model.Usage;

/**
 * The price of a model's tokens.
 *
 * @param inputPerMillion US dollars per 1M input (prompt) tokens
 * @param outputPerMillion US dollars per 1M output (completion) tokens
 */
public record Price(double inputPerMillion, double outputPerMillion) {
    /** Checks that both prices are finite and not negative. */
    public Price {
        if (!(inputPerMillion >= 0 && outputPerMillion >= 0) || Double.isInfinite(inputPerMillion)
                || Double.isInfinite(outputPerMillion)) {
            throw new IllegalArgumentException("prices must be finite and not negative: " + inputPerMillion + ", "
                    + outputPerMillion);
        }
    }

    /** What the tokens cost in US dollars. */
    public double cost(Usage usage) {
        return (usage.inputTokens() * inputPerMillion + usage.outputTokens() * outputPerMillion) / 1_000_000.0;
    }
}
