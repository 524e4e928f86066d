package org.imcbench.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The forked JVM of an engine run: discovers a case folder with the JUnit Platform Launcher and the
 * given {@code imcbench.*} configuration parameters, measures discovery time and the heap the test plan
 * keeps, executes the plan, and writes a {@link ProbeResult} as JSON.
 * Arguments: the case folder, the configuration properties file, the result file, and optionally
 * {@value #DISCOVER_ONLY} to stop after discovery, or {@value #FLOOR} to measure the discovery of the same folder
 * by the {@link FloorEngine} alone (instead of the engines on the class path) and stop.
 */
public final class EngineProbe {
    /** The optional fourth argument: discover and measure, do not execute. */
    static final String DISCOVER_ONLY = "--discover-only";
    /** The optional fourth argument: discover with the {@link FloorEngine} only, measure, do not execute. */
    static final String FLOOR = "--floor";
    private static final int FAILURES_KEPT = 5;

    private EngineProbe() {
    }

    /** Runs the probe; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3 && !(args.length == 4 && (DISCOVER_ONLY.equals(args[3]) || FLOOR.equals(args[3])))) {
            throw new IllegalArgumentException("usage: EngineProbe <case folder> <config.properties> <result.json> ["
                    + DISCOVER_ONLY + " | " + FLOOR + "]");
        }
        Map<String, String> config = new HashMap<>();
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[1]))) {
            properties.load(in);
        }
        properties.stringPropertyNames().forEach(key -> config.put(key, properties.getProperty(key)));
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(args[0])).configurationParameters(config).build();
        Launcher launcher = args.length == 4 && FLOOR.equals(args[3])
                ? LauncherFactory.create(LauncherConfig.builder().enableTestEngineAutoRegistration(false)
                        .addTestEngines(new FloorEngine()).build())
                : LauncherFactory.create();

        long discoveryCpuBefore = cpuMillis();
        long started = System.nanoTime();
        TestPlan plan = launcher.discover(request);
        long discoveryMillis = (System.nanoTime() - started) / 1_000_000;
        long discoveryCpuMillis = cpuMillis() - discoveryCpuBefore;
        long cases = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .filter(id -> id.getUniqueIdObject().getLastSegment().getType().equals("case")).count();
        long tests = plan.countTestIdentifiers(TestIdentifier::isTest);
        System.gc();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        ProbeResult.Discovery discovery = new ProbeResult.Discovery(cases, tests, discoveryMillis,
                Runtime.getRuntime().maxMemory(), heap, discoveryCpuMillis);
        Path resultFile = Path.of(args[2]);
        write(resultFile, new ProbeResult(discovery, null));
        if (args.length == 4) {
            return;
        }

        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        String error = null;
        long cpuBefore = cpuMillis();
        started = System.nanoTime();
        try {
            launcher.execute(plan, listener);
        } catch (RuntimeException | Error e) {
            error = e.toString();
        }
        long executionMillis = (System.nanoTime() - started) / 1_000_000;
        TestExecutionSummary summary = listener.getSummary();
        List<String> failures = new ArrayList<>();
        summary.getFailures().stream().limit(FAILURES_KEPT).forEach(failure -> failures.add(
                failure.getTestIdentifier().getDisplayName() + ": " + failure.getException()));
        long cpu = cpuMillis();
        write(resultFile, new ProbeResult(discovery, new ProbeResult.Execution(executionMillis, cpu, cpu - cpuBefore,
                PeakRss.ofSelf(), summary.getTestsSucceededCount(),
                summary.getTestsFailedCount(), summary.getTestsAbortedCount(), summary.getContainersFailedCount(),
                failures, error)));
    }

    private static void write(Path file, ProbeResult result) throws IOException {
        Path written = file.resolveSibling(file.getFileName() + ".tmp");
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(written.toFile(), result);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static long cpuMillis() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }
}
