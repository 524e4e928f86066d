package org.imcbench.model.usage;

/** Receives the usage of every model call; implementations are thread-safe. */
@FunctionalInterface
public interface UsageSink {

    /** Takes note of one call. */
    void record(CallUsage call);
}
