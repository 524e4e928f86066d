package org.imcbench.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats US dollar amounts for messages: {@code $12.34}, and four decimals below one dollar. */
public final class Usd {
    private Usd() {
    }

    /** The amount as {@code $1.23} or {@code $0.0123}; {@code unknown} for {@code null}. */
    public static String format(Double amount) {
        if (amount == null) {
            return "unknown";
        }
        int scale = Math.abs(amount) < 1 ? 4 : 2;
        return "$" + BigDecimal.valueOf(amount).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
