package org.imcbench.report;

import java.util.ArrayList;
import java.util.List;
import org.imcbench.report.StatisticsReport.DimensionStatistics;

/**
 * Several reports side by side, like the paper's table: per report the model and its overall and
 * per-dimension means with intervals, and each later report compared with the first (paired).
 *
 * @param dimensions the columns: {@code overall}, then the first report's dimensions
 * @param entries one per report, in the order given
 * @param comparisons every report after the first compared with the first
 */
public record Leaderboard(List<String> dimensions, List<Entry> entries, List<ComparisonReport> comparisons) {

    /**
     * One report's row.
     *
     * @param model the model under test
     * @param suite the suite
     * @param simulated whether the run was simulated
     * @param cases cases in the report
     * @param dimensions its statistics per dimension and overall
     */
    public record Entry(String model, String suite, boolean simulated, int cases,
            List<DimensionStatistics> dimensions) {
    }

    /** The leaderboard of these reports; statistics are recomputed from their cases. */
    public static Leaderboard of(List<SuiteReport> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no report to rank");
        }
        List<String> dimensions = new ArrayList<>(List.of(CaseScores.OVERALL));
        CaseScores.dimensions(reports.get(0).cases()).stream()
                .filter(dimension -> !CaseScores.OVERALL.equals(dimension))
                .forEach(dimensions::add);
        List<Entry> entries = reports.stream()
                .map(report -> new Entry(report.run().model(), report.suite(), report.simulated(),
                        report.cases().size(), SuiteStatistics.of(report.cases()).dimensions()))
                .toList();
        List<ComparisonReport> comparisons = reports.subList(1, reports.size()).stream()
                .map(candidate -> ReportComparison.compare(reports.get(0), candidate))
                .toList();
        return new Leaderboard(List.copyOf(dimensions), entries, comparisons);
    }
}
