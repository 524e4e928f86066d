package org.imcbench.report;

import java.util.List;

/**
 * Suite statistics, computed from the report's cases alone (see {@link SuiteStatistics}): per
 * dimension and overall the mean, spread and its Student's t interval, and per stratum the mean with
 * its t interval and its difference to the other cases with a seeded percentile bootstrap interval.
 *
 * @param resamples bootstrap resamples per difference interval
 * @param seed the bootstrap seed (same report, same difference intervals)
 * @param level the confidence level of every interval
 * @param dimensions one entry per dimension, then {@code overall} (a case's mean over dimensions)
 * @param strata one entry per stratum and dimension
 */
public record StatisticsReport(int resamples, long seed, double level, List<DimensionStatistics> dimensions,
        List<StratumStatistics> strata) {

    /**
     * The scores of one dimension over the judged cases.
     *
     * @param dimension the dimension, or {@code overall}
     * @param cases judged cases
     * @param mean the mean, {@code null} without judged cases
     * @param standardDeviation the sample standard deviation, {@code null} below two cases
     * @param lower the mean's t interval's lower bound, {@code null} with fewer than two judged cases
     * @param upper the mean's t interval's upper bound, {@code null} with fewer than two judged cases
     */
    public record DimensionStatistics(String dimension, int cases, Double mean, Double standardDeviation,
            Double lower, Double upper) {
    }

    /**
     * One stratum on one dimension: its mean and the difference to the other judged cases.
     *
     * @param stratum e.g. {@code malignant}, {@code rare}, {@code modality=dermoscopy},
     *     {@code specialty=dermatology}, {@code audience=patient}, {@code urgency=emergent},
     *     {@code tag=pediatric}
     * @param dimension the dimension, or {@code overall}
     * @param cases judged cases in the stratum
     * @param mean their mean
     * @param restCases judged cases outside the stratum
     * @param restMean their mean
     * @param difference {@code mean − restMean}
     * @param lower the difference's interval, lower bound ({@code null} when no resample had both groups)
     * @param upper the difference's interval, upper bound
     * @param meanLower the lower bound of {@code mean}'s own 95% t interval (over the stratum's
     *     cases; {@code null} for a single case and in reports written before it existed)
     * @param meanUpper its upper bound
     */
    public record StratumStatistics(String stratum, String dimension, int cases, double mean, int restCases,
            double restMean, double difference, Double lower, Double upper, Double meanLower, Double meanUpper) {
    }
}
