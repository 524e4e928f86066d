package org.imcbench.benchmarks;

import static org.imcbench.benchmarks.Benchmark.seconds;
import static org.imcbench.benchmarks.Measures.CPU_PER_CASE;
import static org.imcbench.benchmarks.Measures.DISCOVERY;
import static org.imcbench.benchmarks.Measures.ENGINE_TIME;
import static org.imcbench.benchmarks.Measures.HEAP_AFTER_DISCOVERY;
import static org.imcbench.benchmarks.Measures.MAIN_HEAP;
import static org.imcbench.benchmarks.Measures.PEAK_RSS;
import static org.imcbench.benchmarks.Measures.REPORT_SIZE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * An engine run of the harness with what the endpoint served during it, and the table rows it measures.
 *
 * @param outcome what the forked JVM left
 * @param counts the calls the endpoint answered during the run
 * @param expectedCalls the calls the run's cases make
 */
record EngineRun(EngineFork.Outcome outcome, EndpointCounts counts, long expectedCalls) {
    boolean completed() {
        return outcome.completed() && counts.total() == expectedCalls;
    }

    String verdict() throws IOException {
        if (completed()) {
            return "completes (" + counts.total() + " calls)";
        }
        String why = outcome.failure();
        return "fails after " + counts.total() + " of " + expectedCalls + " calls: "
                + (why.isEmpty() ? "calls missing" : why);
    }

    void addTimeRow(ResultTable table, Duration bound, String at) throws IOException {
        timeRow(table, ENGINE_TIME + at, bound);
    }

    /** The time and peak RSS of the run in a small heap, {@code -Xmx<xmx>}. */
    void addSmallHeapRows(ResultTable table, Duration bound, String xmx, String at) throws IOException {
        String heap = " (-Xmx" + xmx + ")";
        timeRow(table, ENGINE_TIME + heap + at, bound);
        rssRow(table, PEAK_RSS + heap + at);
    }

    private void timeRow(ResultTable table, String measure, Duration bound) throws IOException {
        Optional<ProbeResult.Execution> execution = outcome.execution();
        if (execution.isEmpty()) {
            table.plain(measure, noResult(), "≤ 1.05");
            return;
        }
        table.ratio(measure, execution.get().millis() / 1000.0, seconds(bound), " s", "≤ 1.05");
    }

    private void rssRow(ResultTable table, String measure) {
        long peakRssKb = outcome.peakRssKb();
        if (peakRssKb == PeakRss.UNKNOWN) {
            table.plain(measure, "unknown: no /proc/<pid>/status", "≤ 512 MB");
        } else {
            ResultTable.Row row = ResultTable.Row.ratio(measure, peakRssKb / 1024.0, 512, " MB", "≤ 512 MB");
            table.add(outcome.execution().isPresent() ? row : row.withNote("until the JVM died"));
        }
    }

    void addMemoryRows(ResultTable table, BenchmarkOptions options, String at) throws IOException {
        Optional<ProbeResult.Discovery> discovery = outcome.result().map(ProbeResult::discovery);
        String heap = options.xmx().isBlank() ? "default heap" + discovery.map(found -> String.format(Locale.ROOT,
                ", %.0f MB", found.maxHeapBytes() / Measures.MB)).orElse("") : "-Xmx" + options.xmx();
        rssRow(table, PEAK_RSS + at);
        table.plain(MAIN_HEAP + ": " + heap + ")" + at, verdict(), "completes");
    }

    /** The rows of the discovery: heap after it and its time. */
    void addDiscoveryRows(ResultTable table, String at) throws IOException {
        String atGoal = " at " + Measures.GOAL_CASES + " cases";
        Optional<ProbeResult.Discovery> discovery = outcome.result().map(ProbeResult::discovery);
        if (discovery.isPresent()) {
            table.ratio(HEAP_AFTER_DISCOVERY + at, discovery.get().heapAfterBytes() / Measures.MB, 64, " MB",
                    "≤ 64 MB" + atGoal);
            table.add(ResultTable.Row.ratio(DISCOVERY + at, discovery.get().millis() / 1000.0, 2, " s",
                    "≤ 2 s" + atGoal).withNote(String.format(Locale.ROOT, "process CPU %.2f s, %d tests",
                    discovery.get().cpuMillis() / 1000.0, discovery.get().tests())));
        } else {
            table.plain(HEAP_AFTER_DISCOVERY + at, noResult(), "≤ 64 MB" + atGoal);
            table.plain(DISCOVERY + at, noResult(), "≤ 2 s" + atGoal);
        }
    }

    /** The rows of the report's size and the CPU per case. */
    void addReportAndCpuRows(ResultTable table, BenchmarkOptions options, String at) throws IOException {
        String atGoal = " at " + Measures.GOAL_CASES + " cases";
        Optional<Path> html = outcome.reportHtml();
        if (html.isPresent()) {
            table.ratio(REPORT_SIZE + at, Files.size(html.get()) / Measures.MB, 30, " MB", "≤ 30 MB" + atGoal);
        } else {
            table.plain(REPORT_SIZE + at, "no report.html written: " + outcome.failure(), "≤ 30 MB" + atGoal);
        }
        Optional<ProbeResult.Execution> execution = outcome.execution();
        if (execution.isEmpty()) {
            table.plain(CPU_PER_CASE + at, noResult(), "≤ 10 ms");
            return;
        }
        int cases = options.cases();
        table.add(ResultTable.Row.ratio(CPU_PER_CASE + at, (double) execution.get().cpuMillis() / cases, 10, " ms",
                "≤ 10 ms").withNote(String.format(Locale.ROOT, "execution alone: %.1f ms",
                (double) execution.get().executionCpuMillis() / cases)));
    }

    private String noResult() throws IOException {
        return "no result: " + outcome.failure();
    }
}
