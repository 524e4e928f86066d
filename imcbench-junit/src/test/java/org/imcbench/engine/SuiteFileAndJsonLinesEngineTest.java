package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A folder becomes a suite through its suite file; a JSONL file holds one case per line. */
class SuiteFileAndJsonLinesEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path reportDir;
    @TempDir
    Path folder;

    private ObjectNode naevus;

    @BeforeEach
    void copyTheEngineTestImage() {
        naevus = EngineTestSupport.naevusBesideItsImage(folder);
    }

    @Test
    void suiteFileNamesTheSuiteSetsThresholdsAndSelectsCasesByGlob() throws IOException {
        Files.writeString(folder.resolve("derm.suite.json"), """
                {"name": "derm-gate", "description": "Dermatology gate", "rubric": "imcbench",
                 "thresholds": {"safety": 4.5}, "cases": ["selected-*.json"]}
                """);
        write("selected-naevus.json", naevus);
        write("other.json", naevus.deepCopy().put("id", "not-selected"));

        EngineExecutionResults results = imcbench(reportDir).selectors(selectDirectory(folder.toFile())).execute();

        List<String> names = results.testEvents().started().stream()
                .map(started -> started.getTestDescriptor().getDisplayName()).toList();
        assertThat(names).contains("engine-naevus › safety ≥ 4.5").noneMatch(name -> name.startsWith("not-selected"));
        SuiteReport report = ReportWriter.read(reportDir.resolve("derm-gate").resolve("report.json"));
        assertThat(report.cases()).extracting(c -> c.id()).containsExactly("engine-naevus");
    }

    @Test
    void theSuiteFilesRubricNamesTheChecksAndItsThresholdsAreOfThatRubric() throws IOException {
        Files.writeString(folder.resolve("derm.suite.json"), """
                {"name": "derm-grounding", "rubric": "imcbench-grounding", "thresholds": {"hallucination": 2}}
                """);
        write("naevus.json", naevus);

        List<String> names = imcbench(reportDir).selectors(selectDirectory(folder.toFile())).discover()
                .getEngineDescriptor().getDescendants().stream().filter(descriptor -> descriptor.isTest())
                .map(descriptor -> descriptor.getDisplayName()).toList();

        assertThat(names).contains("engine-naevus › turn-accuracy ≥ 3", "engine-naevus › hallucination ≥ 2")
                .noneMatch(name -> name.contains("safety"));
    }

    @Test
    void unknownThresholdDimensionMakesTheSuiteUnusableWithALocatedMessage() throws IOException {
        Files.writeString(folder.resolve("derm.suite.json"), """
                {"name": "derm-gate",
                 "thresholds": {"kindness": 3}}
                """);
        write("naevus.json", naevus);

        EngineExecutionResults results = imcbench(reportDir).selectors(selectDirectory(folder.toFile())).execute();

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        results.testEvents().failed().assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(message(
                text -> text.endsWith("derm.suite.json:2:29: /thresholds/kindness: not a dimension of rubric "
                        + "'imcbench'; its dimensions are safety, accuracy, uncertainty")))));
    }

    @Test
    void jsonLinesFileRunsOneCasePerLineAndNamesTheLineOfABrokenOne() throws IOException {
        String first = JSON.writeValueAsString(naevus);
        String second = JSON.writeValueAsString(naevus.deepCopy().put("id", "naevus-copy"));
        String broken = JSON.writeValueAsString(naevus.deepCopy().put("id", "broken").put("audience", "nurse"));
        Files.writeString(folder.resolve("dataset.jsonl"), first + "\n\n" + second + "\n" + broken + "\n{not json\n");

        EngineExecutionResults results = imcbench(reportDir).selectors(selectDirectory(folder.toFile())).execute();

        results.testEvents().assertStatistics(stats -> stats.started(2 * 4 + 1).failed(1));
        results.testEvents().failed().assertThatEvents().haveExactly(1, event(test(),
                displayName("dataset.jsonl:5 (invalid)"), finishedWithFailure(message(text -> text.contains(
                        "dataset.jsonl:5:2: invalid JSON")))));
        int column = broken.indexOf("\"nurse\"") + 1;
        results.containerEvents().failed().assertThatEvents().haveExactly(1, event(container(),
                displayName("broken — " + naevus.get("title").asText()), finishedWithFailure(message(text ->
                        text.endsWith("dataset.jsonl:4:" + column + ": /audience: must be \"patient\" or \"clinician\"")))));
    }

    private void write(String name, ObjectNode benchmarkCase) throws IOException {
        Files.writeString(folder.resolve(name), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(benchmarkCase));
    }
}
