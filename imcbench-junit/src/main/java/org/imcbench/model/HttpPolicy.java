package org.imcbench.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts, retry limits and the answer size bound of every HTTP call to a model provider.
 *
 * <p>Defaults ({@link #defaults()}): connect timeout 10 s, read timeout 300 s, call timeout 600 s
 * (the whole call: every attempt and every wait), 4 attempts (1 try + 3 retries), initial backoff 1 s,
 * maximum backoff 60 s per wait, at most 120 s of waiting in total after failures (if the next wait
 * would go past it, the call stops retrying and the last answer or error is reported), at most 300 s
 * of waiting out rate limiting (429 and 529 answers, which do not count as attempts), and answers of
 * at most 8 MiB.
 *
 * @param connectTimeout time to open a connection
 * @param readTimeout time between two reads of the response (a non-streaming vision call may be slow)
 * @param callTimeout time of the whole call, all attempts and waits included (OkHttp's call timeout)
 * @param maxAttempts attempts in total, at least 1; rate-limited answers do not count
 * @param initialBackoff backoff before the first retry (doubled per retry, with full jitter)
 * @param maxBackoff cap of one wait, also of waits asked for by the server
 * @param maxTotalWait cap of all waits of one call together after failures other than rate limiting
 * @param rateLimitWait cap of all waits of one call together after rate-limited answers
 * @param maxResponseBytes the largest answer body read, in bytes
 */
public record HttpPolicy(Duration connectTimeout, Duration readTimeout, Duration callTimeout, int maxAttempts,
        Duration initialBackoff, Duration maxBackoff, Duration maxTotalWait, Duration rateLimitWait,
        long maxResponseBytes) {
    /** The default bound of waiting out rate limiting, 300 s. */
    public static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(300);
    /** The default bound of an answer body, 8 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 8L * 1024 * 1024;

    /** Checks that every component is present and sensible. */
    public HttpPolicy {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxTotalWait, "maxTotalWait");
        Objects.requireNonNull(rateLimitWait, "rateLimitWait");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (maxResponseBytes < 1 || maxResponseBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxResponseBytes out of range: " + maxResponseBytes);
        }
        for (Duration d : new Duration[] {connectTimeout, readTimeout, callTimeout, initialBackoff, maxBackoff,
                maxTotalWait, rateLimitWait}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("durations must not be negative: " + d);
            }
        }
    }

    /** A policy with the default rate-limit wait and answer size bound. */
    public HttpPolicy(Duration connectTimeout, Duration readTimeout, Duration callTimeout, int maxAttempts,
            Duration initialBackoff, Duration maxBackoff, Duration maxTotalWait) {
        this(connectTimeout, readTimeout, callTimeout, maxAttempts, initialBackoff, maxBackoff, maxTotalWait,
                DEFAULT_RATE_LIMIT_WAIT, DEFAULT_MAX_RESPONSE_BYTES);
    }

    /** The default policy; see the class description for the values. */
    public static HttpPolicy defaults() {
        return new HttpPolicy(Duration.ofSeconds(10), Duration.ofSeconds(300), Duration.ofSeconds(600), 4,
                Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(120));
    }

    /** This policy with another connect timeout. */
    public HttpPolicy withConnectTimeout(Duration value) {
        return new HttpPolicy(value, readTimeout, callTimeout, maxAttempts, initialBackoff, maxBackoff, maxTotalWait,
                rateLimitWait, maxResponseBytes);
    }

    /** This policy with another read timeout. */
    public HttpPolicy withReadTimeout(Duration value) {
        return new HttpPolicy(connectTimeout, value, callTimeout, maxAttempts, initialBackoff, maxBackoff, maxTotalWait,
                rateLimitWait, maxResponseBytes);
    }

    /** This policy with another call timeout (whole call). */
    public HttpPolicy withCallTimeout(Duration value) {
        return new HttpPolicy(connectTimeout, readTimeout, value, maxAttempts, initialBackoff, maxBackoff, maxTotalWait,
                rateLimitWait, maxResponseBytes);
    }

    /** This policy with another number of attempts (1 means no retry). */
    public HttpPolicy withMaxAttempts(int value) {
        return new HttpPolicy(connectTimeout, readTimeout, callTimeout, value, initialBackoff, maxBackoff, maxTotalWait,
                rateLimitWait, maxResponseBytes);
    }

    /** This policy with another initial backoff. */
    public HttpPolicy withInitialBackoff(Duration value) {
        return new HttpPolicy(connectTimeout, readTimeout, callTimeout, maxAttempts, value, maxBackoff, maxTotalWait,
                rateLimitWait, maxResponseBytes);
    }

    /** This policy with another cap of one wait. */
    public HttpPolicy withMaxBackoff(Duration value) {
        return new HttpPolicy(connectTimeout, readTimeout, callTimeout, maxAttempts, initialBackoff, value, maxTotalWait,
                rateLimitWait, maxResponseBytes);
    }

    /** This policy with another cap of all waits after failures together. */
    public HttpPolicy withMaxTotalWait(Duration value) {
        return new HttpPolicy(connectTimeout, readTimeout, callTimeout, maxAttempts, initialBackoff, maxBackoff, value,
                rateLimitWait, maxResponseBytes);
    }

    /** This policy with another cap of all waits after rate-limited answers together. */
    public HttpPolicy withRateLimitWait(Duration value) {
        return new HttpPolicy(connectTimeout, readTimeout, callTimeout, maxAttempts, initialBackoff, maxBackoff,
                maxTotalWait, value, maxResponseBytes);
    }

    /** This policy with another bound of an answer body. */
    public HttpPolicy withMaxResponseBytes(long value) {
        return new HttpPolicy(connectTimeout, readTimeout, callTimeout, maxAttempts, initialBackoff, maxBackoff,
                maxTotalWait, rateLimitWait, value);
    }
}
