package org.imcbench.run;

import java.util.Objects;
import java.util.Optional;
import org.imcbench.jury.Aggregation;
import org.imcbench.jury.CalibrationMaps;

/**
 * How a run turns verdicts into scores: how judges' scores are combined, how many valid judges a
 * verdict needs, when a case is flagged for human review, and the calibration maps applied to jury
 * scores (checks then use the calibrated score).
 *
 * @param aggregation how the judges' scores are combined ({@code imcbench.jury.aggregation})
 * @param minJudges fewest valid judges a verdict needs ({@code imcbench.jury.min-judges})
 * @param disagreementRange judge-score range that flags a case ({@code imcbench.jury.disagreement-range})
 * @param calibration the maps of {@code imcbench.jury.calibration}, if configured
 */
public record JuryPolicy(Aggregation aggregation, int minJudges, double disagreementRange,
        Optional<CalibrationMaps> calibration) {
    /** Checks the components. */
    public JuryPolicy {
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(calibration, "calibration");
        if (minJudges < 1) {
            throw new IllegalArgumentException("minJudges must be at least 1: " + minJudges);
        }
    }
}
