package org.imcbench.report;

import java.util.List;

/**
 * The jury's agreement with clinician annotations ({@code imcbench.jury.annotations}).
 *
 * @param annotations the annotation file
 * @param annotationsRead annotations in the file
 * @param itemsMatched annotated (case, dimension) items of variant {@code full} whose case the jury scored
 * @param agreement figures per rater ({@code jury}; {@code jury-cross-fitted}, the calibrated jury on
 *     items its map was not fitted on; {@code jury-calibrated}, the scores of {@code imcbench.jury.calibration};
 *     each judge) and dimension ({@code all} pools every dimension)
 * @param calibrationFile where the calibration maps were written, or {@code null} when no map was kept
 * @param maps per dimension with annotated items: whether its map was kept, and the errors that decided it
 */
public record CalibrationReport(String annotations, int annotationsRead, int itemsMatched,
        List<AgreementReport> agreement, String calibrationFile, List<MapReport> maps) {

    /**
     * One rater's agreement with the clinicians on one dimension.
     *
     * @param rater {@code jury}, {@code jury-cross-fitted}, {@code jury-calibrated} or a judge's name
     * @param dimension a rubric dimension or {@code all}
     * @param items items both scored
     * @param qwk quadratic weighted kappa
     * @param spearmanRho Spearman's rank correlation
     * @param meanAbsoluteError mean |rater − clinician|
     * @param meanBias mean rater − clinician
     */
    public record AgreementReport(String rater, String dimension, int items, Estimate qwk, Estimate spearmanRho,
            Estimate meanAbsoluteError, Estimate meanBias) {
    }

    /**
     * A figure with its bootstrap 95% interval; {@code null} values where undefined (e.g. kappa of
     * scores without variation).
     *
     * @param estimate the figure on all items
     * @param lower lower bound of the 95% interval
     * @param upper upper bound of the 95% interval
     * @param undefinedResamples bootstrap resamples in which the figure was undefined (no variation),
     *     left out of the interval
     */
    public record Estimate(Double estimate, Double lower, Double upper, int undefinedResamples) {
    }

    /**
     * Whether a dimension's calibration map was kept.
     *
     * @param dimension the rubric dimension
     * @param items annotated items the jury scored on it
     * @param juryMae mean absolute error of the raw jury score
     * @param crossFittedMae mean absolute error of the calibrated score on items the map was not
     *     fitted on ({@code null} with a single item): the figure that decides
     * @param inSampleMae mean absolute error of the map on the items it was fitted on: optimistic,
     *     shown for comparison only
     * @param applied whether the map was written to the calibration file (cross-fitted error below the jury's)
     */
    public record MapReport(String dimension, int items, Double juryMae, Double crossFittedMae, Double inSampleMae,
            boolean applied) {
    }
}
