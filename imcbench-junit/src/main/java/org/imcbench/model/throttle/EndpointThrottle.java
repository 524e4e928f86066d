package org.imcbench.model.throttle;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.imcbench.model.ModelRole;

/**
 * The traffic state of one endpoint (scheme, host and port): how many requests of each role are in
 * flight, each role's current limit, and an instant before which no new request may start.
 *
 * <p>Limits adapt AIMD-style: a rate-limited answer halves the limit of the role that got it (at
 * most once per cool-down, never below 1) and moves the endpoint's "not before" instant to the end
 * of the pause the server asked for; every other answer raises the limit by {@code 1/limit}, up to
 * the configured maximum. Thread-safe.
 */
final class EndpointThrottle {
    private static final long WAIT_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final LongSupplier nanoTime;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<ModelRole, Slot> slots = new EnumMap<>(ModelRole.class);
    private long notBefore;

    EndpointThrottle(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.notBefore = nanoTime.getAsLong();
    }

    /**
     * Waits until the endpoint is not cooling down and the role has a free permit, then takes it.
     *
     * @param role whose permit to take
     * @param maxConcurrency the role's configured limit for this endpoint
     * @param canceled whether the caller gave up (checked at least every 50 ms)
     * @throws InterruptedIOException when interrupted or canceled while waiting
     */
    void acquire(ModelRole role, int maxConcurrency, BooleanSupplier canceled) throws InterruptedIOException {
        lock.lock();
        try {
            Slot slot = slots.computeIfAbsent(role, r -> new Slot(maxConcurrency));
            while (true) {
                if (canceled.getAsBoolean()) {
                    throw new InterruptedIOException("canceled while waiting for a free request slot");
                }
                long gate = notBefore - nanoTime.getAsLong();
                if (gate <= 0 && slot.inFlight < slot.permits()) {
                    slot.inFlight++;
                    return;
                }
                changed.awaitNanos(gate > 0 ? Math.min(gate, WAIT_SLICE_NANOS) : WAIT_SLICE_NANOS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a free request slot");
        } finally {
            lock.unlock();
        }
    }

    /**
     * Gives back a permit taken by {@link #acquire}.
     *
     * @param role whose permit it is
     * @param rateLimitPause the pause the endpoint asked for when it answered "rate limited", or
     *     {@code null} when it did not
     */
    void release(ModelRole role, Duration rateLimitPause) {
        lock.lock();
        try {
            Slot slot = slots.get(role);
            slot.inFlight--;
            long now = nanoTime.getAsLong();
            if (rateLimitPause == null) {
                slot.limit = Math.min(slot.max, slot.limit + 1.0 / slot.limit);
            } else {
                if (now - slot.decreasedUntil >= 0) {
                    slot.limit = Math.max(1.0, slot.limit / 2);
                }
                notBefore = Math.max(notBefore, now + rateLimitPause.toNanos());
                slot.decreasedUntil = Math.max(notBefore, now + 1);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The current number of permits of a role, for diagnostics and tests. */
    int permits(ModelRole role) {
        lock.lock();
        try {
            Slot slot = slots.get(role);
            return slot == null ? 0 : slot.permits();
        } finally {
            lock.unlock();
        }
    }

    /** One role's permits at this endpoint. */
    private static final class Slot {
        final int max;
        double limit;
        int inFlight;
        long decreasedUntil = Long.MIN_VALUE / 2;

        Slot(int max) {
            this.max = max;
            this.limit = max;
        }

        int permits() {
            return Math.max(1, (int) Math.floor(limit));
        }
    }
}
