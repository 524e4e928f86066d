package org.imcbench.run;

import java.util.Optional;
import org.imcbench.jury.CalibrationAnalysis;
import org.imcbench.report.CalibrationReport;
import org.imcbench.report.CalibrationReport.AgreementReport;
import org.imcbench.report.SuiteReport;

/**
 * The suite-level gate {@code imcbench.jury.min-agreement.qwk}: the jury's quadratic weighted kappa
 * against the clinicians, over all dimensions pooled and before calibration, must reach the minimum.
 */
public final class AgreementGate implements SuiteGate {
    private final double minimum;

    /** A gate with the given minimum kappa. */
    public AgreementGate(double minimum) {
        this.minimum = minimum;
    }

    @Override
    public String id() {
        return "min-agreement-qwk";
    }

    /** The gate's test name, e.g. {@code jury agreement with clinicians: qwk ≥ 0.6}. */
    @Override
    public String title() {
        return "jury agreement with clinicians: qwk ≥ " + Scores.format(minimum);
    }

    @Override
    public Optional<String> failure(SuiteReport report) {
        return failure(report.summary().calibration());
    }

    /**
     * Why the gate fails, or empty when it passes.
     *
     * @param calibration the suite's agreement table, {@code null} when no annotations were configured
     */
    Optional<String> failure(CalibrationReport calibration) {
        if (calibration == null) {
            return Optional.of("imcbench.jury.min-agreement.qwk needs clinician annotations "
                    + "(imcbench.jury.annotations)");
        }
        Optional<AgreementReport> jury = calibration.agreement().stream()
                .filter(row -> row.rater().equals(CalibrationAnalysis.JURY)
                        && row.dimension().equals(CalibrationAnalysis.ALL))
                .findFirst();
        if (jury.isEmpty() || jury.get().qwk().estimate() == null) {
            return Optional.of("no jury score could be compared with the clinicians' ("
                    + calibration.itemsMatched() + " annotated items matched a judged case)");
        }
        double qwk = jury.get().qwk().estimate();
        if (qwk >= minimum) {
            return Optional.empty();
        }
        return Optional.of("jury qwk " + Scores.format(qwk) + " (95% CI " + bound(jury.get().qwk().lower()) + ".."
                + bound(jury.get().qwk().upper()) + ", " + jury.get().items() + " items) < minimum "
                + Scores.format(minimum));
    }

    private static String bound(Double value) {
        return value == null ? "?" : Scores.format(value);
    }
}
