package org.imcbench.report.html;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.UnaryOperator;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CaseScores;
import org.imcbench.report.CaseReport.CheckReport;
import org.imcbench.report.ComparisonReport;

/**
 * Per-case differences between two runs over the same cases (an ablation variant and the full cases,
 * or a later report and the first on the leaderboard): one row per case both judged, each
 * dimension's score in both and the difference, the case that dropped most first; each case links
 * to its lower-scoring run's detail. Collapsed under its summary, so that a long table does not push
 * the rest of the page away. Of a large run only the {@value #SHOWN} largest drops are listed (every
 * case's scores are in {@code report.json}); only the cases' ids and scores are kept while the
 * cases are read.
 */
final class CaseDiffTable {
    /** The most rows listed. */
    static final int SHOWN = 200;

    private CaseDiffTable() {
    }

    static void render(Html html, String title, List<CaseReport> baseline, List<CaseReport> candidate,
            UnaryOperator<String> anchor) {
        List<String> dimensions = CaseScores.checkedDimensions(candidate);
        Map<String, List<Double>> before = new HashMap<>();
        baseline.forEach(c -> before.put(c.id(), scores(c, dimensions)));
        Largest rows = new Largest();
        for (CaseReport after : candidate) {
            List<Double> matched = before.get(after.id());
            if (matched != null) {
                rows.add(new Row(after.id(), matched, scores(after, dimensions)));
            }
        }
        table(html, title, dimensions, rows, anchor);
    }

    /** The per-case differences of a comparison with a baseline, from its {@code deltas}. */
    static void render(Html html, String title, List<ComparisonReport.CaseDrop> deltas,
            UnaryOperator<String> anchor) {
        List<String> dimensions = deltas.stream().map(ComparisonReport.CaseDrop::dimension).distinct().toList();
        Map<String, Double[][]> byCase = new LinkedHashMap<>();
        for (ComparisonReport.CaseDrop delta : deltas) {
            Double[][] scores = byCase.computeIfAbsent(delta.caseId(),
                    id -> new Double[][] {new Double[dimensions.size()], new Double[dimensions.size()]});
            int at = dimensions.indexOf(delta.dimension());
            scores[0][at] = delta.baseline();
            scores[1][at] = delta.candidate();
        }
        Largest rows = new Largest();
        byCase.forEach((caseId, scores) -> rows.add(new Row(caseId, Arrays.asList(scores[0]),
                Arrays.asList(scores[1]))));
        table(html, title, dimensions, rows, anchor);
    }

    private static void table(Html html, String title, List<String> dimensions, Largest largest,
            UnaryOperator<String> anchor) {
        List<Row> rows = largest.sorted();
        html.open("details", "class", "diff").element("summary", title + ": per-case differences ("
                + (largest.count() > rows.size() ? "the " + rows.size() + " largest drops of " + largest.count()
                        + " cases; every case is in report.json" : rows.size() + " cases, the largest drop first")
                + ")");
        html.open("table", "class", "case-diff").open("tr").element("th", "case", "scope", "col");
        dimensions.forEach(dimension -> html.element("th", dimension, "scope", "col"));
        html.close("tr");
        for (Row row : rows) {
            html.open("tr").open("td").element("a", row.caseId(), "href", "#" + anchor.apply(row.caseId()))
                    .close("td");
            for (int i = 0; i < dimensions.size(); i++) {
                Double from = row.before().get(i);
                Double to = row.after().get(i);
                Double delta = from == null || to == null ? null : to - from;
                html.element("td", Html.number(from) + " → " + Html.number(to) + " (" + Html.signed(delta) + ")",
                        "class", delta == null || delta == 0 ? "" : delta < 0 ? "worse" : "better");
            }
            html.close("tr");
        }
        html.close("table").close("details");
    }

    /** The case's jury score on each dimension, {@code null} where it has none. */
    private static List<Double> scores(CaseReport c, List<String> dimensions) {
        return dimensions.stream().map(dimension -> c.checks().stream()
                .filter(check -> check.dimension().equals(dimension)).findFirst().map(CheckReport::juryScore)
                .orElse(null)).toList();
    }

    /**
     * The rows with the {@value #SHOWN} largest drops of those added, and how many were added: ties
     * keep the order they were added in.
     */
    private static final class Largest {
        private static final Comparator<Ranked> ORDER = Comparator.comparingDouble((Ranked r) -> r.row().largestDrop())
                .thenComparingInt(Ranked::order);
        private final PriorityQueue<Ranked> kept = new PriorityQueue<>(ORDER.reversed());
        private int count;

        void add(Row row) {
            kept.add(new Ranked(row, count++));
            if (kept.size() > SHOWN) {
                kept.poll();
            }
        }

        int count() {
            return count;
        }

        List<Row> sorted() {
            return kept.stream().sorted(ORDER).map(Ranked::row).toList();
        }

        private record Ranked(Row row, int order) {
        }
    }

    /** One case's scores per dimension before and after; {@code null} where a run did not judge it. */
    private record Row(String caseId, List<Double> before, List<Double> after) {
        /** The most negative difference over the dimensions both judged, 0 without one. */
        double largestDrop() {
            double drop = 0;
            for (int i = 0; i < before.size(); i++) {
                if (before.get(i) != null && after.get(i) != null) {
                    drop = Math.min(drop, after.get(i) - before.get(i));
                }
            }
            return drop;
        }
    }
}
