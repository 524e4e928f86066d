package org.imcbench.model;

import java.time.Duration;

/** Waits between HTTP attempts; tests replace it to record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** A sleeper that really waits with {@link Thread#sleep(long)}. */
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    /**
     * Waits for the given time.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
