package org.imcbench.run;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats scores for messages: at most two decimals, no trailing zeros ({@code 3}, {@code 2.33}). */
public final class Scores {
    private Scores() {
    }

    /** The score with at most two decimals and no trailing zeros. */
    public static String format(double score) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A 95% interval as messages write it, e.g. {@code 95% CI 4.41..4.8}. */
    public static String interval(double lower, double upper) {
        return "95% CI " + format(lower) + ".." + format(upper);
    }
}
