package org.imcbench.model.usage;

import java.util.Objects;
import org.imcbench.model.ModelRole;
import org.imcbench.model.Usage;

/**
 * The calls of one model in one role, summed.
 *
 * @param role what the model did
 * @param model the model's name
 * @param calls successful calls, cached ones included
 * @param cachedCalls calls answered by the response cache
 * @param usage tokens of all calls
 * @param paidUsage tokens of the calls that really went to the provider
 */
public record ModelTally(ModelRole role, String model, long calls, long cachedCalls, Usage usage, Usage paidUsage) {
    /** Checks that every component is present. */
    public ModelTally {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(paidUsage, "paidUsage");
    }

    /** The tally of a single call. */
    static ModelTally of(CallUsage call) {
        return new ModelTally(call.role(), call.model(), 1, call.cached() ? 1 : 0, call.usage(),
                call.cached() ? Usage.NONE : call.usage());
    }

    /** This tally plus another of the same role and model. */
    public ModelTally plus(ModelTally other) {
        return new ModelTally(role, model, calls + other.calls, cachedCalls + other.cachedCalls,
                usage.plus(other.usage), paidUsage.plus(other.paidUsage));
    }
}
