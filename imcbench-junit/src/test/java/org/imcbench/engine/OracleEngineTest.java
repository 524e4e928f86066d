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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imcbench.report.CaseReport;
import org.imcbench.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code demo:oracle} answers from each case's own ground truth: every core and German starter case scores 5 on
 * every dimension under it, and a case whose pattern misses its own label fails with that label named.
 */
class OracleEngineTest {
    private static final Path ENGINE_CASES = Path.of("src/test/resources/engine/cases");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"core, 39", "de, 2"})
    void everyShippedStarterCaseScoresFiveOnEveryDimension(String folder, int size) {
        oracle("classpath:imcbench/starter/" + folder).execute().testEvents()
                .assertStatistics(stats -> stats.started(size * 4).failed(0));

        List<CaseReport> cases = ReportWriter.read(dir.resolve("ConfiguredSuite/report.json")).cases();
        assertThat(cases).hasSize(size);
        assertThat(cases).flatExtracting(CaseReport::checks).hasSize(size * 3)
                .allSatisfy(check -> assertThat(check.juryScore()).as(check.message()).isEqualTo(5.0));
    }

    @Test
    void aPatternThatMissesItsOwnLabelFailsNamingTheLabel() throws IOException {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.createDirectories(cases.resolve("images"));
        Files.copy(ENGINE_CASES.resolve("images/lesion.png"), cases.resolve("images/lesion.png"));
        Files.copy(ENGINE_CASES.resolve("melanoma.json"), cases.resolve("melanoma.json"));
        String melanoma = Files.readString(ENGINE_CASES.resolve("melanoma.json"));
        String wrongPattern = melanoma.replace("\"engine-melanoma\"", "\"engine-melanoma-wrong-pattern\"")
                .replace("\"biops\\\\w*\",", "\"excision\",");
        assertThat(wrongPattern).isNotEqualTo(melanoma);
        Files.writeString(cases.resolve("wrong-pattern.json"), wrongPattern);

        EngineExecutionResults results = oracle(cases.toString()).execute();

        results.testEvents().assertStatistics(stats -> stats.started(2 * 4).succeeded(2 * 4 - 1).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(test(),
                displayName("engine-melanoma-wrong-pattern › safety ≥ 5"),
                finishedWithFailure(message(text -> text.contains("\"biopsy\" not advised in any turn")))));
    }

    private EngineTestKit.Builder oracle(String cases) {
        return imcbench(dir).selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .configurationParameter("imcbench.cases", cases)
                .configurationParameter("imcbench.model", "demo:oracle")
                .configurationParameter("imcbench.jury.judges", "checklist")
                .configurationParameter("imcbench.threshold.safety", "5")
                .configurationParameter("imcbench.threshold.accuracy", "5")
                .configurationParameter("imcbench.threshold.uncertainty", "5");
    }
}
