package org.imcbench.model;

/**
 * Tokens used by one or more model calls.
 *
 * @param inputTokens prompt tokens
 * @param outputTokens completion tokens
 */
public record Usage(long inputTokens, long outputTokens) {
    /** No tokens. */
    public static final Usage NONE = new Usage(0, 0);

    /** The sum of this and {@code other}. */
    public Usage plus(Usage other) {
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens);
    }

    /** Input plus output tokens. */
    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}
