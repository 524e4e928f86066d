package org.imcbench.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The jury scores of a report's cases, read from their checks: per dimension, and {@code overall},
 * the case's overall score as the rubric weighs its dimensions ({@link CaseReport#overallScore()});
 * for reports without it, the plain mean over every dimension (only for cases judged on all of them).
 */
public final class CaseScores {
    /** The name of the overall score. */
    public static final String OVERALL = "overall";

    private CaseScores() {
    }

    /** The dimensions the cases were checked on, in the order they first appear, then {@code overall}. */
    public static List<String> dimensions(List<CaseReport> cases) {
        Set<String> dimensions = new LinkedHashSet<>(checkedDimensions(cases));
        dimensions.add(OVERALL);
        return List.copyOf(dimensions);
    }

    /** The dimensions the cases were checked on, in the order they first appear (one pass), without {@code overall}. */
    public static List<String> checkedDimensions(List<CaseReport> cases) {
        Set<String> dimensions = new LinkedHashSet<>();
        cases.forEach(report -> report.checks().forEach(check -> dimensions.add(check.dimension())));
        return List.copyOf(dimensions);
    }

    /** The case's score on a dimension or {@code overall}; empty when it was not judged on it. */
    public static OptionalDouble score(CaseReport report, String dimension) {
        if (!OVERALL.equals(dimension)) {
            return report.checks().stream()
                    .filter(check -> check.dimension().equals(dimension) && check.juryScore() != null)
                    .mapToDouble(CaseReport.CheckReport::juryScore)
                    .findFirst();
        }
        if (report.overallScore() != null) {
            return OptionalDouble.of(report.overallScore());
        }
        if (report.checks().isEmpty() || report.checks().stream().anyMatch(check -> check.juryScore() == null)) {
            return OptionalDouble.empty();
        }
        return report.checks().stream().mapToDouble(CaseReport.CheckReport::juryScore).average();
    }

    /** The judged cases' scores on a dimension by case id, in report order. */
    public static Map<String, Double> byCase(List<CaseReport> cases, String dimension) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (CaseReport report : cases) {
            score(report, dimension).ifPresent(value -> scores.put(report.id(), value));
        }
        return scores;
    }
}
