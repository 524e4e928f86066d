package org.imcbench.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.imcbench.cases.ImageCache;
import org.imcbench.cases.MirrorIndex;
import org.imcbench.config.Settings;

/**
 * The harness (docs/performance.md): generates the cases, measures the loopback endpoint alone, runs
 * the engine on the cases in a forked JVM (and again in a small heap, and optionally as a whole
 * {@code mvn test}), and prints every row of issue 14's table. Options: {@link BenchmarkOptions}.
 */
public final class Benchmark {
    private final BenchmarkOptions options;
    private final PrintStream log;

    Benchmark(BenchmarkOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /** Runs the harness with the {@code bench.*} system properties and prints the table. */
    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.from(System.getProperties());
        ResultTable table = new Benchmark(options, System.out).run();
        System.out.println();
        System.out.print(table.markdown());
    }

    /** Runs every measurement and returns the table, its rows in the order of issue 14's table. */
    ResultTable run() throws IOException, InterruptedException {
        Path out = options.out();
        delete(out);
        Path cases = out.resolve("cases");
        CaseMultiplier multiplier = CaseMultiplier.ofStarterSuite();
        multiplier.write(cases, options.cases(), options.turns());
        Duration bound = options.bound();
        log.printf("[bench] %d cases (copies of %d starter cases) in %s; %d rounds per case × %d ms, %d at once: "
                + "latency bound %.2f s, %d calls per run%n", options.cases(), multiplier.starterCount(), cases,
                options.rounds(), options.latency().toMillis(), options.concurrency(), seconds(bound), expectedCalls());
        log.printf("[bench] load average before: %s%n", loadAverage());
        ResultTable table = new ResultTable();
        List<ResultTable.Row> promptfooRows;
        String at = ", " + options.cases() + " cases";
        if (!options.execute()) {
            return discoveryOnly(cases, table, at);
        }
        try (LatencyEndpoint endpoint = LatencyEndpoint.start(options.latency())) {
            EndpointCalibration.replay(endpoint.baseUrl(), Math.min(options.cases(), options.concurrency()), options.turns(),
                    options.concurrency());
            Duration alone = EndpointCalibration.replay(endpoint.baseUrl(), options.cases(), options.turns(),
                    options.concurrency());
            log.printf("[bench] endpoint alone (after one warm-up wave): %.2f s%n", seconds(alone));
            table.ratio(Measures.CALIBRATION + at, seconds(alone), seconds(bound), " s", "≈ 1 (issue: 1.03–1.07)");
            Map<String, String> config = configuration(endpoint);
            Duration timeout = options.runTimeout();

            EngineRun main = engineRun(endpoint, cases, config, options.xmx(), out.resolve("run-main"), timeout);
            Optional<EngineRun> small = options.smallHeap().isBlank() ? Optional.empty()
                    : Optional.of(engineRun(endpoint, cases, config, options.smallHeap(), out.resolve("run-small-heap"),
                            timeout));
            ResultTable.Row engineFloor = engineFloor(endpoint, bound, at);
            List<ResultTable.Row> mvnTest = mavenTest(endpoint, cases, config, bound, timeout, at);
            ResultTable.Row discoveryFloor = discoveryFloor(cases, at);

            main.addTimeRow(table, bound, at);
            table.add(engineFloor);
            mvnTest.forEach(table::add);
            main.addMemoryRows(table, options, at);
            if (small.isPresent()) {
                table.plain(Measures.SMALL_HEAP + ": -Xmx" + options.smallHeap() + ")" + at, small.get().verdict(),
                        "completes");
                small.get().addSmallHeapRows(table, bound, options.smallHeap(), at);
            } else {
                table.plain(Measures.SMALL_HEAP + ")" + at, "not measured: bench.small-heap is empty",
                        "8,000 complete with -Xmx256m");
            }
            main.addDiscoveryRows(table, at);
            table.add(discoveryFloor);
            main.addReportAndCpuRows(table, options, at);
            promptfooRows = promptfoo(endpoint, config, multiplier,
                    options.turns() == 1 ? Optional.of(main) : Optional.empty());
        }
        log.printf("[bench] load average after: %s%n", loadAverage());
        promptfooRows.forEach(table::add);
        return table;
    }

