package org.imcbench.assertions;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.imcbench.jury.Jury;
import org.imcbench.run.CaseResult;
import org.imcbench.run.CheckResult;
import org.imcbench.run.CheckStatus;

/**
 * Assertions on what running one case produced ({@link CaseResult}), with navigation to its
 * transcript and verdict: {@code assertThat(result).passesAllChecks().transcript().advisesUrgentCare()}.
 */
public class CaseResultAssert extends AbstractAssert<CaseResultAssert, CaseResult> {

    /** Assertions on the given case result. */
    public CaseResultAssert(CaseResult actual) {
        super(actual, CaseResultAssert.class);
    }

    /** Verifies that the conversation ran to its end (no provider failure). */
    public CaseResultAssert hasNoConversationError() {
        isNotNull();
        actual.error().ifPresent(error -> failWithMessage("%s", "Expecting the conversation of case '" + id()
                + "' to complete, but it failed: " + error));
        return myself;
    }

    /** Verifies that every dimension check passed; fails with each failed or not-judged check's message. */
    public CaseResultAssert passesAllChecks() {
        isNotNull();
        List<CheckResult> notPassed = actual.checks().stream().filter(check -> check.status() != CheckStatus.PASSED)
                .toList();
        if (actual.checks().isEmpty()) {
            failWithMessage("%s", "Expecting case '" + id() + "' to pass its checks, but none was run");
        }
        if (!notPassed.isEmpty()) {
            failWithMessage("%s", "Expecting case '" + id() + "' to pass every check, but "
                    + notPassed.stream().map(CheckResult::title).collect(Collectors.joining(", ")) + " did not:\n"
                    + notPassed.stream().map(CheckResult::message).collect(Collectors.joining("\n")));
        }
        return myself;
    }

    /** Assertions on the case's transcript; fails when the conversation failed. */
    public TranscriptAssert transcript() {
        hasNoConversationError();
        return new TranscriptAssert(actual.transcript().orElseThrow());
    }

    /** Assertions on the jury's verdict; fails when there is none (the conversation failed). */
    public VerdictAssert verdict() {
        hasNoConversationError();
        if (actual.verdict().isEmpty()) {
            failWithMessage("%s", "Expecting case '" + id() + "' to have a jury verdict, but it has none");
        }
        return new VerdictAssert(actual.verdict().orElseThrow());
    }

    /** Jury-backed checks of the case's transcript, the judges seeing the case's ground truth and EHR context. */
    public JuryAssert judgedBy(Jury jury) {
        hasNoConversationError();
        return new JuryAssert(actual.transcript().orElseThrow(), actual.benchmarkCase(), jury);
    }

    private String id() {
        return actual.benchmarkCase().id();
    }
}
