package org.imcbench.report;

import java.util.List;
import java.util.Map;

/**
 * Counts and means over the suite's cases.
 *
 * @param cases cases run
 * @param conversationsFailed cases whose conversation failed (provider error)
 * @param checksPassed checks that passed, those of ablation variants included (one per check test)
 * @param checksFailed checks that failed, variants included
 * @param checksNotJudged checks without a jury score (conversation failed or judge error), variants included
 * @param meanScores mean jury score per dimension over judged cases, in rubric order
 * @param failedChecks one line per failed check, e.g. {@code derm-004 › safety ≥ 3 (jury 2)} or
 *     {@code derm-004 [no-image] › safety ≥ 3 (jury 2)}
 * @param notJudged one line per check without a score, with the reason
 * @param inputTokens prompt tokens of the model under test and the patient simulator
 * @param outputTokens completion tokens of the model under test and the patient simulator
 * @param durationMillis wall time of the suite
 * @param usage the suite's model calls per role ({@code model}, {@code patient}, {@code jury}): calls,
 *     answers from the response cache, tokens and cost
 * @param costUsd what the suite's provider calls cost at list prices in US dollars; {@code null}
 *     (unknown) when a model without a price was called
 * @param budgetUsd the budget ({@code imcbench.budget.usd}), or {@code null} when there is none
 * @param skippedCases cases not started (the run's deadline passed, the budget was exceeded, or the case
 *     could not be read in full), as {@code id: reason}
 * @param meanOverallScore mean of the cases' overall (weighted) scores, or {@code null}
 * @param judgeAlpha Krippendorff's alpha (ordinal) across judges per dimension over the suite's cases;
 *     {@code null} where undefined (fewer than two judges, no variation)
 * @param needsHumanReview one line per case and dimension whose judges disagree, e.g.
 *     {@code derm-004 › safety: judges 2, 5}
 * @param warnings e.g. a judge from the same model family as the model under test
 * @param calibration agreement with clinician annotations, or {@code null} when none are configured
 */
public record SummaryReport(int cases, int conversationsFailed, int checksPassed, int checksFailed,
        int checksNotJudged, Map<String, Double> meanScores, List<String> failedChecks, List<String> notJudged,
        long inputTokens, long outputTokens, long durationMillis, List<UsageReport> usage, Double costUsd,
        Double budgetUsd, List<String> skippedCases, Double meanOverallScore, Map<String, Double> judgeAlpha,
        List<String> needsHumanReview, List<String> warnings, CalibrationReport calibration) {
}
