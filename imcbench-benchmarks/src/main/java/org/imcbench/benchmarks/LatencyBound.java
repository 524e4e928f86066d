package org.imcbench.benchmarks;

import java.time.Duration;

/**
 * The least time N cases can take against an endpoint that answers every call after a fixed latency:
 * a case is a chain of {@link #rounds(int)} sequential calls, and at most {@code concurrency} cases run
 * at once, so the cases go in {@code ceil(cases ÷ concurrency)} waves of {@code rounds × latency} each.
 * Every measured time of the harness is divided by this bound.
 */
public final class LatencyBound {
    private LatencyBound() {
    }

    /**
     * The sequential calls of one case with a simulated plan of {@code turns} model turns and one LLM
     * judge: {@code turns} model calls, {@code turns − 1} patient replies between them, one judge call.
     */
    public static int rounds(int turns) {
        return 2 * turns;
    }

    /** {@code rounds(turns) × latency × ceil(cases ÷ concurrency)}. */
    public static Duration of(int cases, int turns, int concurrency, Duration latency) {
        long waves = (cases + concurrency - 1L) / concurrency;
        return latency.multipliedBy(rounds(turns) * waves);
    }
}
