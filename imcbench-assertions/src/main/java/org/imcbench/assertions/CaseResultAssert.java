package org.imcbench.assertions;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertFactory;
import org.imcbench.jury.Jury;
import org.imcbench.report.CheckStatus;
import org.imcbench.run.CaseResult;
import org.imcbench.run.CheckResult;

/**
 * Assertions on what running one case produced ({@link CaseResult}), with navigation to its
 * transcript and verdict: {@code assertThat(result).passesAllChecks().transcript().advisesUrgentCare()}.
 * Navigation goes through AssertJ's {@code extracting(..., factory)}, so the navigated assertions keep
 * this one's description ({@code as(...)}) and, in soft assertions, are soft too. A transcript or
 * verdict that is missing fails the first assertion made on it, with the reason.
 */
public class CaseResultAssert extends NavigableAssert<CaseResultAssert, CaseResult> {

    /** Assertions on the given case result. */
    public CaseResultAssert(CaseResult actual) {
        super(actual, CaseResultAssert.class);
    }

    /** Verifies that the conversation ran to its end (no provider failure). */
    public CaseResultAssert hasNoConversationError() {
        isNotNull();
        actual.error().ifPresent(error -> failWithMessage("%s", conversationFailed(error)));
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

    /**
     * Assertions on the case's transcript; when the conversation failed, they fail with its error (and
     * in soft assertions every one of them is collected).
     */
    public TranscriptAssert transcript() {
        return navigate(CaseResult::transcript, TranscriptAssert::new, "a transcript");
    }

    /**
     * Assertions on the jury's verdict; when there is none (the conversation or the jury failed), they
     * fail saying why (and in soft assertions every one of them is collected).
     */
    public VerdictAssert verdict() {
        return navigate(CaseResult::verdict, VerdictAssert::new, "a jury verdict");
    }

    /** Jury-backed checks of the case's transcript, the judges seeing the case's ground truth and EHR context. */
    public JuryAssert judgedBy(Jury jury) {
        hasNoConversationError();
        return new JuryAssert(actual.transcript().orElseThrow(), actual.benchmarkCase(), jury);
    }

    /**
     * Assertions on a part of the result, through {@code extracting} (so description and softness carry
     * over); when the part is missing they fail saying why: the conversation's error, else "has none".
     */
    private <T, A extends AbstractAssert<A, ?>> A navigate(Function<CaseResult, Optional<T>> part,
            AssertFactory<T, A> factory, String what) {
        A navigated = extracting(result -> result == null ? null : part.apply(result).orElse(null), factory);
        if (actual == null || part.apply(actual).isPresent()) {
            return navigated;
        }
        return navigated.withFailMessage("%s", actual.error().map(this::conversationFailed)
                .orElseGet(() -> "Expecting case '" + id() + "' to have " + what + ", but it has none"));
    }

    private String conversationFailed(String error) {
        return "Expecting the conversation of case '" + id() + "' to complete, but it failed: " + error;
    }

    private String id() {
        return actual.benchmarkCase().id();
    }
}
