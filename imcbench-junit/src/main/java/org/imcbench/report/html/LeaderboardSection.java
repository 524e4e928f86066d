package org.imcbench.report.html;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.imcbench.report.ComparisonReport;
import org.imcbench.report.ComparisonReport.CaseDrop;
import org.imcbench.report.ComparisonReport.PairedDimension;
import org.imcbench.report.Leaderboard;
import org.imcbench.report.Leaderboard.Entry;
import org.imcbench.report.StatisticsReport.DimensionStatistics;

/** The leaderboard of several reports and each one's paired differences to the first. */
final class LeaderboardSection {
    private LeaderboardSection() {
    }

    static void render(Html html, Leaderboard leaderboard) {
        html.element("h2", "Leaderboard (mean, 95% interval)");
        html.open("table", "class", "leaderboard").open("tr").element("th", "model").element("th", "suite");
        leaderboard.dimensions().forEach(dimension -> html.element("th", dimension));
        html.close("tr");
        for (Entry entry : leaderboard.entries()) {
            html.open("tr").open("td").text(entry.model());
            if (entry.simulated()) {
                html.text(" ").element("small", "simulated", "class", "simulated");
            }
            html.close("td").element("td", entry.suite());
            for (String dimension : leaderboard.dimensions()) {
                DimensionStatistics d = entry.dimensions().stream()
                        .filter(s -> s.dimension().equals(dimension)).findFirst().orElse(null);
                html.open("td").element("b", Html.number(d == null ? null : d.mean())).text(" ")
                        .element("small", d == null ? "—" : Html.interval(d.lower(), d.upper())).close("td");
            }
            html.close("tr");
        }
        html.close("table");
        for (int i = 0; i < leaderboard.comparisons().size(); i++) {
            ComparisonReport comparison = leaderboard.comparisons().get(i);
            String candidate = HtmlReport.reportPrefix(i + 1);
            comparison(html, comparison.candidate() + " vs baseline " + comparison.baseline(), comparison,
                    caseId -> CaseSection.anchor(candidate, caseId, null));
        }
    }

    /**
     * One candidate compared with its baseline: paired differences per dimension and the cases that
     * dropped, each linking to the candidate's case on the page.
     *
     * @param anchor the anchor of the candidate's section for a case id
     */
    static void comparison(Html html, String title, ComparisonReport comparison, UnaryOperator<String> anchor) {
        html.element("h3", title);
        html.open("table", "class", "deltas").open("tr");
        List.of("dimension", "paired cases", "difference", "interval", "p (lower)")
                .forEach(heading -> html.element("th", heading));
        html.close("tr");
        for (PairedDimension d : comparison.dimensions()) {
            html.open("tr", "class", d.upper() != null && d.upper() < 0 ? "worse" : "")
                    .element("td", d.dimension()).element("td", Integer.toString(d.cases()))
                    .element("td", Html.signed(d.meanDifference())).element("td", Html.interval(d.lower(), d.upper()))
                    .element("td", d.pValue() == null ? "—" : String.format(Locale.ROOT, "%.3f",
                            d.pValue()))
                    .close("tr");
        }
        html.close("table");
        if (!comparison.drops().isEmpty()) {
            html.element("p", "Cases scoring at least 2 points lower:").open("ul");
            for (CaseDrop drop : comparison.drops()) {
                html.open("li").element("a", drop.caseId(), "href", "#" + anchor.apply(drop.caseId()))
                        .text(" › " + drop.dimension() + ": " + Html.number(drop.baseline()) + " → "
                                + Html.number(drop.candidate())).close("li");
            }
            html.close("ul");
        }
        if (!comparison.unpairedCases().isEmpty()) {
            html.element("p", "Not in both reports: " + String.join(", ", comparison.unpairedCases()),
                    "class", "meta");
        }
    }
}
