package org.imcbench.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.faults.FaultFixtures.failedWith;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Fault matrix, endpoint and jury rows through the engine: the three engine-test cases against a
 * model (or judge) on loopback that throttles, fails, hangs, lies or answers twice. Each row asserts
 * which tests fail or abort, with what message, and that every case ran its own conversation.
 */
class EndpointFaultsEngineTest {
    private static final List<String> CONVERSATIONS = FaultFixtures.GOOD_CASES.stream()
            .map(id -> id + " › conversation").toList();
    private static final String JUDGE_VERDICT = "{\"scores\":[{\"dimension\":\"safety\",\"score\":%d,"
            + "\"rationale\":\"refers (turn 2)\"},{\"dimension\":\"accuracy\",\"score\":%d,\"rationale\":\"names it "
            + "(turn 2)\"},{\"dimension\":\"uncertainty\",\"score\":%d,\"rationale\":\"hedges (turn 2)\"}]}";

    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger requests = new AtomicInteger();

    @TempDir
    Path work;

    private Path suite;

    @BeforeEach
    void start() throws IOException {
        server.start();
        suite = FaultFixtures.goodSuite(work.resolve("suite"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void answer(Function<Integer, MockResponse> byRequestNumber) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return byRequestNumber.apply(requests.incrementAndGet());
            }
        });
    }

    private static MockResponse careful() {
        return FaultFixtures.json(200, FaultFixtures.chatAnswer(FaultFixtures.CAREFUL_ANSWER));
    }

    private EngineTestKit.Builder engine(Map<String, String> settings) {
        return engine(settings, work);
    }

    private EngineTestKit.Builder engine(Map<String, String> settings, Path where) {
        EngineTestKit.Builder builder = FaultFixtures.engine(where)
                .configurationParameter("imcbench.model", "openai-compatible:" + server.url("/v1") + "#m")
                .selectors(selectDirectory(suite.toFile()));
        settings.forEach(builder::configurationParameter);
        return builder;
    }

    private static List<String> passed(EngineExecutionResults results) {
        return FaultFixtures.tests(results, event -> status(event) == TestExecutionResult.Status.SUCCESSFUL);
    }

    private static List<Event> failedConversations(EngineExecutionResults results) {
        return results.testEvents().finished().stream()
                .filter(event -> status(event) == TestExecutionResult.Status.FAILED)
                .filter(event -> event.getTestDescriptor().getDisplayName().endsWith("› conversation")).toList();
    }

    private static TestExecutionResult.Status status(Event event) {
        return event.getPayload(TestExecutionResult.class).map(TestExecutionResult::getStatus).orElse(null);
    }

    private void assertEveryConversationFailed(EngineExecutionResults results, String... parts) {
        List<Event> failed = failedConversations(results);
        assertThat(failed).hasSize(3).allSatisfy(event -> assertThat(event).is(failedWith(parts)));
        assertThat(failed).extracting(event -> event.getTestDescriptor().getDisplayName())
                .containsExactlyInAnyOrderElementsOf(CONVERSATIONS);
    }

    @Test
    void aStormOfThirty429sIsRiddenOutUnderTheDefaultAttempts() {
        answer(n -> n <= 30 ? new MockResponse.Builder().code(429).addHeader("Retry-After", "0.05").build()
                : careful());

        EngineExecutionResults results = engine(Map.of()).execute();

        assertThat(passed(results)).containsAll(CONVERSATIONS);
        assertThat(requests.get()).isGreaterThan(30);
    }

    @Test
    void aRateLimitLongerThanItsBoundFailsSayingHowLongItWaited() {
        answer(n -> new MockResponse.Builder().code(429).addHeader("Retry-After", "0.2")
                .body("{\"error\":{\"message\":\"Rate limit reached\"}}").build());

        EngineExecutionResults results = engine(Map.of("imcbench.http.rate-limit-wait", "1s")).execute();

        assertEveryConversationFailed(results, "HTTP 429 after 6 attempts (still rate limited after waiting 1.0 s in "
                + "total; imcbench.http.rate-limit-wait bounds that wait): Rate limit reached");
    }

    @Test
    void aServerErrorIsRetriedThenFailsEachConversationAlone() {
        answer(n -> FaultFixtures.json(500, "{\"error\":{\"message\":\"upstream exploded\"}}"));

        EngineExecutionResults results = engine(Map.of("imcbench.http.max-attempts", "2")).execute();

        assertEveryConversationFailed(results, "HTTP 500 after 2 attempts", "upstream exploded");
        assertThat(requests.get()).isEqualTo(6);
    }

    @Test
    void aHangingEndpointTimesOutPerAttempt() {
        answer(n -> new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS)
                .body(FaultFixtures.chatAnswer("late")).build());

        EngineExecutionResults results = engine(Map.of("imcbench.http.read-timeout", "300ms",
                "imcbench.http.max-attempts", "1")).execute();

        assertEveryConversationFailed(results, "no HTTP response after 1 attempt", "SocketTimeoutException");
    }

    @Test
    void malformedBodiesFailTheirConversationWithWhatWasWrong() {
        String[] bodies = {"<html>Bad gateway</html>", "[1, 2]", "{\"choices\":[]}"};
        String[] messages = {"malformed response: the body is not JSON", "the body is not a JSON object",
            "no text in choices[0].message.content"};
        for (int i = 0; i < bodies.length; i++) {
            String body = bodies[i];
            answer(n -> FaultFixtures.json(200, body));

            EngineExecutionResults results = engine(Map.of(), work.resolve("run-" + i)).execute();

            assertEveryConversationFailed(results, messages[i]);
        }
    }

    @Test
    void unauthorisedAndForbiddenAreNotRetried() {
        for (int code : new int[] {401, 403}) {
            requests.set(0);
            answer(n -> FaultFixtures.json(code, "{\"error\":{\"message\":\"invalid key\"}}"));

            EngineExecutionResults results = engine(Map.of(), work.resolve("run-" + code)).execute();

            assertEveryConversationFailed(results, "HTTP " + code + " after 1 attempt: invalid key");
            assertThat(requests.get()).as("one request per case, no retry storm").isEqualTo(3);
        }
    }

    @Test
    void a200WithAnErrorObjectShowsTheProvidersMessage() {
        answer(n -> FaultFixtures.json(200, "{\"error\":{\"message\":\"Provider returned error\",\"code\":502}}"));

        EngineExecutionResults results = engine(Map.of()).execute();

        assertEveryConversationFailed(results, "HTTP 200 with an error instead of an answer: Provider returned error");
    }

    @Test
    void aTwentyMegabyteAnswerHasItsOwnMessage() {
        String huge = FaultFixtures.chatAnswer("x".repeat(20 * 1024 * 1024));
        answer(n -> FaultFixtures.json(200, huge));

        EngineExecutionResults results = engine(Map.of()).execute();

        assertEveryConversationFailed(results,
                "the answer is larger than imcbench.http.max-response-bytes (8388608 bytes)");
    }

    @Test
    void anEndpointThatDropsReusedConnectionsCostsNoCase() throws IOException {
        try (LoopbackHttpServer dropping = new LoopbackHttpServer((socket, self) -> {
            if (self.readRequest(socket) != null) {
                LoopbackHttpServer.answer(socket, "HTTP/1.0 200 OK",
                        FaultFixtures.chatAnswer(FaultFixtures.CAREFUL_ANSWER));
                self.readRequest(socket);
            }
        })) {
            EngineExecutionResults results = FaultFixtures.engine(work)
                    .configurationParameter("imcbench.model", "openai-compatible:" + dropping.baseUrl() + "#m")
                    .configurationParameter("imcbench.http.max-attempts", "1")
                    .configurationParameter("imcbench.concurrency", "1")
                    .selectors(selectDirectory(suite.toFile())).execute();

            assertThat(passed(results)).containsAll(CONVERSATIONS);
            assertThat(dropping.requests()).as("requests that fell on a closed connection were sent again")
                    .isGreaterThan(dropping.connections());
        }
    }

    @Test
    void credentialsInTheBaseUrlAreRefusedMaskedAndTheMessageSaysWhereSecretsGo() {
        EngineExecutionResults results = FaultFixtures.engine(work)
                .configurationParameter("imcbench.model", "openai-compatible:http://team:pa55word@127.0.0.1:9/v1#m")
                .selectors(selectDirectory(suite.toFile())).execute();

        assertThat(results.allEvents().finished().stream().toList())
                .haveAtLeastOne(failedWith("credentials do not belong in the URL",
                        "secrets go in environment variables only"))
                .noneMatch(event -> String.valueOf(event.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable).map(Throwable::getMessage)).contains("pa55word"));
    }

    @Test
    void aJudgeThatGivesTwoDifferentVerdictsIsAJudgeErrorWithItsRawAnswer() {
        String twice = String.format(JUDGE_VERDICT, 1, 1, 1) + "\n" + String.format(JUDGE_VERDICT, 5, 5, 5);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getBody().utf8().contains("response_format")
                        ? FaultFixtures.json(200, FaultFixtures.chatAnswer(twice)) : careful();
            }
        });

        EngineExecutionResults results = engine(Map.of("imcbench.jury.judges",
                "openai-compatible:" + server.url("/v1") + "#judge")).execute();

        assertThat(passed(results)).containsAll(CONVERSATIONS);
        List<Event> aborted = results.testEvents().aborted().stream().toList();
        assertThat(aborted).hasSize(9).allSatisfy(event -> assertThat(event).is(failedWith("judge error",
                "the answer holds two different verdicts")));
        assertThat(FaultFixtures.read(work.resolve("reports/suite/report.json")))
                .contains("the answer holds two different verdicts").contains("\\\"score\\\":5");
    }

    @Test
    void twoRunsSharingACacheBothPassAndAThirdReplaysWithoutCalls() throws Exception {
        answer(n -> careful());
        Map<String, String> shared = Map.of("imcbench.cache.mode", "read-write",
                "imcbench.cache.dir", work.resolve("shared-cache").toString());
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<EngineExecutionResults> first = two.submit(() -> engine(shared, work.resolve("a")).execute());
            Future<EngineExecutionResults> second = two.submit(() -> engine(shared, work.resolve("b")).execute());
            assertThat(passed(first.get())).containsAll(CONVERSATIONS);
            assertThat(passed(second.get())).containsAll(CONVERSATIONS);
        } finally {
            two.shutdownNow();
        }
        int calls = requests.get();

        EngineExecutionResults replay = engine(Map.of("imcbench.cache.mode", "replay",
                "imcbench.cache.dir", work.resolve("shared-cache").toString()), work.resolve("c")).execute();

        assertThat(passed(replay)).containsAll(CONVERSATIONS);
        assertThat(requests.get()).as("nothing called again").isEqualTo(calls);
    }
}
