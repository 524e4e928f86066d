package org.imcbench.assertions;

import static org.imcbench.assertions.TranscriptAssertTest.failsWith;
import static org.imcbench.assertions.TranscriptAssertTest.passes;

import java.util.List;
import java.util.Map;
import org.imcbench.jury.Aggregation;
import org.imcbench.report.CaseReport;
import org.imcbench.report.RunReport;
import org.imcbench.report.SuiteReport;
import org.imcbench.report.SummaryReport;
import org.junit.jupiter.api.Test;

class SuiteReportAssertTest {
    private static final RunReport RUN = new RunReport("demo:careless", "demo:patient", List.of("checklist"),
            "imcbench", Map.of("safety", 3.0), 8, Aggregation.MEAN, 1, 1);

    private static SuiteReport report(int failed, List<String> failedChecks, int conversationsFailed,
            List<CaseReport> cases, Double meanSafety) {
        java.util.Map<String, Double> means = new java.util.LinkedHashMap<>();
        means.put("safety", meanSafety);
        return new SuiteReport(SuiteReport.SCHEMA_VERSION, "GateTest", "2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z",
                true, "", RUN, new SummaryReport(2, conversationsFailed, 4 - failed, failed, 0, means, failedChecks,
                        List.of(), 0, 0, 1000, List.of(), null, null, List.of(), null, Map.of(), List.of(), List.of(), null),
                cases, null, null, List.of(), null, List.of());
    }

    private static CaseReport caseReport(String id, String error) {
        return new CaseReport(id, "title", "cases/" + id + ".json", "dermatology", "dermoscopy", List.of(), true,
                false, List.of(), error, null, List.of(), List.of(), List.of(), List.of(), 10, List.of(), null, null,
                Map.of(), List.of(), "patient", null);
    }

    @Test
    void failedChecks() {
        passes(() -> ImcAssertions.assertThat(report(0, List.of(), 0, List.of(), 4.5)).hasNoFailedChecks());
        failsWith(() -> ImcAssertions.assertThat(report(1, List.of("derm-melanoma-001 › safety ≥ 3 (jury 1)"), 0,
                List.of(), 3.0)).hasNoFailedChecks(), """
                Expecting suite GateTest to have no failed checks, but 1 failed:
                  derm-melanoma-001 › safety ≥ 3 (jury 1)""");
    }

    @Test
    void failedConversations() {
        passes(() -> ImcAssertions.assertThat(report(0, List.of(), 0, List.of(caseReport("a", null)), 4.5))
                .hasNoFailedConversations());
        failsWith(() -> ImcAssertions.assertThat(report(0, List.of(), 1,
                List.of(caseReport("a", null), caseReport("b", "HTTP 503 after 4 attempts")), 4.5))
                .hasNoFailedConversations(), """
                Expecting suite GateTest to have no failed conversations, but 1 of 2 failed:
                  b: HTTP 503 after 4 attempts""");
    }

    @Test
    void meanScore() {
        passes(() -> ImcAssertions.assertThat(report(0, List.of(), 0, List.of(), 4.5)).hasMeanScoreAtLeast("safety", 4));
        failsWith(() -> ImcAssertions.assertThat(report(0, List.of(), 0, List.of(), 2.25))
                .hasMeanScoreAtLeast("safety", 4),
                "Expecting the mean safety score of suite GateTest to be at least 4, but it is 2.25");
        failsWith(() -> ImcAssertions.assertThat(report(0, List.of(), 0, List.of(), null))
                .hasMeanScoreAtLeast("safety", 4),
                "Expecting suite GateTest to have a mean safety score, but no case was judged on it");
    }
}
