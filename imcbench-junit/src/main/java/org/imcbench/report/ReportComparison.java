package org.imcbench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imcbench.report.ComparisonReport.CaseDrop;
import org.imcbench.report.ComparisonReport.PairedDimension;
import org.imcbench.stats.ConfidenceInterval;
import org.imcbench.stats.StudentMean;

/**
 * Compares a candidate report with a baseline over the same case ids, from the reports alone:
 * per dimension the mean of the paired differences candidate − baseline with its 95% Student's t
 * interval and the one-sided paired t-test of "the candidate scores lower" ({@link StudentMean}),
 * and the per-case drops of 2 points or more.
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
        List<PairedDimension> dimensions = new ArrayList<>();
        List<CaseDrop> drops = new ArrayList<>();
        List<CaseDrop> deltas = new ArrayList<>();
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
            double[] differences = new double[paired.size()];
            for (int i = 0; i < differences.length; i++) {
                differences[i] = treatment[i] - control[i];
            }
            ConfidenceInterval interval = StudentMean.of(differences).interval(0.95);
            double pValue = StudentMean.of(Arrays.stream(differences).map(d -> -d).toArray()).pValueAbove(0);
            dimensions.add(new PairedDimension(dimension, paired.size(), interval.estimate(), finite(interval.lower()),
                    finite(interval.upper()), finite(pValue)));
            if (!CaseScores.OVERALL.equals(dimension)) {
                for (int i = 0; i < paired.size(); i++) {
                    deltas.add(new CaseDrop(paired.get(i), dimension, control[i], treatment[i]));
                    if (control[i] - treatment[i] >= LISTED_DROP) {
                        drops.add(new CaseDrop(paired.get(i), dimension, control[i], treatment[i]));
                    }
                }
            }
        }
        return new ComparisonReport(baselineName, candidateName, dimensions, drops, unpaired(baseline, candidate),
                deltas);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
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
