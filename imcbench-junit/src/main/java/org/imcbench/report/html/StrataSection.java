package org.imcbench.report.html;

import java.util.List;
import org.imcbench.report.StatisticsReport.StratumStatistics;

/**
 * The strata table: per stratum and dimension the mean with its interval, the rest's mean and the
 * difference with its interval.
 */
final class StrataSection {
    private StrataSection() {
    }

    static void render(Html html, List<StratumStatistics> strata) {
        html.element("h2", "Strata (difference to the other cases, 95% interval)");
        if (strata.isEmpty()) {
            html.element("p", "No stratum splits the judged cases.");
            return;
        }
        html.open("table", "class", "strata").open("tr");
        for (String heading : List.of("stratum", "dimension", "n", "mean", "mean interval", "rest n", "rest mean",
                "difference", "interval")) {
            html.element("th", heading);
        }
        html.close("tr");
        for (StratumStatistics s : strata) {
            boolean clear = s.upper() != null && (s.upper() < 0 || s.lower() > 0);
            html.open("tr", "class", clear ? (s.difference() < 0 ? "worse" : "better") : "")
                    .element("td", s.stratum()).element("td", s.dimension())
                    .element("td", Integer.toString(s.cases())).element("td", Html.number(s.mean()))
                    .element("td", Html.interval(s.meanLower(), s.meanUpper()))
                    .element("td", Integer.toString(s.restCases())).element("td", Html.number(s.restMean()))
                    .element("td", Html.signed(s.difference())).element("td", Html.interval(s.lower(), s.upper()))
                    .close("tr");
        }
        html.close("table");
    }
}
