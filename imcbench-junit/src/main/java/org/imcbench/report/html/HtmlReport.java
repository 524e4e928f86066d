package org.imcbench.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.imcbench.io.AtomicFiles;
import org.imcbench.report.AblationReport;
import org.imcbench.report.CaseReport;
import org.imcbench.report.Leaderboard;
import org.imcbench.report.SuiteReport;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS, script and SVG, images as data
 * URLs) that needs no network. For one report: summary, dimension chart, strata and every case; for
 * several: the leaderboard with paired differences first, then each report.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:1.5em auto;max-width:1100px;color:#222}
            .banner{background:#b00020;color:#fff;padding:.6em 1em;font-weight:bold;border-radius:4px}
            .counts{display:flex;gap:1em;margin:1em 0}.count{border:1px solid #ccc;border-radius:4px;padding:.4em .8em}
            .count b{font-size:1.6em;display:block}.count.pass b{color:#1b7f3b}.count.fail b{color:#b00020}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}
            small.simulated{background:#b00020;color:#fff;border-radius:3px;padding:0 .3em}
            tr.worse td{background:#fde8e8}tr.better td{background:#e6f4ea}
            .chart .bar{fill:#4a78b5}.chart .whisker{stroke:#111;stroke-width:2;fill:none}.chart .grid{stroke:#ddd}
            .chart text{font-size:12px}.chart .axis{fill:#777}
            details.case{border:1px solid #ccc;border-radius:4px;margin:.5em 0;padding:.4em .8em}
            details.case.failed{border-color:#b00020}details.case.variant{margin-left:2em}.check{margin:0 .3em;padding:0 .3em;border-radius:3px}
            .check.passed{background:#e6f4ea}.check.failed{background:#fde8e8}.check.not_judged{background:#eee}
            .flag{color:#b00020;font-weight:bold}.meta{color:#666}
            .images{display:flex;flex-wrap:wrap;gap:1em}figure{margin:0;max-width:340px}
            .frame{position:relative;display:inline-block}.frame img{max-width:320px;display:block}
            .rois{position:absolute;inset:0;width:100%;height:100%}.rois rect{fill:none;stroke:#ffeb3b;stroke-width:.012}
            .placeholder{width:320px;height:120px;background:#eee;display:flex;align-items:center;justify-content:center;word-break:break-all}
            figcaption{font-size:12px;color:#555}.transcript li{margin:.3em 0}.transcript .text{white-space:pre-wrap}
            .transcript li.model{background:#f4f7fb}""";
    /**
     * The "failed only" filter with its count of shown cases (ablation variants are not counted),
     * and deep links: when the page's hash names a case's or variant's {@code <details>} (on load
     * and on every change), that one is opened, exempted from the filter and scrolled to.
     */
    private static final String SCRIPT = """
            (function(){var box=document.getElementById('failed-only'),out=document.getElementById('shown'),target=null;
            function update(){var all=document.querySelectorAll('details.case'),shown=0,total=0;
            all.forEach(function(c){var hide=box.checked&&!c.classList.contains('failed')&&c!==target;c.style.display=hide?'none':'';
            if(!c.classList.contains('variant')){total++;if(!hide)shown++;}});
            out.textContent=shown+' of '+total+' cases shown';}
            function reveal(){var id=location.hash.slice(1);try{id=decodeURIComponent(id);}catch(e){}
            var c=id?document.getElementById(id):null;if(!c||!c.matches('details.case'))return;
            target=c;c.open=true;update();c.scrollIntoView();}
            box.addEventListener('change',update);window.addEventListener('hashchange',reveal);update();reveal();})();""";

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
        suite(html, report, "");
        casesHeading(html);
        cases(html, report, "", images);
        return tail(html);
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
        for (int i = 0; i < reports.size(); i++) {
            suite(html, reports.get(i), reportPrefix(i));
        }
        casesHeading(html);
        for (int i = 0; i < reports.size(); i++) {
            SuiteReport report = reports.get(i);
            html.element("h3", report.run().model() + " · " + report.suite());
            cases(html, report, reportPrefix(i), images);
        }
        return tail(html);
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

    private static void suite(Html html, SuiteReport report, String prefix) {
        html.open("section", "class", "suite");
        SummarySection.render(html, report);
        if (report.statistics() != null) {
            DimensionChart.render(html, report.statistics().dimensions());
            StrataSection.render(html, report.statistics().strata());
        }
        if (report.summary().calibration() != null) {
            CalibrationSection.render(html, report.summary().calibration());
        }
        if (!report.ablations().isEmpty()) {
            html.element("h2", "Ablations (variant − full, paired over the same cases, 95% interval)");
            report.ablations().forEach(ablation -> LeaderboardSection.comparison(html,
                    ablation.variant() + " vs full", ablation.comparison(),
                    caseId -> CaseSection.anchor(prefix, caseId, ablation.variant())));
        }
        if (report.baseline() != null) {
            html.element("h2", "Baseline (candidate − baseline, paired over the same cases, 95% interval)");
            LeaderboardSection.comparison(html, report.baseline().candidate() + " vs baseline "
                    + report.baseline().baseline(), report.baseline(),
                    caseId -> CaseSection.anchor(prefix, caseId, null));
        }
        html.close("section");
    }

    private static void casesHeading(Html html) {
        html.element("h2", "Cases").open("label").open("input", "type", "checkbox", "id", "failed-only")
                .text(" only cases with a failed check or flag ").close("label")
                .element("span", "", "id", "shown", "class", "meta");
    }

    /** A report's cases, each followed by its ablation variants, with anchors after {@code prefix}. */
    private static void cases(Html html, SuiteReport report, String prefix, ImageSource images) {
        for (CaseReport full : report.cases()) {
            CaseSection.render(html, prefix, full, images);
            for (AblationReport ablation : report.ablations()) {
                ablation.cases().stream().filter(variant -> variant.id().equals(full.id()))
                        .forEach(variant -> CaseSection.renderVariant(html, prefix, variant, ablation.variant()));
            }
        }
    }

    private static String tail(Html html) {
        return html.open("script").markup(SCRIPT).close("script").close("body").close("html").toString();
    }
}
