package org.imcbench.engine;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A case file (or case folder) that could not be loaded, kept in the tree as a failing test so
 * the problem is as visible as a failing check; it is also reported as a discovery issue. The
 * other cases of the suite run as usual.
 */
final class InvalidCaseDescriptor extends LeanTestDescriptor implements Node<ImcBenchExecutionContext> {
    static final String SEGMENT = "invalid";

    private final RuntimeException problem;

    InvalidCaseDescriptor(UniqueId parentId, String name, TestSource source, RuntimeException problem) {
        super(parentId.append(SEGMENT, name), name + " (invalid)", source);
        this.problem = problem;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public String getLegacyReportingName() {
        return getDisplayName();
    }

    @Override
    public ImcBenchExecutionContext execute(ImcBenchExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        throw problem;
    }
}
