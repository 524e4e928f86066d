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
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The one retry policy of every provider call, as an OkHttp application interceptor.
 *
 * <p>Retries on HTTP 408, 409, 429 and 500-599 (529 included), and on {@link IOException}s of a
 * single attempt (connection errors, read timeouts, and a connection that breaks before the body is
 * complete: the body is read here, in full, up to {@link HttpPolicy#maxResponseBytes()}; a larger
 * answer fails with {@link ResponseTooLargeException}, not retried). A 429 whose OpenAI-style error body has code
 * {@code insufficient_quota} is not retried, nor is any other 4xx. A server's
 * {@code x-should-retry: true|false} header overrides the status rule. The wait before each retry
 * comes from {@link BackoffCalculator}; when the next wait would take the total waiting time past
 * {@link HttpPolicy#maxTotalWait()}, the interceptor stops and hands back the last response (or
 * throws the last exception). After the last allowed attempt the same happens.
 *
 * <p>Rate limiting is ridden out on time, not attempts: a 429 or 529 answer does not count as an
 * attempt; the waits after such answers (the server's {@code Retry-After}, else jittered backoff,
 * at least 100 ms) add up to at most {@link HttpPolicy#rateLimitWait()}, after which the last
 * answer is handed back. (The endpoint's throttle lowers its in-flight limit at the same time.)
 *
 * <p>Stale pooled connections: an attempt that failed on a reused connection before any response
 * came back ({@link ConnectionReuse}) is repeated at once, on another connection, without counting
 * as an attempt or waiting (at most 64 times per call).
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

    private static final int MAX_STALE_RETRIES = 64;
    private static final Duration MIN_RATE_LIMIT_WAIT = Duration.ofMillis(100);

    private final HttpPolicy policy;
    private final BackoffCalculator backoff;
    private final Sleeper sleeper;
    private final ConnectionReuse reuse;

    /** An interceptor that really sleeps and uses {@link ThreadLocalRandom} for the jitter. */
    public RetryInterceptor(HttpPolicy policy) {
        this(policy, Sleeper.REAL, () -> ThreadLocalRandom.current().nextDouble(), Clock.systemUTC());
    }

    /**
     * An interceptor with injected waiting, randomness and clock that knows no connection reuse (it
     * is not the client's event listener factory), so stale connections count as failed attempts.
     */
    public RetryInterceptor(HttpPolicy policy, Sleeper sleeper, DoubleSupplier random, Clock clock) {
        this(policy, sleeper, random, clock, new ConnectionReuse());
    }

    /**
     * An interceptor with injected waiting, randomness and clock (for tests).
     *
     * @param policy attempts and backoff limits
     * @param sleeper how to wait between attempts
     * @param random random numbers in {@code [0, 1)} for the jitter
     * @param clock the clock for {@code Retry-After} dates
     * @param reuse the client's event listener factory, which tells failures on stale pooled connections
     */
    RetryInterceptor(HttpPolicy policy, Sleeper sleeper, DoubleSupplier random, Clock clock, ConnectionReuse reuse) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.reuse = Objects.requireNonNull(reuse, "reuse");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.backoff = new BackoffCalculator(policy, random, clock);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        AttemptCounter counter = request.tag(AttemptCounter.class);
        RetryHintReader hints = request.tag(RetryHintReader.class);
        Duration waited = Duration.ZERO;
        Duration rateLimited = Duration.ZERO;
        int counted = 0;
        int stale = 0;
        for (int rateLimitRetry = 0;;) {
            if (counter != null) {
                counter.increment();
            }
            Response response;
            try {
                reuse.beginAttempt(chain.call());
                response = buffered(chain.proceed(request));
            } catch (ResponseTooLargeException e) {
                throw e;
            } catch (IOException e) {
                if (chain.call().isCanceled()) {
                    throw e;
                }
                if (stale < MAX_STALE_RETRIES && reuse.failedOnStaleConnection(chain.call(), e)) {
                    stale++;
                    continue;
                }
                counted++;
                Duration wait = backoff.waitBefore(counted - 1, null);
                if (counted >= policy.maxAttempts() || waited.plus(wait).compareTo(policy.maxTotalWait()) > 0) {
                    throw e;
                }
                waited = waited.plus(wait);
                pause(wait, counter);
                continue;
            }
            if (!shouldRetry(response)) {
                return response;
            }
            RetryHint hint = hints == null ? RetryHint.NONE
                    : hints.read(response.code(), response.peekBody(ERROR_PEEK_BYTES).string());
            if (hint.stop() || hint.minimumWait().compareTo(policy.maxBackoff()) > 0) {
                return response;
            }
            boolean rateLimit = isRateLimited(response.code());
            if (!rateLimit && ++counted >= policy.maxAttempts()) {
                return response;
            }
            Duration wait = backoff.waitBefore(rateLimit ? rateLimitRetry++ : counted - 1, response.headers());
            wait = max(wait, hint.minimumWait(), rateLimit ? MIN_RATE_LIMIT_WAIT : Duration.ZERO);
            if (rateLimit ? rateLimited.plus(wait).compareTo(policy.rateLimitWait()) > 0
                    : waited.plus(wait).compareTo(policy.maxTotalWait()) > 0) {
                return response;
            }
            if (rateLimit) {
                rateLimited = rateLimited.plus(wait);
            } else {
                waited = waited.plus(wait);
            }
            response.close();
            pause(wait, counter);
        }
    }

    /**
     * The response with its whole body read into memory, so that a connection that breaks before
     * the body is complete is a failed attempt like any other I/O error (and retried), and so that
     * an answer larger than the policy's bound is refused without reading all of it.
     */
    private Response buffered(Response response) throws IOException {
        try (ResponseBody body = response.body()) {
            long limit = policy.maxResponseBytes();
            if (body.contentLength() > limit) {
                throw new ResponseTooLargeException(limit);
            }
            BufferedSource source = body.source();
            Buffer bytes = new Buffer();
            while (source.read(bytes, 8192) != -1) {
                if (bytes.size() > limit) {
                    throw new ResponseTooLargeException(limit);
                }
            }
            return response.newBuilder().body(ResponseBody.create(bytes, body.contentType(), bytes.size())).build();
        }
    }

    /** Whether a status says the endpoint is rate limiting (429) or overloaded (529). */
    public static boolean isRateLimited(int code) {
        return code == 429 || code == 529;
    }

    private static Duration max(Duration a, Duration b, Duration c) {
        Duration ab = a.compareTo(b) >= 0 ? a : b;
        return ab.compareTo(c) >= 0 ? ab : c;
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

    private void pause(Duration wait, AttemptCounter counter) throws IOException {
        if (wait.isZero()) {
            return;
        }
        if (counter != null) {
            counter.waited(wait);
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }
}
