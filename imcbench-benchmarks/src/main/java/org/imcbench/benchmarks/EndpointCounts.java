package org.imcbench.benchmarks;

import java.util.Map;

/**
 * What a {@link LatencyEndpoint} served.
 *
 * @param calls the calls answered, per role
 * @param rejected requests that were not JSON (answered 400)
 * @param maxInFlight the most calls in flight at once
 */
public record EndpointCounts(Map<EndpointRole, Long> calls, long rejected, int maxInFlight) {
    /** The calls answered, all roles. */
    public long total() {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@code model 1536, patient 1152, judge 384}. */
    @Override
    public String toString() {
        return "model " + calls.get(EndpointRole.MODEL) + ", patient " + calls.get(EndpointRole.PATIENT) + ", judge "
                + calls.get(EndpointRole.JUDGE) + (rejected > 0 ? ", rejected " + rejected : "") + "; at most "
                + maxInFlight + " in flight";
    }
}
