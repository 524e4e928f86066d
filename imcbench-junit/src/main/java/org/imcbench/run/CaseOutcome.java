package org.imcbench.run;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.imcbench.conversation.Ablation;

/**
 * What one case's work produced, as its tests report it: the full case's result and each variant's, or
 * why the case was not started (the run's deadline passed, the budget was spent), or the problem that stopped it before its
 * conversation (an image that does not fit the case, an unexpected error). A case stopped by a problem
 * still has a {@link #result() result}, carrying the problem as its error, so the report keeps it.
 *
 * @param plan what was asked of the case
 * @param result the full case's result; {@code null} only when the case was not started
 * @param variants each variant's result, in run order
 * @param notStarted why the case was not started; empty when it was
 * @param problem what stopped the case before its conversation; empty when nothing did. With {@code notStarted}:
 *     why the case could not be read in full (a problem discovery does not look for, or its file changed since
 *     discovery)
 */
public record CaseOutcome(CasePlan plan, CaseResult result, Map<Ablation, CaseResult> variants,
        Optional<String> notStarted, Optional<RuntimeException> problem) {

    /** Checks that a started case has a result. */
    public CaseOutcome {
        Objects.requireNonNull(plan, "plan");
        variants = Map.copyOf(variants);
        Objects.requireNonNull(notStarted, "notStarted");
        Objects.requireNonNull(problem, "problem");
        if (notStarted.isEmpty() && result == null) {
            throw new IllegalArgumentException("a started case needs a result");
        }
    }

    /** The result of the full case ({@link Ablation#NONE}) or of one of its variants. */
    public CaseResult result(Ablation ablation) {
        if (ablation.equals(Ablation.NONE)) {
            return result;
        }
        CaseResult variant = variants.get(ablation);
        if (variant == null) {
            throw new IllegalArgumentException("variant " + ablation.name() + " of case '" + plan.id()
                    + "' was not run");
        }
        return variant;
    }

    /** The check of a dimension on the full case or a variant. */
    public CheckResult check(Ablation ablation, String dimension) {
        return result(ablation).checks().stream().filter(check -> check.dimension().equals(dimension)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("dimension " + dimension + " of "
                        + CaseExecution.label(plan.id(), ablation) + " was not checked"));
    }
}
