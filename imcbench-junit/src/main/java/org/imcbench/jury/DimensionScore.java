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
    /** The lowest score of the scale every judge, clinician and rubric dimension uses. */
    public static final int LOWEST = 1;
    /** The highest score of that scale. */
    public static final int HIGHEST = 5;

    /** Checks the score range. */
    public DimensionScore {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(rationale, "rationale");
        if (score < LOWEST || score > HIGHEST) {
            throw new IllegalArgumentException("score for '" + dimension + "' must be 1..5, was " + score);
        }
    }
}
