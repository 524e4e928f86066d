package org.imcbench.run;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.imcbench.jury.Dimension;
import org.imcbench.jury.DimensionVerdict;
import org.imcbench.jury.JudgeError;
import org.imcbench.jury.Verdict;
import org.imcbench.report.CheckStatus;

/**
 * Checks a verdict on one dimension against its threshold: a minimum, or a maximum when lower is
 * better. The decisive score is the calibrated jury score when a calibration map covers the
 * dimension, else the jury score. Fewer valid judges than the policy's minimum aborts the check.
 */
final class DimensionCheck {
    private final String caseId;
    private final Dimension dimension;
    private final double threshold;
    private final JuryPolicy policy;

    DimensionCheck(String caseId, Dimension dimension, double threshold, JuryPolicy policy) {
        this.caseId = caseId;
        this.dimension = dimension;
        this.threshold = threshold;
        this.policy = policy;
    }

    CheckResult evaluate(Verdict verdict) {
        String errors = verdict.judgeErrors().stream().map(JudgeError::message).collect(Collectors.joining("; "));
        if (verdict.validJudges() < policy.minJudges()) {
            return notJudged("judge error: " + errors + " (" + verdict.validJudges() + " valid judge(s), "
                    + policy.minJudges() + " needed)");
        }
        String key = dimension.key();
        DimensionVerdict scores = verdict.dimension(key);
        OptionalDouble jury = scores.juryScore(policy.aggregation());
        if (jury.isEmpty()) {
            return notJudged("no judge scored '" + key + "'");
        }
        OptionalDouble calibrated = policy.calibration().map(maps -> maps.apply(key, jury.getAsDouble()))
                .orElse(OptionalDouble.empty());
        double decisive = calibrated.orElse(jury.getAsDouble());
        boolean passed = dimension.higherIsBetter() ? decisive >= threshold : decisive <= threshold;
        StringBuilder message = new StringBuilder(caseId).append(" › ").append(key).append(": jury ")
                .append(Scores.format(jury.getAsDouble()));
        calibrated.ifPresent(value -> message.append(", calibrated ").append(Scores.format(value)));
        String comparison = dimension.higherIsBetter() ? (passed ? " ≥ minimum " : " < minimum ")
                : (passed ? " ≤ maximum " : " > maximum ");
        message.append(comparison)
                .append(Scores.format(threshold)).append(" (judges ")
                .append(scores.scores().stream().map(String::valueOf).collect(Collectors.joining(", "))).append(')');
        if (!errors.isEmpty()) {
            message.append("; ignored: ").append(errors);
        }
        for (DimensionVerdict.Entry entry : scores.entries()) {
            message.append("\n  ").append(entry.judge()).append(": ").append(entry.score()).append(" — ")
                    .append(firstLine(entry.rationale()));
        }
        return new CheckResult(key, threshold, passed ? CheckStatus.PASSED : CheckStatus.FAILED, jury,
                scores.scores(), message.toString(), calibrated);
    }

    CheckResult notJudged(String reason) {
        return new CheckResult(dimension.key(), threshold, CheckStatus.NOT_JUDGED, OptionalDouble.empty(),
                List.of(), caseId + " › " + dimension.key() + " not judged: " + reason, OptionalDouble.empty());
    }

    private static String firstLine(String rationale) {
        String text = rationale.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
