package org.imcbench.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

/**
 * Fault matrix, kill -9 row: a run in its own JVM is killed with SIGKILL while it waits for the
 * model's third answer; a rerun with the same response cache sends none of the two requests that
 * were already answered (no paid call repeated), finds no half-written cache entry, and passes.
 */
class KillNineFaultTest {
    private final MockWebServer server = new MockWebServer();
    private final Set<String> answeredBeforeKill = ConcurrentHashMap.newKeySet();
    private final List<String> afterKill = new CopyOnWriteArrayList<>();
    private final CountDownLatch hanging = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean killed;

    @TempDir
    Path work;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                String body = request.getBody().utf8();
                if (killed) {
                    afterKill.add(body);
                } else if (answeredBeforeKill.size() < 2) {
                    answeredBeforeKill.add(body);
                } else {
                    hanging.countDown();
                    released.await(60, TimeUnit.SECONDS);
                }
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
    void aRunKilledMidwayIsRerunFromTheCacheWithoutRepeatingAPaidCall() throws Exception {
        Path suite = FaultFixtures.goodSuite(work.resolve("suite"));
        String model = "openai-compatible:" + server.url("/v1") + "#m";
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledRunMain.class.getName(), suite.toString(),
                work.toString(), model).redirectErrorStream(true).redirectOutput(work.resolve("run.log").toFile())
                .start();
        try {
            assertThat(hanging.await(60, TimeUnit.SECONDS)).as("the run reached its third model call").isTrue();
        } finally {
            killed = true;
            run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            released.countDown();
        }
        assertThat(answeredBeforeKill).hasSize(2);
        try (Stream<Path> cache = Files.walk(work.resolve("cache"))) {
            assertThat(cache.filter(Files::isRegularFile).map(file -> file.getFileName().toString()))
                    .as("two whole entries, no temporary file").hasSize(2).allMatch(name -> name.endsWith(".json"));
        }

        EngineExecutionResults rerun = FaultFixtures.engine(work)
                .configurationParameter("imcbench.cache.mode", "read-write")
                .configurationParameter("imcbench.concurrency", "1")
                .configurationParameter("imcbench.model", model)
                .selectors(selectDirectory(suite.toFile())).execute();

        assertThat(FaultFixtures.tests(rerun, event -> event.getPayload(TestExecutionResult.class)
                .map(result -> result.getStatus() == TestExecutionResult.Status.SUCCESSFUL).orElse(false)))
                .containsAll(FaultFixtures.GOOD_CASES.stream().map(id -> id + " › conversation").toList());
        assertThat(afterKill).isNotEmpty().noneMatch(answeredBeforeKill::contains);
    }
}
