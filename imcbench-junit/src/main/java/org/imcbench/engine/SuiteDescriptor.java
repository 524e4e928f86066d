package org.imcbench.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.ResolvedImage;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.imcbench.jury.Rubric;
import org.imcbench.jury.Rubrics;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.imcbench.report.SummaryPrinter;
import org.imcbench.report.html.HtmlReport;
import org.imcbench.run.BenchmarkRun;
import org.imcbench.run.SuiteGate;
import org.imcbench.run.SuiteGates;
import org.imcbench.run.SuiteRecorder;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A suite: the cases of one {@code @ImcBenchSuite} class or one case folder. Before its cases run
 * it builds the run from configuration and fetches every image, so that a missing image stops the
 * suite before any model is called; afterwards it writes {@code report.json} and {@code report.html},
 * prints the summary and runs the configured suite-level gates ({@link SuiteGates}: jury agreement,
 * suite and stratum means, regression vs a baseline) as last tests. With {@code imcbench.baseline} the
 * baseline report is read before any case runs and the report is compared with it.
 */
final class SuiteDescriptor extends AbstractTestDescriptor implements Node<ImcBenchExecutionContext> {
    static final String CLASS_SEGMENT = "suite";
    static final String FOLDER_SEGMENT = "folder";
    private static final String HTML_REPORT = "report.html";

    private final String reportName;
    private final ImcBenchConfig config;
    private Rubric rubric;
    private volatile SuiteGates gates;

    SuiteDescriptor(UniqueId uniqueId, String displayName, TestSource source, String reportName,
            ImcBenchConfig config) {
        super(uniqueId, displayName, source);
        this.reportName = reportName;
        this.config = config;
    }

    ImcBenchConfig config() {
        return config;
    }

    /** The rubric the suite's checks are named after, read once ({@code imcbench.rubric} may name a file). */
    Rubric rubric() {
        if (rubric == null) {
            rubric = Rubrics.resolve(config.get(Settings.RUBRIC));
        }
        return rubric;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.CONCURRENT;
    }

    @Override
    public ImcBenchExecutionContext before(ImcBenchExecutionContext context) {
        List<BenchmarkCase> cases = getChildren().stream()
                .filter(CaseDescriptor.class::isInstance)
                .map(child -> ((CaseDescriptor) child).benchmarkCase())
                .toList();
        BenchmarkRun run = BenchmarkRun.create(config, context.environment());
        gates = SuiteGates.from(config, run.rubric(), run.minAgreementQwk());
        run.prefetchImages(cases);
        Path reportFile = new ReportWriter(config.get(Settings.REPORT_DIR)).reportFile(reportName);
        ReportEntries entries = new ReportEntries(context.listener(), config.get(Settings.REPORT_ECHO_ENTRIES),
                reportFile.resolveSibling(HTML_REPORT));
        return context.withSuite(run, new SuiteRecorder(reportName, run, cases, Clock.systemUTC(),
                reportFile.resolveSibling("calibration.json")), entries);
    }

    /**
     * Writes the reports, prints the summary and runs the gates, holding the reporting lock so that the
     * gates' report entries are not interleaved with the tests of suites still running.
     */
    @Override
    public void after(ImcBenchExecutionContext context) {
        if (context.recorder() == null) {
            return;
        }
        context.reportingLock().lock();
        try {
            SuiteReport report = gates.withBaseline(context.recorder().report());
            Path file = new ReportWriter(config.get(Settings.REPORT_DIR)).write(report);
            HtmlReport.write(HtmlReport.page(report, sha256 -> context.run().prefetchedImage(sha256)
                    .map(ResolvedImage::bytes)), file.resolveSibling(HTML_REPORT));
            new SummaryPrinter(System.out).print(report, file);
            context.listener().reportingEntryPublished(this, ReportEntry.from(Map.of(
                    "imcbench.report.json", file.toAbsolutePath().toString(),
                    ReportEntries.REPORT_PAGE, file.resolveSibling(HTML_REPORT).toAbsolutePath().toString())));
            for (SuiteGate gate : gates.gates()) {
                SuiteGateDescriptor.runAfterCases(this, gate, report, context.listener(), context.entries());
            }
        } finally {
            context.reportingLock().unlock();
        }
    }
}
