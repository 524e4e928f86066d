package org.imcbench.report.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CaseReport.CheckReport;
import org.imcbench.report.CheckStatus;
import org.imcbench.report.Strata;
import org.imcbench.report.SuiteReport;

/**
 * The case table of a report: one row per case with its id, title, modality, malignant and rare
 * flags, each dimension's jury score coloured by its check, the judges' largest disagreement and
 * whether it needs human review; each row links to the case's detail view. The page's script sorts
 * it by any column and filters it by stratum, failing check, review flag and free text (over id,
 * title, specialty, modality and tags): the rows carry what the filters need as data attributes,
 * so filtering thousands of rows only toggles their {@code hidden} property.
 */
final class CaseTable {
    private CaseTable() {
    }

    static void render(Html html, String prefix, SuiteReport report, List<String> dimensions) {
        Map<String, Predicate<CaseReport>> strata = Strata.of(report.cases());
        html.open("section", "class", "browser", "id", prefix + "cases", "aria-label", "cases")
                .element("h2", "Cases").open("div", "class", "filters", "role", "search")
                .open("label").text("Search ").open("input", "type", "search", "class", "f-text",
                        "placeholder", "id, title, modality, tag").close("label")
                .open("label").text("Stratum ").open("select", "class", "f-stratum").element("option", "all", "value", "");
        strata.keySet().forEach(stratum -> html.element("option", stratum, "value", stratum));
        html.close("select").close("label").open("label").text("Checks ").open("select", "class", "f-check")
                .element("option", "all", "value", "").element("option", "any failed check", "value", "*");
        dimensions.forEach(dimension -> html.element("option", dimension + " failed", "value", dimension));
        html.close("select").close("label").open("label").open("input", "type", "checkbox", "class", "f-review")
                .text(" needs review only").close("label")
                .element("span", "", "class", "shown meta", "aria-live", "polite").close("div");
        html.open("table", "class", "cases").open("thead").open("tr");
        header(html, "case", "text");
        header(html, "title", "text");
        header(html, "modality", "text");
        header(html, "malignant / rare", "text");
        dimensions.forEach(dimension -> header(html, dimension, "number"));
        header(html, "overall", "number");
        header(html, "judges' spread", "number");
        header(html, "review", "text");
        html.close("tr").close("thead").open("tbody");
        report.cases().forEach(c -> row(html, prefix, c, dimensions, strata));
        html.close("tbody").close("table").close("section");
    }

    private static void header(Html html, String label, String sort) {
        html.open("th", "data-sort", sort, "scope", "col").element("button", label, "type", "button").close("th");
    }

    private static void row(Html html, String prefix, CaseReport c, List<String> dimensions,
            Map<String, Predicate<CaseReport>> strata) {
        List<String> member = new ArrayList<>();
        strata.forEach((name, test) -> {
            if (test.test(c)) {
                member.add(name);
            }
        });
        List<String> failed = c.checks().stream().filter(check -> check.status() == CheckStatus.FAILED)
                .map(CheckReport::dimension).toList();
        List<String> review = CaseSection.needsHumanReview(c);
        String text = String.join(" ", c.id(), c.title(), c.specialty(), c.modality(), String.join(" ", c.tags()))
                .toLowerCase(Locale.ROOT);
        List<String> attributes = new ArrayList<>(List.of("class", CaseSection.flagged(c) ? "flagged" : "",
                "data-text", text, "data-strata", String.join("|", member), "data-failed", String.join("|", failed)));
        if (!review.isEmpty() || c.error() != null) {
            attributes.addAll(List.of("data-review", ""));
        }
        String flags = (c.malignant() ? "malignant" : "") + (c.malignant() && c.rare() ? " · " : "")
                + (c.rare() ? "rare" : "");
        html.open("tr", attributes.toArray(String[]::new)).open("td", "data-value", c.id())
                .element("a", c.id(), "href", "#" + CaseSection.anchor(prefix, c.id(), null)).close("td")
                .element("td", c.title(), "data-value", c.title()).element("td", c.modality(), "data-value", c.modality())
                .element("td", flags, "data-value", flags);
        for (String dimension : dimensions) {
            CheckReport check = c.checks().stream().filter(k -> k.dimension().equals(dimension)).findFirst()
                    .orElse(null);
            Double score = check == null ? null : check.juryScore();
            html.element("td", Html.number(score), "class", "score " + (check == null ? ""
                    : check.status().name().toLowerCase(Locale.ROOT)), "data-value", value(score),
                    "title", check == null ? "" : check.message());
        }
        html.element("td", Html.number(c.overallScore()), "class", "score", "data-value", value(c.overallScore()));
        Integer spread = spread(c);
        html.element("td", spread == null ? "—" : spread.toString(), "class", "score",
                "data-value", spread == null ? "" : spread.toString());
        String flag = c.error() != null ? "conversation failed" : review.isEmpty() ? "" : "needs review";
        html.element("td", flag, "class", flag.isEmpty() ? "" : "flag", "data-value", flag).close("tr");
    }

    /** The largest range of the judges' scores on one dimension, {@code null} with fewer than two judges' scores. */
    static Integer spread(CaseReport c) {
        Integer largest = null;
        for (CheckReport check : c.checks()) {
            if (check.judgeScores() != null && check.judgeScores().size() > 1) {
                int range = Collections.max(check.judgeScores()) - Collections.min(check.judgeScores());
                largest = largest == null ? range : Math.max(largest, range);
            }
        }
        return largest;
    }

    private static String value(Double score) {
        return score == null ? "" : String.format(Locale.ROOT, "%.4f", score);
    }
}
