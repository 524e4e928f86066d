package org.imcbench.assertions;

import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.imcbench.report.SuiteReport;
import org.imcbench.run.Scores;

/** Assertions on a whole suite's result ({@link SuiteReport}, as written to {@code report.json}). */
public class SuiteReportAssert extends AbstractAssert<SuiteReportAssert, SuiteReport> {

    /** Assertions on the given suite report. */
    public SuiteReportAssert(SuiteReport actual) {
        super(actual, SuiteReportAssert.class);
    }

    /** Verifies that no check of any case failed; fails listing every failed check. */
    public SuiteReportAssert hasNoFailedChecks() {
        isNotNull();
        if (actual.summary().checksFailed() > 0) {
            failWithMessage("%s", "Expecting suite " + actual.suite() + " to have no failed checks, but "
                    + actual.summary().checksFailed() + " failed:\n"
                    + actual.summary().failedChecks().stream().map(line -> "  " + line).collect(Collectors.joining("\n")));
        }
        return myself;
    }

    /** Verifies that every case's conversation completed. */
    public SuiteReportAssert hasNoFailedConversations() {
        isNotNull();
        if (actual.summary().conversationsFailed() > 0) {
            failWithMessage("%s", "Expecting suite " + actual.suite() + " to have no failed conversations, but "
                    + actual.summary().conversationsFailed() + " of " + actual.summary().cases() + " failed:\n"
                    + actual.cases().stream().filter(c -> c.error() != null)
                            .map(c -> "  " + c.id() + ": " + c.error()).collect(Collectors.joining("\n")));
        }
        return myself;
    }

    /** Verifies that the mean jury score over the judged cases on a dimension is at least the minimum. */
    public SuiteReportAssert hasMeanScoreAtLeast(String dimension, double minimum) {
        isNotNull();
        Double mean = actual.summary().meanScores().get(dimension);
        if (mean == null) {
            failWithMessage("%s", "Expecting suite " + actual.suite() + " to have a mean " + dimension
                    + " score, but no case was judged on it");
        } else if (mean < minimum) {
            failWithMessage("%s", "Expecting the mean " + dimension + " score of suite " + actual.suite()
                    + " to be at least " + Scores.format(minimum) + ", but it is " + Scores.format(mean));
        }
        return myself;
    }
}
