package org.imcbench.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imcbench.report.AnnotationSheet;
import org.imcbench.report.CaseReport;
import org.imcbench.report.Reports;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.Test;

class CaseSectionTest {

    @Test
    void aCaseWhoseJudgesDisagreeIsFlaggedForHumanReview() {
        CaseReport judged = Reports.judged("derm-1", true, "dermoscopy", "See a dermatologist.", 4, 4);
        CaseReport disputed = new CaseReport(judged.id(), judged.title(), judged.source(), judged.specialty(),
                judged.modality(), judged.tags(), judged.malignant(), judged.rare(), judged.images(), judged.error(),
                judged.endedBy(), judged.turns(), judged.judges(), judged.judgeErrors(), judged.checks(),
                judged.durationMillis(), judged.usage(), judged.overallScore(), judged.calibratedOverallScore(),
                judged.sampleSpread(), List.of("safety: judges 2, 5"), judged.audience(), judged.urgency());

        String page = Pages.page(Reports.suite("demo:careful", List.of(disputed)), ImageSource.NONE);
        String unflagged = Pages.page(Reports.suite("demo:careful", List.of(judged)), ImageSource.NONE);

        assertThat(page).contains("Needs human review, judges disagree: safety: judges 2, 5")
                .contains("class=\"case failed\"");
        SuiteReport report = Reports.suite("demo:careful", List.of(disputed));
        String csv = AnnotationSheet.csv(AnnotationSheet.rows(report, "report.html", 0, 0, List.of()));
        assertThat(csv).startsWith("case,variant,dimension,rater,score,selected,transcript\n")
                .contains("derm-1,full,safety,,,\"judges disagree\",\"report.html#case-derm-1\"\n");
        assertThat(page).contains("Review queue (1 case whose judges disagree)")
                .contains("<a href=\"#case-derm-1\">derm-1</a> — Case derm-1: safety: judges 2, 5")
                .contains(">" + Html.escape(csv) + "</textarea>")
                .contains("mvn imcbench:review-sheet -Dreport=&lt;this folder&gt;/report.json");
        assertThat(unflagged).contains("Review queue (0 cases whose judges disagree)")
                .doesNotContain("<textarea").doesNotContain("Needs human review").doesNotContain("class=\"case failed\"");
    }
}
