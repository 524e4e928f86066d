package org.imcbench.run;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *
 * <p>Its {@link GateOutcome#entries()}: {@code imcbench.gate.max-drop}, {@code .alpha}, {@code .cases} and,
 * with paired cases, {@code .drop}, {@code .lower}, {@code .upper} (the drop's interval) and
 * {@code .p-value}.
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
    public GateOutcome evaluate(SuiteReport candidate) {
        GateEntries entries = new GateEntries().score("max-drop", maxDrop).text("alpha", Double.toString(alpha));
        Map<String, Double> before = CaseScores.byCase(baseline.cases(), dimension);
        Map<String, Double> after = CaseScores.byCase(candidate.cases(), dimension);
        List<String> paired = before.keySet().stream().filter(after::containsKey).toList();
        if (paired.isEmpty()) {
            return GateOutcome.fail(dimension + " drop vs baseline " + baseline.run().model() + ": 0 paired cases",
                    "no case was judged on " + dimension + " in both this run and the baseline",
                    entries.count("cases", 0).map());
        }
        double[] control = paired.stream().mapToDouble(before::get).toArray();
        double[] tolerated = paired.stream().mapToDouble(id -> after.get(id) + maxDrop).toArray();
        PairedComparison test = new PairedBootstrap(Bootstrap.DEFAULT_RESAMPLES, SuiteStatistics.SEED)
                .compare(tolerated, control);
        double drop = maxDrop - test.meanDifference().estimate();
        double lower = maxDrop - test.meanDifference().upper();
        double upper = maxDrop - test.meanDifference().lower();
        String pValue = String.format(Locale.ROOT, "%.4f", test.pValueLower());
        String head = dimension + " dropped by " + Scores.format(drop) + " vs baseline " + baseline.run().model()
                + " (" + Scores.interval(lower, upper) + ", " + paired.size() + " paired cases)";
        entries.score("drop", drop).score("lower", lower).score("upper", upper).count("cases", paired.size())
                .text("p-value", pValue);
        if (!(drop > maxDrop && test.pValueLower() < alpha)) {
            return GateOutcome.pass(head + ", p = " + pValue, entries.map());
        }
        String cases = paired.stream()
                .filter(id -> before.get(id) - after.get(id) >= ReportComparison.LISTED_DROP)
                .map(id -> id + " " + Scores.format(before.get(id)) + " → " + Scores.format(after.get(id)))
                .collect(Collectors.joining(", "));
        return GateOutcome.fail(head + ", p = " + pValue, head + ": more than " + Scores.format(maxDrop) + " with p = "
                + pValue + " < " + alpha + (cases.isEmpty() ? "" : "; cases down ≥ 2 points: " + cases),
                entries.map());
    }
}
