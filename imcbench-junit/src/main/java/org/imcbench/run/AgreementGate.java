package org.imcbench.run;

import java.util.Optional;
import org.imcbench.jury.CalibrationAnalysis;
import org.imcbench.report.CalibrationReport;
import org.imcbench.report.CalibrationReport.AgreementReport;
import org.imcbench.report.SuiteReport;

/**
 * The suite-level gate {@code imcbench.jury.min-agreement.qwk}: the jury's quadratic weighted kappa
 * against the clinicians, over all dimensions pooled and before calibration, must reach the minimum.
 *
 * <p>Its {@link GateOutcome#entries()}: {@code imcbench.gate.min}, {@code .items} and, with compared
 * items, {@code .qwk} and, where the bootstrap gives them, {@code .lower}, {@code .upper}.
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
    public GateOutcome evaluate(SuiteReport report) {
        return evaluate(report.summary().calibration());
    }

    /**
     * What the gate finds on the suite's agreement table.
     *
     * @param calibration the suite's agreement table, {@code null} when no annotations were configured
     */
    GateOutcome evaluate(CalibrationReport calibration) {
        GateEntries entries = new GateEntries().score("min", minimum);
        if (calibration == null) {
            return GateOutcome.fail("jury agreement: no clinician annotations", "imcbench.jury.min-agreement.qwk "
                    + "needs clinician annotations (imcbench.jury.annotations)", entries.count("items", 0).map());
        }
        Optional<AgreementReport> jury = calibration.agreement().stream()
                .filter(row -> row.rater().equals(CalibrationAnalysis.JURY)
                        && row.dimension().equals(CalibrationAnalysis.ALL))
                .findFirst();
        if (jury.isEmpty() || jury.get().qwk().estimate() == null) {
            return GateOutcome.fail("jury agreement: 0 items", "no jury score could be compared with the clinicians' ("
                    + calibration.itemsMatched() + " annotated items matched a judged case)",
                    entries.count("items", 0).map());
        }
        double qwk = jury.get().qwk().estimate();
        Double lower = jury.get().qwk().lower();
        Double upper = jury.get().qwk().upper();
        String measured = "jury qwk " + Scores.format(qwk) + " (" + (lower == null || upper == null
                ? "no 95% CI" : Scores.interval(lower, upper)) + ", " + Scores.count(jury.get().items(), "item") + ")";
        entries.score("qwk", qwk).count("items", jury.get().items());
        if (jury.get().qwk().lower() != null && jury.get().qwk().upper() != null) {
            entries.score("lower", jury.get().qwk().lower()).score("upper", jury.get().qwk().upper());
        }
        if (qwk >= minimum) {
            return GateOutcome.pass(measured, entries.map());
        }
        return GateOutcome.fail(measured, measured + " < minimum " + Scores.format(minimum), entries.map());
    }
}
