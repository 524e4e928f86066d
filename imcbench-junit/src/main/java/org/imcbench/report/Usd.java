package org.imcbench.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats US dollar amounts for messages: two decimals ({@code $12.34}, {@code $0.50}), and up to four
 * below one dollar so that small amounts stay visible ({@code $0.0123}).
 */
public final class Usd {
    private Usd() {
    }

    /** The amount as {@code $1.23}, {@code $0.50} or {@code $0.0123}; {@code unknown} for {@code null}. */
    public static String format(Double amount) {
        if (amount == null) {
            return "unknown";
        }
        BigDecimal value = BigDecimal.valueOf(amount).setScale(Math.abs(amount) < 1 ? 4 : 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return "$" + (value.scale() < 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : value).toPlainString();
    }
}
