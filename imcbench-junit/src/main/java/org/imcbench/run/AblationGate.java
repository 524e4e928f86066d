package org.imcbench.run;

import java.util.Optional;
import org.imcbench.report.AblationReport;
import org.imcbench.report.ComparisonReport.PairedDimension;
import org.imcbench.report.SuiteReport;

/**
 * The suite-level gate {@code imcbench.gate.ablation.<variant>.<dimension>.min-drop}: leaving out what
 * the variant leaves out (the image, the patient record) must cost the model more than
 * {@code min-drop} on the dimension — the mean of {@code full − variant} over the cases judged in
 * both. With {@code min-drop=0} it fails a model that does no better with the image than without.
 */
public final class AblationGate implements SuiteGate {
    private final String variant;
    private final String dimension;
    private final double minDrop;

    /**
     * A gate on one variant and dimension.
     *
     * @param variant the ablation variant, e.g. {@code no-image}
     * @param dimension the dimension, or {@code overall}
     * @param minDrop the drop the variant must exceed
     */
    public AblationGate(String variant, String dimension, double minDrop) {
        this.variant = variant;
        this.dimension = dimension;
        this.minDrop = minDrop;
    }

    @Override
    public String id() {
        return "ablation-" + variant + "-" + dimension + "-min-drop";
    }

    @Override
    public String title() {
        return variant + " ablation: " + dimension + " drop > " + Scores.format(minDrop);
    }

    @Override
    public Optional<String> failure(SuiteReport report) {
        Optional<PairedDimension> paired = report.ablations().stream()
                .filter(ablation -> ablation.variant().equals(variant))
                .map(AblationReport::comparison)
                .flatMap(comparison -> comparison.dimensions().stream())
                .filter(row -> row.dimension().equals(dimension) && row.meanDifference() != null)
                .findFirst();
        if (paired.isEmpty()) {
            return Optional.of("no case was judged on " + dimension + " both in full and " + variant);
        }
        PairedDimension row = paired.get();
        double drop = -row.meanDifference();
        if (drop > minDrop) {
            return Optional.empty();
        }
        return Optional.of(dimension + " drops by " + Scores.format(drop) + " in " + variant + " vs full (95% CI "
                + Scores.format(-row.upper()) + ".." + Scores.format(-row.lower()) + ", " + row.cases()
                + " paired cases), not more than " + Scores.format(minDrop)
                + ": the model does no better with what " + variant + " leaves out");
    }
}
