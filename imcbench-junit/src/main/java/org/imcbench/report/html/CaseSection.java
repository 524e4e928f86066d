package org.imcbench.report.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The detail view of one case, or of one ablation variant of a case: its checks, flags (conversation
 * error, judge errors, judges' disagreement), its images at a useful size with their regions of
 * interest drawn over them, the turn that showed each, licence and attribution, the transcript with
 * each zoom-in crop drawn as the model received it, and the judges' scores and rationales side by side.
 *
 * <p>Each is an {@code <article class="case">}, stored in a compressed chunk ({@link CaseDetails})
 * until a link (a row of the case table, a drop) targets it: its id is {@code case-<id>} for a case and {@code case-<id>--<variant>} for its
 * ablation variant, both after a prefix that tells reports apart on a page holding several
 * ({@code r1-}, {@code r2-}, ... on the leaderboard; none in {@code report.html}).
 */
final class CaseSection {
    private static final Pattern ZOOM = Pattern.compile("zoom-in on ROI '([^']*)'.* of image sha256 ([0-9a-f]+)");

    private CaseSection() {
    }

    /** The anchor of a case ({@code variant} {@code null}) or of one of its ablation variants. */
    static String anchor(String prefix, String caseId, String variant) {
        return prefix + "case-" + caseId + (variant == null ? "" : "--" + variant);
    }

    /** Whether a case is flagged: its conversation failed, a check did not pass or its judges disagree. */
    static boolean flagged(CaseReport report) {
        return report.error() != null || !needsHumanReview(report).isEmpty()
                || report.checks().stream().anyMatch(check -> check.status() != CheckStatus.PASSED);
    }

    /** A case with its images. */
    static void render(Html html, String prefix, CaseReport report, ImageStore images, List<String> variants) {
        String anchor = anchor(prefix, report.id(), null);
        head(html, prefix, anchor, report, report.id(), "case");
        if (!variants.isEmpty()) {
            html.open("p", "class", "meta").text("Ablation variants:");
            variants.forEach(variant -> html.text(" ").element("a", variant,
                    "href", "#" + anchor(prefix, report.id(), variant)));
            html.close("p");
        }
        html.open("div", "class", "case-body").open("div", "class", "media").element("h4", "Images")
                .open("div", "class", "images");
        for (int i = 0; i < report.images().size(); i++) {
            image(html, anchor + "-image-" + (i + 1), report.images().get(i), report.turns(), images);
        }
        html.close("div").close("div").open("div", "class", "conversation");
        transcriptAndJury(html, anchor, report);
        html.close("div").close("div").close("article");
    }

    /**
     * An ablation variant of a case, linking to the case; its images are left out, since they are
     * the case's (and a {@code no-image} variant did not show them at all).
     */
    static void renderVariant(Html html, String prefix, CaseReport report, String variant) {
        head(html, prefix, anchor(prefix, report.id(), variant), report, report.id() + " [" + variant + "]", "case variant");
        html.open("p", "class", "meta").text("Ablation variant " + variant + " of ")
                .element("a", report.id(), "href", "#" + anchor(prefix, report.id(), null))
                .text("; the images are the case's.").close("p");
        transcriptAndJury(html, null, report);
        html.close("article");
    }

    /** Opens the {@code <article>}: heading, metadata, checks and flags. */
    private static void head(Html html, String prefix, String anchor, CaseReport report, String name, String style) {
        html.open("article", "class", style + (flagged(report) ? " failed" : ""), "id", anchor,
                "aria-label", "case " + name, "tabindex", "-1")
                .open("h3").element("b", name).text(" — " + report.title()).close("h3")
                .open("p", "class", "meta").element("a", "← back to the cases (Esc)", "href", "#" + prefix + "cases", "class", "back").text(" · "
                        + report.specialty() + " · " + report.modality() + (report.malignant() ? " · malignant" : "")
                        + (report.rare() ? " · rare" : "") + (report.audience() == null ? "" : " · " + report.audience())
                        + (report.urgency() == null ? "" : " · " + report.urgency()) + " · tags: "
                        + String.join(", ", report.tags()) + " · source " + report.source()).close("p");
        html.open("ul", "class", "checks");
        for (CheckReport check : report.checks()) {
            html.open("li").element("span", check.dimension() + " " + Html.number(check.juryScore()),
                    "class", "check " + check.status().name().toLowerCase(Locale.ROOT))
                    .text(" " + check.message()).close("li");
        }
        html.close("ul");
        flags(html, report);
    }

    /** The transcript and every judge's scores side by side. */
    private static void transcriptAndJury(Html html, String caseAnchor, CaseReport report) {
        html.element("h4", "Transcript").open("ol", "class", "transcript");
        for (TurnReport turn : report.turns()) {
            String speaker = turn.speaker().name().toLowerCase(Locale.ROOT);
            html.open("li", "class", speaker).element("b", turn.number() + " · " + speaker)
                    .element("div", turn.text(), "class", "text");
            if (!turn.images().isEmpty()) {
                html.element("div", turn.images().size() + (turn.images().size() == 1 ? " image" : " images")
                        + " shown to the model", "class", "note");
            }
            for (String note : turn.imageNotes() == null ? List.<String>of() : turn.imageNotes()) {
                html.element("div", note, "class", "note");
                crop(html, caseAnchor, report, note);
            }
            html.close("li");
        }
        html.close("ol");
        jury(html, report);
    }

    /** A zoom-in note's crop, drawn by the page's script from the case image as the model received it. */
    private static void crop(Html html, String caseAnchor, CaseReport report, String note) {
        Matcher zoom = ZOOM.matcher(note);
        if (caseAnchor == null || !zoom.find()) {
            return;
        }
        for (int i = 0; i < report.images().size(); i++) {
            ImageReport image = report.images().get(i);
            if (!image.sha256().equals(zoom.group(2))) {
                continue;
            }
            for (RoiReport roi : image.rois()) {
                if (roi.id().equals(zoom.group(1))) {
                    html.open("figure", "class", "crop").open("canvas", "data-of", caseAnchor + "-image-" + (i + 1),
                            "data-box", roi.x0() + "," + roi.y0() + "," + roi.x1() + "," + roi.y1(),
                            "role", "img", "aria-label", "zoom-in on " + roi.id() + ": " + roi.label())
                            .close("canvas").element("figcaption", "zoom-in on " + roi.id() + ": " + roi.label())
                            .close("figure");
                }
            }
        }
    }

    /** One row per dimension, one column per judge: score and rationale. */
    private static void jury(Html html, CaseReport report) {
        html.element("h4", "Jury");
        Set<String> dimensions = new LinkedHashSet<>();
        report.checks().forEach(check -> dimensions.add(check.dimension()));
        report.judges().forEach(judge -> judge.scores().forEach(score -> dimensions.add(score.dimension())));
        if (report.judges().isEmpty()) {
            html.element("p", "No judge gave a verdict.", "class", "meta");
            return;
        }
        html.open("table", "class", "jury").open("tr").element("th", "dimension");
        report.judges().forEach(judge -> html.element("th", judge.judge()));
        html.close("tr");
        for (String dimension : dimensions) {
            html.open("tr").element("th", dimension, "scope", "row");
            for (JudgeReport judge : report.judges()) {
                Optional<ScoreReport> score = judge.scores().stream()
                        .filter(s -> s.dimension().equals(dimension)).findFirst();
                html.open("td", "class", "rationale").element("b", score.map(s -> Integer.toString(s.score()))
                        .orElse("—")).text(" ").text(score.map(ScoreReport::rationale).orElse("")).close("td");
            }
            html.close("tr");
        }
        html.close("table");
    }

    private static void flags(Html html, CaseReport report) {
        if (report.error() != null) {
            html.element("p", "Conversation failed: " + report.error(), "class", "flag");
        }
        for (String disagreement : needsHumanReview(report)) {
            html.element("p", "Needs human review, judges disagree: " + disagreement, "class", "flag");
        }
        for (JudgeErrorReport error : report.judgeErrors()) {
            html.open("div", "class", "flag").text("Judge error (" + error.judge() + "): " + error.message())
                    .element("pre", error.rawAnswer() == null ? "" : error.rawAnswer()).close("div");
        }
    }

    /** Reports written before judge agreement was recorded have no such list. */
    static List<String> needsHumanReview(CaseReport report) {
        return report.needsHumanReview() == null ? List.of() : report.needsHumanReview();
    }

    private static void image(Html html, String id, ImageReport image, List<TurnReport> turns, ImageStore images) {
        html.open("figure").open("div", "class", "frame");
        if (images.add(image)) {
            html.open("img", "id", id, "data-image", image.sha256(), "alt", image.uri()
                    + (image.rois().isEmpty() ? "" : ", regions of interest outlined"));
            html.open("svg", "class", "rois", "viewBox", "0 0 1 1", "preserveAspectRatio", "none", "aria-hidden", "true");
            for (RoiReport roi : image.rois()) {
                html.open("rect", "class", "roi", "data-roi", roi.id(), "x", Double.toString(roi.x0()),
                        "y", Double.toString(roi.y0()), "width", Double.toString(roi.x1() - roi.x0()),
                        "height", Double.toString(roi.y1() - roi.y0())).element("title", roi.id() + ": " + roi.label())
                        .close("rect");
            }
            html.close("svg");
            for (RoiReport roi : image.rois()) {
                html.element("span", roi.id(), "class", "roi-label", "aria-hidden", "true", "style",
                        String.format(Locale.ROOT, "left:%.2f%%;top:%.2f%%", 100 * roi.x0(), 100 * roi.y0()));
            }
        } else {
            html.element("div", "image not available: " + image.uri(), "class", "placeholder");
        }
        html.close("div").open("figcaption");
        List<String> shownIn = shownIn(image, turns);
        html.element("div", shownIn.isEmpty() ? "not shown to the model" : "shown in turn " + String.join(", ", shownIn),
                "class", "shown-in");
        for (RoiReport roi : image.rois()) {
            html.element("div", "ROI " + roi.id() + ": " + roi.label(), "class", "roi");
        }
        html.element("div", "Licence: " + image.license() + " · " + image.attribution(), "class", "licence")
                .element("div", image.uri(), "class", "uri").close("figcaption").close("figure");
    }

    /** The turns that showed the image, as it is or downscaled (a zoom-in is shown with its turn's note). */
    private static List<String> shownIn(ImageReport image, List<TurnReport> turns) {
        List<String> numbers = new ArrayList<>();
        for (TurnReport turn : turns) {
            boolean downscaled = turn.imageNotes() != null && turn.imageNotes().stream()
                    .anyMatch(note -> note.contains("sha256 of the original " + image.sha256()));
            if (turn.images().contains(image.sha256()) || downscaled) {
                numbers.add(Integer.toString(turn.number()));
            }
        }
        return numbers;
    }
}
