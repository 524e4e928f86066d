package org.imcbench.jupiter;

import java.util.ArrayList;
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
import org.imcbench.jury.Dimension;
import org.imcbench.jury.Jury;
import org.imcbench.model.ChatModel;
import org.imcbench.report.CheckStatus;
import org.imcbench.run.CasePlan;
import org.imcbench.run.CaseResult;
import org.imcbench.run.CheckResult;
import org.imcbench.run.GateOutcome;
import org.imcbench.run.SuiteGate;
import org.imcbench.run.SuiteGates;
import org.imcbench.run.SuiteRun;
import org.imcbench.run.SuiteSetup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * IMCBench inside one Jupiter test class: a {@link SuiteRun} set up from the class's configuration, the
 * cases of folders by id, and each case's result, run at most once on the workers every IMCBench class of
 * the test run shares. When the class is done, {@link #close()} writes the class's reports (as the engine
 * does for a suite, in {@code target/imcbench/<class>/}) and evaluates its configured gates on the cases
 * that ran. Thread-safe.
 */
public final class ImcBenchSession implements AutoCloseable {
    private final ImcBenchConfig config;
    private final ClassLoader classLoader;
    private final SuiteRun run;
    private final SuiteGates gates;
    private final Map<String, CaseCatalog> catalogs = new ConcurrentHashMap<>();

    /**
     * A session over the given configuration.
     *
     * @param config the test class's configuration
     * @param classLoader loads {@code classpath:} case folders
     * @param run the class's run, started without cases: they run as tests ask for them
     * @param gates the gates evaluated when the class is done
     */
    ImcBenchSession(ImcBenchConfig config, ClassLoader classLoader, SuiteRun run, SuiteGates gates) {
        this.config = Objects.requireNonNull(config, "config");
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.run = Objects.requireNonNull(run, "run");
        this.gates = Objects.requireNonNull(gates, "gates");
    }

    /** The configured model under test ({@code imcbench.model}). */
    public ChatModel modelUnderTest() {
        return run.setup().conversation().modelUnderTest();
    }

    /** The configured jury ({@code imcbench.jury.judges}); its usage is not metered. */
    public Jury jury() {
        return run.setup().jury().jury(call -> { });
    }

    /** What the class's cases run with: models, jury, thresholds, images, budget. */
    public SuiteSetup setup() {
        return run.setup();
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
     * test of the class that asks for the same case id shares one run. A case stopped before its
     * conversation (an image that does not fit it) gives a result whose error says why.
     */
    public CaseResult run(BenchmarkCase benchmarkCase) {
        return run.run(plan(benchmarkCase)).result();
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
     * file; all cases are queued at once, and each test waits for its case and then runs the assertion.
     */
    public Stream<DynamicTest> dynamicTests(String folder, ThrowingConsumer<CaseResult> assertion) {
        List<BenchmarkCase> cases = cases(folder);
        cases.forEach(benchmarkCase -> run.queue(plan(benchmarkCase)));
        return cases.stream().map(benchmarkCase -> DynamicTest.dynamicTest(
                benchmarkCase.id() + " — " + benchmarkCase.title(), benchmarkCase.source(),
                () -> assertion.accept(run(benchmarkCase))));
    }

    /**
     * Writes the reports of the cases that ran (nothing when none did) and evaluates the configured gates
     * on them.
     *
     * @throws AssertionError naming every gate that failed, with what it measured
     */
    @Override
    public void close() {
        if (!run.hasCases()) {
            return;
        }
        run.finish();
        List<String> failed = new ArrayList<>();
        for (SuiteGate gate : gates.gates()) {
            GateOutcome outcome = run.gate(gate.id());
            if (!outcome.passed()) {
                failed.add(gate.title() + ": " + outcome.reason());
            }
        }
        if (!failed.isEmpty()) {
            throw new AssertionError("IMCBench gate(s) failed:\n  " + String.join("\n  ", failed));
        }
    }

    /** Fails with every failed check's message; aborts when a check was not judged. */
    static void meetsThresholds(CaseResult result) {
        if (result.error().isPresent() && result.checks().isEmpty()) {
            throw new AssertionError(result.error().get());
        }
        List<CheckResult> failed = withStatus(result, CheckStatus.FAILED);
        if (!failed.isEmpty()) {
            throw new AssertionError(messages(failed));
        }
        List<CheckResult> notJudged = withStatus(result, CheckStatus.NOT_JUDGED);
        if (!notJudged.isEmpty()) {
            Assumptions.abort((Supplier<String>) () -> messages(notJudged));
        }
    }

    private CasePlan plan(BenchmarkCase benchmarkCase) {
        return CasePlan.of(benchmarkCase, run.setup().jury().rubric().dimensions().stream().map(Dimension::key)
                .toList());
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
