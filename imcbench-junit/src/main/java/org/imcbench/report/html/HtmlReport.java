package org.imcbench.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.imcbench.io.AtomicFiles;
import org.imcbench.report.AblationReport;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CaseReport.CheckReport;
import org.imcbench.report.Leaderboard;
import org.imcbench.report.SuiteReport;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS, script and SVG, each distinct image
 * once as a data URL) that needs no network. For one report: the verdict (gates, counts, means,
 * agreement), the case table with a detail view per case, the review queue, the strata matrix,
 * agreement with clinicians, ablations and baseline; for several: the leaderboard with paired
 * differences first, then each report.
 */
public final class HtmlReport {
    private static final String STYLE = resource("report.css");
    /**
     * Sorting and filtering of the case tables, the detail view a link (a table row, a drop, a
     * deep link {@code report.html#case-<id>}) opens with its images filled in from the page's one
     * copy of each, the zoom-in crops, and the review sheet's download.
     */
    private static final String SCRIPT = resource("report.js");

    private HtmlReport() {
    }

    /**
     * The fragment of {@code report.html} that opens a case's section, e.g. {@code case-derm-004}, or with
     * a variant the section of that ablation variant, e.g. {@code case-derm-004--no-image}.
     */
    public static String caseAnchor(String caseId, Optional<String> variant) {
        return CaseSection.anchor("", caseId, variant.orElse(null));
    }

    /** The page for one suite's report. */
    public static String page(SuiteReport report, ImageSource images) {
        Html html = head("IMCBench · " + report.suite());
        ImageStore store = new ImageStore(images);
        suite(html, report, "", store);
        return tail(html, store);
    }

    /**
     * The page comparing several reports: the leaderboard, then each report, then each report's
     * cases; the anchors of the k-th report's cases start with {@code r<k>-} (from 1).
     */
    public static String comparisonPage(List<SuiteReport> reports, ImageSource images) {
        Html html = head("IMCBench · leaderboard").element("h1", "IMCBench · leaderboard");
        if (reports.stream().anyMatch(SuiteReport::simulated)) {
            html.element("div", "SIMULATED RUNS INCLUDED — rows marked simulated are not real model results",
                    "class", "banner", "id", "simulated");
        }
        LeaderboardSection.render(html, Leaderboard.of(reports));
        for (int i = 1; i < reports.size(); i++) {
            String prefix = reportPrefix(i);
            CaseDiffTable.render(html, reports.get(i).run().model() + " vs " + reports.get(0).run().model(),
                    reports.get(0).cases(), reports.get(i).cases(), caseId -> CaseSection.anchor(prefix, caseId, null));
        }
        ImageStore store = new ImageStore(images);
        for (int i = 0; i < reports.size(); i++) {
            suite(html, reports.get(i), reportPrefix(i), store);
        }
        return tail(html, store);
    }

    /** Writes a page atomically and returns the file. */
    public static Path write(String page, Path file) {
        try {
            AtomicFiles.write(file, page.getBytes(StandardCharsets.UTF_8));
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file.toAbsolutePath(), e);
        }
    }

    private static Html head(String title) {
        return new Html().markup("<!DOCTYPE html>").open("html", "lang", "en").open("head")
                .open("meta", "charset", "utf-8").element("title", title)
                .open("meta", "http-equiv", "Content-Security-Policy",
                        "content", "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
                                + "script-src 'unsafe-inline'")
                .open("style").markup(STYLE).close("style").close("head").open("body");
    }

    /** The prefix of the anchors of the report at {@code index} (from 0) on the comparison page. */
    static String reportPrefix(int index) {
        return "r" + (index + 1) + "-";
    }

    /**
     * One report: the verdict first, then its cases (table and detail views), the review queue,
     * strata, agreement with clinicians, ablations and baseline.
     */
    private static void suite(Html html, SuiteReport report, String prefix, ImageStore images) {
        html.open("section", "class", "suite");
        VerdictSection.render(html, report);
        List<String> dimensions = report.cases().stream().flatMap(c -> c.checks().stream())
                .map(CheckReport::dimension).distinct().toList();
        CaseTable.render(html, prefix, report, dimensions);
        cases(html, report, prefix, images);
        ReviewQueue.render(html, prefix, report);
        if (report.statistics() != null) {
            StrataSection.render(html, report);
        }
        if (report.summary().calibration() != null) {
            CalibrationSection.render(html, report.summary().calibration());
        }
        if (!report.ablations().isEmpty()) {
            html.element("h2", "Ablations (variant − full, paired over the same cases, 95% interval)");
            for (AblationReport ablation : report.ablations()) {
                UnaryOperator<String> variant = caseId -> CaseSection.anchor(prefix, caseId, ablation.variant());
                LeaderboardSection.comparison(html, ablation.variant() + " vs full", ablation.comparison(), variant);
                CaseDiffTable.render(html, ablation.variant() + " vs full", report.cases(), ablation.cases(), variant);
            }
        }
        if (report.baseline() != null) {
            html.element("h2", "Baseline (candidate − baseline, paired over the same cases, 95% interval)");
            LeaderboardSection.comparison(html, report.baseline().candidate() + " vs baseline "
                    + report.baseline().baseline(), report.baseline(),
                    caseId -> CaseSection.anchor(prefix, caseId, null));
            if (!report.baseline().deltas().isEmpty()) {
                CaseDiffTable.render(html, report.baseline().candidate() + " vs baseline", report.baseline().deltas(),
                        caseId -> CaseSection.anchor(prefix, caseId, null));
            }
        }
        html.close("section");
    }

    /** A report's case detail views, each followed by its ablation variants', with anchors after {@code prefix}. */
    private static void cases(Html html, SuiteReport report, String prefix, ImageStore images) {
        html.open("section", "class", "details", "aria-label", "case details");
        List<String> variants = report.ablations().stream().map(AblationReport::variant).toList();
        for (CaseReport full : report.cases()) {
            CaseSection.render(html, prefix, full, images, variants);
            for (AblationReport ablation : report.ablations()) {
                ablation.cases().stream().filter(variant -> variant.id().equals(full.id()))
                        .forEach(variant -> CaseSection.renderVariant(html, prefix, variant, ablation.variant()));
            }
        }
        html.close("section");
    }

    private static String tail(Html html, ImageStore images) {
        images.render(html);
        return html.open("script").markup(SCRIPT).close("script").close("body").close("html").toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + HtmlReport.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }
}