    /** {@code bench.execute=false}: one forked JVM discovers the cases (same configuration), nothing is called. */
    private ResultTable discoveryOnly(Path cases, ResultTable table, String at)
            throws IOException, InterruptedException {
        try (LatencyEndpoint endpoint = LatencyEndpoint.start(options.latency())) {
            Path dir = options.out().resolve("run-discovery");
            log.printf("[bench] discovery only (bench.execute=false, %s) ...%n",
                    options.xmx().isBlank() ? "default heap" : "-Xmx" + options.xmx());
            EngineFork.Outcome outcome = EngineFork.discover(cases, configuration(endpoint), options.xmx(), options.jvmArgs(), dir,
                    options.runTimeout());
            new EngineRun(outcome, endpoint.counts(), 0).addDiscoveryRows(table, at);
            log.printf("[bench]   discovered %s cases; load average after: %s%n", outcome.result().map(result ->
                    Long.toString(result.discovery().cases())).orElse("no"), loadAverage());
        }
        table.add(discoveryFloor(cases, at));
        return table;
    }

    /**
     * The engine-time row's floor ({@link ColdReplay}): the minimal client on the same calls in a fresh JVM, no
     * warm-up. Its ratio is the least any JVM client reaches on this machine from a cold start.
     */
    private ResultTable.Row engineFloor(LatencyEndpoint endpoint, Duration bound, String at)
            throws IOException, InterruptedException {
        String measure = Measures.ENGINE_FLOOR + at;
        log.printf("[bench] minimal client in a fresh JVM (no warm-up) ...%n");
        Path dir = options.out().resolve("floor-client");
        Optional<Duration> replay = ColdReplay.fork(endpoint.baseUrl(), options.cases(), options.turns(),
                options.concurrency(), options.jvmArgs(), dir, options.runTimeout());
        String failed = "failed: see " + ColdReplay.log(dir);
        log.printf("[bench]   %s%n", replay.map(took -> String.format(Locale.ROOT, "%.2f s", seconds(took)))
                .orElse(failed));
        String goal = "what the engine time cannot go below here";
        return replay.map(took -> ResultTable.Row.ratio(measure, seconds(took), seconds(bound), " s", goal))
                .orElseGet(() -> ResultTable.Row.plain(measure, failed, goal));
    }

    /**
     * The discovery row's floor ({@link FloorEngine}): the same case files discovered into a tree of the same shape
     * by an engine that reads them and parses nothing, in a fresh JVM.
     */
    private ResultTable.Row discoveryFloor(Path cases, String at) throws IOException, InterruptedException {
        String measure = Measures.DISCOVERY_FLOOR + at;
        String goal = "what the discovery time cannot go below here";
        log.printf("[bench] discovery floor (a minimal engine on the same files) ...%n");
        EngineFork.Outcome outcome = EngineFork.discoverFloor(cases, options.jvmArgs(),
                options.out().resolve("floor-discovery"), options.runTimeout());
        Optional<ProbeResult.Discovery> discovery = outcome.result().map(ProbeResult::discovery);
        if (discovery.isEmpty()) {
            return ResultTable.Row.plain(measure, "failed: see " + outcome.log(), goal);
        }
        return ResultTable.Row.ratio(measure, discovery.get().millis() / 1000.0, 2, " s", goal)
                .withNote(String.format(Locale.ROOT, "process CPU %.2f s, %d cases, %d tests",
                        discovery.get().cpuMillis() / 1000.0, discovery.get().cases(), discovery.get().tests()));
    }

    private long expectedCalls() {
        return (long) options.cases() * options.rounds();
    }

