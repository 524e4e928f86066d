package org.imcbench.jupiter;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.CaseCatalog;
import org.imcbench.cases.CaseDirectory;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.imcbench.jury.Jury;
import org.imcbench.model.ChatModel;
import org.imcbench.report.CheckStatus;
import org.imcbench.run.BenchmarkRun;
import org.imcbench.run.CaseResult;
import org.imcbench.run.CheckResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * IMCBench inside one Jupiter test class: the run built from configuration, the cases of folders by
 * id, and each case's result, run at most once. Thread-safe.
 */
public final class ImcBenchSession {
    private final ImcBenchConfig config;
    private final ClassLoader classLoader;
    private final BenchmarkRun run;
    private final Map<String, CaseCatalog> catalogs = new ConcurrentHashMap<>();
    private final Map<String, CaseResult> results = new ConcurrentHashMap<>();

    /**
     * A session over the given configuration.
     *
     * @param config the test class's configuration
     * @param classLoader loads {@code classpath:} case folders
     * @param run the run built from that configuration
     */
    public ImcBenchSession(ImcBenchConfig config, ClassLoader classLoader, BenchmarkRun run) {
        this.config = Objects.requireNonNull(config, "config");
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.run = Objects.requireNonNull(run, "run");
    }

    /** The configured model under test ({@code imcbench.model}). */
    public ChatModel modelUnderTest() {
        return run.modelUnderTest();
    }

    /** The configured jury ({@code imcbench.jury.judges}). */
    public Jury jury() {
        return run.jury();
    }

    /** The run: rubric, thresholds, models. */
    public BenchmarkRun benchmarkRun() {
        return run;
    }

    /** Every case of the configured folder ({@code imcbench.cases}). */
    public List<BenchmarkCase> cases() {
        return cases(config.get(Settings.CASES));
    }

    /** Every case of the given folder: {@code classpath:dir} or a directory. */
    public List<BenchmarkCase> cases(String folder) {
        return catalog(folder).cases();
    }

    /** The case with the given id in the configured folder. */
    public BenchmarkCase benchmarkCase(String id) {
        return catalog(config.get(Settings.CASES)).byId(id);
    }

    /** Runs the case with the given id of the configured folder, or returns its earlier result. */
    public CaseResult run(String caseId) {
        return run(benchmarkCase(caseId));
    }

    /**
     * Runs the case (conversation, jury, a check per dimension), or returns its earlier result: every
     * test of the class that asks for the same case id shares one run.
     */
    public CaseResult run(BenchmarkCase benchmarkCase) {
        return results.computeIfAbsent(benchmarkCase.id(), id -> run.run(benchmarkCase));
    }

    /**
     * One dynamic test per case of the configured folder, failing when a dimension's jury score is
     * below its threshold and aborted when the case could not be judged, as the engine does.
     */
    public Stream<DynamicTest> dynamicTests() {
        return dynamicTests(ImcBenchSession::meetsThresholds);
    }

    /** One dynamic test per case of the configured folder, each running the case and then the assertion. */
    public Stream<DynamicTest> dynamicTests(ThrowingConsumer<CaseResult> assertion) {
        return dynamicTests(config.get(Settings.CASES), assertion);
    }

    /**
     * One dynamic test per case of the given folder, named after the case, its source the case
     * file; each runs the case and then the assertion.
     */
    public Stream<DynamicTest> dynamicTests(String folder, ThrowingConsumer<CaseResult> assertion) {
        return cases(folder).stream().map(benchmarkCase -> DynamicTest.dynamicTest(
                benchmarkCase.id() + " — " + benchmarkCase.title(), benchmarkCase.source(),
                () -> assertion.accept(run(benchmarkCase))));
    }

    /** Fails with every failed check's message; aborts when a check was not judged. */
    static void meetsThresholds(CaseResult result) {
        List<CheckResult> failed = withStatus(result, CheckStatus.FAILED);
        if (!failed.isEmpty()) {
            throw new AssertionError(messages(failed));
        }
        List<CheckResult> notJudged = withStatus(result, CheckStatus.NOT_JUDGED);
        if (!notJudged.isEmpty()) {
            Assumptions.abort((Supplier<String>) () -> messages(notJudged));
        }
    }

    private static List<CheckResult> withStatus(CaseResult result, CheckStatus status) {
        return result.checks().stream().filter(check -> check.status() == status).toList();
    }

    private static String messages(List<CheckResult> checks) {
        return checks.stream().map(CheckResult::message).collect(Collectors.joining("\n"));
    }

    private CaseCatalog catalog(String folder) {
        return catalogs.computeIfAbsent(folder, location -> CaseCatalog.load(CaseDirectory.of(location, classLoader)));
    }
}
