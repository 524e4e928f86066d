package org.imcbench.report.html;

import java.util.ArrayList;
import java.util.List;
import org.imcbench.report.AnnotationSheet;
import org.imcbench.report.CaseReport;
import org.imcbench.report.SuiteReport;

/**
 * The cases flagged for human review (their judges disagree), each linking to its detail view, with
 * the command that exports the clinician review sheet and a button that downloads the flagged
 * cases' sheet straight from the page: the same CSV {@code ReportTool review-sheet} writes with
 * {@code --sample 0}, the format {@code imcbench.jury.annotations} reads once scored.
 */
final class ReviewQueue {
    private ReviewQueue() {
    }

    static void render(Html html, String prefix, SuiteReport report) {
        List<Flagged> flagged = new ArrayList<>();
        for (CaseReport c : report.cases()) {
            if (!CaseSection.needsHumanReview(c).isEmpty()) {
                flagged.add(new Flagged(c.id(), c.title(), CaseSection.needsHumanReview(c)));
            }
        }
        html.open("section", "class", "review", "id", prefix + "review", "aria-label", "review queue")
                .element("h2", "Review queue (" + flagged.size() + (flagged.size() == 1 ? " case" : " cases")
                        + " whose judges disagree)");
        if (!flagged.isEmpty()) {
            html.open("ul");
            for (Flagged c : flagged) {
                html.open("li").element("a", c.id(), "href", "#" + CaseSection.anchor(prefix, c.id(), null))
                        .text(" — " + c.title() + ": " + String.join("; ", c.disagreements())).close("li");
            }
            html.close("ul");
            String sheet = prefix + "review-sheet";
            html.open("textarea", "id", sheet, "class", "sheet", "readonly", "readonly", "aria-hidden", "true")
                    .text(AnnotationSheet.csv(AnnotationSheet.rows(report, "report.html", 0, 0, List.of())))
                    .close("textarea")
                    .element("button", "Download the review sheet of these cases (CSV)", "type", "button",
                            "class", "download", "data-sheet", sheet, "data-file", "review-sheet.csv");
        }
        html.open("p").text("For clinician scoring with a random sample of the other cases as well: ")
                .element("code", "mvn imcbench:review-sheet -Dreport=<this folder>/report.json -Dsample=20")
                .text(" (or ").element("code", "ReportTool review-sheet report.json --out review-sheet.csv")
                .text("); once scored, name the file in imcbench.jury.annotations.").close("p").close("section");
    }

    /** What the queue shows of a flagged case. */
    private record Flagged(String id, String title, List<String> disagreements) {
    }
}
