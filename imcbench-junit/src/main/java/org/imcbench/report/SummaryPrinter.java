package org.imcbench.report;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.imcbench.report.StatisticsReport.DimensionStatistics;

/** Prints the short text summary of a suite run that ends the console output. */
public final class SummaryPrinter {
    private final PrintStream out;

    /** A printer to the given stream. */
    public SummaryPrinter(PrintStream out) {
        this.out = out;
    }

    /** Prints the summary of the report written to {@code reportFile} (with {@code report.html} beside it). */
    public void print(SuiteReport report, Path reportFile) {
        SummaryReport summary = report.summary();
        StringBuilder text = new StringBuilder();
        text.append("\nIMCBench suite ").append(report.suite()).append(" — model ").append(report.run().model())
                .append(", jury ").append(String.join(", ", report.run().judges())).append('\n');
        if (report.simulated()) {
            text.append(report.notice()).append('\n');
        }
        text.append("  cases: ").append(summary.cases());
        if (summary.conversationsFailed() > 0) {
            text.append(" (").append(summary.conversationsFailed()).append(" conversations failed)");
        }
        text.append("; checks: ").append(summary.checksPassed()).append(" passed, ")
                .append(summary.checksFailed()).append(" failed, ")
                .append(summary.checksNotJudged()).append(" not judged\n");
        for (Map.Entry<String, Double> mean : summary.meanScores().entrySet()) {
            text.append(String.format("  mean %-12s %s%s   judge alpha %s%n", mean.getKey(), format(mean.getValue()),
                    interval(report.statistics(), mean.getKey()), format(summary.judgeAlpha().get(mean.getKey()))));
        }
        text.append(String.format("  mean %-12s %s%s%n", CaseScores.OVERALL, format(summary.meanOverallScore()),
                interval(report.statistics(), CaseScores.OVERALL)));
        summary.warnings().forEach(warning -> text.append("  WARNING: ").append(warning).append('\n'));
        if (!summary.needsHumanReview().isEmpty()) {
            text.append("  needs human review (judges disagree):\n");
            summary.needsHumanReview().forEach(line -> text.append("    ").append(line).append('\n'));
        }
        if (summary.calibration() != null) {
            printCalibration(summary.calibration(), text);
        }
        report.ablations().forEach(ablation -> printComparison("ablation " + ablation.variant()
                + " vs full (variant − full, paired)", ablation.comparison(), text));
        if (report.baseline() != null) {
            printComparison("vs baseline " + report.baseline().baseline() + " (candidate − baseline, paired)",
                    report.baseline(), text);
        }
        if (!summary.failedChecks().isEmpty()) {
            text.append("  failed checks:\n");
            summary.failedChecks().forEach(line -> text.append("    ").append(line).append('\n'));
        }
        if (!summary.notJudged().isEmpty()) {
            text.append("  not judged:\n");
            summary.notJudged().forEach(line -> text.append("    ").append(line).append('\n'));
        }
        for (UsageReport role : summary.usage()) {
            if (role.calls() > 0) {
                text.append(String.format("  %-8s %d calls (%d from cache), %d in / %d out tokens, %s%n", role.role(),
                        role.calls(), role.cachedCalls(), role.inputTokens(), role.outputTokens(),
                        Usd.format(role.costUsd())));
            }
        }
        text.append("  cost: ").append(Usd.format(summary.costUsd()));
        if (summary.budgetUsd() != null) {
            text.append(" of a ").append(Usd.format(summary.budgetUsd())).append(" budget");
        }
        text.append(" at list prices\n");
        if (!summary.skippedCases().isEmpty()) {
            text.append("  skipped:\n");
            summary.skippedCases().forEach(line -> text.append("    ").append(line).append('\n'));
        }
        text.append("  report: ").append(reportFile).append('\n');
        text.append("  html:   ").append(reportFile.resolveSibling("report.html")).append('\n');
        out.print(text);
        out.flush();
    }

    private static void printComparison(String heading, ComparisonReport comparison, StringBuilder text) {
        text.append("  ").append(heading).append(":\n");
        for (ComparisonReport.PairedDimension d : comparison.dimensions()) {
            text.append(String.format(Locale.ROOT, "    %-12s %s  95%% CI [%s, %s], n=%d, p(lower)=%s%n", d.dimension(),
                    signed(d.meanDifference()), format(d.lower()), format(d.upper()), d.cases(),
                    d.pValue() == null ? "—" : String.format(Locale.ROOT, "%.3f", d.pValue())));
        }
        comparison.drops().forEach(drop -> text.append(String.format(Locale.ROOT, "    down ≥ 2: %s › %s %s → %s%n",
                drop.caseId(), drop.dimension(), format(drop.baseline()), format(drop.candidate()))));
    }

    private static String signed(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%+.2f", value);
    }

    private static Optional<DimensionStatistics> statistics(StatisticsReport statistics, String dimension) {
        return statistics == null ? Optional.empty() : statistics.dimensions().stream()
                .filter(d -> d.dimension().equals(dimension) && d.mean() != null)
                .findFirst();
    }

    private static String interval(StatisticsReport statistics, String dimension) {
        return statistics(statistics, dimension)
                .map(d -> "  95% CI [" + format(d.lower()) + ", " + format(d.upper()) + "], n=" + d.cases())
                .orElse("");
    }

    private static void printCalibration(CalibrationReport calibration, StringBuilder text) {
        text.append("  agreement with clinicians (").append(calibration.itemsMatched()).append(" items; 95% CI):\n");
        for (CalibrationReport.AgreementReport row : calibration.agreement()) {
            if (row.dimension().equals("all")) {
                text.append(String.format("    %-24s qwk %s  rho %s  MAE %s  bias %s%n", row.rater(),
                        estimate(row.qwk()), estimate(row.spearmanRho()), estimate(row.meanAbsoluteError()),
                        estimate(row.meanBias())));
            }
        }
        if (calibration.calibrationFile() != null) {
            text.append("  calibration: ").append(calibration.calibrationFile()).append('\n');
        }
    }

    private static String estimate(CalibrationReport.Estimate estimate) {
        return format(estimate.estimate()) + " [" + format(estimate.lower()) + ", " + format(estimate.upper()) + "]";
    }

    private static String format(Double value) {
        return value == null ? "—" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
