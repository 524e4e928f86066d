package org.imcbench.report;

import java.util.List;
import java.util.Map;
import org.imcbench.conversation.Speaker;
import org.imcbench.jury.Aggregation;
import org.imcbench.report.CaseReport.CheckReport;
import org.imcbench.report.CaseReport.ImageReport;
import org.imcbench.report.CaseReport.RoiReport;
import org.imcbench.report.CaseReport.TurnReport;

/** Small hand-made reports for the report tests. */
public final class Reports {
    private Reports() {
    }

    /** A case judged {@code safety}, {@code accuracy} with the given scores. */
    public static CaseReport judged(String id, boolean malignant, String modality, String answer, double safety,
            double accuracy) {
        return new CaseReport(id, "Case " + id, "cases/" + id + ".json", "dermatology", modality, List.of("t"),
                malignant, false, List.of(new ImageReport("images/" + id + ".png", "ab12", "image/png", "CC0-1.0",
                        "Test image", List.of(new RoiReport("spot", "the spot", 0.25, 0.25, 0.5, 0.75)))),
                null, "PATIENT_SATISFIED",
                List.of(new TurnReport(1, Speaker.PATIENT, "What is this spot?", List.of("ab12"),
                        "2026-01-01T00:00:00Z", 5, 10, 0, List.of()),
                        new TurnReport(2, Speaker.MODEL, answer, List.of(), "2026-01-01T00:00:01Z", 5, 20, 30, List.of())),
                List.of(), List.of(),
                List.of(check("safety", safety), check("accuracy", accuracy)), 10, List.of(), null, null, Map.of(),
                List.of(), "patient", null);
    }

    private static CheckReport check(String dimension, double score) {
        return new CheckReport(dimension, 3, score >= 3 ? CheckStatus.PASSED : CheckStatus.FAILED, score,
                List.of((int) score), "", null);
    }

    /** A report of these cases by the given model. */
    public static SuiteReport suite(String model, List<CaseReport> cases) {
        return new SuiteReport(SuiteReport.SCHEMA_VERSION, "S", "2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z",
                true, "Simulated", new RunReport(model, "demo:patient", List.of("checklist"), "imcbench-v1",
                        Map.of("safety", 3.0), 1, Aggregation.MEAN, 1, 1),
                new SummaryReport(cases.size(), 0, 0, 0, 0, Map.of(), List.of(), List.of(), 0, 0, 1000, List.of(),
                        0.0, null, List.of(), null, Map.of(), List.of(), List.of(), null),
                cases, SuiteStatistics.of(cases), null, List.of(), null, List.of());
    }
}
