package org.imcbench.model;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the HTTP attempts of one call. A caller puts a fresh counter on the request as a tag
 * ({@code request.newBuilder().tag(AttemptCounter.class, counter)}); {@link RetryInterceptor}
 * increments it before each attempt, so the caller can read the count after the call whether it
 * succeeded or threw.
 */
public final class AttemptCounter {
    private final AtomicInteger attempts = new AtomicInteger();

    /** Records one more attempt and returns the new count. */
    public int increment() {
        return attempts.incrementAndGet();
    }

    /** The number of attempts so far. */
    public int attempts() {
        return attempts.get();
    }

    @Override
    public String toString() {
        return "AttemptCounter[" + attempts.get() + "]";
    }
}
