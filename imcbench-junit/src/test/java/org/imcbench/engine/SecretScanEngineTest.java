package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * Plants an API key in the engine's environment for every role, runs a suite with the response
 * cache on against a server that echoes the {@code Authorization} header into its error bodies,
 * and scans every output for the key: report and cache files, console output and test events.
 */
class SecretScanEngineTest {
    private static final String KEY_VARIABLE = "IMCBENCH_PLANTED_KEY";
    private static final String KEY = "planted-Secret-7f3a9c2e5b1d40aa";

    private final MockWebServer server = new MockWebServer();
    private final ScriptedProvider provider = new ScriptedProvider();
    private final AtomicInteger authorized = new AtomicInteger();

    @TempDir
    Path reportDir;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String authorization = request.getHeaders().get("Authorization");
                if (!("Bearer " + KEY).equals(authorization)) {
                    return ScriptedProvider.json(401, "{\"error\":{\"message\":\"no key\"}}");
                }
                authorized.incrementAndGet();
                String body = request.getBody().utf8();
                String echo = "{\"error\":{\"message\":\"rejected request with Authorization: " + authorization
                        + " (key " + KEY + ")\"}}";
                if (body.contains("small firm spot on my leg") && !body.contains("response_format")) {
                    return ScriptedProvider.json(500, echo);
                }
                if (body.contains("response_format") && body.contains("shin")) {
                    return ScriptedProvider.json(400, echo);
                }
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
    void theKeyIsInNoReportCacheFileConsoleLineOrTestEvent() throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        EngineExecutionResults results;
        try (PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            results = imcbench(new ImcBenchTestEngine(Map.of(KEY_VARIABLE, KEY)::get), reportDir)
                    .configurationParameter("imcbench.cases", "classpath:engine/cases")
                    .configurationParameter("imcbench.cache.mode", "read-write")
                    .configurationParameter("imcbench.http.max-attempts", "2")
                    .configurationParameter("imcbench.model", endpoint("model-under-test"))
                    .configurationParameter("imcbench.model.api-key-env", KEY_VARIABLE)
                    .configurationParameter("imcbench.patient.model", endpoint("patient"))
                    .configurationParameter("imcbench.patient.api-key-env", KEY_VARIABLE)
                    .configurationParameter("imcbench.jury.judges", endpoint("judge"))
                    .configurationParameter("imcbench.jury.api-key-env", KEY_VARIABLE)
                    .selectors(selectClass(DemoSuites.ConfiguredSuite.class)).execute();
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }

        results.testEvents().assertStatistics(stats -> stats.started(12).failed(1).aborted(6).succeeded(5));
        assertThat(authorized).as("every role sent the planted key").hasValueGreaterThan(10);
        List<Path> files = files(reportDir);
        assertThat(files).anySatisfy(file -> assertThat(file.toString()).endsWith("report.json"));
        assertThat(files(reportDir.resolve("cache"))).isNotEmpty();
        String report = Files.readString(reportDir.resolve("ConfiguredSuite").resolve("report.json"));
        assertThat(report).as("the echoed error bodies reached the report, redacted")
                .contains("rejected request with Authorization: Bearer ***");

        for (Path file : files) {
            assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(KEY);
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("IMCBench suite").doesNotContain(KEY);
        assertThat(results.allEvents().stream().map(SecretScanEngineTest::describe)).noneMatch(text -> text.contains(KEY));
    }

    private String endpoint(String model) {
        return "openai-compatible:" + server.url("/v1") + "#" + model;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    /** Everything an event carries: its descriptor, payload and any throwable with its stack trace. */
    private static String describe(Event event) {
        StringWriter text = new StringWriter();
        text.append(event.toString()).append(event.getTestDescriptor().getDisplayName());
        event.getPayload().ifPresent(payload -> text.append(payload.toString()));
        event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                .ifPresent(throwable -> throwable.printStackTrace(new PrintWriter(text)));
        return text.toString();
    }
}
