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
import org.imcbench.report.CheckStatus;

/**
 * One case, or one ablation variant of a case: its checks, flags (conversation error, judge errors),
 * images with their regions of interest drawn over them and their licence and attribution, the
 * transcript and every judge's scores and rationales.
 *
 * <p>Each is a {@code <details>} element whose id is the target of a deep link: {@code case-<id>}
 * for a case and {@code case-<id>--<variant>} for its ablation variant, both after a prefix that
 * tells reports apart on a page holding several ({@code r1-}, {@code r2-}, ... on the leaderboard;
 * none in {@code report.html}).
 */
final class CaseSection {
    private CaseSection() {
    }

    /** The anchor of a case ({@code variant} {@code null}) or of one of its ablation variants. */
    static String anchor(String prefix, String caseId, String variant) {
        return prefix + "case-" + caseId + (variant == null ? "" : "--" + variant);
    }

    /** A case with its images. */
    static void render(Html html, String prefix, CaseReport report, ImageSource images) {
        summary(html, anchor(prefix, report.id(), null), report, report.id(), "case");
        html.open("div", "class", "images");
        report.images().forEach(image -> image(html, image, images.bytes(image.sha256())));
        html.close("div");
        transcriptAndJury(html, report);
    }

    /**
     * An ablation variant of a case, linking to the case; its images are left out, since they are
     * the case's (and a {@code no-image} variant did not show them at all).
     */
    static void renderVariant(Html html, String prefix, CaseReport report, String variant) {
        summary(html, anchor(prefix, report.id(), variant), report, report.id() + " [" + variant + "]",
                "case variant");
        html.open("p", "class", "meta").text("Ablation variant " + variant + " of ")
                .element("a", report.id(), "href", "#" + anchor(prefix, report.id(), null))
                .text("; the images are the case's.").close("p");
        transcriptAndJury(html, report);
    }

    /** Opens the {@code <details>} element: summary line with the checks, metadata and flags. */
    private static void summary(Html html, String anchor, CaseReport report, String name, String style) {
        boolean failed = report.error() != null || !needsHumanReview(report).isEmpty()
                || report.checks().stream().anyMatch(check -> check.status() != CheckStatus.PASSED);
        html.open("details", "class", style + (failed ? " failed" : ""), "id", anchor)
                .open("summary").element("b", name).text(" — " + report.title() + " · ");
        for (CheckReport check : report.checks()) {
            html.element("span", check.dimension() + " " + Html.number(check.juryScore()),
                    "class", "check " + check.status().name().toLowerCase(Locale.ROOT), "title", check.message());
        }
        html.close("summary");
        html.element("p", report.specialty() + " · " + report.modality() + (report.malignant() ? " · malignant" : "")
                + (report.rare() ? " · rare" : "") + (report.audience() == null ? "" : " · " + report.audience())
                + (report.urgency() == null ? "" : " · " + report.urgency()) + " · tags: "
                + String.join(", ", report.tags()), "class", "meta");
        flags(html, report);
    }

    /** The transcript, every judge's scores, and the end of the {@code <details>} element. */
    private static void transcriptAndJury(Html html, CaseReport report) {
        html.element("h4", "Transcript").open("ol", "class", "transcript");
        for (TurnReport turn : report.turns()) {
            html.open("li", "class", turn.speaker().name().toLowerCase(Locale.ROOT)).element("b", turn.speaker().name())
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
