package org.imcbench.report.html;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CaseReport.CheckReport;
import org.imcbench.report.CheckStatus;
import org.imcbench.report.SuiteReport;

/**
 * The case table of a report: one row per case with its id, title, modality, malignant and rare
 * flags, each dimension's jury score coloured by its check, the judges' largest disagreement and
 * whether it needs human review; each row links to the case's detail view. The page holds the table's
 * data as one JSON block (the case index: per case a short array of what a row shows and what the
 * filters need), and the page's script draws one page of rows at a time from it: it sorts the index
 * by any column and filters it by stratum, failing check, review flag and free text (over id, title,
 * specialty, modality and tags), so a report of thousands of cases has a table of a hundred rows.
 */
final class CaseTable {
    private CaseTable() {
    }

    /** The filters, the table's head and the pager; the page's script fills in the rows. */
    static void render(Html html, String prefix, List<String> strata, List<String> dimensions) {
        html.open("section", "class", "browser", "id", prefix + "cases", "aria-label", "cases")
                .element("h2", "Cases").open("div", "class", "filters", "role", "search")
                .open("label").text("Search ").open("input", "type", "search", "class", "f-text",
                        "placeholder", "id, title, modality, tag").close("label")
                .open("label").text("Stratum ").open("select", "class", "f-stratum").element("option", "all", "value", "");
        strata.forEach(stratum -> html.element("option", stratum, "value", stratum));
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
        html.close("tr").close("thead").open("tbody").close("tbody").close("table")
                .open("nav", "class", "pager", "aria-label", "pages of cases")
                .element("button", "‹ previous", "type", "button", "class", "previous")
                .element("span", "", "class", "rows meta")
                .element("button", "next ›", "type", "button", "class", "next").close("nav").close("section");
    }

    private static void header(Html html, String label, String sort) {
        html.open("th", "data-sort", sort, "scope", "col").element("button", label, "type", "button").close("th");
    }

    /**
     * Writes the index's {@code cases} array, one pass over the cases, one array per case in the
     * order of the report: id, title, modality, the malignant / rare label, specialty and tags (the
     * search looks in these five), the positions of its strata in {@code strata}, each dimension's jury score
     * (null where it has no check), each dimension's check status as one letter ({@code p}assed,
     * {@code f}ailed, {@code n}ot judged, {@code -} no check), the overall score, the judges' spread,
     * the review column's text, whether the review filter keeps it, whether it is flagged, and the number of
     * the chunk holding its detail view.
     */
    static void index(JsonGenerator json, SuiteReport report, Map<String, Predicate<CaseReport>> strata,
            List<String> dimensions, IntUnaryOperator chunkOf) {
        try {
            json.writeArrayFieldStart("cases");
            int position = 0;
            for (CaseReport c : report.cases()) {
                row(json, c, strata, dimensions, chunkOf.applyAsInt(position++));
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the case index", e);
        }
    }

    private static void row(JsonGenerator json, CaseReport c, Map<String, Predicate<CaseReport>> strata,
            List<String> dimensions, int chunk) throws IOException {
        List<String> review = CaseSection.needsHumanReview(c);
        json.writeStartArray();
        json.writeString(c.id());
        json.writeString(c.title());
        json.writeString(c.modality());
        json.writeString((c.malignant() ? "malignant" : "") + (c.malignant() && c.rare() ? " · " : "")
                + (c.rare() ? "rare" : ""));
        json.writeString(c.specialty() + " " + String.join(" ", c.tags()));
        json.writeStartArray();
        int position = 0;
        for (Predicate<CaseReport> member : strata.values()) {
            if (member.test(c)) {
                json.writeNumber(position);
            }
            position++;
        }
        json.writeEndArray();
        StringBuilder statuses = new StringBuilder();
        json.writeStartArray();
        for (String dimension : dimensions) {
            CheckReport check = c.checks().stream().filter(k -> k.dimension().equals(dimension)).findFirst()
                    .orElse(null);
            score(json, check == null ? null : check.juryScore());
            statuses.append(check == null ? '-' : check.status() == CheckStatus.PASSED ? 'p'
                    : check.status() == CheckStatus.FAILED ? 'f' : 'n');
        }
        json.writeEndArray();
        json.writeString(statuses.toString());
        score(json, c.overallScore());
        Integer spread = spread(c);
        if (spread == null) {
            json.writeNull();
        } else {
            json.writeNumber(spread);
        }
        json.writeString(c.error() != null ? "conversation failed" : review.isEmpty() ? "" : "needs review");
        json.writeBoolean(!review.isEmpty() || c.error() != null);
        json.writeBoolean(CaseSection.flagged(c));
        json.writeNumber(chunk);
        json.writeEndArray();
    }

    /** A score to four decimals (the table shows two), or null. */
    private static void score(JsonGenerator json, Double score) throws IOException {
        if (score == null) {
            json.writeNull();
        } else {
            json.writeNumber(Math.round(score * 10_000) / 10_000.0);
        }
    }

    /** The largest range of the judges' scores on one dimension, {@code null} with fewer than two judges' scores. */
    private static Integer spread(CaseReport c) {
        Integer largest = null;
        for (CheckReport check : c.checks()) {
            if (check.judgeScores() != null && check.judgeScores().size() > 1) {
                int range = Collections.max(check.judgeScores()) - Collections.min(check.judgeScores());
                largest = largest == null ? range : Math.max(largest, range);
            }
        }
        return largest;
    }
}
