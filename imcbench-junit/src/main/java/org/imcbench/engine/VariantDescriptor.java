package org.imcbench.engine;

import java.util.Set;
import org.imcbench.conversation.Ablation;
import org.imcbench.run.CaseExecution;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * An ablation variant of a case ({@code imcbench.ablations}), e.g. {@code derm-004 [no-image]}: a
 * container under the case, after the full case's tests, with its own conversation test and checks.
 * The case's work runs the variant's conversation and jury after its own; the variant's tests report them.
 */
final class VariantDescriptor extends LeanTestDescriptor implements Node<ImcBenchExecutionContext> {
    static final String SEGMENT = "variant";

    private final Ablation ablation;
    private final Set<TestTag> tags;

    VariantDescriptor(CaseDescriptor benchmarkCase, Ablation ablation, TestSource source) {
        super(benchmarkCase.getUniqueId().append(SEGMENT, ablation.name()),
                CaseExecution.label(benchmarkCase.caseId(), ablation), source);
        this.ablation = ablation;
        this.tags = benchmarkCase.getTags();
    }

    /** What the variant leaves out of the conversation. */
    Ablation ablation() {
        return ablation;
    }

    /** The id its tests are named after, e.g. {@code derm-004 [no-image]}. */
    String label() {
        return getDisplayName();
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public ImcBenchExecutionContext before(ImcBenchExecutionContext context) {
        return context.withVariant(ablation);
    }
}
