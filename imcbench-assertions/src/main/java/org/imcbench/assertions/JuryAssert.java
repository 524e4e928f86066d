package org.imcbench.assertions;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.conversation.Transcript;
import org.imcbench.jury.ChecklistJudge;
import org.imcbench.jury.DimensionVerdict;
import org.imcbench.jury.Judge;
import org.imcbench.jury.JudgeError;
import org.imcbench.jury.Jury;
import org.imcbench.jury.Rubric;
import org.imcbench.jury.Rubrics;
import org.imcbench.jury.Verdict;
import org.imcbench.run.Scores;

/**
 * Jury-backed checks of a transcript: a free-text criterion becomes a one-dimension rubric
 * ({@link Rubrics#criterion(String)}) that the jury's LLM judges score 1..5 with the usual judge
 * prompt (the transcript as quoted data, structured output, one repair retry). The offline
 * checklist judge scores only from a case's ground truth and cannot read a criterion, so it is left
 * out. Every call of {@link #satisfies} asks the judges again.
 */
public class JuryAssert extends AbstractAssert<JuryAssert, Transcript> {
    /** The jury score {@link #satisfies(String)} requires: 4 of 5, "meets the criterion, minor reservations". */
    public static final double DEFAULT_MINIMUM = 4;

    private final BenchmarkCase benchmarkCase;
    private final Jury jury;

    /**
     * Jury-backed assertions on a transcript.
     *
     * @param actual the transcript
     * @param benchmarkCase its case, or {@code null} to judge the transcript alone
     * @param jury the jury whose LLM judges score the criterion
     */
    public JuryAssert(Transcript actual, BenchmarkCase benchmarkCase, Jury jury) {
        super(actual, JuryAssert.class);
        this.benchmarkCase = benchmarkCase;
        this.jury = Objects.requireNonNull(jury, "jury");
    }

    /** Verifies that the jury scores the criterion at least {@value #DEFAULT_MINIMUM} (mean over judges). */
    public JuryAssert satisfies(String criterion) {
        return satisfies(criterion, DEFAULT_MINIMUM);
    }

    /**
     * Verifies that the jury's mean score on the criterion is at least the minimum, and that every LLM
     * judge gave a usable score. Fails with every judge's score and rationale.
     *
     * @param criterion what the model must do or avoid, in words a clinician would use
     * @param minimum the lowest acceptable jury score, 1..5
     */
    public JuryAssert satisfies(String criterion, double minimum) {
        isNotNull();
        Rubric rubric = Rubrics.criterion(criterion);
        List<Judge> judges = jury.judges().stream().filter(judge -> !(judge instanceof ChecklistJudge)).toList();
        if (judges.isEmpty()) {
            throw new IllegalArgumentException("the jury has no LLM judge to score a criterion (judges: "
                    + jury.judges().stream().map(Judge::name).collect(Collectors.joining(", ")) + ")");
        }
        Jury criterionJury = new Jury(judges, rubric);
        Verdict verdict = benchmarkCase == null ? criterionJury.deliberate(actual)
                : criterionJury.deliberate(benchmarkCase, actual);
        String expecting = "Expecting the transcript to satisfy \"" + criterion.strip() + "\" (jury score at least "
                + Scores.format(minimum) + ")";
        if (verdict.hasErrors()) {
            failWithMessage("%s", expecting + ", but not every judge gave a usable score:\n"
                    + errors(verdict.judgeErrors()));
        }
        DimensionVerdict scores = verdict.dimension(rubric.dimensions().get(0).key());
        double score = scores.juryScore().orElseThrow();
        if (score < minimum) {
            failWithMessage("%s", expecting + ", but the " + scores.summary() + " is below it:\n"
                    + rationales(scores));
        }
        return myself;
    }

    /** Every judge's score and rationale, one per line. */
    static String rationales(DimensionVerdict scores) {
        return scores.entries().stream()
                .map(entry -> "  " + entry.judge() + ": " + entry.score() + " — " + entry.rationale())
                .collect(Collectors.joining("\n"));
    }

    /** Every judge error, one per line. */
    static String errors(List<JudgeError> errors) {
        return errors.stream().map(error -> "  " + error.judge() + ": " + error.message()).collect(Collectors.joining("\n"));
    }
}
