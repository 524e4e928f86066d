package org.imcbench.benchmarks;

import java.util.List;

/**
 * What {@link EngineProbe} measured in the forked JVM, written there as JSON and read by the harness.
 *
 * @param cases the case containers discovered
 * @param discoveryMillis wall time of the Launcher's discovery
 * @param maxHeapBytes the JVM's maximum heap ({@code -Xmx} or its default)
 * @param heapAfterDiscoveryBytes used heap after two full GCs right after discovery (the test plan held)
 * @param executionMillis wall time of the Launcher's execution, report writing included
 * @param cpuMillis the JVM's process CPU time at the end of the execution (start-up and discovery included)
 * @param executionCpuMillis the part of {@code cpuMillis} spent during the execution
 * @param peakRssKb the JVM's peak resident set, {@code VmHWM} of {@code /proc/self/status}; −1 where unknown
 * @param testsSucceeded tests that passed
 * @param testsFailed tests that failed
 * @param testsAborted tests that were aborted
 * @param containersFailed containers that failed (a case, the suite, the engine)
 * @param failures the first failure messages, for the log
 * @param error what the Launcher threw, if anything ({@code null} when it returned)
 */
public record ProbeResult(long cases, long discoveryMillis, long maxHeapBytes, long heapAfterDiscoveryBytes,
        long executionMillis, long cpuMillis, long executionCpuMillis, long peakRssKb, long testsSucceeded,
        long testsFailed, long testsAborted, long containersFailed, List<String> failures, String error) {

    /** The Launcher returned and nothing failed or was aborted. */
    public boolean clean() {
        return error == null && testsFailed == 0 && testsAborted == 0 && containersFailed == 0 && testsSucceeded > 0;
    }
}
