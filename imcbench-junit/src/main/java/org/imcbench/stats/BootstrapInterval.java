package org.imcbench.stats;

/**
 * A percentile bootstrap interval and how many resamples it rests on.
 *
 * @param interval the statistic on the original sample with its percentile interval; bounds
 *     {@code NaN} when no resample gave a value
 * @param resamples how many resamples were drawn
 * @param undefined how many of them gave no value (e.g. kappa of a resample without variation)
 *     and were left out of the percentiles
 */
public record BootstrapInterval(ConfidenceInterval interval, int resamples, int undefined) {
}
