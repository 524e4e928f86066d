package org.imcbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.imcbench.report.CalibrationReport.AgreementReport;
import org.imcbench.report.CalibrationReport.Estimate;
import org.imcbench.report.CalibrationReport.MapReport;
import org.junit.jupiter.api.Test;

/** The console's calibration lines: the cross-fitted figure, and which maps were kept and why. */
class SummaryPrinterCalibrationTest {

    @Test
    void theConsoleShowsCrossFittedAgreementAndWhetherEachMapWasKept() {
        Estimate figure = new Estimate(0.5, 0.4, 0.6, 0);
        CalibrationReport calibration = new CalibrationReport("a.csv", 40, 20, List.of(
                new AgreementReport("jury", "all", 20, figure, figure, figure, figure),
                new AgreementReport("jury-cross-fitted", "all", 20, figure, figure, figure, figure),
                new AgreementReport("jury", "safety", 20, figure, figure, figure, figure)),
                null, List.of(new MapReport("safety", 20, 0.62, 0.71, 0.48, false),
                        new MapReport("accuracy", 20, 0.9, 0.4, 0.35, true)));
        SuiteReport plain = Reports.suite("m", List.of(Reports.judged("c", false, "clinical", "x", 4, 4)));
        SummaryReport s = plain.summary();
        SuiteReport report = new SuiteReport(plain.schemaVersion(), plain.suite(), plain.startedAt(),
                plain.finishedAt(), plain.simulated(), plain.notice(), plain.run(), new SummaryReport(s.cases(),
                        s.conversationsFailed(), s.checksPassed(), s.checksFailed(), s.checksNotJudged(),
                        s.meanScores(), s.failedChecks(), s.notJudged(), s.inputTokens(), s.outputTokens(),
                        s.durationMillis(), s.usage(), s.costUsd(), s.budgetUsd(), s.skippedCases(),
                        s.meanOverallScore(), s.judgeAlpha(), s.needsHumanReview(), s.warnings(), calibration),
                plain.cases(), plain.statistics(), null, List.of(), null, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new SummaryPrinter(new PrintStream(out, true, StandardCharsets.UTF_8)).print(report, Path.of("report.json"));

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("    jury-cross-fitted        qwk 0.50 [0.40, 0.60]")
                .contains("calibration map safety: not applied (cross-fitted MAE 0.71 not below jury MAE 0.62, "
                        + "20 items)")
                .contains("calibration map accuracy: kept (cross-fitted MAE 0.40 < jury MAE 0.90, 20 items)")
                .doesNotContain("0.48");
    }
}
