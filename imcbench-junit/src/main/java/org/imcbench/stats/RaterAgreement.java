package org.imcbench.stats;

/**
 * Error figures of one rater against a reference on the same items (e.g. jury vs clinician).
 *
 * @param meanAbsoluteError mean of |rater − reference|
 * @param meanBias mean of rater − reference (positive: the rater scores higher)
 */
public record RaterAgreement(double meanAbsoluteError, double meanBias) {

    /** The figures of paired ratings. */
    public static RaterAgreement of(double[] rater, double[] reference) {
        if (rater.length != reference.length || rater.length == 0) {
            throw new IllegalArgumentException("need the same positive number of paired ratings");
        }
        double absolute = 0;
        double bias = 0;
        for (int i = 0; i < rater.length; i++) {
            absolute += Math.abs(rater[i] - reference[i]);
            bias += rater[i] - reference[i];
        }
        return new RaterAgreement(absolute / rater.length, bias / rater.length);
    }
}
