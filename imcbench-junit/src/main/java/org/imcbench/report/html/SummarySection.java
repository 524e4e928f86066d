package org.imcbench.report.html;

import org.imcbench.report.SuiteReport;
import org.imcbench.report.SummaryReport;

/** The head of a suite's report: what ran, the simulation banner, and pass and fail counts. */
final class SummarySection {
    private SummarySection() {
    }

    static void render(Html html, SuiteReport report) {
        SummaryReport summary = report.summary();
        html.element("h1", "IMCBench · " + report.suite() + " · " + report.run().model());
        if (report.simulated()) {
            html.element("div", report.notice().isBlank() ? "SIMULATED RUN" : report.notice(), "class", "banner", "id", "simulated");
        }
        html.open("p").text("Model " + report.run().model() + " · patient " + report.run().patientModel()
                + " · jury " + String.join(", ", report.run().judges()) + " · rubric " + report.run().rubric()
                + " · " + report.startedAt() + " to " + report.finishedAt()).close("p");
        html.open("div", "class", "counts");
        count(html, "cases", summary.cases(), "");
        count(html, "checks passed", summary.checksPassed(), "pass");
        count(html, "checks failed", summary.checksFailed(), summary.checksFailed() > 0 ? "fail" : "");
        count(html, "not judged", summary.checksNotJudged(), "");
        count(html, "conversations failed", summary.conversationsFailed(),
                summary.conversationsFailed() > 0 ? "fail" : "");
        html.close("div");
    }

    private static void count(Html html, String label, int value, String style) {
        html.open("div", "class", "count " + style, "data-count", label)
                .element("b", Integer.toString(value)).element("span", label).close("div");
    }
}
