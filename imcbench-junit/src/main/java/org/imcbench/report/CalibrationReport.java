package org.imcbench.report;

import java.util.List;

/**
 * The jury's agreement with clinician annotations ({@code imcbench.jury.annotations}).
 *
 * @param annotations the annotation file
 * @param annotationsRead annotations in the file
 * @param itemsMatched annotated (case, dimension) items of variant {@code full} whose case the jury scored
 * @param agreement figures per rater ({@code jury}, {@code jury-calibrated}, each judge) and dimension
 *     ({@code all} pools every dimension)
 * @param calibrationFile where the calibration maps were written, or {@code null} when no item matched
 */
public record CalibrationReport(String annotations, int annotationsRead, int itemsMatched,
        List<AgreementReport> agreement, String calibrationFile) {

    /**
     * One rater's agreement with the clinicians on one dimension.
     *
     * @param rater {@code jury}, {@code jury-calibrated} or a judge's name
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
     */
    public record Estimate(Double estimate, Double lower, Double upper) {
    }
}
