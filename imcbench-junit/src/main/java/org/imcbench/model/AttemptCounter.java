package org.imcbench.model;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the HTTP attempts of one call and the time spent waiting between them. A caller puts a
 * fresh counter on the request as a tag ({@code request.newBuilder().tag(AttemptCounter.class,
 * counter)}); {@link RetryInterceptor} increments it before each attempt and adds every wait, so the
 * caller can read both after the call whether it succeeded or threw.
 */
public final class AttemptCounter {
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicLong waitedNanos = new AtomicLong();

    /** Records one more attempt and returns the new count. */
    public int increment() {
        return attempts.incrementAndGet();
    }

    /** The number of attempts so far. */
    public int attempts() {
        return attempts.get();
    }

    /** Records a wait between two attempts. */
    public void waited(Duration wait) {
        waitedNanos.addAndGet(wait.toNanos());
    }

    /** The time waited between attempts so far. */
    public Duration waited() {
        return Duration.ofNanos(waitedNanos.get());
    }

    @Override
    public String toString() {
        return "AttemptCounter[" + attempts.get() + ", waited " + waited() + "]";
    }
}
