package org.imcbench.report.html;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.imcbench.io.AtomicFiles;
import org.imcbench.report.AblationReport;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CaseReportLog;
import org.imcbench.report.CaseScores;
import org.imcbench.report.Leaderboard;
import org.imcbench.report.Strata;
import org.imcbench.report.SuiteReport;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS, script and SVG, each distinct image
 * once as a data URL) that needs no network. For one report: the verdict (gates, counts, means,
 * agreement), the case table (drawn by the page's script from the case index, a page of rows at a
 * time) with a detail view per case (stored compressed, see {@link CaseDetails}), the review queue,
 * the strata matrix, agreement with clinicians, ablations and baseline; for several: the leaderboard
 * with paired differences first, then each report.
 *
 * <p>The page is streamed to its file ({@link #write(SuiteReport, ImageSource, Path)}): it is never
 * held whole in memory, {@code report.cases()} is read sequentially in a few passes and never copied,
 * and what is kept while writing is small per case (ids and scores for the sorted sections, the hash
 * and media type of each distinct image), so its size grows with the distinct images, not the cases.
 */
public final class HtmlReport {
    private static final String STYLE = resource("report.css");
    /**
     * The case tables drawn from their case index (sorting, filtering, paging, Enter on a search that
     * leaves one case), the detail view a link (a table row, a drop, a deep link
     * {@code report.html#case-<id>}) opens, inflated from its chunk with its images filled in from
     * the page's one copy of each, the zoom-in crops, and the review sheet's download.
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

    /**
     * Writes the page of one suite's report to {@code file}, atomically (through a temporary file in
     * its folder), streaming it: the page is never held whole in memory, and the cases are read in a
     * few passes over {@code report.cases()}, never copied. Returns the file's absolute path.
     */
    public static Path write(SuiteReport report, ImageSource images, Path file) {
        return atomically(file, out -> write(report, images, out));
    }

    /** Writes the page of one suite's report to {@code out} (UTF-8), streaming it; {@code out} stays open. */
    public static void write(SuiteReport report, ImageSource images, OutputStream out) {
        page(out, "IMCBench · " + report.suite(), (html, store) -> suite(html, report, "", store, Optional.empty()),
                new ImageStore(images));
    }

    /**
     * Writes the page of one suite's report to {@code file}, atomically, with the case views its run rendered
     * as the cases finished (when they are the views of the report's cases; else it renders them itself, as
     * {@link #write(SuiteReport, ImageSource, Path)} does). The views' images are the page's images.
     * Returns the file's absolute path.
     */
    public static Path write(SuiteReport report, CaseViews views, Path file) {
        return atomically(file, out -> page(out, "IMCBench · " + report.suite(),
                (html, store) -> suite(html, report, "", store, Optional.of(views)), views.images()));
    }

    /**
     * Writes the page comparing several reports to {@code file}, atomically: the leaderboard, then each
     * report, then each report's cases; the anchors of the k-th report's cases start with {@code r<k>-}
     * (from 1). Returns the file's absolute path.
     */
    public static Path writeComparison(List<SuiteReport> reports, ImageSource images, Path file) {
        return atomically(file, out -> writeComparison(reports, images, out));
    }

    /** Writes the page comparing several reports to {@code out} (UTF-8), streaming it; {@code out} stays open. */
    public static void writeComparison(List<SuiteReport> reports, ImageSource images, OutputStream out) {
        page(out, "IMCBench · leaderboard", (html, store) -> {
            html.element("h1", "IMCBench · leaderboard");
            if (reports.stream().anyMatch(SuiteReport::simulated)) {
                html.element("div", "SIMULATED RUNS INCLUDED — rows marked simulated are not real model results",
                        "class", "banner", "id", "simulated");
            }
            LeaderboardSection.render(html, Leaderboard.of(reports));
            for (int i = 1; i < reports.size(); i++) {
                String prefix = reportPrefix(i);
                CaseDiffTable.render(html, reports.get(i).run().model() + " vs " + reports.get(0).run().model(),
                        reports.get(0).cases(), reports.get(i).cases(),
                        caseId -> CaseSection.anchor(prefix, caseId, null));
            }
            for (int i = 0; i < reports.size(); i++) {
                suite(html, reports.get(i), reportPrefix(i), store, Optional.empty());
            }
        }, new ImageStore(images));
    }

    /** The body of a page, written with the page's one image store. */
    @FunctionalInterface
    private interface Body {
        void write(Html html, ImageStore images);
    }

    private static void page(OutputStream out, String title, Body body, ImageStore store) {
        OutputStream bytes = new BufferedOutputStream(out, 1 << 16);
        Writer writer = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
        Html html = head(new Html(writer, bytes), title);
        body.write(html, store);
        store.render(html);
        html.open("script").markup(SCRIPT).close("script").close("body").close("html");
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the HTML report", e);
        }
    }

    private static Path atomically(Path file, AtomicFiles.Content content) {
        try {
            AtomicFiles.write(file, content);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file.toAbsolutePath(), e);
        }
    }

    private static Html head(Html html, String title) {
        return html.markup("<!DOCTYPE html>").open("html", "lang", "en").open("head")
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
     * One report: the verdict first, then its cases (table, detail views and the index the table is
     * drawn from), the review queue, strata, agreement with clinicians, ablations and baseline.
     */
    private static void suite(Html html, SuiteReport full, String prefix, ImageStore images,
            Optional<CaseViews> rendered) {
        SuiteReport report = withoutDetail(full);
        html.open("section", "class", "suite");
        VerdictSection.render(html, report);
        List<String> dimensions = CaseScores.checkedDimensions(report.cases());
        Map<String, Predicate<CaseReport>> strata = Strata.of(report.cases());
        CaseTable.render(html, prefix, List.copyOf(strata.keySet()), dimensions);
        html.open("section", "class", "details", "id", prefix + "details", "aria-label", "case details");
        CaseDetails.Located views = CaseDetails.render(html, prefix, full, images, rendered);
        html.close("section");
        JsonBlock.write(html, json -> index(json, report, strata, dimensions, views),
                "class", "case-index", "data-prefix", prefix);
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

    /**
     * The report with its cases (and its variants' cases) without detail where the run kept them so (see
     * {@link CaseReportLog#cases}): every section but the case views needs only their scores and labels, so
     * only the case views read the cases' full reports.
     */
    private static SuiteReport withoutDetail(SuiteReport report) {
        return report.withCases(CaseReportLog.withoutDetail(report.cases()), report.ablations().stream()
                .map(ablation -> new AblationReport(ablation.variant(), CaseReportLog.withoutDetail(ablation.cases()),
                        ablation.comparison()))
                .toList());
    }

    /**
     * The case index the page's script draws the table from and finds the chunk of a case's view in:
     * the dimensions, the strata, the chunk size, one row per case (see {@link CaseTable#index}) and
     * where each ablation's views are.
     */
    private static void index(JsonGenerator json, SuiteReport report, Map<String, Predicate<CaseReport>> strata,
            List<String> dimensions, CaseDetails.Located views) throws IOException {
        json.writeStartObject();
        json.writeNumberField("chunk", ViewChunks.SIZE);
        strings(json, "dimensions", dimensions);
        strings(json, "strata", strata.keySet());
        CaseTable.index(json, report, strata, dimensions, views.caseChunk());
        json.writeArrayFieldStart("variants");
        for (CaseDetails.VariantChunks variant : views.variants()) {
            json.writeStartObject();
            json.writeStringField("name", variant.variant());
            json.writeNumberField("first", variant.first());
            strings(json, "ids", variant.ids());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, Collection<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
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
