package org.imcbench.assertions;

import org.assertj.core.api.SoftAssertionsProvider;
import org.imcbench.conversation.Transcript;
import org.imcbench.jury.DimensionVerdict;
import org.imcbench.jury.Verdict;
import org.imcbench.report.SuiteReport;
import org.imcbench.run.CaseResult;

/**
 * The soft versions of {@link ImcAssertions}: failures are collected instead of thrown, also those of
 * the assertions reached by navigation ({@link VerdictAssert#safety()}, {@link CaseResultAssert#verdict()},
 * {@link CaseResultAssert#transcript()}). {@code judgedBy(jury)} asks a jury and is not soft.
 */
public interface ImcSoftAssertionsProvider extends SoftAssertionsProvider {

    /** Soft {@link ImcAssertions#assertThat(Transcript)}. */
    default TranscriptAssert assertThat(Transcript actual) {
        return proxy(TranscriptAssert.class, Transcript.class, actual);
    }

    /** Soft {@link ImcAssertions#assertThat(Verdict)}. */
    default VerdictAssert assertThat(Verdict actual) {
        return proxy(VerdictAssert.class, Verdict.class, actual);
    }

    /** Soft {@link ImcAssertions#assertThat(DimensionVerdict)}. */
    default DimensionVerdictAssert assertThat(DimensionVerdict actual) {
        return proxy(DimensionVerdictAssert.class, DimensionVerdict.class, actual);
    }

    /** Soft {@link ImcAssertions#assertThat(CaseResult)}. */
    default CaseResultAssert assertThat(CaseResult actual) {
        return proxy(CaseResultAssert.class, CaseResult.class, actual);
    }

    /** Soft {@link ImcAssertions#assertThat(SuiteReport)}. */
    default SuiteReportAssert assertThat(SuiteReport actual) {
        return proxy(SuiteReportAssert.class, SuiteReport.class, actual);
    }
}
