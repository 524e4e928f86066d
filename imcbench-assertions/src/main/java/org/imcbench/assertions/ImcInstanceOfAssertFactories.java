package org.imcbench.assertions;

import org.assertj.core.api.InstanceOfAssertFactory;
import org.imcbench.conversation.Transcript;
import org.imcbench.jury.DimensionVerdict;
import org.imcbench.jury.Verdict;
import org.imcbench.report.SuiteReport;
import org.imcbench.run.CaseResult;

/**
 * {@link InstanceOfAssertFactory} constants for AssertJ's {@code extracting(..., factory)} and
 * {@code asInstanceOf(factory)}, e.g.
 * {@code assertThat(result).extracting(r -> r.transcript().orElseThrow(), TRANSCRIPT).advisesUrgentCare()}.
 */
public final class ImcInstanceOfAssertFactories {
    /** Assertions on a {@link Transcript}. */
    public static final InstanceOfAssertFactory<Transcript, TranscriptAssert> TRANSCRIPT =
            new InstanceOfAssertFactory<>(Transcript.class, ImcAssertions::assertThat);
    /** Assertions on a {@link Verdict}. */
    public static final InstanceOfAssertFactory<Verdict, VerdictAssert> VERDICT =
            new InstanceOfAssertFactory<>(Verdict.class, ImcAssertions::assertThat);
    /** Assertions on a {@link DimensionVerdict}. */
    public static final InstanceOfAssertFactory<DimensionVerdict, DimensionVerdictAssert> DIMENSION_VERDICT =
            new InstanceOfAssertFactory<>(DimensionVerdict.class, ImcAssertions::assertThat);
    /** Assertions on a {@link CaseResult}. */
    public static final InstanceOfAssertFactory<CaseResult, CaseResultAssert> CASE_RESULT =
            new InstanceOfAssertFactory<>(CaseResult.class, ImcAssertions::assertThat);
    /** Assertions on a {@link SuiteReport}. */
    public static final InstanceOfAssertFactory<SuiteReport, SuiteReportAssert> SUITE_REPORT =
            new InstanceOfAssertFactory<>(SuiteReport.class, ImcAssertions::assertThat);

    private ImcInstanceOfAssertFactories() {
    }
}
