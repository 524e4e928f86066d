package org.imcbench.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.faults.FaultFixtures.failedWith;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.imcbench.testing.PngHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * Fault matrix, image rows (issue 17, items 1, 2, 5): a suite folder whose hostile cases point at a
 * file outside it that has exactly the hash they declare, so that opening it would send it. The
 * model is a real endpoint on loopback; the rows assert which case fails with what message, that
 * the good cases still ran, and that the outside file's bytes never reached the model.
 */
class HostileImagesFaultTest {
    private final MockWebServer server = new MockWebServer();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @TempDir
    Path work;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                bodies.add(request.getBody().utf8());
                return FaultFixtures.json(200, FaultFixtures.chatAnswer(FaultFixtures.CAREFUL_ANSWER));
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void noPathFormReadsTheFileOutsideTheSuiteAndABombIsRefusedFromItsHeader() throws IOException {
        Path suite = FaultFixtures.goodSuite(work.resolve("suite"));
        Path outside = Files.createDirectories(work.resolve("outside"));
        byte[] secret = Files.readAllBytes(Path.of("src/test/resources/cases/images/tiny-lesion.png"));
        Files.write(outside.resolve("secret.png"), secret);
        String sha = FaultFixtures.sha256(secret);
        Files.createSymbolicLink(suite.resolve("images/leak.png"), outside.resolve("secret.png"));
        Files.createSymbolicLink(suite.resolve("evil"), outside);
        byte[] bomb = PngHeaders.of(46_000, 46_000);
        Files.write(suite.resolve("images/bomb.png"), bomb);

        FaultFixtures.caseWithImage(suite, "hostile-encoded", "%2e%2e/outside/secret.png", sha);
        FaultFixtures.caseWithImage(suite, "hostile-encoded-slash", "%2e%2e%2foutside%2fsecret.png", sha);
        FaultFixtures.caseWithImage(suite, "hostile-symlink", "images/leak.png", sha);
        FaultFixtures.caseWithImage(suite, "hostile-linked-folder", "evil/secret.png", sha);
        FaultFixtures.caseWithImage(suite, "hostile-backslash", "images\\..\\..\\outside\\secret.png", sha);
        FaultFixtures.caseWithImage(suite, "hostile-absolute", outside.resolve("secret.png").toString(), sha);
        FaultFixtures.caseWithImage(suite, "hostile-file-uri", outside.resolve("secret.png").toUri().toString(), sha);
        FaultFixtures.caseWithImage(suite, "hostile-bomb", "images/bomb.png", FaultFixtures.sha256(bomb));

        EngineExecutionResults results = FaultFixtures.engine(work)
                .configurationParameter("imcbench.model", "openai-compatible:" + server.url("/v1") + "#m")
                .selectors(selectDirectory(suite.toFile())).execute();

        assertThat(FaultFixtures.tests(results, event -> succeeded(event)))
                .containsAll(List.of("engine-melanoma › conversation", "engine-naevus › conversation",
                        "engine-rare › conversation"));
        List<Event> failures = results.allEvents().finished().stream()
                .filter(event -> !succeeded(event)).toList();
        for (String refused : List.of("hostile-encoded", "hostile-encoded-slash", "hostile-symlink",
                "hostile-linked-folder")) {
            assertThat(failures).as(refused).haveExactly(1, failedWith(refused + ".json", "/images/0/uri",
                    "refused image path"));
        }
        for (String invalid : List.of("hostile-backslash", "hostile-absolute", "hostile-file-uri")) {
            assertThat(failures).as(invalid).haveExactly(1, failedWith(invalid + ".json", "/images/0/uri"));
        }
        assertThat(failures).haveExactly(1, failedWith("hostile-bomb.json", "46000 × 46000 px",
                "imcbench.images.max-pixels (100000000)", "refused before decoding"));

        assertThat(bodies).as("the good cases talked to the model").hasSizeGreaterThanOrEqualTo(3);
        String secretBase64 = Base64.getEncoder().encodeToString(secret);
        assertThat(bodies).noneMatch(body -> body.contains(secretBase64.substring(0, 64)))
                .noneMatch(body -> body.contains("hostile"));
    }

    private static boolean succeeded(Event event) {
        return event.getPayload(TestExecutionResult.class)
                .map(result -> result.getStatus() == TestExecutionResult.Status.SUCCESSFUL).orElse(false);
    }
}
