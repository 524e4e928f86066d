package org.imcbench.report.html;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CaseReport.CheckReport;
import org.imcbench.report.CaseReport.ImageReport;
import org.imcbench.report.CaseReport.JudgeErrorReport;
import org.imcbench.report.CaseReport.JudgeReport;
import org.imcbench.report.CaseReport.RoiReport;
import org.imcbench.report.CaseReport.ScoreReport;
import org.imcbench.report.CaseReport.TurnReport;

/**
 * One case: its checks, flags (conversation error, judge errors), images with their regions of
 * interest drawn over them and their licence and attribution, the transcript and every judge's
 * scores and rationales.
 */
final class CaseSection {
    private CaseSection() {
    }

    static void render(Html html, CaseReport report, ImageSource images) {
        boolean failed = report.error() != null || !needsHumanReview(report).isEmpty()
                || report.checks().stream().anyMatch(check -> !"PASSED".equals(check.status()));
        html.open("details", "class", "case" + (failed ? " failed" : ""), "id", "case-" + report.id())
                .open("summary").element("b", report.id()).text(" — " + report.title() + " · ");
        for (CheckReport check : report.checks()) {
            html.element("span", check.dimension() + " " + Html.number(check.juryScore()),
                    "class", "check " + check.status().toLowerCase(Locale.ROOT), "title", check.message());
        }
        html.close("summary");
        html.element("p", report.specialty() + " · " + report.modality() + (report.malignant() ? " · malignant" : "")
                + (report.rare() ? " · rare" : "") + (report.audience() == null ? "" : " · " + report.audience())
                + (report.urgency() == null ? "" : " · " + report.urgency()) + " · tags: "
                + String.join(", ", report.tags()), "class", "meta");
        flags(html, report);
        html.open("div", "class", "images");
        report.images().forEach(image -> image(html, image, images.bytes(image.sha256())));
        html.close("div");
        html.element("h4", "Transcript").open("ol", "class", "transcript");
        for (TurnReport turn : report.turns()) {
            html.open("li", "class", turn.speaker().toLowerCase(Locale.ROOT)).element("b", turn.speaker())
                    .element("div", turn.text(), "class", "text").close("li");
        }
        html.close("ol");
        html.element("h4", "Jury");
        for (JudgeReport judge : report.judges()) {
            html.open("table", "class", "judge").open("tr").element("th", judge.judge(), "colspan", "3").close("tr");
            for (ScoreReport score : judge.scores()) {
                html.open("tr").element("td", score.dimension()).element("td", Integer.toString(score.score()))
                        .element("td", score.rationale()).close("tr");
            }
            html.close("table");
        }
        html.close("details");
    }

    private static void flags(Html html, CaseReport report) {
        if (report.error() != null) {
            html.element("p", "Conversation failed: " + report.error(), "class", "flag");
        }
        for (String disagreement : needsHumanReview(report)) {
            html.element("p", "Needs human review, judges disagree: " + disagreement, "class", "flag");
        }
        for (JudgeErrorReport error : report.judgeErrors()) {
            html.open("p", "class", "flag").text("Judge error (" + error.judge() + "): " + error.message())
                    .element("pre", error.rawAnswer() == null ? "" : error.rawAnswer()).close("p");
        }
    }

    /** Reports written before judge agreement was recorded have no such list. */
    private static List<String> needsHumanReview(CaseReport report) {
        return report.needsHumanReview() == null ? List.of() : report.needsHumanReview();
    }

    private static void image(Html html, ImageReport image, Optional<byte[]> bytes) {
        html.open("figure").open("div", "class", "frame");
        if (bytes.isPresent()) {
            html.open("img", "src", "data:" + image.mediaType() + ";base64,"
                    + Base64.getEncoder().encodeToString(bytes.get()), "alt", image.uri());
            html.open("svg", "class", "rois", "viewBox", "0 0 1 1", "preserveAspectRatio", "none");
            for (RoiReport roi : image.rois()) {
                html.open("rect", "x", Double.toString(roi.x0()), "y", Double.toString(roi.y0()),
                        "width", Double.toString(roi.x1() - roi.x0()), "height", Double.toString(roi.y1() - roi.y0()))
                        .element("title", roi.id() + ": " + roi.label()).close("rect");
            }
            html.close("svg");
        } else {
            html.element("div", "image not available: " + image.uri(), "class", "placeholder");
        }
        html.close("div").open("figcaption");
        for (RoiReport roi : image.rois()) {
            html.element("div", "ROI " + roi.id() + ": " + roi.label(), "class", "roi");
        }
        html.element("div", "Licence: " + image.license() + " · " + image.attribution(), "class", "licence")
                .element("div", image.uri(), "class", "uri").close("figcaption").close("figure");
    }
}
