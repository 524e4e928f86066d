package org.imcbench.run;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imcbench.report.CaseScores;
import org.imcbench.report.ReportComparison;
import org.imcbench.report.SuiteReport;
import org.imcbench.report.SuiteStatistics;
import org.imcbench.stats.Bootstrap;
import org.imcbench.stats.PairedBootstrap;
import org.imcbench.stats.PairedBootstrap.PairedComparison;

/**
 * The suite-level regression gate of {@code imcbench.baseline} on one dimension (or {@code overall}).
 * Over the case ids judged in both reports, the drop of a case is {@code baseline − candidate}. The
 * gate tests the hypothesis "mean drop ≤ max-drop" with a paired bootstrap of
 * {@code candidate + max-drop − baseline} ({@value Bootstrap#DEFAULT_RESAMPLES} resamples, the seed of
 * {@link SuiteStatistics#SEED}): its one-sided p-value is the share of resampled mean drops at or
 * below {@code max-drop} (with the +1 correction). The gate fails when the observed mean drop is
 * larger than {@code max-drop} and that p-value is below {@code alpha}; the failure lists the cases
 * that dropped by {@value ReportComparison#LISTED_DROP} points or more.
 */
public final class BaselineGate implements SuiteGate {
    private final SuiteReport baseline;
    private final String dimension;
    private final double maxDrop;
    private final double alpha;

    /**
     * A regression gate on one dimension.
     *
     * @param baseline the baseline report
     * @param dimension the dimension, or {@code overall}
     * @param maxDrop the tolerated mean drop in jury points
     * @param alpha the significance level
     */
    public BaselineGate(SuiteReport baseline, String dimension, double maxDrop, double alpha) {
        this.baseline = baseline;
        this.dimension = dimension;
        this.maxDrop = maxDrop;
        this.alpha = alpha;
    }

    @Override
    public String id() {
        return "baseline-" + dimension;
    }

    @Override
    public String title() {
        return "no regression vs baseline: " + dimension + " drop ≤ " + Scores.format(maxDrop);
    }

    @Override
    public Optional<String> failure(SuiteReport candidate) {
        Map<String, Double> before = CaseScores.byCase(baseline.cases(), dimension);
        Map<String, Double> after = CaseScores.byCase(candidate.cases(), dimension);
        List<String> paired = before.keySet().stream().filter(after::containsKey).toList();
        if (paired.isEmpty()) {
            return Optional.of("no case was judged on " + dimension + " in both this run and the baseline");
        }
        double[] control = paired.stream().mapToDouble(before::get).toArray();
        double[] tolerated = paired.stream().mapToDouble(id -> after.get(id) + maxDrop).toArray();
        PairedComparison test = new PairedBootstrap(Bootstrap.DEFAULT_RESAMPLES, SuiteStatistics.SEED)
                .compare(tolerated, control);
        double drop = maxDrop - test.meanDifference().estimate();
        double pValue = test.pValueLower();
        if (!(drop > maxDrop && pValue < alpha)) {
            return Optional.empty();
        }
        String cases = paired.stream()
                .filter(id -> before.get(id) - after.get(id) >= ReportComparison.LISTED_DROP)
                .map(id -> id + " " + Scores.format(before.get(id)) + " → " + Scores.format(after.get(id)))
                .collect(Collectors.joining(", "));
        String interval = Scores.format(maxDrop - test.meanDifference().upper()) + ".."
                + Scores.format(maxDrop - test.meanDifference().lower());
        return Optional.of(dimension + " dropped by " + Scores.format(drop) + " vs baseline " + baseline.run().model()
                + " (95% CI " + interval + ", " + paired.size() + " paired cases): more than "
                + Scores.format(maxDrop) + " with p = " + String.format(Locale.ROOT, "%.4f", pValue) + " < " + alpha
                + (cases.isEmpty() ? "" : "; cases down ≥ 2 points: " + cases));
    }
}
