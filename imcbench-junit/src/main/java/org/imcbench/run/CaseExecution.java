package org.imcbench.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.conversation.Ablation;
import org.imcbench.conversation.ConversationRunner;
import org.imcbench.conversation.Transcript;
import org.imcbench.jury.Jury;
import org.imcbench.jury.Verdict;
import org.imcbench.model.ImagePart;
import org.imcbench.model.ModelException;
import org.imcbench.model.usage.UsageLedger;

/**
 * Runs one case (or one ablation variant of it) at most once: the conversation when it is first asked for
 * (or {@link #runAhead ahead} of its tests), the jury when the first check needs a verdict, and then each
 * dimension check. Failures are remembered, so every check of
 * a case whose conversation failed reports the same error without calling the model again. The
 * case's models report every call to the case's {@link UsageLedger}.
 */
public final class CaseExecution {
    private final BenchmarkCase benchmarkCase;
    private final Ablation ablation;
    private final List<ImagePart> images;
    private final ConversationRunner conversationRunner;
    private final Jury jury;
    private final Thresholds thresholds;
    private final JuryPolicy policy;
    private final Clock clock;
    private final UsageLedger usage;
    private final Instant started;
    private final Map<String, CheckResult> checks = new LinkedHashMap<>();

    private Transcript transcript;
    private ConversationFailedException failure;
    private Verdict verdict;

    CaseExecution(BenchmarkCase benchmarkCase, Ablation ablation, List<ImagePart> images,
            ConversationRunner conversationRunner, Jury jury, Thresholds thresholds, JuryPolicy policy, Clock clock,
            UsageLedger usage) {
        this.benchmarkCase = benchmarkCase;
        this.ablation = ablation;
        this.images = List.copyOf(images);
        this.conversationRunner = conversationRunner;
        this.jury = jury;
        this.thresholds = thresholds;
        this.policy = policy;
        this.clock = clock;
        this.usage = usage;
        this.started = clock.instant();
    }

    /** The case this execution runs. */
    public BenchmarkCase benchmarkCase() {
        return benchmarkCase;
    }

    /** What this execution leaves out of the conversation ({@link Ablation#NONE} for the full case). */
    public Ablation ablation() {
        return ablation;
    }

    /** How checks and errors name this execution: the case id, with the variant for an ablation. */
    public String label() {
        return label(benchmarkCase.id(), ablation);
    }

    /** The label of a case's variant, e.g. {@code derm-004} or {@code derm-004 [no-image]}. */
    public static String label(String caseId, Ablation ablation) {
        return ablation.equals(Ablation.NONE) ? caseId : caseId + " [" + ablation.name() + "]";
    }

    /**
     * The transcript, running the conversation on first use.
     *
     * @throws ConversationFailedException when the conversation could not be completed
     */
    public synchronized Transcript transcript() {
        if (transcript == null && failure == null) {
            try {
                transcript = conversationRunner.run(benchmarkCase, images, ablation);
            } catch (ModelException e) {
                failure = new ConversationFailedException(
                        "conversation of case '" + label() + "' failed: " + e.getMessage(), e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return transcript;
    }

    /**
     * Runs the conversation and, when {@code judge}, the jury now, so that the tests asking for them
     * afterwards report at once. A failed conversation is remembered like any other: the tests report it.
     */
    public synchronized void runAhead(boolean judge) {
        try {
            transcript();
            if (judge) {
                verdict();
            }
        } catch (ConversationFailedException e) {
            // remembered in 'failure': the conversation test and every check report it
        }
    }

    /** Checks the case on one dimension against its threshold, running conversation and jury as needed. */
    public synchronized CheckResult check(String dimension) {
        DimensionCheck check = new DimensionCheck(label(), jury.rubric().dimension(dimension),
                thresholds.minimum(dimension), policy);
        CheckResult result;
        try {
            result = check.evaluate(verdict());
        } catch (ConversationFailedException e) {
            result = check.notJudged(e.getMessage());
        }
        checks.put(dimension, result);
        return result;
    }

    /** The model failure that ended the conversation, if one did. */
    public synchronized Optional<ModelException> modelFailure() {
        return Optional.ofNullable(failure).map(Throwable::getCause).filter(ModelException.class::isInstance)
                .map(ModelException.class::cast);
    }

    /** What the case produced so far, for the report. */
    public synchronized CaseResult result() {
        return new CaseResult(benchmarkCase, Optional.ofNullable(transcript), Optional.ofNullable(verdict),
                Optional.ofNullable(failure).map(Throwable::getMessage), List.copyOf(checks.values()),
                Duration.between(started, clock.instant()), usage.tallies());
    }

    private Verdict verdict() {
        if (verdict == null) {
            verdict = jury.deliberate(benchmarkCase, transcript());
        }
        return verdict;
    }
}
