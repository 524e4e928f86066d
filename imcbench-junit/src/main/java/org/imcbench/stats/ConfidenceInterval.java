package org.imcbench.stats;

/**
 * A point estimate with a confidence interval.
 *
 * @param estimate the statistic on the original sample
 * @param lower the lower bound
 * @param upper the upper bound
 * @param level the confidence level, e.g. {@code 0.95}
 */
public record ConfidenceInterval(double estimate, double lower, double upper, double level) {
    /** Checks the bounds are ordered. */
    public ConfidenceInterval {
        if (lower > upper) {
            throw new IllegalArgumentException("lower bound " + lower + " above upper bound " + upper);
        }
    }

    /** Whether {@code value} lies within the interval, bounds included. */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