    /**
     * The comparison with promptfoo (docs/performance.md): the engine on the cases made single-turn (the main
     * run when it is), then promptfoo's eval of the same cases, against the same endpoint and concurrency.
     */
    private List<ResultTable.Row> promptfoo(LatencyEndpoint endpoint, Map<String, String> config,
            CaseMultiplier multiplier, Optional<EngineRun> singleTurnMain) throws IOException, InterruptedException {
        if (options.promptfoo().isEmpty()) {
            return List.of(PromptfooComparison.notMeasured(options.cases(), PromptfooComparison.HOW_TO_ENABLE));
        }
        Optional<Path> cli = PromptfooRun.cli(options.promptfoo().get());
        if (cli.isEmpty()) {
            return List.of(PromptfooComparison.notMeasured(options.cases(),
                    "no promptfoo CLI at " + options.promptfoo().get()));
        }
        Path out = options.out();
        Path cases;
        Duration timeout = options.runTimeout();
        EngineRun engine;
        if (singleTurnMain.isPresent()) {
            cases = out.resolve("cases");
            engine = singleTurnMain.get();
        } else {
            cases = out.resolve("cases-single-turn");
            multiplier.write(cases, options.cases(), 1);
            engine = engineRun(endpoint, cases, config, options.xmx(), out.resolve("run-single-turn"), timeout,
                    LatencyBound.rounds(1));
        }
        Path dir = out.resolve("promptfoo");
        int tests = PromptfooSuite.write(cases, dir, endpoint.baseUrl(), imageFiles());
        endpoint.resetCounts();
        log.printf("[bench] promptfoo eval of %d single-turn cases (%s) ...%n", tests, cli.get());
        PromptfooRun.Outcome eval = PromptfooRun.run(cli.get(), dir, options.concurrency(), timeout);
        EndpointCounts counts = endpoint.counts();
        log.printf("[bench]   exit %d in %.2f s; %s; endpoint: %s%n", eval.exit().code(), seconds(eval.exit().wall()),
                eval.results().map(PromptfooResults::toString).orElse("no results"), counts);
        return new PromptfooComparison(options.cases(), engine, eval, counts).rows();
    }

    /** Where the promptfoo side finds the cases' images: the image mirror, else the engine's image cache. */
    private PromptfooSuite.ImageFiles imageFiles() {
        if (options.mirror().isPresent()) {
            return new MirrorIndex(options.mirror().get())::find;
        }
        ImageCache cache = new ImageCache(Settings.IMAGES_CACHE.parser().apply(Settings.IMAGES_CACHE.defaultValue()));
        return sha256 -> Optional.of(cache.pathOf(sha256)).filter(Files::isRegularFile);
    }

    private EngineRun engineRun(LatencyEndpoint endpoint, Path cases, Map<String, String> config, String xmx, Path dir,
            Duration timeout) throws IOException, InterruptedException {
        return engineRun(endpoint, cases, config, xmx, dir, timeout, options.rounds());
    }

    private EngineRun engineRun(LatencyEndpoint endpoint, Path cases, Map<String, String> config, String xmx, Path dir,
            Duration timeout, int rounds) throws IOException, InterruptedException {
        endpoint.resetCounts();
        log.printf("[bench] engine run %s (%s) ...%n", dir.getFileName(), xmx.isBlank() ? "default heap" : "-Xmx" + xmx);
        EngineFork.Outcome outcome = EngineFork.run(cases, config, xmx, options.jvmArgs(), dir, timeout);
        EngineRun run = new EngineRun(outcome, endpoint.counts(), (long) options.cases() * rounds);
        log.printf("[bench]   %s; discovered %s cases; endpoint: %s%n", run.verdict(),
                outcome.result().map(result -> Long.toString(result.discovery().cases())).orElse("no"), run.counts());
        return run;
    }

