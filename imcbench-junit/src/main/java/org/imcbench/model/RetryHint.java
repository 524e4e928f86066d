package org.imcbench.model;

import java.time.Duration;
import java.util.Objects;

/**
 * What a provider's error body says about retrying, beyond the status and headers that
 * {@link RetryInterceptor} reads itself: stop at once (e.g. a per-day quota that will not clear
 * soon), or wait at least some time (e.g. Gemini's {@code RetryInfo.retryDelay}).
 *
 * @param stop whether the call must not be retried, whatever the status
 * @param minimumWait the least time to wait before the next attempt ({@link Duration#ZERO} if none)
 */
public record RetryHint(boolean stop, Duration minimumWait) {
    /** No advice: the status rule and the usual backoff apply. */
    public static final RetryHint NONE = new RetryHint(false, Duration.ZERO);

    /** Checks that the wait is present and not negative. */
    public RetryHint {
        Objects.requireNonNull(minimumWait, "minimumWait");
        if (minimumWait.isNegative()) {
            throw new IllegalArgumentException("minimumWait must not be negative: " + minimumWait);
        }
    }

    /** Advice not to retry. */
    public static RetryHint stopRetrying() {
        return new RetryHint(true, Duration.ZERO);
    }

    /** Advice to wait at least {@code wait} before the next attempt. */
    public static RetryHint waitAtLeast(Duration wait) {
        return new RetryHint(false, wait);
    }
}
