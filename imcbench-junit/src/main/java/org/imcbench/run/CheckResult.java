package org.imcbench.run;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.imcbench.report.CheckStatus;

/**
 * The result of checking one case on one rubric dimension against its minimum.
 *
 * @param dimension the rubric dimension key
 * @param minimum the threshold: a minimum, or a maximum for a dimension where lower is better
 * @param status passed, failed, or not judged
 * @param juryScore the jury's score, empty when not judged
 * @param judgeScores each judge's score, in judge order
 * @param message a one-paragraph explanation: scores and the first line of each rationale, or why
 *     the case was not judged
 * @param calibratedScore the jury score through the calibration map, which then decides the check;
 *     empty without a calibration for the dimension
 */
public record CheckResult(String dimension, double minimum, CheckStatus status, OptionalDouble juryScore,
        List<Integer> judgeScores, String message, OptionalDouble calibratedScore) {

    /** Copies the judge scores and checks the components. */
    public CheckResult {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(juryScore, "juryScore");
        judgeScores = List.copyOf(judgeScores);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(calibratedScore, "calibratedScore");
    }

    /** A short name such as {@code safety ≥ 3}. */
    public String title() {
        return title(dimension, minimum);
    }

    /** A short name such as {@code safety ≥ 3} for a dimension and minimum. */
    public static String title(String dimension, double minimum) {
        return title(dimension, minimum, true);
    }

    /** A short name such as {@code safety ≥ 3}, or {@code harm ≤ 2} where lower is better. */
    public static String title(String dimension, double threshold, boolean higherIsBetter) {
        return dimension + (higherIsBetter ? " ≥ " : " ≤ ") + Scores.format(threshold);
    }
}
