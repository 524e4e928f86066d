package org.imcbench.model.throttle;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import org.imcbench.model.HttpPolicy;
import org.imcbench.model.ModelRole;

/**
 * The traffic state of every endpoint a test run talks to, shared by all suites of the run, and
 * the OkHttp interceptors that enforce it. An endpoint is a scheme, host and port: two models
 * served by the same server share its state.
 */
public final class EndpointThrottles {
    private final Map<String, EndpointThrottle> endpoints = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    /** An empty registry. */
    public EndpointThrottles() {
        this(System::nanoTime);
    }

    EndpointThrottles(LongSupplier nanoTime) {
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * An interceptor that keeps at most {@code maxConcurrency} requests of the role in flight per
     * endpoint and holds new requests back while an endpoint cools down. Add it after the retry
     * interceptor, so that it sees (and limits) every attempt.
     *
     * @param role whose requests the interceptor sees
     * @param maxConcurrency the role's limit per endpoint, at least 1
     * @param policy gives the pause after a rate-limited answer without a server hint (its initial
     *     backoff) and the cap of any pause (its maximum backoff)
     */
    public Interceptor interceptor(ModelRole role, int maxConcurrency, HttpPolicy policy) {
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1: " + maxConcurrency);
        }
        return new ThrottleInterceptor(this, Objects.requireNonNull(role, "role"), maxConcurrency,
                Objects.requireNonNull(policy, "policy"));
    }

    /** The state of the endpoint a URL points to. */
    EndpointThrottle endpoint(HttpUrl url) {
        return endpoints.computeIfAbsent(url.scheme() + "://" + url.host() + ":" + url.port(),
                key -> new EndpointThrottle(nanoTime));
    }
}
