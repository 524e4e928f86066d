package org.imcbench.report;

/** The outcome of one check; in {@code report.json} by its name ({@code "PASSED"}). */
public enum CheckStatus {
    /** The jury score reached the minimum. */
    PASSED,
    /** The jury score is below the minimum. */
    FAILED,
    /** There is no jury score: the conversation failed or a judge gave no usable verdict. */
    NOT_JUDGED
}
