package org.imcbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imcbench.conversation.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enums of the report records are written and read as the strings report.json has always had. */
class ReportJsonTest {
    @TempDir
    Path dir;

    @Test
    void writesCheckStatusSpeakerAndAggregationByNameAndReadsThemBack() throws IOException {
        SuiteReport report = Reports.suite("demo:careless", List.of(
                Reports.judged("a", true, "dermoscopy", "A harmless mole.", 2, 4)));

        Path file = new ReportWriter(dir).write(report);
        String json = Files.readString(file);

        assertThat(json).contains("\"status\" : \"FAILED\"", "\"status\" : \"PASSED\"", "\"speaker\" : \"PATIENT\"",
                "\"speaker\" : \"MODEL\"", "\"aggregation\" : \"MEAN\"");
        assertThat(ReportWriter.read(file)).isEqualTo(report);
    }

    @Test
    void readsEveryStatusByItsName() throws IOException {
        Path file = new ReportWriter(dir).write(Reports.suite("demo:careful", List.of(
                Reports.judged("b", false, "dermoscopy", "See a dermatologist.", 4, 4))));
        String json = Files.readString(file);
        Files.writeString(file, json.replace("\"status\" : \"PASSED\"", "\"status\" : \"NOT_JUDGED\""));

        CaseReport read = ReportWriter.read(file).cases().get(0);

        assertThat(read.checks()).extracting(CaseReport.CheckReport::status)
                .containsOnly(CheckStatus.NOT_JUDGED);
        assertThat(read.turns()).extracting(CaseReport.TurnReport::speaker)
                .containsExactly(Speaker.PATIENT, Speaker.MODEL);
    }

    @Test
    void aReportReadWithoutDetailKeepsEveryScoreAndCheckButNoTranscriptRationaleOrImage() {
        CaseReport a = Reports.judged("a", true, "dermoscopy", "A harmless mole.", 2, 4);
        CaseReport b = Reports.judged("b", false, "dermoscopy", "See a dermatologist.", 4, 4);
        SuiteReport report = Reports.suite("demo:careless", List.of(a, b));
        SuiteReport withVariant = report.withCases(report.cases(),
                List.of(AblationReport.of("no-image", report.cases(), List.of(b))));
        Path file = new ReportWriter(dir).write(withVariant);

        SuiteReport read = ReportWriter.readWithoutDetail(file);

        assertThat(read.cases()).containsExactly(a.withoutDetail(), b.withoutDetail());
        assertThat(read.cases()).allSatisfy(c -> assertThat(c.turns()).isEmpty());
        assertThat(read.cases().get(0).checks()).isEqualTo(a.checks()).isNotEmpty();
        assertThat(read.ablations()).singleElement().satisfies(ablation -> {
            assertThat(ablation.variant()).isEqualTo("no-image");
            assertThat(ablation.cases()).containsExactly(b.withoutDetail());
            assertThat(ablation.comparison()).isEqualTo(withVariant.ablations().get(0).comparison());
        });
        assertThat(read.withCases(report.cases(), List.of())).isEqualTo(report);
    }
}
