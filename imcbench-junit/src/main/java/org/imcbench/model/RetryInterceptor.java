package org.imcbench.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one retry policy of every provider call, as an OkHttp application interceptor.
 *
 * <p>Retries on HTTP 408, 409, 429 and 500-599 (529 included), and on {@link IOException}s of a
 * single attempt (connection errors, read timeouts). A 429 whose OpenAI-style error body has code
 * {@code insufficient_quota} is not retried, nor is any other 4xx. A server's
 * {@code x-should-retry: true|false} header overrides the status rule. The wait before each retry
 * comes from {@link BackoffCalculator}; when the next wait would take the total waiting time past
 * {@link HttpPolicy#maxTotalWait()}, the interceptor stops and hands back the last response (or
 * throws the last exception). After the last allowed attempt the same happens.
 *
 * <p>Provider hints: if the request carries a {@link RetryHintReader} tag, the interceptor asks it
 * about every failed response. A hint to stop ends the retries at once (e.g. Gemini's per-day
 * quota); a minimum wait raises the wait before the next attempt to at least that time (e.g.
 * Gemini's {@code RetryInfo.retryDelay}). A minimum wait longer than
 * {@link HttpPolicy#maxBackoff()} ends the retries, because retrying sooner would be refused again.
 *
 * <p>Attempt count: if the request carries an {@link AttemptCounter} tag, the interceptor
 * increments it before each attempt, so the caller can read how many attempts a call took even when
 * the call throws.
 */
public final class RetryInterceptor implements Interceptor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ERROR_PEEK_BYTES = 64 * 1024;

    private final HttpPolicy policy;
    private final BackoffCalculator backoff;
    private final Sleeper sleeper;

    /** An interceptor that really sleeps and uses {@link ThreadLocalRandom} for the jitter. */
    public RetryInterceptor(HttpPolicy policy) {
        this(policy, Sleeper.REAL, () -> ThreadLocalRandom.current().nextDouble(), Clock.systemUTC());
    }

    /**
     * An interceptor with injected waiting, randomness and clock (for tests).
     *
     * @param policy attempts and backoff limits
     * @param sleeper how to wait between attempts
     * @param random random numbers in {@code [0, 1)} for the jitter
     * @param clock the clock for {@code Retry-After} dates
     */
    public RetryInterceptor(HttpPolicy policy, Sleeper sleeper, DoubleSupplier random, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.backoff = new BackoffCalculator(policy, random, clock);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        AttemptCounter counter = request.tag(AttemptCounter.class);
        RetryHintReader hints = request.tag(RetryHintReader.class);
        Duration waited = Duration.ZERO;
        for (int attempt = 1;; attempt++) {
            if (counter != null) {
                counter.increment();
            }
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (chain.call().isCanceled() || attempt >= policy.maxAttempts()) {
                    throw e;
                }
                Duration wait = backoff.waitBefore(attempt - 1, null);
                if (waited.plus(wait).compareTo(policy.maxTotalWait()) > 0) {
                    throw e;
                }
                waited = waited.plus(wait);
                pause(wait);
                continue;
            }
            if (!shouldRetry(response) || attempt >= policy.maxAttempts()) {
                return response;
            }
            RetryHint hint = hints == null ? RetryHint.NONE
                    : hints.read(response.code(), response.peekBody(ERROR_PEEK_BYTES).string());
            if (hint.stop() || hint.minimumWait().compareTo(policy.maxBackoff()) > 0) {
                return response;
            }
            Duration wait = backoff.waitBefore(attempt - 1, response.headers());
            if (wait.compareTo(hint.minimumWait()) < 0) {
                wait = hint.minimumWait();
            }
            if (waited.plus(wait).compareTo(policy.maxTotalWait()) > 0) {
                return response;
            }
            waited = waited.plus(wait);
            response.close();
            pause(wait);
        }
    }

    /** Whether the response's status (and headers and body) allow a retry. */
    static boolean shouldRetry(Response response) throws IOException {
        String hint = response.header("x-should-retry");
        if ("true".equalsIgnoreCase(hint)) {
            return true;
        }
        if ("false".equalsIgnoreCase(hint)) {
            return false;
        }
        int code = response.code();
        if (code == 429) {
            return !isInsufficientQuota(response.peekBody(ERROR_PEEK_BYTES).string());
        }
        return isRetryableStatus(code);
    }

    /** Whether the status is retryable: 408, 409, 429 or 5xx. */
    public static boolean isRetryableStatus(int code) {
        return code == 408 || code == 409 || code == 429 || (code >= 500 && code <= 599);
    }

    /** Whether an error body says the billing quota is exhausted (OpenAI code {@code insufficient_quota}). */
    static boolean isInsufficientQuota(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            return "insufficient_quota".equals(error.path("code").asText(null))
                    || "insufficient_quota".equals(error.path("type").asText(null));
        } catch (IOException | RuntimeException e) {
            return body.contains("\"insufficient_quota\"");
        }
    }

    private void pause(Duration wait) throws IOException {
        if (wait.isZero()) {
            return;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }
}
