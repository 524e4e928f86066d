package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

class ImcBenchTestEngineTest {

    private static final int TESTS_PER_CASE = 4; // conversation + safety + accuracy + uncertainty

    @TempDir
    Path reportDir;

    @Test
    void suiteClassRunsEveryCaseAsAConversationAndOneCheckPerDimension() {
        EngineExecutionResults results = imcbench(reportDir).selectors(selectClass(DemoSuites.CarefulSuite.class))
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(3 * TESTS_PER_CASE)
                .succeeded(3 * TESTS_PER_CASE).failed(0).aborted(0));
        assertThat(displayNames(results)).contains("engine-melanoma › conversation", "engine-melanoma › safety ≥ 3",
                "engine-melanoma › accuracy ≥ 3", "engine-melanoma › uncertainty ≥ 3");
    }

    @Test
    void carelessModelFailsTheSafetyChecksOfTheMalignantCasesAndNamesCaseAndDimension() {
        EngineExecutionResults results = imcbench(reportDir).selectors(selectClass(DemoSuites.CarelessSuite.class))
                .execute();

        results.testEvents().failed().assertThatEvents()
                .haveAtLeastOne(event(test(), displayName("engine-melanoma › safety ≥ 3"),
                        finishedWithFailure(message(text -> text.startsWith("engine-melanoma › safety: jury 1 < minimum 3")
                                && text.contains("checklist: 1 — ")))))
                .haveAtLeastOne(event(test(), displayName("engine-rare › safety ≥ 3")));
    }

    @Test
    void writesTheReportWithTranscriptsVerdictsAndTheSimulationNotice() {
        imcbench(reportDir).selectors(selectClass(DemoSuites.CarefulSuite.class)).execute();

        SuiteReport report = ReportWriter.read(reportDir.resolve("CarefulSuite").resolve("report.json"));
        assertThat(report.simulated()).isTrue();
        assertThat(report.notice()).contains("SIMULATED");
        assertThat(report.cases()).extracting(c -> c.id())
                .containsExactly("engine-melanoma", "engine-naevus", "engine-rare");
        assertThat(report.cases().get(0).turns()).hasSize(4);
        assertThat(report.cases().get(0).turns().get(0).images()).hasSize(1);
        assertThat(report.cases().get(0).judges()).singleElement()
                .satisfies(judge -> assertThat(judge.scores()).hasSize(3));
        assertThat(report.summary().checksPassed()).isEqualTo(9);
        assertThat(report.summary().meanScores()).containsOnlyKeys("safety", "accuracy", "uncertainty");
    }

    @Test
    void fileSelectorRunsOneCaseFile() throws URISyntaxException {
        EngineExecutionResults results = imcbench(reportDir).selectors(selectFile(resource("engine/cases/naevus.json").toFile()))
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(TESTS_PER_CASE).succeeded(TESTS_PER_CASE));
    }

    @Test
    void directorySelectorRunsTheFolderAsASuite() throws URISyntaxException {
        EngineExecutionResults results = imcbench(reportDir)
                .selectors(selectDirectory(resource("engine/cases").toFile())).execute();

        results.testEvents().assertStatistics(stats -> stats.started(3 * TESTS_PER_CASE).succeeded(3 * TESTS_PER_CASE));
        assertThat(reportDir.resolve("cases").resolve("report.json")).exists();
    }

    @Test
    void classpathResourceSelectorRunsOneCase() {
        EngineExecutionResults results = imcbench(reportDir)
                .selectors(selectClasspathResource("engine/cases/melanoma.json")).execute();

        results.testEvents().assertStatistics(stats -> stats.started(TESTS_PER_CASE).succeeded(TESTS_PER_CASE));
    }

    @Test
    void packageSelectorFindsTheSuiteClassesOfThatPackageAndNoCaseOutsideASuite() {
        EngineDiscoveryResults discovery = discover(selectPackage(DemoSuites.class.getPackageName()));

        List<String> ids = allIds(discovery.getEngineDescriptor());
        UniqueId engine = UniqueId.forEngine(ImcBenchTestEngine.ENGINE_ID);
        assertThat(ids).contains(engine.append(SuiteDescriptor.CLASS_SEGMENT, DemoSuites.CarefulSuite.class.getName())
                .append(CaseDescriptor.SEGMENT, "engine-melanoma").toString());
        assertThat(ids).noneMatch(id -> id.contains("[" + SuiteDescriptor.FOLDER_SEGMENT + ":"));
    }

    @Test
    void classpathRootSelectorFindsSuiteClassesOnlySoEveryCaseRunsUnderItsSuite() throws URISyntaxException {
        Path testClasses = resource("engine/cases/naevus.json").getParent().getParent().getParent();

        EngineDiscoveryResults discovery = discover(selectClasspathRoots(Set.of(testClasses)).get(0));

        List<String> ids = allIds(discovery.getEngineDescriptor());
        UniqueId engine = UniqueId.forEngine(ImcBenchTestEngine.ENGINE_ID);
        assertThat(ids).contains(engine.append(SuiteDescriptor.CLASS_SEGMENT, DemoSuites.CarefulSuite.class.getName())
                .append(CaseDescriptor.SEGMENT, "engine-melanoma").toString());
        // Before, a classpath scan also made an ad-hoc suite of every folder of case files: every case ran twice.
        assertThat(ids).noneMatch(id -> id.contains("[" + SuiteDescriptor.FOLDER_SEGMENT + ":"));
        assertThat(discovery.getDiscoveryIssues()).noneMatch(issue -> issue.message().contains("schema"));
    }

    @Test
    void classpathRootSelectorOverAJarWithoutSuitesFindsNothingAndRaisesNoIssue() throws Exception {
        Path jar = Path.of(org.opentest4j.AssertionFailedError.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());

        EngineDiscoveryResults discovery = discover(selectClasspathRoots(Set.of(jar)).get(0));

        assertThat(discovery.getEngineDescriptor().getChildren()).isEmpty();
        assertThat(discovery.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void uniqueIdSelectorReRunsOneCase() {
        UniqueId caseId = UniqueId.forEngine(ImcBenchTestEngine.ENGINE_ID)
                .append(SuiteDescriptor.CLASS_SEGMENT, DemoSuites.CarefulSuite.class.getName())
                .append(CaseDescriptor.SEGMENT, "engine-naevus");

        EngineExecutionResults results = imcbench(reportDir).selectors(selectUniqueId(caseId)).execute();

        results.testEvents().assertStatistics(stats -> stats.started(TESTS_PER_CASE).succeeded(TESTS_PER_CASE));
        assertThat(displayNames(results)).allMatch(name -> name.startsWith("engine-naevus › "));
    }

    @Test
    void uniqueIdsAreStableAcrossDiscoveries() {
        List<String> first = allIds(discover(selectClass(DemoSuites.CarefulSuite.class)).getEngineDescriptor());
        List<String> second = allIds(discover(selectClass(DemoSuites.CarefulSuite.class)).getEngineDescriptor());

        assertThat(first).isEqualTo(second).contains("[engine:imcbench]/[suite:" + DemoSuites.CarefulSuite.class.getName()
                + "]/[case:engine-melanoma]/[check:safety]");
    }

    @Test
    void tagFilterKeepsOnlyMalignantCases() {
        EngineExecutionResults results = imcbench(reportDir).selectors(selectClass(DemoSuites.CarefulSuite.class))
                .filters(TagFilter.includeTags("malignant")).execute();

        results.testEvents().assertStatistics(stats -> stats.started(2 * TESTS_PER_CASE));
        assertThat(displayNames(results)).noneMatch(name -> name.startsWith("engine-naevus"));
    }

    @Test
    void tagFilterOnRarenessAndModality() {
        EngineExecutionResults rare = imcbench(reportDir).selectors(selectClass(DemoSuites.CarefulSuite.class))
                .filters(TagFilter.includeTags("rare")).execute();
        EngineExecutionResults dermoscopy = imcbench(reportDir).selectors(selectClass(DemoSuites.CarefulSuite.class))
                .filters(TagFilter.includeTags("dermoscopy")).execute();

        rare.testEvents().assertStatistics(stats -> stats.started(TESTS_PER_CASE));
        dermoscopy.testEvents().assertStatistics(stats -> stats.started(3 * TESTS_PER_CASE));
    }

    @Test
    void aCaseWithAProblemFailsWhenItRunsNamingFileLineAndPointerWhileTheOtherCaseRuns() {
        EngineDiscoveryResults discovery = discover(selectClass(DemoSuites.SuiteWithInvalidCase.class));

        assertThat(discovery.getDiscoveryIssues()).as("its labels and outline read well: found when it runs").isEmpty();

        EngineExecutionResults results = imcbench(reportDir)
                .selectors(selectClass(DemoSuites.SuiteWithInvalidCase.class)).execute();
        results.testEvents().assertStatistics(stats -> stats.started(TESTS_PER_CASE).succeeded(TESTS_PER_CASE));
        results.containerEvents().failed().assertThatEvents().haveExactly(1, event(container(),
                finishedWithFailure(message(text -> text.contains("classpath:engine/invalid/broken.json:5:")
                        && text.contains("/images/0/sha256")))));
    }

    @Test
    void missingImagesStopTheSuiteBeforeAnyModelCallWithOneMessage(@TempDir Path cases) throws Exception {
        Path caseFile = cases.resolve("remote.json");
        Files.writeString(caseFile, Files.readString(resource("engine/cases/naevus.json"))
                .replace("\"images/lesion.png\"", "\"https://images.example.org/lesion.png\""));

        EngineExecutionResults results = imcbench(reportDir)
                .configurationParameter("imcbench.cases", cases.toString())
                .selectors(selectClass(DemoSuites.ConfiguredSuite.class)).execute();

        results.testEvents().assertStatistics(stats -> stats.started(0));
        results.containerEvents().failed().assertThatEvents().haveExactly(1, event(
                finishedWithFailure(message(text -> text.contains("https://images.example.org/lesion.png")
                        && text.contains("imcbench.images.mirror")))));
    }

    private static List<String> displayNames(EngineExecutionResults results) {
        return results.testEvents().started().stream().map(ImcBenchTestEngineTest::nameOf).toList();
    }

    private static EngineDiscoveryResults discover(DiscoverySelector selector) {
        return EngineTestKit.engine(ImcBenchTestEngine.ENGINE_ID).selectors(selector).discover();
    }

    private static List<String> allIds(TestDescriptor root) {
        return root.getDescendants().stream().map(descriptor -> descriptor.getUniqueId().toString()).sorted().toList();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ImcBenchTestEngineTest.class.getClassLoader().getResource(name).toURI());
    }

    private static String nameOf(Event event) {
        return event.getTestDescriptor().getDisplayName();
    }
}
