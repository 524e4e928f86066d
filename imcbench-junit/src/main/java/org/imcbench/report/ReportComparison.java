package org.imcbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imcbench.report.ComparisonReport.CaseDrop;
import org.imcbench.report.ComparisonReport.PairedDimension;
import org.imcbench.stats.Bootstrap;
import org.imcbench.stats.PairedBootstrap;
import org.imcbench.stats.PairedBootstrap.PairedComparison;

/**
 * Compares a candidate report with a baseline over the same case ids, from the reports alone:
 * per dimension a paired bootstrap ({@value Bootstrap#DEFAULT_RESAMPLES} resamples, the seed of
 * {@link SuiteStatistics#SEED}) of candidate − baseline, and the per-case drops of 2 points or more.
 */
public final class ReportComparison {
    /** The drop, in jury points, from which a case is listed. */
    public static final double LISTED_DROP = 2.0;

    private ReportComparison() {
    }

    /** Compares {@code candidate} with {@code baseline}. */
    public static ComparisonReport compare(SuiteReport baseline, SuiteReport candidate) {
        return compare(baseline.run().model(), baseline.cases(), candidate.run().model(), candidate.cases());
    }

    /** Compares the {@code candidate} cases with the {@code baseline} cases, each named as given. */
    public static ComparisonReport compare(String baselineName, List<CaseReport> baseline, String candidateName,
            List<CaseReport> candidate) {
        PairedBootstrap bootstrap = new PairedBootstrap(Bootstrap.DEFAULT_RESAMPLES, SuiteStatistics.SEED);
        List<PairedDimension> dimensions = new ArrayList<>();
        List<CaseDrop> drops = new ArrayList<>();
        for (String dimension : CaseScores.dimensions(baseline)) {
            Map<String, Double> before = CaseScores.byCase(baseline, dimension);
            Map<String, Double> after = CaseScores.byCase(candidate, dimension);
            List<String> paired = before.keySet().stream().filter(after::containsKey).toList();
            double[] control = paired.stream().mapToDouble(before::get).toArray();
            double[] treatment = paired.stream().mapToDouble(after::get).toArray();
            if (paired.isEmpty()) {
                dimensions.add(new PairedDimension(dimension, 0, null, null, null, null));
                continue;
            }
            PairedComparison comparison = bootstrap.compare(treatment, control);
            dimensions.add(new PairedDimension(dimension, paired.size(), comparison.meanDifference().estimate(),
                    comparison.meanDifference().lower(), comparison.meanDifference().upper(),
                    comparison.pValueLower()));
            if (!CaseScores.OVERALL.equals(dimension)) {
                for (int i = 0; i < paired.size(); i++) {
                    if (control[i] - treatment[i] >= LISTED_DROP) {
                        drops.add(new CaseDrop(paired.get(i), dimension, control[i], treatment[i]));
                    }
                }
            }
        }
        return new ComparisonReport(baselineName, candidateName, dimensions, drops, unpaired(baseline, candidate));
    }

    private static List<String> unpaired(List<CaseReport> baseline, List<CaseReport> candidate) {
        Set<String> one = new TreeSet<>();
        Set<String> other = new TreeSet<>();
        baseline.forEach(c -> one.add(c.id()));
        candidate.forEach(c -> other.add(c.id()));
        Set<String> unpaired = new TreeSet<>(one);
        unpaired.addAll(other);
        one.retainAll(other);
        unpaired.removeAll(one);
        return List.copyOf(unpaired);
    }
}
