package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A model endpoint nothing listens on: after three cases in a row were refused, the suite starts no
 * further case and fails each with one reason; the summary says it once, not once per check.
 */
class UnusableEndpointEngineTest {
    @TempDir
    Path dir;

    @Test
    void afterThreeRefusedCasesTheRestFailWithOneReasonWithoutCallingTheEndpoint() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        EngineExecutionResults results;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            results = imcbench(dir).selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                    .configurationParameter("imcbench.cases", "classpath:imcbench/starter/core")
                    .configurationParameter("imcbench.model", "openai-compatible:http://127.0.0.1:" + port + "/v1#m")
                    .configurationParameter("imcbench.concurrency", "1")
                    .configurationParameter("imcbench.http.max-attempts", "1")
                    .execute();
        } finally {
            System.setOut(console);
        }

        results.testEvents().assertThatEvents().haveExactly(3, event(test(), finishedWithFailure(message(
                text -> text.contains("ConnectException")))));
        results.containerEvents().assertThatEvents().haveExactly(36, event(container(), finishedWithFailure(message(
                text -> text.startsWith("3 cases in a row could not use their model endpoint, so no further case is "
                        + "started; the last error: ")))));
        SuiteReport report = ReportWriter.read(dir.resolve("ConfiguredSuite").resolve("report.json"));
        assertThat(report.summary().cases()).isEqualTo(39);
        assertThat(report.summary().conversationsFailed()).isEqualTo(39);
        String summary = printed.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("    9 checks: conversation failed: openai-compatible model 'm' at ",
                "    3 cases: conversation failed: openai-compatible model 'm' at ",
                "    36 cases: conversation failed: 3 cases in a row could not use their model endpoint, so no further "
                        + "case is started; the last error: ");
        assertThat(summary.lines().filter(line -> line.contains("could not use their model endpoint"))).hasSize(1);
    }
}
