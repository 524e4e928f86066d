package org.imcbench.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imcbench.report.CalibrationReport;
import org.imcbench.report.CalibrationReport.AgreementReport;
import org.imcbench.report.GateReport;
import org.imcbench.report.SuiteReport;
import org.imcbench.report.SummaryReport;

/**
 * The first screen of a suite's report, the verdict: what ran, the simulation banner, what a partial
 * run left out, every gate with what it measured and its status, the check counts, the per-dimension
 * means with their intervals, and how far the judges agree with each other and with clinicians.
 */
final class VerdictSection {
    private VerdictSection() {
    }

    static void render(Html html, SuiteReport report) {
        SummaryReport summary = report.summary();
        html.open("header", "class", "verdict-head")
                .element("h1", "IMCBench · " + report.suite() + " · " + report.run().model());
        if (report.simulated()) {
            html.element("div", report.notice().isBlank() ? "SIMULATED RUN" : report.notice(), "class", "banner",
                    "id", "simulated");
        }
        if (report.partial() != null) {
            html.element("p", "Partial run: " + report.partial() + " (gates over the whole suite are skipped)",
                    "class", "partial");
        }
        html.open("p", "class", "meta").text("Model " + report.run().model() + " · patient "
                + report.run().patientModel() + " · jury " + String.join(", ", report.run().judges()) + " · rubric "
                + report.run().rubric() + " · " + report.startedAt() + " to " + report.finishedAt()).close("p")
                .close("header");
        html.open("section", "class", "verdict", "aria-label", "verdict").open("div");
        gates(html, report.gates());
        counts(html, summary);
        html.close("div").open("div");
        if (report.statistics() != null) {
            DimensionChart.render(html, report.statistics().dimensions());
        }
        agreement(html, summary);
        html.close("div").close("section");
    }

    private static void gates(Html html, List<GateReport> gates) {
        html.element("h2", "Gates");
        if (gates.isEmpty()) {
            html.element("p", "This suite declares no gates.", "class", "meta");
            return;
        }
        html.open("table", "class", "gates").open("tr").element("th", "status").element("th", "gate")
                .element("th", "measured").close("tr");
        for (GateReport gate : gates) {
            String status = gate.status().name().toLowerCase(Locale.ROOT);
            html.open("tr", "class", "gate " + status).open("td").element("span", status, "class", "status " + status)
                    .close("td").element("td", gate.title()).open("td").text(gate.measured());
            if (!gate.reason().isBlank()) {
                html.element("div", gate.reason(), "class", "flag");
            }
            html.close("td").close("tr");
        }
        html.close("table");
    }

    private static void counts(Html html, SummaryReport summary) {
        html.open("div", "class", "counts");
        count(html, "cases", summary.cases(), "");
        count(html, "checks passed", summary.checksPassed(), "pass");
        count(html, "checks failed", summary.checksFailed(), summary.checksFailed() > 0 ? "fail" : "");
        count(html, "not judged", summary.checksNotJudged(), "");
        count(html, "conversations failed", summary.conversationsFailed(),
                summary.conversationsFailed() > 0 ? "fail" : "");
        count(html, "need review", summary.needsHumanReview() == null ? 0 : summary.needsHumanReview().size(), "");
        html.close("div");
        if (summary.warnings() != null) {
            summary.warnings().forEach(warning -> html.element("p", warning, "class", "flag"));
        }
    }

    private static void count(Html html, String label, int value, String style) {
        html.open("div", "class", "count " + style, "data-count", label)
                .element("b", Integer.toString(value)).element("span", label).close("div");
    }

    /** Krippendorff's alpha per dimension and, with annotations, the calibrated jury's held-out agreement. */
    private static void agreement(Html html, SummaryReport summary) {
        html.element("h2", "Agreement");
        List<String> alphas = new ArrayList<>();
        Map<String, Double> alpha = summary.judgeAlpha() == null ? Map.of() : summary.judgeAlpha();
        alpha.forEach((dimension, value) -> {
            if (value != null) {
                alphas.add(dimension + " " + Html.number(value));
            }
        });
        html.element("p", alphas.isEmpty() ? "Judges' agreement: undefined (fewer than two judges or no variation)"
                : "Judges' agreement (Krippendorff's α, ordinal): " + String.join(" · ", alphas)
                        + (alphas.size() < alpha.size() ? "; undefined on the other dimensions" : ""), "class", "alpha");
        CalibrationReport calibration = summary.calibration();
        if (calibration == null) {
            html.element("p", "Agreement with clinicians: no annotations configured (imcbench.jury.annotations).",
                    "class", "meta");
            return;
        }
        for (AgreementReport row : calibration.agreement()) {
            if (row.dimension().equals("all") && row.rater().startsWith("jury")) {
                html.element("p", "Agreement with clinicians, " + row.rater() + " (" + row.items() + " items): qwk "
                        + CalibrationSection.estimate(row.qwk()) + " · MAE "
                        + CalibrationSection.estimate(row.meanAbsoluteError()), "class", "clinicians");
            }
        }
    }
}
