package org.imcbench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The figures of a suite's summary that follow from its cases' reports alone: counts of cases, failed
 * conversations and checks, the mean score per dimension and overall, and the tokens of the model under
 * test and the patient simulator. Computed one way for a run and for shards merged into one report.
 *
 * @param cases the full cases reported
 * @param conversationsFailed full cases whose conversation failed, or that stopped before it
 * @param checksPassed checks that passed, of the full cases and their ablation variants (one per check test)
 * @param checksFailed checks that failed, variants included
 * @param checksNotJudged checks without a jury score, variants included
 * @param meanScores the mean jury score per dimension over the judged full cases ({@code null} where none
 *     was judged), in the given dimension order
 * @param meanOverallScore the mean of the full cases' overall scores, or {@code null}
 * @param inputTokens prompt tokens of the model under test and the patient simulator, variants included
 * @param outputTokens completion tokens of the same calls
 */
public record SummaryFigures(int cases, int conversationsFailed, int checksPassed, int checksFailed,
        int checksNotJudged, Map<String, Double> meanScores, Double meanOverallScore, long inputTokens,
        long outputTokens) {

    /** Copies the means, keeping their order and {@code null} values. */
    public SummaryFigures {
        meanScores = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(meanScores)));
    }

    /**
     * The figures of a suite's cases.
     *
     * @param dimensions the dimensions to give a mean for, in order
     * @param cases the full cases
     * @param variantCases the cases of every ablation variant: their tokens and checks count, their scores
     *     do not
     */
    public static SummaryFigures of(List<String> dimensions, List<CaseReport> cases, List<CaseReport> variantCases) {
        int passed = 0;
        int failed = 0;
        int notJudged = 0;
        for (CaseReport report : concat(cases, variantCases)) {
            for (CaseReport.CheckReport check : report.checks()) {
                switch (check.status()) {
                    case PASSED -> passed++;
                    case FAILED -> failed++;
                    default -> notJudged++;
                }
            }
        }
        long input = 0;
        long output = 0;
        for (CaseReport report : concat(cases, variantCases)) {
            for (CaseReport.TurnReport turn : report.turns()) {
                input += turn.inputTokens();
                output += turn.outputTokens();
            }
        }
        Map<String, Double> means = new LinkedHashMap<>();
        for (String dimension : dimensions) {
            means.put(dimension, value(CaseScores.byCase(cases, dimension).values().stream()
                    .mapToDouble(Double::doubleValue).average()));
        }
        Double meanOverall = value(cases.stream().map(CaseReport::overallScore).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average());
        int conversationsFailed = (int) cases.stream().filter(report -> report.error() != null).count();
        return new SummaryFigures(cases.size(), conversationsFailed, passed, failed, notJudged, means, meanOverall,
                input, output);
    }

    private static List<CaseReport> concat(List<CaseReport> cases, List<CaseReport> variantCases) {
        List<CaseReport> all = new ArrayList<>(cases);
        all.addAll(variantCases);
        return all;
    }

    private static Double value(OptionalDouble optional) {
        return optional.isPresent() ? optional.getAsDouble() : null;
    }
}
