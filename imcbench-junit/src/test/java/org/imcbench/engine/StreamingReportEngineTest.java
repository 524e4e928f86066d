package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imcbench.report.AblationReport;
import org.imcbench.report.CaseReport;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run streams its cases to disk: every finished case (and every variant of it) is a line of
 * {@code cases.jsonl} ({@code cases-<variant>.jsonl}), and report.json is written from those lines in
 * discovery order with every detail (transcript, rationales), while the run kept only the scores.
 */
class StreamingReportEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path reportDir;
    @TempDir
    Path folder;

    @Test
    void everyFinishedCaseIsALineOfTheCaseLogAndTheReportIsWrittenFromItWithEveryDetail()
            throws IOException {
        ObjectNode naevus = EngineTestSupport.naevusBesideItsImage(folder);
        Files.writeString(folder.resolve("stream.suite.json"), "{\"name\": \"stream\"}");
        for (String id : List.of("c-1", "c-2", "c-3", "c-4")) {
            JSON.writeValue(folder.resolve(id + ".json").toFile(), naevus.deepCopy().put("id", id));
        }

        imcbench(reportDir).configurationParameter("imcbench.ablations", "no-image")
                .configurationParameter("imcbench.concurrency", "4")
                .selectors(selectDirectory(folder.toFile())).execute()
                .testEvents().assertStatistics(stats -> stats.failed(0));

        Path suite = reportDir.resolve("stream");
        List<String> logged = Files.readAllLines(suite.resolve("cases.jsonl")).stream()
                .map(line -> read(line).id()).sorted().toList();
        assertThat(logged).containsExactly("c-1", "c-2", "c-3", "c-4");
        assertThat(Files.readAllLines(suite.resolve("cases-no-image.jsonl"))).hasSize(4);
        SuiteReport report = ReportWriter.read(suite.resolve("report.json"));
        assertThat(report.cases()).extracting(CaseReport::id).containsExactly("c-1", "c-2", "c-3", "c-4");
        assertThat(report.cases()).allSatisfy(c -> {
            assertThat(c.turns()).isNotEmpty();
            assertThat(c.images()).isNotEmpty();
            assertThat(c.judges()).flatExtracting(CaseReport.JudgeReport::scores)
                    .allSatisfy(score -> assertThat(score.rationale()).isNotBlank());
        });
        assertThat(report.ablations()).singleElement().extracting(AblationReport::cases).asList().hasSize(4)
                .allSatisfy(c -> assertThat(((CaseReport) c).turns()).isNotEmpty());
        assertThat(report.summary().cases()).isEqualTo(4);
        assertThat(report.statistics().dimensions()).isNotEmpty();
    }

    private static CaseReport read(String line) {
        try {
            return JSON.readValue(line, CaseReport.class);
        } catch (IOException e) {
            throw new AssertionError("not a case report: " + line, e);
        }
    }
}
