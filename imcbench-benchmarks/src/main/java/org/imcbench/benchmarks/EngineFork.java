package org.imcbench.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Runs the engine on a case folder in a forked JVM ({@link EngineProbe}) on this JVM's class path, so that
 * its heap limit, peak RSS and CPU time are its own. The JVM exits on its first {@link OutOfMemoryError}
 * ({@code -XX:+ExitOnOutOfMemoryError}): a run that runs out of memory does not complete.
 */
public final class EngineFork {
    private EngineFork() {
    }

    /**
     * What a forked run left.
     *
     * @param result the probe's measurements; empty when the JVM died before discovery ended
     * @param exit how the JVM ended, with its peak resident set sampled from outside
     * @param log the JVM's standard output and error
     * @param reportHtml the suite's {@code report.html}, if written
     */
    public record Outcome(Optional<ProbeResult> result, ChildProcess.Exit exit, Path log, Optional<Path> reportHtml) {
        /** The execution's figures, if it ended. */
        public Optional<ProbeResult.Execution> execution() {
            return result.flatMap(ProbeResult::executed);
        }

        /** Whether the run completed: exit 0, nothing failed, report.html written. */
        public boolean completed() {
            return exit.code() == 0 && execution().map(ProbeResult.Execution::clean).orElse(false)
                    && reportHtml.isPresent();
        }

        /** The JVM's peak resident set in kB: its own last reading or the largest sampled from outside. */
        public long peakRssKb() {
            return Math.max(exit.peakRssKb(), execution().map(ProbeResult.Execution::peakRssKb).orElse(PeakRss.UNKNOWN));
        }

        /** Why the run did not complete, in one line; empty when it did. */
        public String failure() throws IOException {
            if (completed()) {
                return "";
            }
            if (exit.code() == ChildProcess.KILLED) {
                return "killed after the timeout (bench.timeout)";
            }
            try (Stream<String> lines = Files.lines(log)) {
                Optional<String> oom = lines.filter(line -> line.contains("OutOfMemoryError")).findFirst();
                if (oom.isPresent()) {
                    return oom.get().strip();
                }
            }
            if (execution().isEmpty()) {
                return "the JVM exited with " + exit.code() + " before the execution ended (see " + log + ")";
            }
            ProbeResult.Execution execution = execution().get();
            if (execution.error() != null) {
                return "the Launcher threw " + execution.error();
            }
            if (!execution.clean()) {
                return execution.testsFailed() + " tests failed, " + execution.testsAborted() + " aborted, "
                        + execution.containersFailed() + " containers failed; first: "
                        + execution.failures().stream().findFirst().orElse("none");
            }
            return "no report.html was written";
        }
    }

    /**
     * Runs the cases of {@code cases} with the given configuration parameters in a JVM with {@code -Xmx<xmx>}
     * (none when blank) and the further options {@code jvmArgs}, its files in {@code runDir}; reports go to
     * {@code runDir/reports}.
     */
    public static Outcome run(Path cases, Map<String, String> config, String xmx, List<String> jvmArgs, Path runDir,
            Duration timeout) throws IOException, InterruptedException {
        return fork(cases, config, xmx, jvmArgs, runDir, timeout, List.of());
    }

    /** Like {@link #run}, but the JVM stops after discovery: its outcome has the discovery's figures only. */
    public static Outcome discover(Path cases, Map<String, String> config, String xmx, List<String> jvmArgs,
            Path runDir, Duration timeout) throws IOException, InterruptedException {
        return fork(cases, config, xmx, jvmArgs, runDir, timeout, List.of(EngineProbe.DISCOVER_ONLY));
    }

    /**
     * The discovery floor: the same folder discovered by the {@link FloorEngine} alone in a fresh JVM (default heap);
     * the outcome has the discovery's figures only.
     */
    public static Outcome discoverFloor(Path cases, List<String> jvmArgs, Path runDir, Duration timeout)
            throws IOException, InterruptedException {
        return fork(cases, Map.of(), "", jvmArgs, runDir, timeout, List.of(EngineProbe.FLOOR));
    }

    private static Outcome fork(Path cases, Map<String, String> config, String xmx, List<String> jvmArgs, Path runDir,
            Duration timeout, List<String> probeMode) throws IOException, InterruptedException {
        Files.createDirectories(runDir);
        Path reports = runDir.resolve("reports");
        Properties properties = new Properties();
        properties.putAll(config);
        properties.setProperty("imcbench.report.dir", reports.toString());
        Path configFile = runDir.resolve("config.properties");
        try (Writer out = Files.newBufferedWriter(configFile)) {
            properties.store(out, "configuration parameters of the engine run");
        }
        Path resultFile = runDir.resolve("result.json");
        Path log = runDir.resolve("engine.log");
        List<String> options = new ArrayList<>();
        if (!xmx.isBlank()) {
            options.add("-Xmx" + xmx);
        }
        options.addAll(jvmArgs);
        options.add("-XX:+ExitOnOutOfMemoryError");
        List<String> arguments = new ArrayList<>(List.of(cases.toString(), configFile.toString(), resultFile.toString()));
        arguments.addAll(probeMode);
        List<String> command = ChildProcess.java(options, EngineProbe.class, arguments);
        ChildProcess.Exit exit = ChildProcess.run(command, null, log, timeout);
        Optional<ProbeResult> result = Files.isRegularFile(resultFile)
                ? Optional.of(new ObjectMapper().readValue(resultFile.toFile(), ProbeResult.class)) : Optional.empty();
        return new Outcome(result, exit, log, reportHtml(reports));
    }

    /** The one {@code report.html} below a report folder (the suite's), if there is one. */
    static Optional<Path> reportHtml(Path reports) throws IOException {
        if (!Files.isDirectory(reports)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(reports)) {
            return files.filter(file -> file.getFileName().toString().equals("report.html")).findFirst();
        }
    }
}
