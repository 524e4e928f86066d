package org.imcbench.engine;

import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;

/**
 * Runs up to {@code imcbench.concurrency} cases at once. Case work blocks on HTTP, so the pool is
 * sized for blocking threads rather than for the number of cores.
 */
final class ConcurrencyConfiguration implements ParallelExecutionConfiguration {
    private final int parallelism;

    ConcurrencyConfiguration(int parallelism) {
        this.parallelism = parallelism;
    }

    @Override
    public int getParallelism() {
        return parallelism;
    }

    @Override
    public int getMinimumRunnable() {
        return parallelism;
    }

    @Override
    public int getMaxPoolSize() {
        return parallelism + 256;
    }

    @Override
    public int getCorePoolSize() {
        return parallelism;
    }

    @Override
    public int getKeepAliveSeconds() {
        return 30;
    }
}
