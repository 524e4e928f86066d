package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Path;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * {@code imcbench.run.deadline}: once it has passed no case starts; the case under way finishes and the
 * others are aborted with the reason, and listed as skipped in the report. The endpoint answers each call
 * after 2.5 s, longer than the 2 s deadline, so the first case is still running when the deadline passes.
 */
class RunDeadlineEngineTest {
    private final MockWebServer server = new MockWebServer();
    private final ScriptedProvider provider = new ScriptedProvider();

    @TempDir
    Path reportDir;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                Thread.sleep(2_500);
                return provider.dispatch(request);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void noCaseStartsOnceTheRunsDeadlineHasPassed() {
        EngineExecutionResults results = imcbench(reportDir)
                .configurationParameter("imcbench.cases", "classpath:engine/cases")
                .configurationParameter("imcbench.model", "openai-compatible:" + server.url("/v1") + "#scripted")
                .configurationParameter("imcbench.concurrency", "1")
                .configurationParameter("imcbench.run.deadline", "2s")
                .selectors(selectClass(DemoSuites.ConfiguredSuite.class)).execute();

        String reason = "not started: the run's deadline (imcbench.run.deadline = PT2S) has passed";
        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container("engine-melanoma"), finishedSuccessfully()))
                .haveExactly(2, event(container(), abortedWithReason(message(text -> text.endsWith(reason)))));
        SuiteReport report = ReportWriter.read(reportDir.resolve("ConfiguredSuite").resolve("report.json"));
        assertThat(report.cases()).extracting(c -> c.id()).containsExactly("engine-melanoma");
        assertThat(report.summary().skippedCases()).containsExactly(
                "engine-naevus: the run's deadline (imcbench.run.deadline = PT2S) has passed",
                "engine-rare: the run's deadline (imcbench.run.deadline = PT2S) has passed");
    }
}
