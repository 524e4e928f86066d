package org.imcbench.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What one harness run measures, from the {@code bench.*} system properties (each with the default
 * of the full run in {@code docs/performance.md}).
 *
 * @param cases how many cases are generated and run
 * @param latency the endpoint's fixed latency per call
 * @param concurrency {@code imcbench.concurrency} and every role's per-endpoint in-flight limit
 * @param turns the model's turns per conversation ({@code maxTurns} of every generated case)
 * @param xmx the {@code -Xmx} of the main engine run; empty: the JVM's default heap
 * @param smallHeap the {@code -Xmx} of the second engine run that checks completion in a small heap;
 *                  empty: no second run
 * @param out the folder of generated cases, reports and logs (emptied first)
 * @param mirror the image mirror ({@code imcbench.images.mirror}) passed on to the engine, if any
 * @param mvnTest whether to also time a whole {@code mvn test} of a generated consumer project
 * @param m2 the local repository holding the staged IMCBench artifacts for that {@code mvn test}
 * @param timeout how long each engine run (and, 5 minutes more, the {@code mvn test}) may take before it is
 *                killed and reported as not complete; empty: {@link #DEFAULT_TIMEOUT_BOUNDS} × the bound + 5 minutes
 * @param execute whether the engine runs execute the cases; {@code false}: generate the cases, discover them in
 *                one forked JVM and print only the discovery rows (no endpoint calls, no small-heap run)
 * @param promptfoo the promptfoo CLI, or the folder it is installed in, for the comparison with promptfoo;
 *                  empty: that row is not measured
 * @param jvmArgs further options of every forked engine JVM (for profiling: a flight recording, JIT logging),
 *                from {@code bench.jvm-args} split at whitespace; empty: none
 */
public record BenchmarkOptions(int cases, Duration latency, int concurrency, int turns, String xmx,
        String smallHeap, Path out, Optional<Path> mirror, boolean mvnTest, Path m2, Optional<Duration> timeout,
        boolean execute, Optional<Path> promptfoo, List<String> jvmArgs) {

    /** The default timeout of a run in latency bounds (plus 5 minutes for start-up and discovery). */
    public static final int DEFAULT_TIMEOUT_BOUNDS = 3;

    /** The options of the given properties ({@code bench.cases}, {@code bench.latency}, ...). */
    public static BenchmarkOptions from(Properties properties) {
        return new BenchmarkOptions(
                positive(properties, "bench.cases", "384"),
                duration("bench.latency", properties.getProperty("bench.latency", "200ms")),
                positive(properties, "bench.concurrency", "64"),
                positive(properties, "bench.turns", "4"),
                properties.getProperty("bench.xmx", "").strip(),
                properties.getProperty("bench.small-heap", "256m").strip(),
                Path.of(properties.getProperty("bench.out", "imcbench-benchmarks/target/bench")).toAbsolutePath(),
                path(properties, "imcbench.images.mirror"),
                Boolean.parseBoolean(properties.getProperty("bench.mvn-test", "false").strip()),
                Path.of(properties.getProperty("bench.m2", "target/bench-m2")).toAbsolutePath(),
                Optional.ofNullable(properties.getProperty("bench.timeout")).map(String::strip)
                        .filter(value -> !value.isEmpty()).map(value -> duration("bench.timeout", value)),
                Boolean.parseBoolean(properties.getProperty("bench.execute", "true").strip()),
                path(properties, "bench.promptfoo").map(Path::toAbsolutePath),
                words(properties.getProperty("bench.jvm-args", "")));
    }

    /** The sequential call rounds of one case: the model's turns, the patient's replies between them, one jury round. */
    public int rounds() {
        return LatencyBound.rounds(turns);
    }

    /** The latency bound of this run's cases. */
    public Duration bound() {
        return LatencyBound.of(cases, turns, concurrency, latency);
    }

    /** How long an engine run may take before it is killed. */
    public Duration runTimeout() {
        return timeout.orElseGet(() -> bound().multipliedBy(DEFAULT_TIMEOUT_BOUNDS).plus(Duration.ofMinutes(5)));
    }

    private static List<String> words(String text) {
        String value = text.strip();
        return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
    }

    private static Optional<Path> path(Properties properties, String key) {
        return Optional.ofNullable(properties.getProperty(key)).map(String::strip).filter(value -> !value.isEmpty())
                .map(Path::of);
    }

    private static int positive(Properties properties, String key, String fallback) {
        String value = properties.getProperty(key, fallback).strip();
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a positive integer, was '" + value + "'", e);
        }
        if (parsed < 1) {
            throw new IllegalArgumentException(key + " must be a positive integer, was '" + value + "'");
        }
        return parsed;
    }

    /** {@code 200ms}, {@code 2s}, {@code 10m} or a number of milliseconds. */
    static Duration duration(String key, String text) {
        String value = text.strip();
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            if (value.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            return Duration.ofMillis(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be like 200ms, 1s or 10m, was '" + text + "'", e);
        }
    }
}
