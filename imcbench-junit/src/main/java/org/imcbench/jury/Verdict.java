package org.imcbench.jury;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.imcbench.model.Usage;

/**
 * What the jury decided about one conversation: every judge's verdict, and an error for every
 * judge that gave no usable verdict. Errors are never counted as scores; jury scores combine the
 * judges that scored a dimension. A judge asked several times has one verdict per sample.
 *
 * @param rubricId the rubric the judges scored against
 * @param judgeVerdicts the usable verdicts, in judge order
 * @param judgeErrors the judges that failed, in judge order
 */
public record Verdict(String rubricId, List<JudgeVerdict> judgeVerdicts, List<JudgeError> judgeErrors) {
    /** Copies the lists. */
    public Verdict {
        Objects.requireNonNull(rubricId, "rubricId");
        judgeVerdicts = List.copyOf(judgeVerdicts);
        judgeErrors = List.copyOf(judgeErrors);
    }

    /** How many judges gave a usable verdict. */
    public int validJudges() {
        return (int) judgeVerdicts.stream().map(JudgeVerdict::judge).distinct().count();
    }

    /** Whether any judge failed. */
    public boolean hasErrors() {
        return !judgeErrors.isEmpty();
    }

    /** Every judge's score on the dimension, with rationale, in judge order. */
    public DimensionVerdict dimension(String dimension) {
        List<DimensionVerdict.Entry> entries = new ArrayList<>();
        for (JudgeVerdict verdict : judgeVerdicts) {
            verdict.score(dimension).ifPresent(score ->
                    entries.add(new DimensionVerdict.Entry(verdict.judge(), score.score(), score.rationale())));
        }
        return new DimensionVerdict(dimension, entries);
    }

    /** The scores on the dimension in judge order (judges that did not score it are left out). */
    public List<Integer> scores(String dimension) {
        return dimension(dimension).scores();
    }

    /** The mean of the judges' scores on the dimension; empty if none scored it. */
    public OptionalDouble juryScore(String dimension) {
        return dimension(dimension).juryScore();
    }

    /** The scores on the dimension combined as given; empty if no judge scored it. */
    public OptionalDouble juryScore(String dimension, Aggregation aggregation) {
        return dimension(dimension).juryScore(aggregation);
    }

    /** The verdict of the named judge, if it gave a usable one. */
    public Optional<JudgeVerdict> verdictOf(String judge) {
        return judgeVerdicts.stream().filter(verdict -> verdict.judge().equals(judge)).findFirst();
    }

    /** The error of the named judge, if it failed. */
    public Optional<JudgeError> errorOf(String judge) {
        return judgeErrors.stream().filter(error -> error.judge().equals(judge)).findFirst();
    }

    /** The named judge's rationale on the dimension, if it scored it. */
    public Optional<String> rationale(String judge, String dimension) {
        return verdictOf(judge).flatMap(verdict -> verdict.score(dimension)).map(DimensionScore::rationale);
    }

    /** Tokens used by all judges that gave a verdict. */
    public Usage usage() {
        return judgeVerdicts.stream().map(JudgeVerdict::usage).reduce(Usage.NONE, Usage::plus);
    }
}
