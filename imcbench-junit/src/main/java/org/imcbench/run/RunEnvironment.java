package org.imcbench.run;

import java.util.Objects;
import java.util.function.Function;
import org.imcbench.model.throttle.EndpointThrottles;

/**
 * What a suite run takes from the process it runs in rather than from configuration: the
 * environment variables (API keys) and the per-endpoint traffic state that every suite of a test
 * run shares.
 *
 * @param variables looks up environment variables by name, e.g. {@code System::getenv}
 * @param throttles the in-flight limits and back-off state per endpoint
 */
public record RunEnvironment(Function<String, String> variables, EndpointThrottles throttles) {
    /** Checks that both components are present. */
    public RunEnvironment {
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(throttles, "throttles");
    }
}
