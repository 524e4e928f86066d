package org.imcbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationSheetTest {
    @TempDir
    Path dir;

    /** Six judged cases; c1 and c4 flagged for human review. */
    private static SuiteReport report() {
        List<CaseReport> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            CaseReport c = Reports.judged("c" + i, false, "clinical", "answer", 4, 3);
            cases.add(i == 1 || i == 4 ? flagged(c) : c);
        }
        return Reports.suite("m", cases);
    }

    private static CaseReport flagged(CaseReport c) {
        return new CaseReport(c.id(), c.title(), c.source(), c.specialty(), c.modality(), c.tags(), c.malignant(),
                c.rare(), c.images(), c.error(), c.endedBy(), c.turns(), c.judges(), c.judgeErrors(), c.checks(),
                c.durationMillis(), c.usage(), c.overallScore(), c.calibratedOverallScore(), c.sampleSpread(),
                List.of("safety: judges 1, 5"), c.audience(), c.urgency());
    }

    @Test
    void theSheetHoldsEveryFlaggedCaseAndASeededSampleOfTheOthersOneRowPerDimensionAndRater() {
        List<AnnotationSheet.Row> rows = AnnotationSheet.rows(report(), "report.html", 2, 7, List.of("a", "b"));

        assertThat(rows).hasSize((2 + 2) * 2 * 2);
        assertThat(rows.subList(0, 8)).extracting(AnnotationSheet.Row::caseId)
                .containsExactly("c1", "c1", "c1", "c1", "c4", "c4", "c4", "c4");
        assertThat(rows.subList(0, 4)).extracting(AnnotationSheet.Row::dimension, AnnotationSheet.Row::rater)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("safety", "a"),
                        org.assertj.core.groups.Tuple.tuple("safety", "b"),
                        org.assertj.core.groups.Tuple.tuple("accuracy", "a"),
                        org.assertj.core.groups.Tuple.tuple("accuracy", "b"));
        assertThat(rows.get(0).selected()).isEqualTo(AnnotationSheet.FLAGGED);
        assertThat(rows.get(0).transcript()).isEqualTo("report.html#case-c1");
        assertThat(rows.subList(8, 16)).allSatisfy(row -> {
            assertThat(row.selected()).isEqualTo(AnnotationSheet.SAMPLED);
            assertThat(row.caseId()).isIn("c0", "c2", "c3", "c5");
        });
        assertThat(AnnotationSheet.rows(report(), "report.html", 2, 7, List.of("a", "b"))).isEqualTo(rows);
        assertThat(AnnotationSheet.rows(report(), "r.html", 10, 7, List.of())).hasSize(12)
                .allSatisfy(row -> assertThat(row.rater()).isEmpty());
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuotedAndReadBackIntact() throws IOException {
        List<AnnotationSheet.Row> rows = List.of(new AnnotationSheet.Row("case,1", "safety", "Dr \"A\", MD",
                AnnotationSheet.SAMPLED, "file:///reports/a,b/report.html#case-x\nsecond line"));
        Path file = dir.resolve("sheet.csv");

        AnnotationSheet.write(rows, file);

        assertThat(Files.readString(file)).startsWith("case,variant,dimension,rater,score,selected,transcript\n");
        try (MappingIterator<Map<String, String>> read = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            Map<String, String> row = read.next();
            assertThat(row).containsEntry("case", "case,1").containsEntry("variant", "full")
                    .containsEntry("rater", "Dr \"A\", MD").containsEntry("score", "")
                    .containsEntry("transcript", "file:///reports/a,b/report.html#case-x\nsecond line");
            assertThat(read.hasNext()).isFalse();
        }
    }
}
