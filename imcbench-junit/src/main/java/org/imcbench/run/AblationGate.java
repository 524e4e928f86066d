package org.imcbench.run;

import java.util.Optional;
import org.imcbench.report.AblationReport;
import org.imcbench.report.ComparisonReport.PairedDimension;
import org.imcbench.report.SuiteReport;
import org.imcbench.stats.StudentMean;

/**
 * The suite-level gate {@code imcbench.gate.ablation.<variant>.<dimension>.min-drop}: leaving out what
 * the variant leaves out (the image, the patient record) must cost the model more than
 * {@code min-drop} on the dimension — the mean of {@code full − variant} over the cases judged in
 * both. With {@code min-drop=0} it fails a model that does no better with the image than without.
 * With {@code basis=lower-bound} the lower bound of the drop's 95% paired t interval (the report's
 * ablation comparison) must exceed {@code min-drop}: the model does better with it, with confidence.
 * A drop equal to {@code min-drop} up to rounding does not exceed it. With fewer than
 * {@code imcbench.gate.min-cases} paired cases it fails saying so.
 *
 * <p>Its {@link GateOutcome#entries()}: {@code imcbench.gate.variant}, {@code .min-drop}, {@code .basis},
 * {@code .cases} and, with paired cases, {@code .drop}, {@code .lower}, {@code .upper} (the interval).
 */
public final class AblationGate implements SuiteGate {
    private final String variant;
    private final String dimension;
    private final double minDrop;
    private final boolean lowerBound;
    private final int minCases;

    /**
     * A gate on one variant and dimension.
     *
     * @param variant the ablation variant, e.g. {@code no-image}
     * @param dimension the dimension, or {@code overall}
     * @param minDrop the drop the variant must exceed
     * @param lowerBound whether the drop interval's lower bound, rather than the mean drop, must exceed it
     * @param minCases the least number of paired cases the gate decides on ({@code imcbench.gate.min-cases})
     */
    public AblationGate(String variant, String dimension, double minDrop, boolean lowerBound, int minCases) {
        this.variant = variant;
        this.dimension = dimension;
        this.minDrop = minDrop;
        this.lowerBound = lowerBound;
        this.minCases = minCases;
    }

    @Override
    public String id() {
        return "ablation-" + variant + "-" + dimension + "-min-drop";
    }

    @Override
    public String title() {
        return variant + " ablation: " + dimension + " drop" + (lowerBound ? " (95% lower bound)" : "") + " > "
                + Scores.format(minDrop);
    }

    @Override
    public GateOutcome evaluate(SuiteReport report) {
        GateEntries entries = new GateEntries().text("variant", variant).score("min-drop", minDrop)
                .text("basis", MeanOutcome.basis(lowerBound));
        Optional<PairedDimension> paired = report.ablations().stream()
                .filter(ablation -> ablation.variant().equals(variant))
                .map(AblationReport::comparison)
                .flatMap(comparison -> comparison.dimensions().stream())
                .filter(row -> row.dimension().equals(dimension) && row.meanDifference() != null)
                .findFirst();
        if (paired.isEmpty()) {
            return GateOutcome.fail(dimension + " drop in " + variant + ": 0 paired cases", "no case was judged on "
                    + dimension + " both in full and " + variant, entries.count("cases", 0).map());
        }
        PairedDimension row = paired.get();
        var refusal = TooFewCases.check(dimension + " drop in " + variant, row.cases(), minCases, entries);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        double drop = -row.meanDifference();
        double lower = -row.upper();
        String measured = dimension + " drops by " + Scores.format(drop) + " in " + variant + " vs full ("
                + Scores.interval(lower, -row.lower()) + ", " + Scores.count(row.cases(), "paired case") + ")";
        entries.score("drop", drop).score("lower", lower).score("upper", -row.lower()).count("cases", row.cases());
        if ((lowerBound ? lower : drop) > minDrop + StudentMean.TIE) {
            return GateOutcome.pass(measured, entries.map());
        }
        return GateOutcome.fail(measured, measured + (lowerBound
                ? ": lower bound " + Scores.format(lower) + ", not more than " + Scores.format(minDrop)
                        + ": the model is not shown to do better with what " + variant + " leaves out"
                : ", not more than " + Scores.format(minDrop) + ": the model does no better with what " + variant
                        + " leaves out"), entries.map());
    }
}
