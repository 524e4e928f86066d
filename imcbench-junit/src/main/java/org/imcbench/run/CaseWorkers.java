package org.imcbench.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads that do the cases' work (conversations, juries) for every suite of one test run: at most
 * {@code imcbench.concurrency} cases at once, taken in the order they were submitted, so the cases a
 * test tree reports first are done first, and with a run-wide deadline ({@code imcbench.run.deadline})
 * after which no case starts. Daemon threads: a run that is abandoned never keeps the JVM alive.
 */
public final class CaseWorkers implements AutoCloseable {
    private final Optional<Duration> deadline;
    private final Clock clock;
    private final Instant started;
    private final ExecutorService executor;

    /** Workers for up to {@code concurrency} cases at once, without a deadline. */
    public CaseWorkers(int concurrency) {
        this(concurrency, Optional.empty(), Clock.systemUTC());
    }

    /** Workers for up to {@code concurrency} cases at once that start no case once {@code deadline} has passed. */
    public CaseWorkers(int concurrency, Optional<Duration> deadline, Clock clock) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
        this.deadline = deadline;
        this.clock = clock;
        this.started = clock.instant();
        this.executor = Executors.newFixedThreadPool(concurrency, new DaemonThreads("imcbench-case"));
    }

    /** Why no case may start now (the run's deadline has passed), or empty while cases may start. */
    Optional<String> stopped() {
        return deadline.filter(bound -> !clock.instant().isBefore(started.plus(bound)))
                .map(bound -> "the run's deadline (imcbench.run.deadline = " + bound + ") has passed");
    }

    /** Queues a case's work. */
    void submit(Runnable work) {
        executor.execute(work);
    }

    /** Stops the workers; work still queued is dropped and work under way is interrupted. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
