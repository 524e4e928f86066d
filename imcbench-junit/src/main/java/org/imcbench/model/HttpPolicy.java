package org.imcbench.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and retry limits for every HTTP call to a model provider.
 *
 * <p>Defaults ({@link #defaults()}): connect timeout 10 s, read timeout 300 s, call timeout 600 s
 * (the whole call: every attempt and every wait), 4 attempts (1 try + 3 retries), initial backoff 1 s, maximum backoff 60 s per wait,
 * at most 120 s of waiting in total (if the next wait would go past it, the call stops retrying and
 * the last answer or error is reported).
 *
 * @param connectTimeout time to open a connection
 * @param readTimeout time between two reads of the response (a non-streaming vision call may be slow)
 * @param callTimeout time of the whole call, all attempts and waits included (OkHttp's call timeout)
 * @param maxAttempts attempts in total, at least 1
 * @param initialBackoff backoff before the first retry (doubled per retry, with full jitter)
 * @param maxBackoff cap of one wait, also of waits asked for by the server
 * @param maxTotalWait cap of all waits of one call together
 */
public record HttpPolicy(Duration connectTimeout, Duration readTimeout, Duration callTimeout, int maxAttempts,
        Duration initialBackoff, Duration maxBackoff, Duration maxTotalWait) {

    /** Checks that every component is present and sensible. */
    public HttpPolicy {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxTotalWait, "maxTotalWait");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        for (Duration d : new Duration[] {connectTimeout, readTimeout, callTimeout, initialBackoff, maxBackoff,
                maxTotalWait}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("durations must not be negative: " + d);
            }
        }
    }

    /** The default policy; see the class description for the values. */
    public static HttpPolicy defaults() {
        return new HttpPolicy(Duration.ofSeconds(10), Duration.ofSeconds(300), Duration.ofSeconds(600), 4,
                Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(120));
    }

    /** This policy with another connect timeout. */
    public HttpPolicy withConnectTimeout(Duration value) {
        return new HttpPolicy(value, readTimeout, callTimeout, maxAttempts, initialBackoff, maxBackoff, maxTotalWait);
    }

    /** This policy with another read timeout. */
    public HttpPolicy withReadTimeout(Duration value) {
        return new HttpPolicy(connectTimeout, value, callTimeout, maxAttempts, initialBackoff, maxBackoff, maxTotalWait);
    }

    /** This policy with another call timeout (whole call). */
    public HttpPolicy withCallTimeout(Duration value) {
        return new HttpPolicy(connectTimeout, readTimeout, value, maxAttempts, initialBackoff, maxBackoff, maxTotalWait);
    }

    /** This policy with another number of attempts (1 means no retry). */
    public HttpPolicy withMaxAttempts(int value) {
        return new HttpPolicy(connectTimeout, readTimeout, callTimeout, value, initialBackoff, maxBackoff, maxTotalWait);
    }

    /** This policy with another initial backoff. */
    public HttpPolicy withInitialBackoff(Duration value) {
        return new HttpPolicy(connectTimeout, readTimeout, callTimeout, maxAttempts, value, maxBackoff, maxTotalWait);
    }

    /** This policy with another cap of one wait. */
    public HttpPolicy withMaxBackoff(Duration value) {
        return new HttpPolicy(connectTimeout, readTimeout, callTimeout, maxAttempts, initialBackoff, value, maxTotalWait);
    }

    /** This policy with another cap of all waits together. */
    public HttpPolicy withMaxTotalWait(Duration value) {
        return new HttpPolicy(connectTimeout, readTimeout, callTimeout, maxAttempts, initialBackoff, maxBackoff, value);
    }
}
