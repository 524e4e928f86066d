package org.imcbench.run;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats scores for messages: at most two decimals, no trailing zeros ({@code 3}, {@code 2.33}). */
public final class Scores {
    /** Whole numbers below this are written as longs: every one of them is exactly a {@code double}. */
    private static final double WHOLE_LIMIT = 1L << 52;

    private Scores() {
    }

    /**
     * The score with at most two decimals and no trailing zeros. A whole number (every threshold and jury score
     * of the 1–5 scale) is written without going through {@link BigDecimal}: discovery names thousands of checks.
     */
    public static String format(double score) {
        if (score == Math.rint(score) && Math.abs(score) < WHOLE_LIMIT) {
            return Long.toString((long) score);
        }
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A 95% interval as the summary and messages write it, e.g. {@code 95% CI [4.41, 4.80]}. */
    public static String interval(double lower, double upper) {
        return "95% CI [" + twoDecimals(lower) + ", " + twoDecimals(upper) + "]";
    }

    /** A count with its noun, singular for one: {@code 1 case}, {@code 3 cases}. */
    public static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
