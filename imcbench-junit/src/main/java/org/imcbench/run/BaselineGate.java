package org.imcbench.run;

import java.util.Locale;
import java.util.stream.Collectors;
import org.imcbench.report.ReportComparison;
import org.imcbench.report.SuiteReport;
import org.imcbench.stats.RegressionTests;
import org.imcbench.stats.StudentMean;

/**
 * The suite-level regression gate of {@code imcbench.baseline} on one dimension (or {@code overall}),
 * one of a {@link BaselineFamily}. The gate fails when the observed mean drop (baseline − candidate
 * over the paired cases) is larger than {@code max-drop} and its Holm-adjusted p-value is below
 * {@code alpha}: equivalently, when the one-sided lower bound of the mean drop at the dimension's
 * Holm level lies above {@code max-drop}; that bound is the one printed. Drops equal to
 * {@code max-drop} up to rounding ({@value StudentMean#TIE}) count as equal. With fewer than
 * {@code imcbench.gate.min-cases} paired cases it fails saying so; the failure of a regression lists
 * the cases that dropped by {@value ReportComparison#LISTED_DROP} points or more.
 *
 * <p>Its {@link GateOutcome#entries()}: {@code imcbench.gate.max-drop}, {@code .alpha}, {@code .cases} and,
 * tested, {@code .drop}, {@code .lower} (the one-sided lower bound), {@code .level} (its confidence),
 * {@code .p-value} (raw), {@code .p-adjusted} (Holm) and {@code .family} (how many baseline gates were
 * tested); with too few cases {@code .min-cases}.
 */
public final class BaselineGate implements SuiteGate {
    private final BaselineFamily family;
    private final String dimension;

    /**
     * A regression gate on one dimension of a family.
     *
     * @param family the run's baseline gates, which adjusts their p-values together
     * @param dimension the dimension, or {@code overall}; one of {@link BaselineFamily#dimensions()}
     */
    public BaselineGate(BaselineFamily family, String dimension) {
        if (!family.dimensions().contains(dimension)) {
            throw new IllegalArgumentException(dimension + " is not in the baseline family " + family.dimensions());
        }
        this.family = family;
        this.dimension = dimension;
    }

    @Override
    public String id() {
        return "baseline-" + dimension;
    }

    @Override
    public String title() {
        return "no regression vs baseline: " + dimension + " drop ≤ " + Scores.format(family.maxDrop());
    }

    @Override
    public GateOutcome evaluate(SuiteReport candidate) {
        double maxDrop = family.maxDrop();
        double alpha = family.alpha();
        String model = family.baseline().run().model();
        GateEntries entries = new GateEntries().score("max-drop", maxDrop).text("alpha", Double.toString(alpha));
        BaselineFamily.Finding finding = family.finding(candidate, dimension);
        int cases = finding.paired().size();
        if (cases == 0) {
            return GateOutcome.fail(dimension + " drop vs baseline " + model + ": 0 paired cases",
                    "no case was judged on " + dimension + " in both this run and the baseline",
                    entries.count("cases", 0).map());
        }
        var refusal = TooFewCases.check(dimension + " drop vs baseline " + model, cases, family.minCases(), entries);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        RegressionTests.Result test = finding.test();
        double confidence = 1 - test.level();
        double lower = test.lowerBound();
        String head = dimension + " dropped by " + Scores.format(test.drop().mean()) + " vs baseline " + model + " ("
                + percent(confidence) + " lower bound " + Scores.format(lower) + ", " + Scores.count(cases, "paired case") + ")";
        String tests = ", p = " + fourDigits(test.pValue()) + ", Holm-adjusted over " + finding.familySize()
                + " baseline gates p = " + fourDigits(test.adjusted());
        entries.score("drop", test.drop().mean()).score("lower", lower).text("level", percent(confidence))
                .count("cases", cases).text("p-value", fourDigits(test.pValue()))
                .text("p-adjusted", fourDigits(test.adjusted())).count("family", finding.familySize());
        if (!test.regressed()) {
            return GateOutcome.pass(head + tests, entries.map());
        }
        String dropped = finding.paired().stream()
                .filter(id -> finding.before().get(id) - finding.after().get(id) >= ReportComparison.LISTED_DROP)
                .map(id -> id + " " + Scores.format(finding.before().get(id)) + " → "
                        + Scores.format(finding.after().get(id)))
                .collect(Collectors.joining(", "));
        return GateOutcome.fail(head + tests, head + ": more than " + Scores.format(maxDrop) + tests + " < " + alpha
                + (dropped.isEmpty() ? "" : "; cases down ≥ 2 points: " + dropped), entries.map());
    }

    private static String fourDigits(double p) {
        return String.format(Locale.ROOT, "%.4f", p);
    }

    private static String percent(double confidence) {
        return Scores.format(100 * confidence) + "%";
    }
}
