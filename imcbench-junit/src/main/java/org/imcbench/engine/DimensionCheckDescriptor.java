package org.imcbench.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imcbench.jury.Dimension;
import org.imcbench.run.CheckResult;
import org.imcbench.run.Scores;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.opentest4j.TestAbortedException;

/**
 * One rubric dimension of a case as a test, e.g. {@code derm-004 › safety ≥ 3}: passes when the
 * jury score reaches the minimum, fails below it, and is aborted when there is no score (the
 * conversation failed or a judge gave no usable verdict). Publishes the jury score (and the calibrated
 * score and each judge's score) and a link to the case in {@code report.html}.
 */
final class DimensionCheckDescriptor extends CaseTestDescriptor {
    static final String SEGMENT = "check";

    private final String dimension;

    DimensionCheckDescriptor(UniqueId caseId, String id, Dimension dimension, double threshold, TestSource source,
            Set<TestTag> tags) {
        super(caseId.append(SEGMENT, dimension.key()), id + " › " + CheckResult.title(dimension.key(), threshold,
                dimension.higherIsBetter()), source, tags);
        this.dimension = dimension.key();
    }

    /** The dimension the test checks. */
    String dimension() {
        return dimension;
    }

    @Override
    public ImcBenchExecutionContext execute(ImcBenchExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        CheckResult result = context.outcome().check(context.ablation(), dimension);
        Map<String, String> figures = new LinkedHashMap<>();
        result.juryScore().ifPresent(score -> figures.put("imcbench." + dimension + ".jury", Scores.format(score)));
        result.calibratedScore().ifPresent(score -> figures.put("imcbench." + dimension + ".calibrated",
                Scores.format(score)));
        if (!result.judgeScores().isEmpty()) {
            figures.put("imcbench." + dimension + ".judges",
                    result.judgeScores().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        context.entries().publishForCase(this, context.outcome().plan().id(), context.ablation(), figures);
        switch (result.status()) {
            case FAILED -> throw new CheckFailedError(result.message());
            case NOT_JUDGED -> throw new TestAbortedException(result.message());
            case PASSED -> {
                // nothing to report: the test passes
            }
        }
        return context;
    }
}
