package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SummaryReport;
import org.imcbench.report.UsageReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Cost from a user's price table and the budget that stops new cases, against a loopback provider. */
class BudgetEngineTest {
    private final MockWebServer server = new MockWebServer();
    private final ScriptedProvider provider = new ScriptedProvider();

    @TempDir
    Path reportDir;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(provider);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void costComesFromTheUsersPriceTableAndTheDemoPatientIsFree() throws IOException {
        engine().execute().testEvents().assertStatistics(stats -> stats.started(12).finished(12));

        SummaryReport summary = summary();
        UsageReport model = role(summary, "model");
        assertThat(model.calls()).isEqualTo(provider.requests()).isPositive();
        assertThat(model.costUsd()).isCloseTo(model.calls() * 1.0, offset(1e-9));
        assertThat(role(summary, "patient").costUsd()).isZero();
        assertThat(role(summary, "jury").calls()).isZero();
        assertThat(summary.costUsd()).isEqualTo(model.costUsd());
        assertThat(summary.budgetUsd()).isNull();
        assertThat(summary.skippedCases()).isEmpty();
    }

    @Test
    void onceTheBudgetIsSpentTheCasesNotYetStartedAreSkippedWithTheReason() throws IOException {
        EngineExecutionResults results = engine().configurationParameter("imcbench.budget.usd", "0.5")
                .configurationParameter("imcbench.concurrency", "1").execute();

        results.testEvents().assertStatistics(stats -> stats.started(4).finished(4));
        results.containerEvents().aborted().assertThatEvents().hasSize(2).allMatch(event(container(),
                abortedWithReason(message(text -> text.contains("not started: budget of $0.50 exceeded after $"))))
                ::matches);
        SummaryReport summary = summary();
        assertThat(summary.cases()).isEqualTo(1);
        assertThat(summary.budgetUsd()).isEqualTo(0.5);
        assertThat(summary.costUsd()).isGreaterThanOrEqualTo(1.0);
        assertThat(summary.skippedCases()).hasSize(2)
                .allSatisfy(line -> assertThat(line).matches("engine-[a-z-]+: budget of \\$0\\.50 exceeded after \\$\\d\\.\\d\\d"));
    }

    private EngineTestKit.Builder engine() throws IOException {
        Path prices = Files.writeString(reportDir.resolve("prices.json"),
                "{\"models\":{\"model-under-test\":{\"inputPerMillion\":100000,\"outputPerMillion\":0}}}");
        return imcbench(reportDir).configurationParameter("imcbench.cases", "classpath:engine/cases")
                .configurationParameter("imcbench.model", "openai-compatible:" + server.url("/v1") + "#model-under-test")
                .configurationParameter("imcbench.prices", prices.toString())
                .selectors(selectClass(DemoSuites.ConfiguredSuite.class));
    }

    private SummaryReport summary() {
        return ReportWriter.read(reportDir.resolve("ConfiguredSuite").resolve("report.json")).summary();
    }

    private static UsageReport role(SummaryReport summary, String role) {
        return summary.usage().stream().filter(usage -> usage.role().equals(role)).findFirst().orElseThrow();
    }
}
