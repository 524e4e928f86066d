package org.imcbench.engine;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.imcbench.conversation.Ablation;
import org.imcbench.report.html.HtmlReport;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Publishes a test's figures (scores, judges, a link to its case in {@code report.html}) as one JUnit
 * report entry and, with {@code imcbench.report.echo-entries}, prints them to standard output as
 * {@code key = value} lines.
 *
 * <p>Surefire drops JUnit report entries, but keeps what a test prints in the test's
 * {@code <system-out>}: it gives a test everything printed since the previous test finished. The
 * engine's tests report one after another from one thread (their cases' work runs on other threads
 * and prints nothing), so no other test's lines come between a test's entries and its end.
 */
final class ReportEntries {
    /** The key of the link to the test's case (or the suite) in {@code report.html}. */
    static final String REPORT_PAGE = "imcbench.report.html";

    private final EngineExecutionListener listener;
    private final boolean echo;
    private final String reportPage;

    ReportEntries(EngineExecutionListener listener, boolean echo, Path reportPage) {
        this.listener = listener;
        this.echo = echo;
        this.reportPage = reportPage.toAbsolutePath().normalize().toUri().toString();
    }

    /**
     * Publishes the figures of a test inside a case, with a link to the section of the report of the
     * case, or of the ablation variant it runs.
     */
    void publishForCase(TestDescriptor test, String caseId, Ablation ablation, Map<String, String> figures) {
        Optional<String> variant = ablation.equals(Ablation.NONE) ? Optional.empty() : Optional.of(ablation.name());
        publish(test, figures, reportPage + "#" + HtmlReport.caseAnchor(caseId, variant));
    }

    /** Publishes the figures of a suite-level test (a gate), with a link to the report. */
    void publishForSuite(TestDescriptor test, Map<String, String> figures) {
        publish(test, figures, reportPage);
    }

    private void publish(TestDescriptor test, Map<String, String> figures, String link) {
        Map<String, String> entries = new LinkedHashMap<>(figures);
        entries.put(REPORT_PAGE, link);
        listener.reportingEntryPublished(test, ReportEntry.from(entries));
        if (echo) {
            PrintStream stream = System.out;
            entries.forEach((key, value) -> stream.println(key + " = " + value));
            stream.flush();
        }
    }
}
