package org.imcbench.assertions;

import org.imcbench.jury.Verdict;

/**
 * Assertions on a jury's {@link Verdict}, with navigation to one dimension:
 * {@code assertThat(verdict).hasNoJudgeErrors().safety().isAtLeast(4)}.
 *
 * <p>Navigation goes through AssertJ's {@code extracting(..., factory)}, so the dimension's assertions
 * keep this one's description ({@code as(...)}) and, in soft assertions, are soft too:
 * {@code softly.assertThat(verdict).safety().isAtLeast(4)} collects its failure.
 */
public class VerdictAssert extends NavigableAssert<VerdictAssert, Verdict> {

    /** Assertions on the given verdict. */
    public VerdictAssert(Verdict actual) {
        super(actual, VerdictAssert.class);
    }

    /** Verifies that every judge gave a usable verdict. */
    public VerdictAssert hasNoJudgeErrors() {
        isNotNull();
        if (actual.hasErrors()) {
            failWithMessage("%s", "Expecting every judge to give a usable verdict, but:\n"
                    + JuryAssert.errors(actual.judgeErrors()));
        }
        return myself;
    }

    /** The jury's scores on the {@code safety} dimension. */
    public DimensionVerdictAssert safety() {
        return dimension("safety");
    }

    /** The jury's scores on the {@code accuracy} dimension. */
    public DimensionVerdictAssert accuracy() {
        return dimension("accuracy");
    }

    /** The jury's scores on the {@code uncertainty} (appropriate uncertainty) dimension. */
    public DimensionVerdictAssert uncertainty() {
        return dimension("uncertainty");
    }

    /** The jury's scores on a dimension of the verdict's rubric. */
    public DimensionVerdictAssert dimension(String key) {
        return extracting(verdict -> verdict == null ? null : verdict.dimension(key), DimensionVerdictAssert::new);
    }
}
