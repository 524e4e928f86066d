package org.imcbench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.imcbench.jury.DimensionScore;
import org.imcbench.jury.JudgeError;
import org.imcbench.jury.JudgeVerdict;
import org.imcbench.jury.Verdict;

/** Checks a verdict on one dimension against a minimum jury score. */
final class DimensionCheck {
    private final String caseId;
    private final String dimension;
    private final double minimum;

    DimensionCheck(String caseId, String dimension, double minimum) {
        this.caseId = caseId;
        this.dimension = dimension;
        this.minimum = minimum;
    }

    CheckResult evaluate(Verdict verdict) {
        if (verdict.hasErrors()) {
            return notJudged("judge error: " + verdict.judgeErrors().stream()
                    .map(JudgeError::message)
                    .collect(Collectors.joining("; ")));
        }
        OptionalDouble jury = verdict.juryScore(dimension);
        if (jury.isEmpty()) {
            return notJudged("no judge scored '" + dimension + "'");
        }
        List<Integer> scores = new ArrayList<>();
        StringBuilder judges = new StringBuilder();
        for (JudgeVerdict judgeVerdict : verdict.judgeVerdicts()) {
            judgeVerdict.score(dimension).ifPresent(score -> {
                scores.add(score.score());
                judges.append("\n  ").append(judgeVerdict.judge()).append(": ").append(score.score())
                        .append(" — ").append(firstLine(score));
            });
        }
        double score = jury.getAsDouble();
        boolean passed = score >= minimum;
        String message = caseId + " › " + dimension + ": jury " + Scores.format(score)
                + (passed ? " ≥ " : " < ") + "minimum " + Scores.format(minimum)
                + " (judges " + scores.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")"
                + judges;
        return new CheckResult(dimension, minimum, passed ? CheckStatus.PASSED : CheckStatus.FAILED, jury, scores,
                message);
    }

    CheckResult notJudged(String reason) {
        return new CheckResult(dimension, minimum, CheckStatus.NOT_JUDGED, OptionalDouble.empty(), List.of(),
                caseId + " › " + dimension + " not judged: " + reason);
    }

    private static String firstLine(DimensionScore score) {
        String rationale = score.rationale().strip();
        int end = rationale.indexOf('\n');
        return end < 0 ? rationale : rationale.substring(0, end);
    }
}
