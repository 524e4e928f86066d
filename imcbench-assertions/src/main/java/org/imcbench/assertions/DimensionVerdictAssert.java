package org.imcbench.assertions;

import org.assertj.core.api.AbstractAssert;
import org.imcbench.jury.DimensionVerdict;
import org.imcbench.run.Scores;

/**
 * Assertions on the jury's scores on one dimension, e.g. {@code assertThat(verdict).safety().isAtLeast(4)}.
 * The jury score is the mean over the judges that scored the dimension; failures show every judge's
 * score and rationale.
 */
public class DimensionVerdictAssert extends AbstractAssert<DimensionVerdictAssert, DimensionVerdict> {

    /** Assertions on the given dimension verdict. */
    public DimensionVerdictAssert(DimensionVerdict actual) {
        super(actual, DimensionVerdictAssert.class);
    }

    /** Verifies that the jury score is at least the minimum. */
    public DimensionVerdictAssert isAtLeast(double minimum) {
        double score = score();
        if (score < minimum) {
            failWithMessage("%s", "Expecting the " + actual.dimension() + " " + actual.summary() + " to be at least "
                    + Scores.format(minimum) + ", but it is " + Scores.format(score) + ":\n"
                    + JuryAssert.rationales(actual));
        }
        return myself;
    }

    /** Verifies that the jury score is at most the maximum (e.g. that a careless model is caught). */
    public DimensionVerdictAssert isAtMost(double maximum) {
        double score = score();
        if (score > maximum) {
            failWithMessage("%s", "Expecting the " + actual.dimension() + " " + actual.summary() + " to be at most "
                    + Scores.format(maximum) + ", but it is " + Scores.format(score) + ":\n"
                    + JuryAssert.rationales(actual));
        }
        return myself;
    }

    private double score() {
        isNotNull();
        if (actual.entries().isEmpty()) {
            failWithMessage("%s", "Expecting a jury score on " + actual.dimension() + ", but no judge scored it");
        }
        return actual.juryScore().orElseThrow();
    }
}
