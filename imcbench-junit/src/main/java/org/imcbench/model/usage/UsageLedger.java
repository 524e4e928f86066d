package org.imcbench.model.usage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.imcbench.model.ModelRole;

/**
 * Sums call usage per role and model, and passes every call on to a downstream sink (e.g. a
 * budget). Thread-safe.
 */
public final class UsageLedger implements UsageSink {
    private final Map<Key, ModelTally> tallies = new ConcurrentHashMap<>();
    private final UsageSink downstream;

    /** A ledger that passes every call on to {@code downstream}. */
    public UsageLedger(UsageSink downstream) {
        this.downstream = Objects.requireNonNull(downstream, "downstream");
    }

    @Override
    public void record(CallUsage call) {
        tallies.merge(new Key(call.role(), call.model()), ModelTally.of(call), ModelTally::plus);
        downstream.record(call);
    }

    /** The tallies so far, by role (in role order) and model name. */
    public List<ModelTally> tallies() {
        List<ModelTally> result = new ArrayList<>(tallies.values());
        result.sort(Comparator.comparing(ModelTally::role).thenComparing(ModelTally::model));
        return result;
    }

    private record Key(ModelRole role, String model) {
    }
}
