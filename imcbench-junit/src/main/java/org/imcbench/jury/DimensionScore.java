package org.imcbench.jury;

import java.util.Objects;

/**
 * One judge's score on one dimension.
 *
 * @param dimension the dimension key
 * @param score 1..5
 * @param rationale why, citing turn numbers
 */
public record DimensionScore(String dimension, int score, String rationale) {
    /** Checks the score range. */
    public DimensionScore {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(rationale, "rationale");
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score for '" + dimension + "' must be 1..5, was " + score);
        }
    }
}
