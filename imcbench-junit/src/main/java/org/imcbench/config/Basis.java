package org.imcbench.config;

/**
 * What a suite-level gate compares with its minimum ({@code imcbench.gate.*.basis}): the point
 * estimate or the lower bound of its 95% bootstrap interval.
 */
public enum Basis {
    /** The mean (or mean drop) itself. */
    POINT("point"),
    /** The lower bound of the 95% bootstrap interval of the mean (or mean drop). */
    LOWER_BOUND("lower-bound");

    private final String key;

    Basis(String key) {
        this.key = key;
    }

    /** The configuration value, e.g. {@code lower-bound}. */
    public String key() {
        return key;
    }
}
