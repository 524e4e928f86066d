package org.imcbench.model.throttle;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.imcbench.model.BackoffCalculator;
import org.imcbench.model.HttpPolicy;
import org.imcbench.model.ModelRole;
import org.imcbench.model.RetryInterceptor;

/**
 * Enforces {@link EndpointThrottles} for one role: takes a permit of the request's endpoint before
 * the request goes out and gives it back when the answer is in. An answer with status 429 (rate
 * limited) or 529 (overloaded) counts as a rate-limit signal: its {@code retry-after-ms} or
 * {@code Retry-After} header (else the policy's initial backoff) sets how long the whole endpoint
 * pauses.
 */
final class ThrottleInterceptor implements Interceptor {
    private final EndpointThrottles throttles;
    private final ModelRole role;
    private final int maxConcurrency;
    private final BackoffCalculator pauses;

    ThrottleInterceptor(EndpointThrottles throttles, ModelRole role, int maxConcurrency, HttpPolicy policy) {
        this.throttles = throttles;
        this.role = role;
        this.maxConcurrency = maxConcurrency;
        this.pauses = new BackoffCalculator(policy, () -> 1.0, Clock.systemUTC());
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        EndpointThrottle endpoint = throttles.endpoint(chain.request().url());
        endpoint.acquire(role, maxConcurrency, chain.call()::isCanceled);
        Duration pause = null;
        try {
            Response response = chain.proceed(chain.request());
            if (RetryInterceptor.isRateLimited(response.code())) {
                pause = pauses.waitBefore(0, response.headers());
            }
            return response;
        } finally {
            endpoint.release(role, pause);
        }
    }
}
