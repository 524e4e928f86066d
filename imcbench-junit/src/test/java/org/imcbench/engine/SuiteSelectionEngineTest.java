package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CheckStatus;
import org.imcbench.report.GateReport;
import org.imcbench.report.GateStatus;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * What a selection of a suite runs: gates are tests of the plan (selectable by unique id, excluded by
 * tag, skipped with the reason on a partial selection), a partial run keeps the full run's report, and
 * the tests report in discovery order from one thread while the cases' work runs concurrently.
 */
class SuiteSelectionEngineTest {
    private static final String GATE = "suite mean safety ≥ 3";
    private static final int TESTS_PER_CASE = 4;

    @TempDir
    Path dir;

    private EngineTestKit.Builder suiteWithGate() {
        return imcbench(dir).configurationParameter("imcbench.cases", "classpath:engine/cases")
                .configurationParameter("imcbench.model", "demo:careful")
                .configurationParameter("imcbench.gate.suite.safety.min", "3")
                .configurationParameter("imcbench.gate.min-cases", "3");
    }

    private static UniqueId suiteId() {
        return UniqueId.forEngine(ImcBenchTestEngine.ENGINE_ID).append(SuiteDescriptor.CLASS_SEGMENT,
                DemoSuites.ConfiguredSuite.class.getName());
    }

    private SuiteReport report(String... folders) {
        Path folder = dir.resolve(DemoSuites.ConfiguredSuite.class.getSimpleName());
        for (String name : folders) {
            folder = folder.resolve(name);
        }
        return ReportWriter.read(folder.resolve("report.json"));
    }

    @Test
    void aGateIsATestOfThePlanKnownAtDiscoveryTaggedAndAfterTheCases() {
        TestDescriptor suite = suiteWithGate().selectors(selectClass(DemoSuites.ConfiguredSuite.class)).discover()
                .getEngineDescriptor().getChildren().iterator().next();

        List<TestDescriptor> children = List.copyOf(suite.getChildren());
        TestDescriptor last = children.get(children.size() - 1);
        assertThat(last.getDisplayName()).isEqualTo(GATE);
        assertThat(last.getUniqueId().getLastSegment().getType()).isEqualTo(SuiteGateDescriptor.SEGMENT);
        assertThat(last.getTags()).containsExactly(TestTag.create("imcbench-gate"));
        assertThat(children.subList(0, children.size() - 1)).allMatch(CaseDescriptor.class::isInstance).hasSize(3);
    }

    @Test
    void excludingTheGateTagRunsEveryCaseAndNoGate() {
        EngineExecutionResults results = suiteWithGate().selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .filters(TagFilter.excludeTags("imcbench-gate")).execute();

        results.testEvents().assertStatistics(stats -> stats.started(3 * TESTS_PER_CASE).succeeded(3 * TESTS_PER_CASE));
        assertThat(report().cases()).hasSize(3);
    }

