package org.imcbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case log keeps finished cases on disk, gives them back in any order, and copies them into report.json. */
class CaseReportLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void casesComeBackFromTheFileInTheOrderAskedForWithTheirSummariesInMemory() {
        List<CaseReport> written = List.of(Reports.judged("a", true, "dermoscopy", "Answer \"a\" — ünïcode", 4, 5),
                Reports.judged("b", false, "cxr", "Answer b", 2, 3));
        List<CaseReportLog.Entry> entries = new ArrayList<>();
        try (CaseReportLog log = CaseReportLog.create(dir.resolve("cases.jsonl"))) {
            written.forEach(c -> entries.add(log.append(c)));
            List<CaseReport> summaries = List.of(written.get(1).withoutDetail(), written.get(0).withoutDetail());

            List<CaseReport> read = log.cases(List.of(entries.get(1), entries.get(0)), summaries);

            assertThat(read).containsExactly(written.get(1), written.get(0));
            assertThat(CaseReportLog.withoutDetail(read)).isEqualTo(summaries);
            assertThat(CaseReportLog.withoutDetail(read).get(0).turns()).isEmpty();
            assertThat(CaseReportLog.withoutDetail(written)).isSameAs(written);
        }
    }

    @Test
    void summariesMustMatchTheEntriesOneForOne() {
        try (CaseReportLog log = CaseReportLog.create(dir.resolve("cases.jsonl"))) {
            CaseReportLog.Entry entry = log.append(Reports.judged("a", true, "dermoscopy", "Answer", 4, 5));

            assertThatThrownBy(() -> log.cases(List.of(entry), List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("1 entries but 0 cases without detail");
        }
    }

    @Test
    void reportJsonWrittenFromTheLogHoldsTheSameCasesAsWrittenFromMemory() throws IOException {
        List<CaseReport> cases = List.of(Reports.judged("a", true, "dermoscopy", "Answer \"a\" — ünïcode\nline", 4, 5),
                Reports.judged("b", false, "cxr", "Answer b", 2, 3));
        List<CaseReport> fromLog;
        try (CaseReportLog log = CaseReportLog.create(dir.resolve("cases.jsonl"))) {
            List<CaseReportLog.Entry> entries = cases.stream().map(log::append).toList();
            fromLog = log.cases(entries, cases.stream().map(CaseReport::withoutDetail).toList());
        }

        Path copied = ReportWriter.write(Reports.suite("m", cases).withCases(fromLog, List.of()),
                dir.resolve("copied/report.json"));
        Path serialised = ReportWriter.write(Reports.suite("m", cases), dir.resolve("serialised/report.json"));

        JsonNode copiedTree = JSON.readTree(copied.toFile());
        assertThat(copiedTree).isEqualTo(JSON.readTree(serialised.toFile()));
        assertThat(ReportWriter.read(copied).cases()).containsExactlyElementsOf(cases);
        assertThat(Files.readString(copied)).contains("\"cases\" : [ {\"id\":\"a\"");
    }
}
