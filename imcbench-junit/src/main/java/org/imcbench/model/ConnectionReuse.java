package org.imcbench.model;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Response;

/**
 * Tells whether an attempt failed on a <em>reused</em> pooled connection before any response came
 * back: the mark of a connection the server (or a proxy) had already closed while it sat idle in
 * the pool. Such a failure says nothing about the endpoint, so {@link RetryInterceptor} retries it
 * at once, on another connection, without spending an attempt (what OkHttp's own
 * {@code retryOnConnectionFailure} does, which is off so that every other failure goes through the
 * one retry policy). Install it as the client's event listener factory. Thread-safe.
 */
final class ConnectionReuse implements EventListener.Factory {
    private final Map<Call, Attempt> attempts = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public EventListener create(Call call) {
        Attempt attempt = new Attempt();
        attempts.put(call, attempt);
        return attempt;
    }

    /** Forgets what the call's previous attempt did; called before each attempt. */
    void beginAttempt(Call call) {
        Attempt attempt = attempts.get(call);
        if (attempt != null) {
            attempt.reset();
        }
    }

    /**
     * Whether the call's last attempt, which failed with {@code failure}, took a pooled connection
     * (opened none) and got no response head on it. A timeout never counts: a slow server is not a
     * closed connection.
     */
    boolean failedOnStaleConnection(Call call, IOException failure) {
        if (failure instanceof InterruptedIOException) {
            return false;
        }
        Attempt attempt = attempts.get(call);
        return attempt != null && attempt.stale();
    }

    /** The events of one call's current attempt. */
    private final class Attempt extends EventListener {
        private boolean opened;
        private boolean acquired;
        private boolean responded;

        synchronized void reset() {
            opened = false;
            acquired = false;
            responded = false;
        }

        synchronized boolean stale() {
            return acquired && !opened && !responded;
        }

        @Override
        public synchronized void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
            opened = true;
        }

        @Override
        public synchronized void connectionAcquired(Call call, Connection connection) {
            acquired = true;
        }

        @Override
        public synchronized void responseHeadersEnd(Call call, Response response) {
            responded = true;
        }

        @Override
        public void callEnd(Call call) {
            attempts.remove(call);
        }

        @Override
        public void callFailed(Call call, IOException failure) {
            attempts.remove(call);
        }

        @Override
        public void canceled(Call call) {
            attempts.remove(call);
        }
    }
}
