package org.imcbench.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imcbench.report.AblationReport;
import org.imcbench.report.CaseReport;
import org.imcbench.report.Reports;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.Test;

/** The anchors deep links open (the browser behaviour is tested in HtmlReportBrowserTest). */
class CaseAnchorsTest {
    private static final List<CaseReport> FULL = List.of(Reports.judged("a", true, "ct", "x", 5, 5),
            Reports.judged("b", false, "ct", "x", 4, 4));

    @Test
    void aCaseAndEachOfItsVariantsHaveTheirOwnAnchorAndDropsLinkToTheVariant() {
        List<CaseReport> noImage = List.of(Reports.judged("a", true, "ct", "x", 1, 5),
                Reports.judged("b", false, "ct", "x", 4, 4));
        SuiteReport base = Reports.suite("demo:careful", FULL);
        SuiteReport report = new SuiteReport(base.schemaVersion(), base.suite(), base.startedAt(), base.finishedAt(),
                base.simulated(), base.notice(), base.run(), base.summary(), base.cases(), base.statistics(), null,
                List.of(AblationReport.of("no-image", FULL, noImage)), null, List.of());

        String page = Pages.page(report, ImageSource.NONE);

        assertThat(ids(page)).containsExactlyInAnyOrder("case-a", "case-a--no-image", "case-b", "case-b--no-image");
        assertThat(page).contains("<b>a [no-image]</b>").contains("class=\"case variant failed\"")
                .contains("<li><a href=\"#case-a--no-image\">a</a> › safety: 5.00 → 1.00</li>")
                .contains("Ablation variant no-image of <a href=\"#case-a\">a</a>")
                .contains("no-image vs full: per-case differences (2 cases, the largest drop first)")
                .contains("<tr><td><a href=\"#case-a--no-image\">a</a></td><td class=\"worse\">5.00 → 1.00 (-4.00)"
                        + "</td><td class=\"\">5.00 → 5.00 (+0.00)</td></tr><tr><td><a href=\"#case-b--no-image\">b</a>");
    }

    @Test
    void onTheLeaderboardEachReportsCasesHaveTheirOwnPrefix() {
        SuiteReport careless = Reports.suite("demo:careless", List.of(Reports.judged("a", true, "ct", "x", 1, 5),
                Reports.judged("b", false, "ct", "x", 4, 4)));

        String page = Pages.comparison(List.of(Reports.suite("demo:careful", FULL), careless),
                ImageSource.NONE);

        assertThat(ids(page)).containsExactly("r1-case-a", "r1-case-b", "r2-case-a", "r2-case-b");
        assertThat(page).contains("<a href=\"#r2-case-a\">a</a> › safety")
                .contains("<td>demo:careless <small class=\"simulated\">simulated</small></td>")
                .contains("demo:careless vs demo:careful: per-case differences (2 cases, the largest drop first)")
                .contains("<tr><td><a href=\"#r2-case-a\">a</a></td><td class=\"worse\">5.00 → 1.00 (-4.00)</td>");
    }

    private static List<String> ids(String page) {
        Matcher matcher = Pattern.compile("<article [^>]*id=\"([^\"]*)\"").matcher(page);
        List<String> ids = new ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
