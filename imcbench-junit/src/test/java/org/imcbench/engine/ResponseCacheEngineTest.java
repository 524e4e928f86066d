package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.imcbench.report.CaseReport;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.imcbench.report.UsageReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The response cache in whole suite runs: every role (model under test, patient simulator, LLM
 * judge) is an OpenAI-compatible model on a loopback server that counts its requests.
 */
class ResponseCacheEngineTest {
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
    void aSuiteRunTwiceWithReadWriteCallsNoModelTheSecondTimeAndScoresTheSame() {
        run("read-write").testEvents().assertStatistics(stats -> stats.started(12).succeeded(12));
        int firstCalls = provider.requests();
        SuiteReport first = report();
        provider.resetCount();

        run("read-write").testEvents().assertStatistics(stats -> stats.started(12).succeeded(12));
        SuiteReport second = report();

        assertThat(firstCalls).isGreaterThan(10);
        assertThat(provider.requests()).isZero();
        assertThat(scores(second)).isEqualTo(scores(first));
        assertThat(second.summary().meanScores()).isEqualTo(first.summary().meanScores());
        assertThat(first.summary().usage()).extracting(UsageReport::role).containsExactly("model", "patient", "jury");
        assertThat(first.summary().usage()).allSatisfy(role -> {
            assertThat(role.calls()).isPositive();
            assertThat(role.cachedCalls()).isZero();
            assertThat(role.inputTokens()).isEqualTo(10 * role.calls());
            assertThat(role.costUsd()).as("a model without a price costs 'unknown'").isNull();
            assertThat(role.unpricedModels()).singleElement().asString().startsWith("openai-compatible:");
        });
        assertThat(first.summary().usage().stream().mapToLong(UsageReport::calls).sum()).isEqualTo(firstCalls);
        assertThat(second.summary().usage()).allSatisfy(role -> {
            assertThat(role.cachedCalls()).isEqualTo(role.calls()).isPositive();
            assertThat(role.costUsd()).as("answers from the cache cost nothing").isZero();
        });
        assertThat(second.summary().costUsd()).isZero();
        CaseReport melanoma = first.cases().get(0);
        assertThat(melanoma.usage()).filteredOn(role -> role.role().equals("model")).singleElement()
                .satisfies(role -> assertThat(role.calls()).isEqualTo(2));
    }

    @Test
    void replayWithAMissingEntryFailsThatCaseAloneNamingTheRequestHash() throws IOException {
        run("read-write");
        List<String> removed = new ArrayList<>();
        for (Path file : cacheFiles()) {
            if (Files.readString(file).contains("small firm spot on my leg")) {
                Files.delete(file);
                removed.add(file.getFileName().toString().replace(".json", ""));
            }
        }
        assertThat(removed).isNotEmpty();
        provider.resetCount();

        EngineExecutionResults results = run("replay");

        assertThat(provider.requests()).isZero();
        results.testEvents().assertStatistics(stats -> stats.started(12).succeeded(8).failed(1).aborted(3));
        results.testEvents().failed().assertThatEvents().haveExactly(1, event(test(),
                displayName("engine-naevus › conversation"),
                finishedWithFailure(message(text -> text.contains("no recorded answer")
                        && removed.stream().anyMatch(text::contains)
                        && text.contains(reportDir.resolve("cache").toAbsolutePath().toString())))));
    }

    @Test
    void recordCallsAgainAndOverwritesWhileOffNeitherReadsNorWrites() throws IOException {
        run("read-write");
        int calls = provider.requests();
        List<Path> files = cacheFiles();
        provider.resetCount();

        run("record");
        assertThat(provider.requests()).isEqualTo(calls);
        assertThat(cacheFiles()).containsExactlyInAnyOrderElementsOf(files);

        deleteCache();
        provider.resetCount();
        run("off");
        assertThat(provider.requests()).isEqualTo(calls);
        assertThat(cacheFiles()).isEmpty();
    }

    @Test
    void cacheFilesHoldImageHashesButNoImageBytes() throws IOException {
        run("read-write");
        byte[] image;
        try (InputStream in = getClass().getResourceAsStream("/engine/cases/images/lesion.png")) {
            image = in.readAllBytes();
        }
        String base64 = Base64.getEncoder().encodeToString(image);

        assertThat(cacheFiles()).isNotEmpty().allSatisfy(file -> assertThat(Files.readString(file))
                .doesNotContain(base64.substring(0, 40)).doesNotContain("data:image"));
        assertThat(cacheFiles()).anySatisfy(file -> assertThat(Files.readString(file))
                .contains("90e99c0b697a03afc91601a1e5f0304850a9093702b5043831d656bdbc387069"));
    }

    private EngineExecutionResults run(String mode) {
        return engine().configurationParameter("imcbench.cache.mode", mode)
                .selectors(selectClass(DemoSuites.ConfiguredSuite.class)).execute();
    }

    private EngineTestKit.Builder engine() {
        return imcbench(reportDir).configurationParameter("imcbench.cases", "classpath:engine/cases")
                .configurationParameter("imcbench.model", endpoint("model-under-test"))
                .configurationParameter("imcbench.patient.model", endpoint("patient"))
                .configurationParameter("imcbench.jury.judges", endpoint("judge"));
    }

    private String endpoint(String model) {
        return "openai-compatible:" + server.url("/v1") + "#" + model;
    }

    private SuiteReport report() {
        return ReportWriter.read(reportDir.resolve("ConfiguredSuite").resolve("report.json"));
    }

    private static List<String> scores(SuiteReport report) {
        return report.cases().stream()
                .flatMap(caseReport -> caseReport.checks().stream()
                        .map(check -> caseReport.id() + " " + check.dimension() + " " + check.juryScore() + " "
                                + check.judgeScores()))
                .toList();
    }

    private List<Path> cacheFiles() throws IOException {
        Path cache = reportDir.resolve("cache");
        if (!Files.exists(cache)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private void deleteCache() throws IOException {
        for (Path file : cacheFiles()) {
            Files.delete(file);
        }
    }
}