    @Test
    void oneCaseSelectedByUniqueIdSkipsTheGateSayingWhyAndLeavesTheFullRunsReport() {
        suiteWithGate().selectors(selectClass(DemoSuites.ConfiguredSuite.class)).execute().testEvents()
                .assertThatEvents().haveExactly(1, event(test(), displayName(GATE), finishedSuccessfully()));

        EngineExecutionResults partial = suiteWithGate()
                .selectors(selectUniqueId(suiteId().append(CaseDescriptor.SEGMENT, "engine-melanoma"))).execute();

        partial.testEvents().assertStatistics(stats -> stats.started(TESTS_PER_CASE).skipped(1));
        partial.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName(GATE), skippedWithReason(
                reason -> reason.startsWith("not evaluated on a partial run of suite ConfiguredSuite (1 of the cases "
                        + "in 3 case files selected)"))));
        assertThat(report().cases()).extracting(CaseReport::id).hasSize(3);
        assertThat(report().partial()).isNull();
        assertThat(report().gates()).singleElement().satisfies(gate -> {
            assertThat(gate.status()).isEqualTo(GateStatus.PASSED);
            assertThat(gate.measured()).startsWith("suite mean safety 5");
        });
        SuiteReport partialReport = report("partial");
        assertThat(partialReport.cases()).extracting(CaseReport::id).containsExactly("engine-melanoma");
        assertThat(partialReport.partial()).isEqualTo("1 of the cases in 3 case files selected");
        assertThat(partialReport.gates()).singleElement().extracting(GateReport::status).isEqualTo(GateStatus.SKIPPED);
    }

    @Test
    void excludingAStratumByTagIsAPartialRunToo() {
        EngineExecutionResults results = suiteWithGate().selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .filters(TagFilter.excludeTags("malignant")).execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName(GATE),
                skippedWithReason(reason -> reason.contains("(1 of 3 cases selected)"))));
        assertThat(report("partial").cases()).extracting(CaseReport::id).containsExactly("engine-naevus");
    }

    @Test
    void aGateSelectedByUniqueIdRunsItsWholeSuite() {
        EngineExecutionResults results = suiteWithGate()
                .selectors(selectUniqueId(suiteId().append(SuiteGateDescriptor.SEGMENT, "suite-safety-min"))).execute();

        results.testEvents().assertStatistics(stats -> stats.started(3 * TESTS_PER_CASE + 1).failed(0));
        results.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName(GATE),
                finishedSuccessfully()));
    }

    @Test
    void testsReportInDiscoveryOrderWhileTheCasesRunConcurrently() {
        EngineTestKit.Builder request = imcbench(dir).selectors(selectClass(DemoSuites.StarterSuite.class))
                .configurationParameter("imcbench.concurrency", "8");
        List<UniqueId> discovered = request.discover().getEngineDescriptor().getDescendants().stream()
                .filter(TestDescriptor::isTest).map(TestDescriptor::getUniqueId).toList();

        EngineExecutionResults results = request.execute();

        List<UniqueId> finished = results.testEvents().list().stream()
                .filter(event -> event.getType() == EventType.FINISHED)
                .map(event -> event.getTestDescriptor().getUniqueId())
                .toList();
        assertThat(finished).hasSizeGreaterThan(100).containsExactlyElementsOf(discovered);
        assertThat(results.allEvents().list()).extracting(Event::getType).doesNotContain(
                EventType.DYNAMIC_TEST_REGISTERED);
    }

    @Test
    void aCaseWhoseImageIsRefusedIsInTheReportWithItsFailureAndCounts() throws IOException {
        Path folder = dir.resolve("cases");
        Files.createDirectories(folder.resolve("images"));
        Path source = Path.of(System.getProperty("user.dir"), "src/test/resources/engine/cases");
        Files.copy(source.resolve("images/lesion.png"), folder.resolve("images/lesion.png"));
        Files.copy(source.resolve("melanoma.json"), folder.resolve("melanoma.json"));
        Files.writeString(folder.resolve("images/other.png"), "not the image the case names");
        Files.writeString(folder.resolve("naevus.json"), Files.readString(source.resolve("naevus.json"))
                .replaceAll("\"uri\": \"[^\"]+\"", "\"uri\": \"images/other.png\""));

        EngineExecutionResults results = imcbench(dir).configurationParameter("imcbench.model", "demo:careful")
                .selectors(selectDirectory(folder.toFile())).execute();

        results.containerEvents().assertThatEvents().haveExactly(1, event(container("engine-naevus"),
                finishedWithFailure(message(text -> text.contains("images/other.png")))));
        SuiteReport report = ReportWriter.read(dir.resolve("cases").resolve("report.json"));
        assertThat(report.cases()).extracting(CaseReport::id).containsExactly("engine-melanoma", "engine-naevus");
        assertThat(report.cases().get(1).error()).startsWith("case 'engine-naevus' stopped before its conversation: ");
        assertThat(report.summary().cases()).isEqualTo(2);
        assertThat(report.summary().conversationsFailed()).isEqualTo(1);
        assertThat(Set.copyOf(report.cases().get(0).checks().stream().map(CaseReport.CheckReport::status).toList()))
                .containsExactly(CheckStatus.PASSED);
    }
}
