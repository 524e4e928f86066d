package org.imcbench.run;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.imcbench.model.usage.CallUsage;
import org.imcbench.model.usage.PriceTable;
import org.imcbench.model.usage.UsageSink;
import org.imcbench.report.Usd;

/**
 * What a suite run has spent so far, at list prices, and its optional limit
 * ({@code imcbench.budget.usd}). Only calls that went to a provider count; answers from the
 * response cache are free, and calls of models without a price add nothing. Thread-safe.
 */
public final class Budget implements UsageSink {
    private final OptionalDouble limitUsd;
    private final PriceTable prices;
    private double spentUsd;

    /**
     * Creates a budget.
     *
     * @param limitUsd the most the run may spend before no new case starts, if limited
     * @param prices the list prices
     */
    public Budget(OptionalDouble limitUsd, PriceTable prices) {
        this.limitUsd = Objects.requireNonNull(limitUsd, "limitUsd");
        this.prices = Objects.requireNonNull(prices, "prices");
    }

    @Override
    public void record(CallUsage call) {
        if (!call.cached()) {
            prices.find(call.model()).ifPresent(price -> add(price.cost(call.usage())));
        }
    }

    private synchronized void add(double usd) {
        spentUsd += usd;
    }

    /** The spend so far in US dollars. */
    public synchronized double spentUsd() {
        return spentUsd;
    }

    /** The limit, if the run has one. */
    public OptionalDouble limitUsd() {
        return limitUsd;
    }

    /** Why no new case may start, e.g. {@code budget of $1.00 exceeded after $1.0213}; empty while within it. */
    public Optional<String> exceeded() {
        double spent = spentUsd();
        if (limitUsd.isPresent() && spent > limitUsd.getAsDouble()) {
            return Optional.of("budget of " + Usd.format(limitUsd.getAsDouble()) + " exceeded after "
                    + Usd.format(spent));
        }
        return Optional.empty();
    }
}