    /**
     * The whole {@code mvn test} row, and its floor: the same project with a plain test that does nothing in place
     * of the suite, whose wall time is what Maven, its plugins, the compilation, Surefire's fork and the JUnit
     * Platform cost whatever the engine does, divided by the slack the goal (1.15 × the bound) leaves over the bound
     * at this number of cases. Above 1, the goal cannot be met here at this number of cases by any engine.
     */
    private List<ResultTable.Row> mavenTest(LatencyEndpoint endpoint, Path cases, Map<String, String> config,
            Duration bound, Duration timeout, String at) throws IOException, InterruptedException {
        String measure = Measures.MVN_TEST + at;
        String goal = "≤ 1.15";
        String floorMeasure = Measures.MVN_FLOOR + at;
        String floorGoal = "≤ 1, else 1.15 is out of reach here";
        Optional<String> unavailable = options.mvnTest() ? MavenTestRun.unavailable(options.m2())
                : Optional.of("run with -Dbench.mvn-test=true after staging the artifacts (docs/performance.md)");
        if (unavailable.isPresent()) {
            String why = "not measured: " + unavailable.get();
            return List.of(ResultTable.Row.plain(measure, why, goal), ResultTable.Row.plain(floorMeasure, why,
                    floorGoal));
        }
        ResultTable.Row row = mavenTestRow(endpoint, cases, config, bound, timeout, measure, goal);
        log.printf("[bench] mvn test of the same project with a plain test in place of the suite ...%n");
        MavenTestRun.Outcome plain = MavenTestRun.runWithoutCases(options.out().resolve("mvn-test-without-cases"),
                options.m2(), timeout.plus(Duration.ofMinutes(5)));
        log.printf("[bench]   exit %d in %.1f s%n", plain.exitCode(), seconds(plain.wall()));
        ResultTable.Row floor = plain.exitCode() != 0
                ? ResultTable.Row.plain(floorMeasure, "failed: exit " + plain.exitCode() + " (see " + plain.log() + ")",
                        floorGoal)
                : ResultTable.Row.ratio(floorMeasure, seconds(plain.wall()), seconds(bound) * 0.15, " s", floorGoal);
        return List.of(row, floor);
    }

    private ResultTable.Row mavenTestRow(LatencyEndpoint endpoint, Path cases, Map<String, String> config,
            Duration bound, Duration timeout, String measure, String goal) throws IOException, InterruptedException {
        endpoint.resetCounts();
        log.printf("[bench] mvn test of a consumer project ...%n");
        MavenTestRun.Outcome outcome = MavenTestRun.run(cases, config, options.out().resolve("mvn-test"),
                options.m2(), timeout.plus(Duration.ofMinutes(5)));
        EndpointCounts counts = endpoint.counts();
        log.printf("[bench]   exit %d in %.1f s; endpoint: %s%n", outcome.exitCode(), seconds(outcome.wall()), counts);
        if (outcome.exitCode() != 0 || counts.total() != expectedCalls()) {
            return ResultTable.Row.plain(measure, "failed: exit " + outcome.exitCode() + ", " + counts.total()
                    + " calls of " + expectedCalls() + " (see " + outcome.log() + ")", goal);
        }
        return ResultTable.Row.ratio(measure, seconds(outcome.wall()), seconds(bound), " s", goal);
    }

    /** The engine's configuration: every role at the endpoint, cache off, all limits at the concurrency. */
    Map<String, String> configuration(LatencyEndpoint endpoint) {
        Map<String, String> config = new LinkedHashMap<>();
        String limit = Integer.toString(options.concurrency());
        config.put("imcbench.model", endpoint.spec(EndpointRole.MODEL_MODEL));
        config.put("imcbench.patient.model", endpoint.spec(EndpointRole.PATIENT_MODEL));
        config.put("imcbench.jury.judges", endpoint.spec(EndpointRole.JUDGE_MODEL));
        config.put("imcbench.cache.mode", "off");
        config.put("imcbench.concurrency", limit);
        config.put("imcbench.model.max-concurrency", limit);
        config.put("imcbench.patient.max-concurrency", limit);
        config.put("imcbench.jury.max-concurrency", limit);
        options.mirror().ifPresent(mirror -> config.put("imcbench.images.mirror", mirror.toString()));
        return config;
    }

    /** The machine's load averages (1, 5, 15 minutes), which say how much the figures were shared. */
    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.isReadable(loadavg)) {
            return "unknown";
        }
        String[] fields = Files.readString(loadavg).strip().split("\\s+");
        return String.join(" ", fields[0], fields[1], fields[2]) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores";
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
