package org.imcbench.model;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Builds the OkHttp clients of the model providers: the policy's timeouts plus
 * {@link RetryInterceptor} as an application interceptor. {@link #shared(HttpPolicy)} returns one
 * client per policy for the whole JVM, so every model with the same policy shares its connection
 * pool and threads. The pool keeps up to {@value #MAX_IDLE_CONNECTIONS} idle connections for 5 minutes: more
 * than the calls a run has in flight at the concurrency settings runs use (default 16 cases, 10 calls per
 * endpoint), so that when the calls of many conversations come back together their connections are kept for
 * the next calls rather than closed and opened again; the dispatcher limits (64 in flight, 32 per host) apply to
 * asynchronous calls only. OkHttp's own silent retry on connection failure is off, so that every attempt goes
 * through the one retry policy and is counted; the one exception, a request that failed on a pooled
 * connection the server had already closed, is repeated by {@link RetryInterceptor} with the help of
 * {@link ConnectionReuse}, the client's event listener factory.
 */
public final class HttpClients {
    /** The idle connections a client keeps: more than the calls a run has in flight at usual concurrency settings. */
    static final int MAX_IDLE_CONNECTIONS = 256;
    private static final Map<HttpPolicy, OkHttpClient> SHARED = new ConcurrentHashMap<>();

    private HttpClients() {
    }

    /** The JVM-wide client for the policy, created on first use. */
    public static OkHttpClient shared(HttpPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return SHARED.computeIfAbsent(policy, p -> create(p, Sleeper.REAL,
                () -> ThreadLocalRandom.current().nextDouble()));
    }

    /**
     * A new client for the policy whose retries wait with {@code sleeper} and jitter with
     * {@code random} (for tests that must not really wait).
     */
    public static OkHttpClient create(HttpPolicy policy, Sleeper sleeper, DoubleSupplier random) {
        ConnectionReuse reuse = new ConnectionReuse();
        RetryInterceptor retry = new RetryInterceptor(policy, sleeper, random, Clock.systemUTC(), reuse);
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(32);
        return new OkHttpClient.Builder()
                .connectTimeout(policy.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(policy.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(policy.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(policy.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .eventListenerFactory(reuse)
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
                .addInterceptor(retry)
                .build();
    }
}
