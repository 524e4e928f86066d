package org.imcbench.benchmarks;

/** The labels of the harness's rows (each followed by the number of cases) and their units. */
final class Measures {
    static final String CALIBRATION = "loopback endpoint alone (OkHttp replay) ÷ latency bound";
    static final String ENGINE_TIME = "engine time ÷ latency bound";
    static final String MVN_TEST = "whole mvn test wall time ÷ bound";
    static final String PEAK_RSS = "peak RSS (VmHWM of the forked JVM)";
    static final String MAIN_HEAP = "all cases complete (main run";
    static final String SMALL_HEAP = "all cases complete (small heap";
    static final String HEAP_AFTER_DISCOVERY = "heap after discovery (used, after GC)";
    static final String DISCOVERY = "discovery time";
    static final String REPORT_SIZE = "report.html size";
    static final String CPU_PER_CASE = "CPU per case (process CPU ÷ cases)";
    static final String PROMPTFOO = "cases/s vs promptfoo (single-turn + judge)";
    static final String ENGINE_FLOOR =
            "floor of the engine time: minimal OkHttp client, fresh JVM, no warm-up ÷ latency bound";
    static final String MVN_FLOOR =
            "floor of the mvn test: same project, a plain test in place of the suite ÷ the slack 1.15 allows";
    static final String DISCOVERY_FLOOR = "floor of the discovery: same files, minimal engine that parses nothing";

    /** The case count the memory, discovery and report goals are stated for. */
    static final int GOAL_CASES = 8000;
    static final double MB = 1024.0 * 1024.0;

    private Measures() {
    }
}
