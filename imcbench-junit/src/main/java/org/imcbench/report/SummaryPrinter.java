package org.imcbench.report;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.imcbench.report.StatisticsReport.DimensionStatistics;

/** Prints the short text summary of a suite run that ends the console output. */
public final class SummaryPrinter {
    /** How a conversation's error names its case, e.g. {@code conversation of case 'derm-004' failed: }. */
    private static final Pattern CASE_IN_ERROR = Pattern.compile(
            "^(conversation of case '[^']*' failed|case '[^']*' stopped before its conversation): ");
    private static final int MAX_NAMES = 6;

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
                .append(summary.checksNotJudged()).append(" not judged");
        if (!report.gates().isEmpty()) {
            text.append("; gates: ").append(count(report, GateStatus.PASSED)).append(" passed, ")
                    .append(count(report, GateStatus.FAILED)).append(" failed, ")
                    .append(count(report, GateStatus.SKIPPED)).append(" skipped");
        }
        text.append('\n');
        if (report.partial() != null) {
            text.append("  PARTIAL run (").append(report.partial()).append("): gates skipped; the full run's report ")
                    .append("is left as it was\n");
        }
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
        List<GateReport> failedGates = report.gates().stream()
                .filter(gate -> gate.status() == GateStatus.FAILED).toList();
        if (!failedGates.isEmpty()) {
            text.append("  failed gates:\n");
            failedGates.forEach(gate -> text.append("    ").append(gate.title()).append(": ").append(gate.reason())
                    .append('\n'));
        }
        List<String> failedConversations = report.cases().stream().filter(c -> c.error() != null)
                .map(c -> c.id() + ": " + c.error()).toList();
        if (!failedConversations.isEmpty()) {
            text.append("  failed conversations:\n");
            grouped(failedConversations, ": ", "cases").forEach(line -> text.append("    ").append(line)
                    .append('\n'));
        }
        if (!summary.notJudged().isEmpty()) {
            text.append("  not judged:\n");
            grouped(summary.notJudged(), " not judged: ", "checks").forEach(line -> text.append("    ").append(line)
                    .append('\n'));
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
            grouped(summary.skippedCases(), ": ", "cases").forEach(line -> text.append("    ").append(line)
                    .append('\n'));
        }
        text.append("  report: ").append(reportFile).append('\n');
        text.append("  html:   ").append(reportFile.resolveSibling("report.html")).append('\n');
        out.print(text);
        out.flush();
    }

    private static long count(SuiteReport report, GateStatus status) {
        return report.gates().stream().filter(gate -> gate.status() == status).count();
    }

    /**
     * Lines of the form {@code <what><separator><reason>}, those with the same reason as one line
     * {@code <n> <noun>: <reason> (<what>, <what>, …)}, so that one broken endpoint is one line, not one per
     * check. The case named in a conversation's error does not make reasons differ.
     */
    static List<String> grouped(List<String> lines, String separator, String noun) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (String line : lines) {
            int at = line.indexOf(separator);
            String reason = at < 0 ? line : line.substring(at + separator.length());
            byReason.computeIfAbsent(CASE_IN_ERROR.matcher(reason).replaceFirst("conversation failed: "),
                    key -> new ArrayList<>()).add(at < 0 ? "" : line.substring(0, at));
        }
        List<String> grouped = new ArrayList<>();
        byReason.forEach((reason, subjects) -> grouped.add(subjects.size() == 1 && !subjects.get(0).isEmpty()
                ? subjects.get(0) + separator + reason
                : subjects.size() + " " + noun + ": " + reason + " (" + names(subjects) + ")"));
        return grouped;
    }

    private static String names(List<String> subjects) {
        List<String> named = subjects.stream().filter(subject -> !subject.isEmpty()).toList();
        return named.size() <= MAX_NAMES ? String.join(", ", named)
                : String.join(", ", named.subList(0, MAX_NAMES)) + ", … " + (named.size() - MAX_NAMES) + " more";
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
        text.append("    (jury-cross-fitted: calibrated on items its map was not fitted on; jury-calibrated: the "
                + "configured map, in-sample if it was fitted on these annotations)\n");
        for (CalibrationReport.MapReport map : calibration.maps() == null ? List.<CalibrationReport.MapReport>of()
                : calibration.maps()) {
            text.append("  calibration map ").append(map.dimension()).append(map.applied() ? ": kept" : ": not applied")
                    .append(" (cross-fitted MAE ").append(format(map.crossFittedMae()))
                    .append(map.applied() ? " < " : " not below ").append("jury MAE ").append(format(map.juryMae()))
                    .append(", ").append(map.items()).append(" items)\n");
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
