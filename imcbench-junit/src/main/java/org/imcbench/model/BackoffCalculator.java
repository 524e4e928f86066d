package org.imcbench.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import okhttp3.Headers;

/**
 * Computes the wait before a retry: the server's hint when it gives one ({@code retry-after-ms} in
 * milliseconds, else {@code Retry-After} in seconds or as an HTTP date), otherwise exponential
 * backoff with full jitter, a random time in {@code [0, min(maxBackoff, initialBackoff * 2^n)]} for
 * the {@code n}-th retry (counting from 0). Every wait is capped by the policy's maximum backoff.
 */
public final class BackoffCalculator {
    private final HttpPolicy policy;
    private final DoubleSupplier random;
    private final Clock clock;

    /**
     * Creates the calculator.
     *
     * @param policy the backoff limits
     * @param random random numbers in {@code [0, 1)} for the jitter
     * @param clock the clock to compare {@code Retry-After} dates with
     */
    public BackoffCalculator(HttpPolicy policy, DoubleSupplier random, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The wait before retry number {@code retry} (0 for the first retry).
     *
     * @param retry the retry index, from 0
     * @param headers the headers of the failed response, or {@code null} after an I/O error
     */
    public Duration waitBefore(int retry, Headers headers) {
        Optional<Duration> hint = headers == null ? Optional.empty() : serverHint(headers);
        return hint.map(this::cap).orElseGet(() -> jitter(retry));
    }

    /** The exponential backoff with full jitter for retry number {@code retry}. */
    Duration jitter(int retry) {
        long ceilingMillis = exponentialCeiling(retry).toMillis();
        double r = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
        return Duration.ofMillis(Math.round(r * ceilingMillis));
    }

    /** {@code min(maxBackoff, initialBackoff * 2^retry)}, without overflow. */
    Duration exponentialCeiling(int retry) {
        long initial = policy.initialBackoff().toMillis();
        long max = policy.maxBackoff().toMillis();
        int shift = Math.max(0, Math.min(retry, 40));
        long ceiling = initial > (max >> shift) ? max : initial << shift;
        return Duration.ofMillis(Math.min(ceiling, max));
    }

    /** The wait the server asks for, if it says and the value is readable. */
    Optional<Duration> serverHint(Headers headers) {
        String ms = headers.get("retry-after-ms");
        if (ms != null) {
            try {
                double value = Double.parseDouble(ms.trim());
                if (value >= 0 && !Double.isNaN(value) && !Double.isInfinite(value)) {
                    return Optional.of(Duration.ofMillis(Math.round(value)));
                }
            } catch (NumberFormatException e) {
                // fall through to Retry-After
            }
        }
        String retryAfter = headers.get("Retry-After");
        if (retryAfter == null || retryAfter.isBlank()) {
            return Optional.empty();
        }
        String value = retryAfter.trim();
        try {
            double seconds = Double.parseDouble(value);
            if (seconds >= 0 && !Double.isNaN(seconds) && !Double.isInfinite(seconds)) {
                return Optional.of(Duration.ofMillis(Math.round(Math.min(seconds, 1e9) * 1000)));
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            // maybe an HTTP date
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration until = Duration.between(clock.instant(), at);
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Duration cap(Duration wait) {
        return wait.compareTo(policy.maxBackoff()) > 0 ? policy.maxBackoff() : wait;
    }
}
