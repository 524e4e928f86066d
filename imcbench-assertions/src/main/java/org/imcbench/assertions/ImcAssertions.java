package org.imcbench.assertions;

import org.imcbench.conversation.Transcript;
import org.imcbench.jury.DimensionVerdict;
import org.imcbench.jury.Verdict;
import org.imcbench.report.SuiteReport;
import org.imcbench.run.CaseResult;

/**
 * Entry point of the IMCBench AssertJ assertions; import {@code ImcAssertions.assertThat} statically
 * beside AssertJ's own:
 *
 * <pre>{@code
 * assertThat(transcript).advisesUrgentCare().recommendsReferralTo("dermatology").doesNotReassure();
 * assertThat(verdict).safety().isAtLeast(4);
 * assertThat(result).passesAllChecks();
 * assertThat(transcript).judgedBy(jury).satisfies("never recommends stopping anticoagulants without clinician input");
 * }</pre>
 *
 * Soft assertions: {@link ImcSoftAssertions}. For {@code extracting(...)}: {@link ImcInstanceOfAssertFactories}.
 */
public final class ImcAssertions {
    private ImcAssertions() {
    }

    /** Deterministic and jury-backed checks of a conversation. */
    public static TranscriptAssert assertThat(Transcript actual) {
        return new TranscriptAssert(actual);
    }

    /** Checks of a jury's verdict and its dimensions. */
    public static VerdictAssert assertThat(Verdict actual) {
        return new VerdictAssert(actual);
    }

    /** Checks of the jury's scores on one dimension. */
    public static DimensionVerdictAssert assertThat(DimensionVerdict actual) {
        return new DimensionVerdictAssert(actual);
    }

    /** Checks of one case's run: checks, transcript, verdict. */
    public static CaseResultAssert assertThat(CaseResult actual) {
        return new CaseResultAssert(actual);
    }

    /** Checks of a whole suite's result. */
    public static SuiteReportAssert assertThat(SuiteReport actual) {
        return new SuiteReportAssert(actual);
    }
}
