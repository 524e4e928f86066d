package org.imcbench.jury;

import java.util.Objects;

/**
 * One clinician's score of one case on one rubric dimension.
 *
 * @param caseId the case id
 * @param variant the case variant the clinician saw ({@value #FULL} unless the file says otherwise)
 * @param dimension the rubric dimension key
 * @param rater who scored it (a pseudonym such as {@code clinician-a})
 * @param score 1..5
 */
public record ClinicianAnnotation(String caseId, String variant, String dimension, String rater, int score) {
    /** The variant every case runs as: the whole conversation with every image. */
    public static final String FULL = "full";

    /** Checks the components. */
    public ClinicianAnnotation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(rater, "rater");
        if (score < DimensionScore.LOWEST || score > DimensionScore.HIGHEST) {
            throw new IllegalArgumentException("score must be 1..5, was " + score);
        }
    }
}
