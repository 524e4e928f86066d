package org.imcbench.benchmarks;

import java.util.List;
import java.util.Optional;

/**
 * What {@link EngineProbe} measured in the forked JVM, written there as JSON and read by the harness: the
 * discovery as soon as it is done, then again with the execution, so that a JVM that dies while executing
 * (out of memory) still leaves its discovery figures.
 *
 * @param discovery the discovery's figures
 * @param execution the execution's figures; {@code null} until the execution has ended
 */
public record ProbeResult(Discovery discovery, Execution execution) {

    /**
     * The discovery of the case folder.
     *
     * @param cases the case containers discovered
     * @param tests the tests discovered (containers not counted)
     * @param millis wall time of {@code Launcher.discover}
     * @param maxHeapBytes the JVM's maximum heap ({@code -Xmx} or its default)
     * @param heapAfterBytes used heap after two full GCs right after discovery (the test plan held)
     * @param cpuMillis the process CPU time spent during {@code Launcher.discover}, every thread (JIT and GC too)
     */
    public record Discovery(long cases, long tests, long millis, long maxHeapBytes, long heapAfterBytes, long cpuMillis) {
    }

    /**
     * The execution of the test plan.
     *
     * @param millis wall time of {@code Launcher.execute}, report writing included
     * @param cpuMillis the JVM's process CPU time at its end (start-up and discovery included)
     * @param executionCpuMillis the part of {@code cpuMillis} spent during the execution
     * @param peakRssKb the JVM's peak resident set, {@code VmHWM} of {@code /proc/self/status}; −1 where unknown
     * @param testsSucceeded tests that passed
     * @param testsFailed tests that failed
     * @param testsAborted tests that were aborted
     * @param containersFailed containers that failed (a case, the suite, the engine)
     * @param failures the first failure messages, for the log
     * @param error what the Launcher threw, if anything ({@code null} when it returned)
     */
    public record Execution(long millis, long cpuMillis, long executionCpuMillis, long peakRssKb, long testsSucceeded,
            long testsFailed, long testsAborted, long containersFailed, List<String> failures, String error) {

        /** The Launcher returned and nothing failed or was aborted. */
        public boolean clean() {
            return error == null && testsFailed == 0 && testsAborted == 0 && containersFailed == 0
                    && testsSucceeded > 0;
        }
    }

    /** The execution's figures, if it ended. */
    public Optional<Execution> executed() {
        return Optional.ofNullable(execution);
    }
}
