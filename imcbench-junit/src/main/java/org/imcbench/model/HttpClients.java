package org.imcbench.model;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Builds the OkHttp clients of the model providers: the policy's timeouts plus
 * {@link RetryInterceptor} as an application interceptor. {@link #shared(HttpPolicy, HttpUrl)} returns one
 * client per policy and transport for the whole JVM, so every model with the same policy shares its connection
 * pool and threads. A model served over plain HTTP (a local or in-house server, the demo) gets a client without
 * TLS: making a TLS client loads the platform's trust store, about half a second on a cold JVM before the first
 * call, and such a client does not follow a redirect to HTTPS (the redirect is the answer, reported as such).
 * The pool keeps up to {@value #MAX_IDLE_CONNECTIONS} idle connections for 5 minutes: more than the calls a run
 * has in flight at the concurrency settings runs use (default 16 cases, 10 calls per endpoint), so that when the
 * calls of many conversations come back together their connections are kept for the next calls rather than
 * closed and opened again; the dispatcher limits (64 in flight, 32 per host) apply to asynchronous calls only.
 * OkHttp's own silent retry on connection failure is off, so that every attempt goes through the one retry
 * policy and is counted; the one exception, a request that failed on a pooled connection the server had already
 * closed, is repeated by {@link RetryInterceptor} with the help of
 * {@link ConnectionReuse}, the client's event listener factory.
 */
public final class HttpClients {
    /** The idle connections a client keeps: more than the calls a run has in flight at usual concurrency settings. */
    static final int MAX_IDLE_CONNECTIONS = 256;
    private static final Map<Shared, OkHttpClient> SHARED = new ConcurrentHashMap<>();

    private HttpClients() {
    }

    /**
     * The JVM-wide client of the policy for calls to {@code base}, created on first use: one that speaks TLS for
     * an {@code https} base, a plain-HTTP one (no TLS set up) for an {@code http} base.
     */
    public static OkHttpClient shared(HttpPolicy policy, HttpUrl base) {
        Shared key = new Shared(Objects.requireNonNull(policy, "policy"), base.isHttps());
        return SHARED.computeIfAbsent(key, k -> create(k.policy(), Sleeper.REAL,
                () -> ThreadLocalRandom.current().nextDouble(), k.tls()));
    }

    /**
     * A new client (speaking TLS and plain HTTP) for the policy whose retries wait with {@code sleeper} and jitter
     * with {@code random} (for tests that must not really wait).
     */
    public static OkHttpClient create(HttpPolicy policy, Sleeper sleeper, DoubleSupplier random) {
        return create(policy, sleeper, random, true);
    }

    private static OkHttpClient create(HttpPolicy policy, Sleeper sleeper, DoubleSupplier random, boolean tls) {
        ConnectionReuse reuse = new ConnectionReuse();
        RetryInterceptor retry = new RetryInterceptor(policy, sleeper, random, Clock.systemUTC(), reuse);
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(32);
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (!tls) {
            builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).followSslRedirects(false);
        }
        return builder
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

    /** A shared client's key: the policy and whether the client speaks TLS. */
    private record Shared(HttpPolicy policy, boolean tls) {
    }
}
