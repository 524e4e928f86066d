package org.imcbench.report;

import java.util.List;

/**
 * A candidate report compared with a baseline report over the cases both judged (paired
 * t interval and test; see {@link ReportComparison}).
 *
 * @param baseline the baseline's model
 * @param candidate the candidate's model
 * @param dimensions per dimension and {@code overall}: the paired mean difference with its interval
 * @param drops every case and dimension where the candidate scored at least 2 points below the baseline
 * @param unpairedCases case ids in only one of the two reports, left out of the comparison
 * @param deltas every paired case's score on every dimension (not {@code overall}) in both reports,
 *     dimension by dimension (empty in reports written before it existed)
 */
public record ComparisonReport(String baseline, String candidate, List<PairedDimension> dimensions,
        List<CaseDrop> drops, List<String> unpairedCases, List<CaseDrop> deltas) {

    /** Treats absent deltas (reports written before they existed) as none. */
    public ComparisonReport {
        deltas = deltas == null ? List.of() : List.copyOf(deltas);
    }

    /**
     * The paired difference candidate − baseline on one dimension.
     *
     * @param dimension the dimension, or {@code overall}
     * @param cases cases judged on it in both reports
     * @param meanDifference mean of candidate − baseline, {@code null} without paired cases
     * @param lower the difference's 95% interval, lower bound
     * @param upper its upper bound
     * @param pValue one-sided p-value of "the candidate scores lower than the baseline"
     */
    public record PairedDimension(String dimension, int cases, Double meanDifference, Double lower, Double upper,
            Double pValue) {
    }

    /**
     * A case's score on a dimension in the baseline and in the candidate (in {@code drops}: one the
     * candidate scored at least 2 points below the baseline).
     *
     * @param caseId the case
     * @param dimension the dimension
     * @param baseline the baseline's jury score
     * @param candidate the candidate's jury score
     */
    public record CaseDrop(String caseId, String dimension, double baseline, double candidate) {
    }
}
