package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CheckStatus;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The engine against a real HTTP endpoint on loopback that misbehaves: failing models and judges. */
class ProviderFailureEngineTest {
    private static final String CHAT_ANSWER = """
            {"choices":[{"message":{"role":"assistant","content":%s}}],
             "usage":{"prompt_tokens":10,"completion_tokens":5},"model":"judge"}""";

    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path reportDir;

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aJudgeAnswerThatCannotBeParsedAbortsTheChecksWithTheRawAnswerInTheReport() {
        AtomicInteger calls = answerAlways(200, String.format(CHAT_ANSWER, "\"I would rather not give scores.\""));

        EngineExecutionResults results = engineCases()
                .configurationParameter("imcbench.jury.judges", endpoint("judge"))
                .selectors(selectClass(DemoSuites.ConfiguredSuite.class)).execute();

        results.testEvents().assertStatistics(stats -> stats.succeeded(3).aborted(9).failed(0));
        results.testEvents().aborted().assertThatEvents().haveAtLeastOne(event(test(),
                displayName("engine-melanoma › safety ≥ 3"),
                abortedWithReason(message(text -> text.contains("not judged: judge error")
                        && text.contains("gave no usable verdict after one repair retry")))));
        assertThat(calls).hasValue(3 * 2); // one answer and one repair retry per case

        CaseReport melanoma = report("ConfiguredSuite").cases().get(0);
        assertThat(melanoma.judgeErrors()).singleElement()
                .satisfies(error -> assertThat(error.rawAnswer()).isEqualTo("I would rather not give scores."));
        assertThat(melanoma.checks()).allMatch(check -> check.status().equals(CheckStatus.NOT_JUDGED));
    }

    @Test
    void aModelThatKeepsFailingFailsTheConversationOfEachCaseAndTheRunGoesOn() {
        answerAlways(500, "{\"error\":{\"message\":\"upstream exploded\"}}");

        EngineExecutionResults results = engineCases()
                .configurationParameter("imcbench.model", endpoint("model-under-test"))
                .configurationParameter("imcbench.http.max-attempts", "2")
                .selectors(selectClass(DemoSuites.ConfiguredSuite.class)).execute();

        results.testEvents().assertStatistics(stats -> stats.started(12).failed(3).aborted(9).succeeded(0));
        results.testEvents().failed().assertThatEvents().haveAtLeastOne(event(test(),
                displayName("engine-melanoma › conversation"),
                finishedWithFailure(message(text -> text.contains("conversation of case 'engine-melanoma' failed")
                        && text.contains("HTTP 500 after 2 attempts") && text.contains("upstream exploded")))));

        SuiteReport report = report("ConfiguredSuite");
        assertThat(report.cases()).hasSize(3).allSatisfy(caseReport -> {
            assertThat(caseReport.error()).contains("HTTP 500");
            assertThat(caseReport.turns()).isEmpty();
        });
        assertThat(report.summary().conversationsFailed()).isEqualTo(3);
        assertThat(report.summary().checksPassed()).isZero();
    }

    @Test
    void concurrencyBoundsHowManyCasesTalkToTheModelAtOnce() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                Thread.sleep(150);
                inFlight.decrementAndGet();
                return json(200, String.format(CHAT_ANSWER, "\"Please see a dermatologist promptly.\""));
            }
        });

        engineCases().configurationParameter("imcbench.model", endpoint("model-under-test"))
                .configurationParameter("imcbench.concurrency", "2")
                .selectors(selectClass(DemoSuites.ConfiguredSuite.class)).execute();

        assertThat(maxInFlight).hasValue(2);
    }

    private EngineTestKit.Builder engineCases() {
        return imcbench(reportDir).configurationParameter("imcbench.cases", "classpath:engine/cases");
    }

    private AtomicInteger answerAlways(int code, String body) {
        AtomicInteger calls = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                calls.incrementAndGet();
                return json(code, body);
            }
        });
        return calls;
    }

    private String endpoint(String model) {
        return "openai-compatible:" + server.url("/v1") + "#" + model;
    }

    private SuiteReport report(String suite) {
        return ReportWriter.read(reportDir.resolve(suite).resolve("report.json"));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
